// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include "vsphere/managedobjectref.h"

class VSphereSession;

// One file the lease offers for download.
struct LeaseDevice
{
    QString key; // the device key CreateDescriptor wants back as OvfFile.deviceId
    QString importKey; // an import lease's match for CreateImportSpec's OvfFileItem.deviceId
    QString targetId; // "disk-0.vmdk"
    QUrl url; // with vCenter's "*" host replaced
    QByteArray sslThumbprint; // SHA-1 of the host's certificate, raw bytes; empty: verify normally
    qint64 fileSize = 0;
    bool disk = false;
};

class KDSoapValue;

// An HttpNfcLease: ExportVm (or, for an import, ImportVApp), wait until ready, keep it alive with
// HttpNfcLeaseProgress for as long as it is open, then Complete or Abort. A lease left without
// progress times out in vCenter.
class NfcLease : public QObject
{
    Q_OBJECT
public:
    // The call whose returnval is the lease.
    using Request = std::function<QFuture<KDSoapValue>()>;

    // An export lease for `vm`.
    NfcLease(VSphereSession* session, const ManagedObjectRef& vm, QObject* parent = nullptr);
    // Any other lease, e.g. ResourcePool.ImportVApp's; `what` names it in messages ("import").
    NfcLease(VSphereSession* session, Request request, const QString& what, QObject* parent = nullptr);
    ~NfcLease() override;

    void open();
    void setProgress(int percent) { m_percent = qBound(0, percent, 100); }
    void complete();
    void abort(const QString& reason);

    const QList<LeaseDevice>& devices() const { return m_devices; }
    // The VM the lease is for: for an import, the VM being made (known once ready).
    const ManagedObjectRef& entity() const { return m_entity; }
    int keepalivesSent() const { return m_keepalives; }
    bool isOpen() const { return m_open; }

Q_SIGNALS:
    void ready();
    void failed(const QString& message, bool transient);
    void closed();

private:
    void poll();
    void parseInfo(const class KDSoapValue& info);
    void keepAlive();
    void fail(const QString& message, bool transient);

    QPointer<VSphereSession> m_session;
    Request m_request;
    QString m_what;
    ManagedObjectRef m_entity;
    ManagedObjectRef m_lease;
    QList<LeaseDevice> m_devices;
    QTimer m_keepalive;
    QTimer m_poll;
    int m_percent = 0;
    int m_keepalives = 0;
    int m_polls = 0;
    bool m_open = false;
};
