// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
    QString targetId; // "disk-0.vmdk"
    QUrl url; // with vCenter's "*" host replaced
    QByteArray sslThumbprint; // SHA-1 of the host's certificate, raw bytes; empty: verify normally
    qint64 fileSize = 0;
    bool disk = false;
};

// An export HttpNfcLease: ExportVm, wait until ready, keep it alive with HttpNfcLeaseProgress for as
// long as it is open, then Complete or Abort. A lease left without progress times out in vCenter.
class NfcLease : public QObject
{
    Q_OBJECT
public:
    NfcLease(VSphereSession* session, const ManagedObjectRef& vm, QObject* parent = nullptr);
    ~NfcLease() override;

    void open();
    void setProgress(int percent) { m_percent = qBound(0, percent, 100); }
    void complete();
    void abort(const QString& reason);

    const QList<LeaseDevice>& devices() const { return m_devices; }
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
    ManagedObjectRef m_vm;
    ManagedObjectRef m_lease;
    QList<LeaseDevice> m_devices;
    QTimer m_keepalive;
    QTimer m_poll;
    int m_percent = 0;
    int m_keepalives = 0;
    int m_polls = 0;
    bool m_open = false;
};
