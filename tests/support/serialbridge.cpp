// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialbridge.h"

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <QTcpServer>

SerialBridge::SerialBridge(EsxiEmulator::Vm vm, quint16 vspcPort, QObject* parent)
    : QObject(parent)
    , m_esxi(std::move(vm))
    , m_vspcPort(vspcPort)
{
    connect(&m_esxi, &EsxiEmulator::dataReceived, this, &SerialBridge::toGuest);
}

SerialBridge::~SerialBridge()
{
    if (m_master >= 0) {
        ::close(m_master);
    }
}

QString SerialBridge::openPty()
{
    int slave = -1;
    char name[256] = {};
    struct termios raw = {};
    cfmakeraw(&raw);
    if (::openpty(&m_master, &slave, name, &raw, nullptr) != 0) {
        return {};
    }
    ::close(slave); // the guest opens it by name
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0) {
            m_esxi.sendData(QByteArray(buffer, n));
        }
    });
    m_esxi.connectToServer(m_vspcPort);
    return QString::fromLocal8Bit(name);
}

quint16 SerialBridge::listenTcp()
{
    m_server = new QTcpServer(this);
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        m_guest = m_server->nextPendingConnection();
        connect(m_guest, &QTcpSocket::readyRead, this, [this] { m_esxi.sendData(m_guest->readAll()); });
        m_esxi.connectToServer(m_vspcPort);
    });
    return m_server->serverPort();
}

void SerialBridge::toGuest(const QByteArray& data)
{
    if (m_master >= 0) {
        [[maybe_unused]] const auto written = ::write(m_master, data.constData(), data.size());
    } else if (m_guest) {
        m_guest->write(data);
    }
}
