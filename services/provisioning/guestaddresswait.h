// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <KDSoapClient/KDSoapValue.h>

#include "vsphere/managedobjectref.h"

class VSphereSession;

// Waits for a VM's address the way vCenter tells it: a property filter on its power state, Tools
// status and guest networking, answered through the session's WaitForUpdatesEx loop (no polling).
// Gives up after the timeout and says what it saw.
class GuestAddressWait : public QObject
{
    Q_OBJECT
public:
    struct Nic
    {
        QString network;
        QString macAddress;
        QStringList addresses;
    };

    struct Seen
    {
        QString powerState;
        QString toolsRunning; // guestToolsRunning, guestToolsNotRunning, ...
        QString ipAddress;
        QList<Nic> nics;
    };

    GuestAddressWait(
        VSphereSession* session, const ManagedObjectRef& vm, int timeoutSeconds, QObject* parent = nullptr);
    ~GuestAddressWait() override;

    void start();
    const Seen& seen() const { return m_seen; }

    // "powered on; VMware Tools running; NIC 00:50:56:01:02:03 on VM Network: no address yet".
    static QString describe(const Seen& seen);
    // The address an admin would use: IPv4 first, never link-local; empty when there is none.
    static QString usableAddress(const Seen& seen);
    // Applies one objectSet of the filter's updates.
    static void apply(const KDSoapValue& objectUpdate, Seen& seen);

Q_SIGNALS:
    void found(const QString& address);
    void timedOut(const QString& message);
    void failed(const QString& message);

private:
    void finish();

    QPointer<VSphereSession> m_session;
    ManagedObjectRef m_vm;
    QTimer m_timeout;
    QString m_filter;
    Seen m_seen;
    bool m_done = false;
};
