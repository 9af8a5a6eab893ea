// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include "vspc/esxiemulator.h"

class QTcpServer;

// Joins a VM's serial port to an emulated ESXi host: bytes the guest writes go to the vSPC as
// telnet data, the vSPC's data goes back to the guest. The guest side is a pty master (a local
// QSerialPort on the slave) or a TCP connection (QEMU's `-chardev socket,server=off`).
class SerialBridge : public QObject
{
    Q_OBJECT
public:
    SerialBridge(EsxiEmulator::Vm vm, quint16 vspcPort, QObject* parent = nullptr);
    ~SerialBridge() override;

    // Creates a pty pair; returns the slave's device path for the guest to open.
    QString openPty();
    // Listens on loopback for the guest to connect; returns the port.
    quint16 listenTcp();

    EsxiEmulator& esxi() { return m_esxi; }

private:
    void toGuest(const QByteArray& data);

    EsxiEmulator m_esxi;
    quint16 m_vspcPort;
    int m_master = -1;
    QSocketNotifier* m_notifier = nullptr;
    QTcpServer* m_server = nullptr;
    QTcpSocket* m_guest = nullptr;
};
