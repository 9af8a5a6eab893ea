// SPDX-License-Identifier: GPL-3.0-or-later
#include "esxiemulator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

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
            Q_EMIT subOptionReceived(code, event.bytes.mid(1));
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

bool EsxiEmulator::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (!done()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        const auto check = [&] {
            if (done()) {
                loop.quit();
            }
        };
        connect(this, &EsxiEmulator::lineReceived, &loop, check);
        connect(this, &EsxiEmulator::subOptionReceived, &loop, check);
        connect(&m_socket, &QAbstractSocket::stateChanged, &loop, check);
        deadline.start(timeoutMs);
        loop.exec();
    }
    // As QTest::qWait did before: what the server closed meanwhile is really gone afterwards.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return done();
}

std::optional<QByteArray> EsxiEmulator::waitForSubOption(quint8 code, int timeoutMs)
{
    std::optional<QByteArray> found;
    const auto seen = [&] {
        for (; m_subOptionsSeen < m_subOptions.size(); ++m_subOptionsSeen) {
            const QByteArray& payload = m_subOptions.at(m_subOptionsSeen);
            if (static_cast<quint8>(payload.at(0)) == code) {
                ++m_subOptionsSeen;
                found = payload.mid(1);
                return true;
            }
        }
        return false;
    };
    waitUntil(seen, timeoutMs);
    return found;
}

std::optional<QByteArray> EsxiEmulator::waitForLine(int timeoutMs)
{
    waitUntil([this] { return m_linesTaken < m_lines.size(); }, timeoutMs);
    return takeLine();
}

std::optional<QByteArray> EsxiEmulator::takeLine()
{
    if (m_linesTaken >= m_lines.size()) {
        return std::nullopt;
    }
    QByteArray line = m_lines.at(m_linesTaken++);
    if (m_linesTaken >= 64) {
        // A long-running emulator (the demo's guests) must not keep every answer it ever got.
        m_lines.remove(0, m_linesTaken);
        m_linesTaken = 0;
    }
    return line;
}

bool EsxiEmulator::waitForDisconnect(int timeoutMs)
{
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
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
