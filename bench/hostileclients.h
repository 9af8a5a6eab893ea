// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The hostile side of bench/vspc_hostile: each phase keeps a bounded number of misbehaving
// connections going against the metadata server until its time is up, then closes them all.
#include <array>
#include <functional>
#include <memory>

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTcpSocket>
#include <QTimer>

#include "benchloop.h"
#include "vspc/esxiemulator.h"
#include "vspc/telnetcodec.h"
#include "vspc/vmwareextension.h"

enum class HostilePhase { Baseline, Flapping, Slowloris, Overlong, Garbage, Traversal, WrongUri, IdleFlood, After };
inline constexpr int phaseCount = 9;
inline constexpr std::array<const char*, phaseCount> phaseNames { "baseline", "flapping", "slowloris", "overlong",
    "garbage", "traversal", "wrong-uri", "idle-flood", "after" };

struct HostileLimits
{
    int idle = 2000;
    int flaps = 20000;
    int slowloris = 500;
    int overlong = 256;
    int garbage = 2000;
    int probes = 5000;
    int goodGuests = 50; // vm-0 … vm-(N-1) have documents
    QByteArray outsideSecret; // absolute path, without ".yaml", of a document outside the folder
};

struct HostileResult
{
    qint64 made = 0; // connections that got connected
    qint64 refused = 0; // connections that never got connected
    qint64 closedByServer = 0; // connections the server closed before we did
    qint64 served = 0; // !!RESPONSE_ lines that reached hostile connections
    qint64 accepted = 0; // probes answered with WILL-PROXY
    qint64 bytesSent = 0;
    QSet<QByteArray> servedNames; // the VM names (or port URIs) that got a response
    QStringList notes;
};

class HostileClients : public QObject
{
public:
    HostileClients(quint16 port, HostileLimits limits)
        : m_port(port)
        , m_limits(std::move(limits))
    {
        QRandomGenerator random(9); // the same garbage every run, so runs compare
        m_noise.resize(1 << 20);
        random.fillRange(reinterpret_cast<quint32*>(m_noise.data()), m_noise.size() / 4);
        m_noiseWithoutIac = m_noise;
        m_noiseWithoutIac.replace(char(TelnetCodec::IAC), char(0x7f));
        m_longLine = "!!" + QByteArray((1 << 20) - 3, 'A') + '\n';
    }

    // Runs in the worker thread and returns when the phase is over and its connections are closed.
    HostileResult run(HostilePhase phase, int ms)
    {
        m_result = {};
        m_closing = false;
        m_live = 0;
        m_spawned = 0;
        m_vmotionBegins = 0;
        m_scope = new QObject(this);
        m_deadline = QDeadlineTimer(ms);
        QTimer dribble;
        switch (phase) {
        case HostilePhase::Flapping:
            setup(16, m_limits.flaps, [this](int i) { flap(i); });
            break;
        case HostilePhase::Slowloris:
            setup(m_limits.slowloris, m_limits.slowloris, [this](int i) { slowloris(i); });
            QObject::connect(&dribble, &QTimer::timeout, this, [this] { dribbleOneByteEach(); });
            dribble.start(200);
            break;
        case HostilePhase::Overlong:
            setup(8, m_limits.overlong, [this](int i) { overlong(i); });
            break;
        case HostilePhase::Garbage:
            setup(16, m_limits.garbage, [this](int i) { garbage(i); });
            break;
        case HostilePhase::Traversal:
            setup(16, m_limits.probes, [this](int i) { traversal(i); });
            break;
        case HostilePhase::WrongUri:
            setup(16, m_limits.probes, [this](int i) { wrongUri(i); });
            break;
        case HostilePhase::IdleFlood:
            setup(m_limits.idle, m_limits.idle, [this](int) { track(rawSocket()); });
            break;
        case HostilePhase::Baseline:
        case HostilePhase::After:
            setup(0, 0, [](int) {});
            break;
        }
        // A few at a time, so a flood fills the server's accept queue rather than overflowing it.
        QTimer pump;
        QObject::connect(&pump, &QTimer::timeout, this, [this] { refill(); });
        pump.start(10);
        refill();
        runFor(static_cast<int>(m_deadline.remainingTime()));
        pump.stop();
        dribble.stop();

        // Close gracefully first, as a host going away would; then abort whatever is left.
        m_closing = true;
        const QList<QTcpSocket*> sockets = liveSockets();
        for (QTcpSocket* socket : sockets) {
            socket->disconnectFromHost();
        }
        runFor(300);
        for (QTcpSocket* socket : liveSockets()) {
            socket->disconnect(); // no handlers may run on a half-destroyed emulator
            socket->abort();
        }
        delete m_scope;
        m_scope = nullptr;
        if (m_vmotionBegins > 0) {
            using namespace Qt::StringLiterals;
            m_result.notes << u"VMOTION-BEGINs queued to send (random sequences, never completed): %1"_s.arg(
                m_vmotionBegins);
        }
        m_dribblers.clear();
        return m_result;
    }

private:
    void setup(int concurrency, int cap, std::function<void(int)> spawn)
    {
        m_concurrency = concurrency;
        m_cap = cap;
        m_spawn = std::move(spawn);
    }

