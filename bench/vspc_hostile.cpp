// SPDX-License-Identifier: GPL-3.0-or-later
// bench/vspc_hostile: an audit's hostile inputs against `vmdeskctl serve-metadata` on loopback, one kind
// per phase, while well-behaved emulated ESXi guests keep asking for their data. Prints per phase what
// the good guests saw (requests, failures, latency), what the hostile side got (connections, responses
// served) and the server's RSS. Asserts nothing.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "benchloop.h"
#include "hostileclients.h"
#include "vspc/esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int goodTimeoutMs = 5000;
constexpr int settleMs = 2000;
constexpr int sampleMs = 100;

double mib(qint64 kib)
{
    return kib < 0 ? -1 : kib / 1024.0;
}

struct PhaseStats
{
    qint64 sent = 0;
    qint64 errors = 0; // !!ERROR# instead of the document
    qint64 timeouts = 0; // no answer (or no handshake after a reconnect) within goodTimeoutMs
    qint64 drops = 0; // the good connection was closed under us
    std::vector<double> latencies;
    qint64 rssStart = 0;
    qint64 rssPeak = 0;
    qint64 rssAfter = 0;
    qint64 recoveryMs = 0; // after the settle, until every good guest had an answer again
    HostileResult hostile;
    qint64 failed() const { return errors + timeouts + drops; }
};

// One well-behaved guest: a real ESXi handshake, then one request outstanding at a time.
struct Good
{
    QByteArray name;
    std::unique_ptr<EsxiEmulator> esxi;
    QElapsedTimer clock; // since the request was sent, or since connecting while not ready
    QElapsedTimer lastAnswer;
    bool ready = false;
    bool waiting = false;
    int phase = 0; // the phase the outstanding request belongs to
    quint64 count = 0;
};

class GoodGuests
{
public:
    GoodGuests(int count, quint16 port, std::vector<PhaseStats>& stats)
        : m_port(port)
        , m_stats(stats)
        , m_guests(count)
    {
        for (int i = 0; i < count; ++i) {
            m_guests[i].name = "vm-" + QByteArray::number(i);
        }
    }

    void start()
    {
        for (Good& guest : m_guests) {
            connectGuest(guest);
        }
        QObject::connect(&m_checker, &QTimer::timeout, [this] { check(); });
        m_checker.start(sampleMs);
    }

    int readyCount() const
    {
        return static_cast<int>(std::count_if(m_guests.begin(), m_guests.end(), [](const Good& g) { return g.ready; }));
    }

    bool allAnsweredWithin(qint64 ms) const
    {
        return std::all_of(m_guests.begin(), m_guests.end(),
            [ms](const Good& g) { return g.lastAnswer.isValid() && !g.lastAnswer.hasExpired(ms); });
    }

    void setPhase(int phase) { m_phase = phase; }

    void stop()
    {
        m_checker.stop();
        for (Good& guest : m_guests) {
            retire(guest);
        }
    }

private:
    void connectGuest(Good& guest)
    {
        retire(guest);
        EsxiEmulator::Vm vm;
        vm.name = guest.name;
        vm.portUri = "bench";
        guest.esxi = std::make_unique<EsxiEmulator>(vm);
        guest.ready = false;
        guest.waiting = false;
        guest.clock.start();
        EsxiEmulator* esxi = guest.esxi.get();
        // Connected after the emulator's own slot, so its sub-options are already parsed here.
        QObject::connect(&esxi->socket(), &QTcpSocket::readyRead, esxi, [this, &guest, esxi] {
            if (!guest.ready && esxi->subOptions().size() > 0) {
                const bool answered = std::any_of(esxi->subOptions().cbegin(), esxi->subOptions().cend(),
                    [](const QByteArray& s) { return quint8(s.at(0)) == VmwareExtension::WillProxy; });
                if (answered) {
                    guest.ready = true;
                    send(guest);
                }
            }
        });
        QObject::connect(esxi, &EsxiEmulator::lineReceived, esxi, [this, &guest](const QByteArray& line) {
            if (!guest.waiting) {
                return;
            }
            PhaseStats& stats = m_stats[guest.phase];
            if (line.startsWith("!!RESPONSE_")) {
                stats.latencies.push_back(guest.clock.nsecsElapsed() / 1e6);
                guest.lastAnswer.start();
            } else if (line.startsWith("!!ERROR")) {
                ++stats.errors;
            } else {
                return;
            }
            send(guest);
        });
        QObject::connect(&esxi->socket(), &QTcpSocket::disconnected, esxi, [this, &guest] {
            ++m_stats[guest.waiting ? guest.phase : m_phase].drops;
            // Straight away: a real guest would wait, but a drop is already counted and we want it busy again.
            QTimer::singleShot(0, guest.esxi.get(), [this, &guest] { connectGuest(guest); });
        });
        esxi->connectToServer(m_port);
    }

