// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class DemoGuest;

// The demo's VMs: emulated ESXi hosts (EsxiEmulator) that connect a few serial ports to the
// metadata server and fetch meta-data, network-config and user-data now and then, so that a first
// start shows guests, packets and traffic. Everything is asynchronous; nothing here waits.
class DemoGuests : public QObject
{
    Q_OBJECT
public:
    struct Vm
    {
        QString name;
        QString vcUuid; // ESXi's spelling: "42 1c 6f 0e 5b 9a 2d 37-8e 0f 62 b0 84 58 b6 1c"
        QString biosUuid;
    };

    explicit DemoGuests(QObject* parent = nullptr);
    ~DemoGuests() override;

    // The bundled demo documents' VMs (DC0_C0_RP0_VM0..2) and one VM that has no document.
    static QList<Vm> sampleVms();
    // A stable, made-up pair of UUIDs for a VM name, in ESXi's spelling.
    static Vm vmNamed(const QString& name);

    // How long a guest waits between two fetches: a random time in this range (10–30 s by default).
    void setFetchInterval(int minimumMs, int maximumMs);
    // Connects one guest per VM to the server on loopback `port`, asking for `portUri`. A guest
    // whose connection ends tries again after the fetch interval until stop().
    void start(quint16 port, const QString& portUri, const QList<Vm>& vms = sampleVms());
    void stop();
    bool isRunning() const { return !m_guests.isEmpty(); }
    int connectedCount() const;

Q_SIGNALS:
    // The server accepted the VM's port (WILL-PROXY).
    void guestConnected(const QString& vmName);
    void guestDisconnected(const QString& vmName);
    // `request` is "METADATA", "NETWORKDATA" or "USERDATA".
    void answered(const QString& vmName, const QString& request, const QByteArray& payload);
    void refused(const QString& vmName, const QString& request, const QString& message);

private:
    friend class DemoGuest;
    QList<DemoGuest*> m_guests;
    int m_minimumMs = 10 * 1000;
    int m_maximumMs = 30 * 1000;
};