    void refill()
    {
        for (int batch = 0;
             batch < 100 && !m_closing && m_live < m_concurrency && m_spawned < m_cap && !m_deadline.hasExpired();
             ++batch) {
            m_spawn(m_spawned++);
        }
    }

    QList<QTcpSocket*> liveSockets() const
    {
        QList<QTcpSocket*> sockets = m_scope->findChildren<QTcpSocket*>(Qt::FindDirectChildrenOnly);
        for (EsxiEmulator* esxi : m_scope->findChildren<EsxiEmulator*>(Qt::FindDirectChildrenOnly)) {
            sockets.append(&esxi->socket());
        }
        return sockets;
    }

    static QByteArray esxiOpening()
    {
        return TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::Authentication)
            + TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::Binary)
            + TelnetCodec::negotiation(TelnetCodec::WILL, TelnetCodec::VmwareExtension);
    }

    static void closeByUs(QTcpSocket* socket)
    {
        socket->setProperty("byUs", true);
        socket->disconnectFromHost(); // after what is still buffered has been written
    }

    // Counts the connection as live until it ends, whoever ends it.
    void track(QTcpSocket* socket, QObject* owner = nullptr)
    {
        owner = owner ? owner : socket;
        ++m_live;
        auto connected = std::make_shared<bool>(false);
        auto ended = std::make_shared<bool>(false);
        const auto end = [this, socket, owner, connected, ended] {
            if (std::exchange(*ended, true)) {
                return;
            }
            if (*connected && !m_closing && !socket->property("byUs").toBool()) {
                ++m_result.closedByServer;
            }
            --m_live;
            owner->deleteLater();
            refill();
        };
        QObject::connect(socket, &QAbstractSocket::connected, owner, [this, connected] {
            *connected = true;
            ++m_result.made;
        });
        QObject::connect(socket, &QAbstractSocket::disconnected, owner, end);
        QObject::connect(socket, &QAbstractSocket::errorOccurred, owner, [this, socket, connected, end] {
            if (!*connected) {
                ++m_result.refused;
                end();
            } else if (socket->state() == QAbstractSocket::UnconnectedState) {
                end();
            }
        });
    }

    QTcpSocket* rawSocket()
    {
        auto* socket = new QTcpSocket(m_scope);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_result.served += socket->readAll().count("!!RESPONSE_"); // could straddle reads; ours never get one
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        return socket;
    }

    // A real ESXi handshake; `label` is what is recorded if this connection gets served.
    EsxiEmulator* emulator(const QByteArray& name, char direction, const QByteArray& uri, const QByteArray& label)
    {
        EsxiEmulator::Vm vm;
        vm.name = name;
        vm.direction = direction;
        vm.portUri = uri;
        auto* esxi = new EsxiEmulator(vm, m_scope);
        QObject::connect(esxi, &EsxiEmulator::lineReceived, esxi, [this, label](const QByteArray& line) {
            if (line.startsWith("!!RESPONSE_")) {
                ++m_result.served;
                m_result.servedNames.insert(label);
            }
        });
        return esxi;
    }

    void start(EsxiEmulator* esxi)
    {
        track(&esxi->socket(), esxi);
        esxi->connectToServer(m_port);
    }

    // Once the server has answered DO-PROXY (or a vMotion PEER), or a second after connecting.
    static void afterHandshake(EsxiEmulator* esxi, std::function<void(bool accepted)> then)
    {
        auto fired = std::make_shared<bool>(false);
        const auto fire = [esxi, fired, then] {
            if (std::exchange(*fired, true) || esxi->socket().state() != QAbstractSocket::ConnectedState) {
                return;
            }
            bool accepted = false;
            for (const QByteArray& option : esxi->subOptions()) {
                accepted |= quint8(option.at(0)) == VmwareExtension::WillProxy
                    || quint8(option.at(0)) == VmwareExtension::VMotionPeerOk;
            }
            then(accepted);
        };
        QObject::connect(&esxi->socket(), &QTcpSocket::readyRead, esxi, [esxi, fire] {
            for (const QByteArray& option : esxi->subOptions()) {
                const auto code = quint8(option.at(0));
                if (code == VmwareExtension::WillProxy || code == VmwareExtension::WontProxy
                    || code == VmwareExtension::VMotionPeerOk) {
                    fire();
                    return;
                }
            }
        });
        QObject::connect(
            &esxi->socket(), &QTcpSocket::connected, esxi, [esxi, fire] { QTimer::singleShot(1000, esxi, fire); });
    }

    void send(QTcpSocket* socket, const QByteArray& bytes)
    {
        m_result.bytesSent += bytes.size();
        socket->write(bytes);
    }

    void flap(int i)
    {
        QTcpSocket* socket = rawSocket();
        track(socket);
        QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket, i] {
            socket->setProperty("byUs", true);
            if (i % 3 == 0) {
                socket->abort(); // RST
            } else {
                if (i % 3 == 2) {
                    send(socket, esxiOpening()); // starts telnet, then leaves
                }
                socket->disconnectFromHost();
            }
        });
    }

    void slowloris(int i)
    {
        if (i % 2 == 0) {
            // Identified, so a handshake timeout does not end it; then one byte at a time, no LF ever.
            EsxiEmulator* esxi = emulator("slow-" + QByteArray::number(i), 'C', "bench", "slowloris");
            start(esxi);
            afterHandshake(esxi, [this, esxi](bool) { m_dribblers.append(&esxi->socket()); });
        } else {
            QTcpSocket* socket = rawSocket();
            track(socket);
            QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket] { m_dribblers.append(socket); });
        }
    }

    void dribbleOneByteEach()
    {
        static const QByteArray text = "!!REQUEST_METADATA#";
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_dribblers)) {
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                const int position = socket->property("position").toInt();
                socket->setProperty("position", position + 1);
                send(socket, QByteArray(1, position < text.size() ? text.at(position) : 'A'));
            }
        }
    }

    void overlong(int i)
    {
        const auto sendLines = [this](QTcpSocket* socket) {
            for (int line = 0; line < 4; ++line) {
                send(socket, m_longLine);
            }
            closeByUs(socket);
        };
        if (i % 2 == 0) {
            EsxiEmulator* esxi = emulator("overlong-" + QByteArray::number(i), 'C', "bench", "overlong");
            start(esxi);
            afterHandshake(esxi, [esxi, sendLines](bool) { sendLines(&esxi->socket()); });
        } else {
            QTcpSocket* socket = rawSocket();
            track(socket);
            QObject::connect(socket, &QTcpSocket::connected, socket, [socket, sendLines] { sendLines(socket); });
        }
    }

    QByteArray garbageBytes(int variant)
    {
        const auto slice = [this](const QByteArray& from, qsizetype size) {
            return from.mid(QRandomGenerator::global()->bounded(from.size() - size), size);
        };
        switch (variant) {
        case 0:
            return slice(m_noise, 256 * 1024);
        case 1: // a subnegotiation that never ends
            return QByteArray::fromHex("fffae8") + m_noiseWithoutIac; // IAC SB 232 …
        case 2: { // vMotions begun and never finished, each with its own sequence
            QByteArray frames;
            for (int n = 0; n < 5000; ++n) {
                frames += VmwareExtension::frame(VmwareExtension::VMotionBegin, slice(m_noise, 4));
            }
            m_vmotionBegins += 5000;
            return frames;
        }
        default: { // option negotiation churn
            QByteArray storm;
            for (int n = 0; n < 20000; ++n) {
                storm += TelnetCodec::negotiation(quint8(TelnetCodec::WILL + n % 4), quint8(m_noise.at(n)));
            }
            return storm;
        }
        }
    }

    void garbage(int i)
    {
        // Even: straight after connecting; odd: after a proper handshake, where more of the server listens.
        const int variant = (i / 2) % 4;
        if (i % 2 == 0) {
            QTcpSocket* socket = rawSocket();
            track(socket);
            QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket, variant] {
                send(socket, garbageBytes(variant));
                closeByUs(socket);
            });
        } else {
            EsxiEmulator* esxi = emulator("garbage-" + QByteArray::number(i), 'C', "bench", "garbage");
            start(esxi);
            afterHandshake(esxi, [this, esxi, variant](bool) {
                send(&esxi->socket(), garbageBytes(variant));
                closeByUs(&esxi->socket());
            });
        }
    }

    // Asks for both documents after the handshake, and leaves after two replies or 3 s.
    void probe(const QByteArray& name, char direction, const QByteArray& uri, const QByteArray& cookie,
        const QByteArray& label)
    {
        EsxiEmulator* esxi = emulator(name, direction, uri, label);
        if (!cookie.isEmpty()) {
            esxi->setVMotionPeer(cookie);
        }
        start(esxi);
        afterHandshake(esxi, [this, esxi](bool accepted) {
            m_result.accepted += accepted ? 1 : 0;
            esxi->sendData("!!REQUEST_METADATA#\n!!REQUEST_USERDATA#\n");
        });
        auto replies = std::make_shared<int>(0);
        QObject::connect(esxi, &EsxiEmulator::lineReceived, esxi, [esxi, replies](const QByteArray& line) {
            if (line.startsWith("!!") && ++*replies == 2) {
                closeByUs(&esxi->socket());
            }
        });
        QTimer::singleShot(3000, esxi, [esxi] { closeByUs(&esxi->socket()); });
    }

    void traversal(int i)
    {
        const QByteArray secret = m_limits.outsideSecret;
        static const QList<QByteArray> names {
            "../../etc/passwd",
            "../../../../../../../../etc/passwd",
            "/etc/passwd",
            "..",
            ".",
            "../outside/secret",
            "./vm-0",
            "vm-0/.",
            "vm-0/../vm-0",
            "..\\outside\\secret",
            QByteArray("vm-0\0", 5),
            QByteArray("vm-0\0../../etc/passwd", 21),
            "vm-0\n",
            "vm-0\nvm-1",
            "\x1b[2J\x1b]0;owned\x07vm-0",
            "%2e%2e%2foutside%2fsecret",
            "\xc0\xae\xc0\xae\xc0\xafoutside\xc0\xafsecret", // overlong UTF-8 "../"
            "\xef\xbc\x8e\xef\xbc\x8e\xef\xbc\x8foutside\xef\xbc\x8fsecret", // fullwidth "../"
            "",
            QByteArray(300, 'a'),
            QByteArray(70000, 'b'),
        };
        QByteArray name;
        if (i % 4 == 3) {
            name = "no-such-vm-" + QByteArray::number(i); // a new name each time: nothing to find, nothing to keep
        } else {
            const int pick = (i - i / 4) % (names.size() + 1);
            name = pick == names.size() ? secret : names.at(pick);
        }
        probe(name, 'C', "bench", {}, name.startsWith("no-such-vm-") ? "no-such-vm-<n>" : name);
    }

    void wrongUri(int i)
    {
        struct Variant
        {
            char direction;
            QByteArray uri;
            QByteArray cookie;
        };
        static const QList<Variant> variants {
            { 'C', "wrong", {} }, { 'C', "", {} }, { 'C', "bench ", {} }, { 'C', "BENCH", {} },
            { 'C', QByteArray("bench\0", 6), {} }, { 'C', "benc", {} }, { 'C', "bench\n", {} }, { 'S', "bench", {} },
            { 'X', "bench", {} }, { 'C', QByteArray(70000, 'u'), {} },
            { 'C', "bench", "\x01\x02\x03\x04\x05\x06\x07\x08" }, // a bogus vMotion PEER instead of DO-PROXY
        };
        const Variant& variant = variants.at(i % variants.size());
        const QByteArray label = variant.cookie.isEmpty()
            ? QByteArray("uri " + QByteArray(1, variant.direction) + variant.uri.left(40))
            : QByteArray("vMotion PEER with a bogus cookie");
        probe("vm-" + QByteArray::number(i % std::max(1, m_limits.goodGuests)), variant.direction, variant.uri,
            variant.cookie, label);
    }

    quint16 m_port;
    HostileLimits m_limits;
    QByteArray m_noise;
    QByteArray m_noiseWithoutIac;
    QByteArray m_longLine;
    HostileResult m_result;
    QObject* m_scope = nullptr;
    QDeadlineTimer m_deadline;
    std::function<void(int)> m_spawn;
    int m_concurrency = 0;
    int m_cap = 0;
    int m_live = 0;
    int m_spawned = 0;
    qint64 m_vmotionBegins = 0;
    bool m_closing = false;
    QList<QPointer<QTcpSocket>> m_dribblers;
};