    void retire(Good& guest)
    {
        if (guest.esxi) {
            EsxiEmulator* old = guest.esxi.release();
            old->socket().disconnect();
            old->disconnect();
            old->socket().abort();
            old->deleteLater(); // we may be inside one of its signals
        }
    }

    void send(Good& guest)
    {
        guest.waiting = true;
        guest.phase = m_phase;
        guest.clock.start();
        ++m_stats[m_phase].sent;
        guest.esxi->sendData(guest.count++ % 2 ? "!!REQUEST_USERDATA#\n" : "!!REQUEST_METADATA#\n");
    }

    void check()
    {
        for (Good& guest : m_guests) {
            if ((guest.waiting || !guest.ready) && guest.clock.hasExpired(goodTimeoutMs)) {
                ++m_stats[guest.waiting ? guest.phase : m_phase].timeouts;
                connectGuest(guest);
            }
        }
    }

    quint16 m_port;
    std::vector<PhaseStats>& m_stats;
    std::vector<Good> m_guests;
    QTimer m_checker;
    int m_phase = 0;
};

QByteArray yaml(int i)
{
    return "metadata:\n  instance_id: i-" + QByteArray::number(i) + "\nnetwork:\n  address: 10.1."
        + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250 + 1)
        + "\n  netmask: 255.255.0.0\nuserdata: |\n  #cloud-config\n  hostname: vm-" + QByteArray::number(i) + "\n";
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QString printable(const QByteArray& bytes)
{
    QString text;
    for (const char c : bytes.left(60)) {
        text += c >= 0x20 && c < 0x7f ? QString(QChar::fromLatin1(c))
                                      : u"\\x%1"_s.arg(uint(quint8(c)), 2, 16, QChar(u'0'));
    }
    return bytes.size() > 60 ? text + u"…"_s : text;
}
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_NO_GLIB", "1"); // as vmdeskctl does: the GLib dispatcher is slow with thousands of sockets
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Hostile-input phases against the vSPC metadata server"_s);
    parser.addHelpOption();
    const QCommandLineOption guestsOption(u"guests"_s, u"Good guests requesting throughout."_s, u"N"_s, u"50"_s);
    const QCommandLineOption secondsOption(u"phase-seconds"_s, u"Length of each phase."_s, u"S"_s, u"10"_s);
    const QCommandLineOption idleOption(u"idle"_s, u"Connections of the idle flood."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption flapsOption(u"flaps"_s, u"Most connections of the flapping phase."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption slowOption(u"slowloris"_s, u"Slowloris connections."_s, u"N"_s, u"500"_s);
    const QCommandLineOption overlongOption(
        u"overlong"_s, u"Most connections sending 4 lines of 1 MiB each."_s, u"N"_s, u"256"_s);
    const QCommandLineOption garbageOption(u"garbage"_s, u"Most garbage connections."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption probesOption(
        u"probes"_s, u"Most connections of the traversal and wrong-URI phases, each."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption lingerOption(u"linger"_s,
        u"Seconds to wait at the end, nothing connected, before a last RSS reading (0: none)."_s, u"S"_s, u"70"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Keep the metadata folder and the server's log."_s);
    parser.addOptions({ guestsOption, secondsOption, idleOption, flapsOption, slowOption, overlongOption, garbageOption,
        probesOption, lingerOption, keepOption });
    parser.process(app);
    const int guestCount = std::max(1, parser.value(guestsOption).toInt());
    const int phaseMs = std::max(1, parser.value(secondsOption).toInt()) * 1000;
    HostileLimits limits;
    limits.idle = parser.value(idleOption).toInt();
    limits.flaps = parser.value(flapsOption).toInt();
    limits.slowloris = parser.value(slowOption).toInt();
    limits.overlong = parser.value(overlongOption).toInt();
    limits.garbage = parser.value(garbageOption).toInt();
    limits.probes = parser.value(probesOption).toInt();
    limits.goodGuests = guestCount;

    // Both ends of every connection live on this machine, and the server inherits our limit.
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);

    // The documents live in <root>/metadata; <root>/outside/secret.yaml is what a traversal would reach.
    QTemporaryDir root;
    root.setAutoRemove(!parser.isSet(keepOption));
    const QString documents = root.filePath(u"metadata"_s);
    QDir().mkpath(documents);
    QDir().mkpath(root.filePath(u"outside"_s));
    writeFile(root.filePath(u"outside/secret.yaml"_s), "userdata: |\n  #cloud-config\n  # the secret\n");
    for (int i = 0; i < guestCount; ++i) {
        writeFile(documents + u"/vm-%1.yaml"_s.arg(i), yaml(i));
    }
    limits.outsideSecret = root.filePath(u"outside/secret"_s).toUtf8();

    QProcess server;
    const QString logPath = root.filePath(u"server.log"_s);
    server.setStandardErrorFile(logPath);
    server.setStandardOutputFile(QProcess::nullDevice());
    server.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
        { u"serve-metadata"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--uri"_s, u"bench"_s, u"--directory"_s, documents });
    quint16 port = 0;
    const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    runUntil(
        [&] {
            QFile log(logPath);
            log.open(QIODevice::ReadOnly);
            port = listening.match(QString::fromUtf8(log.readAll())).captured(1).toUShort();
            return port != 0 || server.state() == QProcess::NotRunning;
        },
        10000);
    if (port == 0) {
        std::printf("the server did not start; its log:\n");
        QFile log(logPath);
        log.open(QIODevice::ReadOnly);
        std::fwrite(log.readAll().constData(), 1, log.size(), stdout);
        return 1;
    }
    const qint64 pid = server.processId();
    std::printf("vspc_hostile: %d good guests, %d s phases, fd limit %llu, server pid %lld on 127.0.0.1:%u\n",
        guestCount, phaseMs / 1000, static_cast<unsigned long long>(limit.rlim_cur), pid, port);

    std::vector<PhaseStats> stats(phaseCount);
    GoodGuests good(guestCount, port, stats);
    good.start();
    const bool allReady = runUntil([&] { return good.readyCount() == guestCount; }, 30000);
    std::printf("  good guests identified and requesting: %d of %d\n\n", good.readyCount(), guestCount);
    if (!allReady) {
        std::printf("  (continuing: the rest are counted as failures and keep reconnecting)\n");
    }

    // The hostile side gets its own thread so that writing megabytes of garbage does not show up as
    // latency of the good guests, which are measured on this one.
    QThread worker;
    worker.start();
    auto* hostile = new HostileClients(port, limits);
    hostile->moveToThread(&worker);

    qint64 peak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = std::max(peak, rssKiB(pid)); });
    sampler.start(sampleMs);

    std::printf("%-10s %9s %7s %8s %8s %8s %7s %9s %8s %9s\n", "phase", "good sent", "failed", "p50 ms", "p99 ms",
        "hostile", "served", "RSS start", "peak", "after MiB");
    bool serverAlive = true;
    for (int phase = 0; phase < phaseCount && serverAlive; ++phase) {
        PhaseStats& row = stats[phase];
        good.setPhase(phase);
        row.rssStart = rssKiB(pid);
        peak = row.rssStart;
        if (phase == 0 || phase == phaseCount - 1) {
            runFor(phaseMs);
        } else {
            std::atomic<bool> done = false;
            QMetaObject::invokeMethod(hostile, [&, phase] {
                row.hostile = hostile->run(static_cast<HostilePhase>(phase), phaseMs);
                done = true;
            });
            runUntil([&] { return done.load(); }, phaseMs + 600000); // it ends by itself soon after phaseMs
        }
        runFor(settleMs);
        row.rssPeak = std::max(peak, rssKiB(pid));
        row.rssAfter = rssKiB(pid);
        // A phase can leave the server busy for a while; each one starts from a server that answers.
        QElapsedTimer recovery;
        recovery.start();
        if (!good.allAnsweredWithin(1000)) {
            runUntil([&] { return good.allAnsweredWithin(1000) || server.state() != QProcess::Running; }, 120000);
            row.recoveryMs = recovery.elapsed();
        }
        serverAlive = server.state() == QProcess::Running;
        std::printf("%-10s %9lld %7lld %8.2f %8.2f %8lld %7lld %9.1f %8.1f %9.1f\n", phaseNames[phase], row.sent,
            row.failed(), percentile(row.latencies, 0.50), percentile(row.latencies, 0.99), row.hostile.made,
            row.hostile.served, mib(row.rssStart), mib(row.rssPeak), mib(row.rssAfter));
        std::fflush(stdout);
    }
    sampler.stop();
    good.stop();
    // The server lists closed guests for a minute: only after that does what is left show what it kept.
    const int lingerSeconds = parser.value(lingerOption).toInt();
    if (serverAlive && lingerSeconds > 0) {
        runFor(lingerSeconds * 1000);
        serverAlive = server.state() == QProcess::Running;
        std::printf("%-10s server RSS %.1f MiB, %d s later with nothing connected\n", "linger", mib(rssKiB(pid)),
            lingerSeconds);
    }
    QMetaObject::invokeMethod(hostile, &QObject::deleteLater);
    worker.quit();
    worker.wait();

    std::printf("\n");
    for (int phase = 0; phase < phaseCount; ++phase) {
        const PhaseStats& row = stats[phase];
        const HostileResult& h = row.hostile;
        QStringList notes;
        if (row.failed() > 0) {
            notes << u"good failures: %1 error replies, %2 timeouts, %3 dropped connections"_s.arg(row.errors)
                         .arg(row.timeouts)
                         .arg(row.drops);
        }
        if (row.recoveryMs > 0) {
            notes << u"every good guest had an answer again %1 s after the settle"_s.arg(
                row.recoveryMs / 1000.0, 0, 'f', 1);
        }
        if (h.made + h.refused > 0) {
            notes << u"%1 connections, %2 failed to connect, %3 closed by the server first, %4 MiB queued to send"_s
                         .arg(h.made)
                         .arg(h.refused)
                         .arg(h.closedByServer)
                         .arg(h.bytesSent / 1048576.0, 0, 'f', 1);
        }
        if (phase == int(HostilePhase::WrongUri)) {
            notes << u"wrong port URI: %1 got WILL-PROXY, %2 got a !!RESPONSE_ (must be 0)"_s.arg(h.accepted)
                         .arg(h.served);
        }
        for (const QByteArray& name : h.servedNames) {
            notes << u"served to the name or URI \"%1\""_s.arg(printable(name));
        }
        notes += h.notes;
        for (const QString& note : notes) {
            std::printf("%-10s %s\n", phaseNames[phase], qPrintable(note));
        }
    }
    if (!serverAlive) {
        std::printf("the server exited: %s, code %d\n",
            server.exitStatus() == QProcess::CrashExit ? "crashed" : "normal exit", server.exitCode());
    }
    QFile log(logPath);
    log.open(QIODevice::ReadOnly);
    const QByteArray logText = log.readAll();
    std::printf("server log: %lld lines%s\n", static_cast<long long>(logText.count('\n')),
        parser.isSet(keepOption) ? qPrintable(u", kept in "_s + root.path()) : "");

    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
