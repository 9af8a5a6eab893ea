// SPDX-License-Identifier: GPL-3.0-or-later
#include "esxiemulator.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTest>

EsxiEmulator::EsxiEmulator(Vm vm, QObject* parent)
    : QObject(parent)
    , m_vm(std::move(vm))
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &EsxiEmulator::onReadyRead);
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        // ESXi opens with WILL AUTHENTICATION, then the usual binary/SGA offers and the extension.
        sendRaw(TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::Authentication)
            + TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::Binary)
            + TelnetCodec::negotiation(TelnetCodec::DO, TelnetCodec::Binary)
            + TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::SuppressGoAhead)
            + TelnetCodec::negotiation(TelnetCodec::DO, TelnetCodec::SuppressGoAhead)
            + TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::VmwareExtension));
    });
}

void EsxiEmulator::connectToServer(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

void EsxiEmulator::sendRaw(const QByteArray& bytes)
{
    m_socket.write(bytes);
}

void EsxiEmulator::sendData(const QByteArray& data)
{
    sendRaw(TelnetCodec::escape(data));
}

void EsxiEmulator::sendSubOption(quint8 code, const QByteArray& payload)
{
    sendRaw(VmwareExtension::frame(code, payload));
}

void EsxiEmulator::onReadyRead()
{
    const QList<TelnetCodec::Event> events = m_codec.feed(m_socket.readAll());
    for (const TelnetCodec::Event& event : events) {
        switch (event.type) {
        case TelnetCodec::Event::Negotiation:
            m_negotiations += TelnetCodec::negotiation(event.verb, event.option);
            break;
        case TelnetCodec::Event::Subnegotiation: {
            if (event.option != TelnetCodec::VmwareExtension || event.bytes.isEmpty()) {
                break;
            }
            m_subOptions.append(event.bytes);
            const auto code = static_cast<quint8>(event.bytes.at(0));
            if (code == VmwareExtension::KnownSuboptions2) {
                QByteArray known = VmwareExtension::knownSuboptions();
                sendSubOption(VmwareExtension::KnownSuboptions1, known);
                if (!m_peerCookie.isEmpty()) {
                    sendSubOption(VmwareExtension::VMotionPeer, m_peerCookie);
                } else {
                    sendSubOption(VmwareExtension::DoProxy, QByteArray(1, m_vm.direction) + m_vm.portUri);
                }
                sendRaw(TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::ComPort));
            } else if (code == VmwareExtension::GetVmName) {
                sendSubOption(VmwareExtension::VmName, m_vm.name);
            } else if (code == VmwareExtension::GetVmVcUuid) {
                sendSubOption(VmwareExtension::VmVcUuid, m_vm.vcUuid);
            } else if (code == VmwareExtension::GetVmBiosUuid) {
                sendSubOption(VmwareExtension::VmBiosUuid, m_vm.biosUuid);
            }
            break;
        }
        case TelnetCodec::Event::Data:
            Q_EMIT dataReceived(event.bytes);
            m_partialLine += event.bytes;
            for (qsizetype newline = m_partialLine.indexOf('\n'); newline >= 0; newline = m_partialLine.indexOf('\n')) {
                const QByteArray line = m_partialLine.left(newline);
                m_partialLine.remove(0, newline + 1);
                m_lines.append(line);
                Q_EMIT lineReceived(line);
            }
            break;
        case TelnetCodec::Event::Command:
            break;
        }
    }
}

std::optional<QByteArray> EsxiEmulator::waitForSubOption(quint8 code, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        for (; m_subOptionsSeen < m_subOptions.size(); ++m_subOptionsSeen) {
            const QByteArray& payload = m_subOptions.at(m_subOptionsSeen);
            if (static_cast<quint8>(payload.at(0)) == code) {
                ++m_subOptionsSeen;
                return payload.mid(1);
            }
        }
        if (deadline.hasExpired()) {
            return std::nullopt;
        }
        QTest::qWait(1);
    }
}

std::optional<QByteArray> EsxiEmulator::waitForLine(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_linesTaken >= m_lines.size()) {
        if (deadline.hasExpired()) {
            return std::nullopt;
        }
        QTest::qWait(1);
    }
    return m_lines.at(m_linesTaken++);
}

bool EsxiEmulator::waitForDisconnect(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

std::optional<QByteArray> EsxiEmulator::request(const QByteArray& what, int timeoutMs)
{
    sendData("!!REQUEST_" + what + "#\n");
    const std::optional<QByteArray> line = waitForLine(timeoutMs);
    const QByteArray prefix = "!!RESPONSE_" + what + '#';
    if (!line || !line->startsWith(prefix)) {
        return std::nullopt;
    }
    return QByteArray::fromBase64(line->mid(prefix.size()).trimmed());
}
