// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class DeliveryPayload;
class HypervKvp;

// The Metadata page's Hyper-V channel: a VM's saved document as KvpSeed items in its KVP pool 0,
// through the Hyper-V host the KVP page is connected to. The VM is found on that host by the
// document's name, as the vCenter channels find it in the inventory.
class KvpDelivery : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // The connected host (null when none) and its name for messages.
    void setHost(HypervKvp* kvp, const QString& hostName);
    bool hasHost() const { return !m_kvp.isNull(); }
    QString hostName() const { return m_hostName; }
    bool isRunning() const { return m_running; }

    // Renders vmName's saved document from `source` (the page's store) off the GUI thread and
    // pushes it; finished() tells how it went.
    void push(const DeliveryPayload& source, const QString& vmName);

Q_SIGNALS:
    void hostChanged();
    void runningChanged(bool running);
    void finished(bool ok, const QString& message, const QString& details);

private:
    void end(bool ok, const QString& message, const QString& details = {});

    QPointer<HypervKvp> m_kvp;
    QString m_hostName;
    bool m_running = false;
};
