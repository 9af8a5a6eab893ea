// SPDX-License-Identifier: GPL-3.0-or-later
// bench/vspc_site: a site of two `vmdeskctl serve-metadata` instances (A, B) on one throwaway
// PostgreSQL, N emulated guests split across them, and vMotions at a fixed rate from the server a
// guest is on to the other one (BEGIN on the source, PEER with the GOAHEAD cookie and COMPLETE on the
// target), so that guests keep moving back and forth. A third server (C) serves the same documents
// from a folder, for metadata requests against the file store in the same run. Prints latencies,
// counts, requests/s and the CPU time of PostgreSQL and of each server. Asserts nothing.
#include <array>
#include <cstdio>
#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTime>
#include <QTimer>

#include "benchloop.h"
#include "siteprocesses.h"
#include "support/postgresinstance.h"
#include "support/postgresquery.h"
#include "vspc/esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int esxiPatienceMs = 5000; // what ESXi waits for a vSPC's answer during a vMotion
constexpr auto passwordVariable = "VMDESK_BENCH_STORE_PASSWORD";
const char* const serverNames[] = { "A", "B", "C" };

// runFor's coarse timer may end a phase 5 % early; a measuring phase lasts what it says.
void runPreciselyFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

QByteArray documentText(int i)
{
    const QByteArray n = QByteArray::number(i);
    return "metadata:\n  instance_id: i-" + n + "\nnetwork:\n  address: 10.1." + QByteArray::number(i / 250) + '.'
        + QByteArray::number(i % 250 + 1) + "\n  netmask: 255.255.0.0\nuserdata: |\n  #cloud-config\n  hostname: vm-"
        + n + "\n";
}

struct Slot
{
    enum class Stage { Idle, Begun, Peering, Serving };
    int index = 0;
    int server = 0; // 0 A, 1 B, 2 C
    std::unique_ptr<EsxiEmulator> esxi;
    bool waiting = false; // a metadata request is out
    bool inLoop = false; // closed loop: ask again on each answer
    QElapsedTimer sent;
    Stage stage = Stage::Idle;
    QByteArray sequence;
    QElapsedTimer since; // BEGIN sent
    std::unique_ptr<EsxiEmulator> target;
    QElapsedTimer targetSince; // target connection opened
    qint64 peerSentNs = -1; // on targetSince's clock
};

// Latencies in ms, with when the worst one happened (s since the phase began) to find its cause.
struct Series
{
    std::vector<double> ms;
    double worst = -1;
    double worstAt = 0;
    void add(double value, double at)
    {
        if (value > worst) {
            worst = value;
            worstAt = at;
        }
        ms.push_back(value);
    }
    QByteArray line() const
    {
        return QString::asprintf("p50 %7.2f  p99 %7.2f  max %8.2f ms (at %5.1f s)  n %zu", percentile(ms, 0.50),
            percentile(ms, 0.99), percentile(ms, 1.0), worstAt, ms.size())
            .toUtf8();
    }
};

struct VMotionFigures
{
    Series goahead, peer, connectToPeerOk, total, sourceDropped, firstAnswer, requests;
    long long begun = 0, goaheads = 0, notNow = 0, peerOks = 0, served = 0, wrongDocument = 0, lateGoahead = 0,
              latePeerOk = 0, lateAnswer = 0, sourcesLeft = 0, sourcesDropped = 0, noGuestFree = 0;
    long long requestsDue = 0, requestsSent = 0, requestsAnswered = 0;
    double scheduledSeconds = 0; // until the last vMotion was due, without the draining
};

class Site : public QObject
{
public:
    Site(int guests, const quint16 (&ports)[3])
        : m_slots(guests + guests / 2)
    {
        std::copy(std::begin(ports), std::end(ports), m_ports);
        for (int i = 0; i < int(m_slots.size()); ++i) {
            m_slots[i].index = i < guests ? i : i - guests; // C's guests are the first half again
            m_slots[i].server = i < guests ? i % 2 : 2;
        }
        m_ticker.setTimerType(Qt::PreciseTimer);
        connect(&m_ticker, &QTimer::timeout, this, &Site::tick);
        connect(&m_expiry, &QTimer::timeout, this, &Site::expire);
    }

    std::vector<Slot>& slots() { return m_slots; }
    const VMotionFigures& figures() const { return m_figures; }
    double phaseSeconds() const { return m_clock.elapsed() / 1000.0; }
    QTime vmotionsBegan() const { return m_began; } // to find an outlier in the servers' logs

    // Connects and identifies every guest; the seconds it took, or -1.
    double connectAll()
    {
        QElapsedTimer clock;
        clock.start();
        for (Slot& slot : m_slots) {
            slot.esxi = attach(slot, new EsxiEmulator(vmOf(slot)));
            slot.esxi->connectToServer(m_ports[slot.server]);
            if (slot.index % 200 == 199) {
                QCoreApplication::processEvents(); // do not flood the listen backlog
            }
        }
        const bool all = runUntil(
            [&] {
                return std::all_of(m_slots.begin(), m_slots.end(),
                    [](const Slot& slot) { return slot.esxi->subOptions().size() >= 4; }); // KS2, GETs, WILL-PROXY
            },
            120000);
        return all ? clock.elapsed() / 1000.0 : -1;
    }

    // One request on every guest of `servers` at once: the first is read from the store.
    Series firstRequests(const std::vector<int>& servers)
    {
        startPhase();
        for (Slot& slot : m_slots) {
            if (std::find(servers.begin(), servers.end(), slot.server) != servers.end()) {
                request(slot);
            }
        }
        runUntil([&] { return std::none_of(m_slots.begin(), m_slots.end(), [](const Slot& s) { return s.waiting; }); },
            60000);
        return std::exchange(m_figures.requests, {});
    }

    // Closed loop, one request outstanding per guest of `servers`: requests/s and the latencies.
    std::pair<double, Series> closedLoop(const std::vector<int>& servers, int seconds, int* guests)
    {
        startPhase();
        *guests = 0;
        for (Slot& slot : m_slots) {
            if (std::find(servers.begin(), servers.end(), slot.server) != servers.end()) {
                slot.inLoop = true;
                request(slot);
                ++*guests;
            }
        }
        runPreciselyFor(seconds * 1000);
        const double rate = m_figures.requestsAnswered / phaseSeconds();
        for (Slot& slot : m_slots) {
            slot.inLoop = false;
        }
        runUntil([&] { return std::none_of(m_slots.begin(), m_slots.end(), [](const Slot& s) { return s.waiting; }); },
            10000);
        return { rate, std::exchange(m_figures.requests, {}) };
    }

    // vMotions at `rate` per second and metadata requests at `requestRate` on A's and B's guests.
    void vmotions(int rate, int requestRate, int seconds)
    {
        m_figures = {};
        m_vmotionRate = rate;
        m_requestRate = requestRate;
        m_vmotionsDue = 0;
        startPhase();
        m_began = QTime::currentTime();
        // Events go out up to 2 ms late; a 1 ms tick would poll() every socket twice as often.
        m_ticker.start(2);
        m_expiry.start(50);
        runPreciselyFor(seconds * 1000);
        m_ticker.stop();
        m_figures.scheduledSeconds = phaseSeconds();
        // Let the vMotions in flight finish or run out of ESXi's patience.
        runUntil([&] { return std::all_of(m_slots.begin(), m_slots.end(), [](const Slot& s) { return idle(s); }); },
            esxiPatienceMs + 1000);
        m_expiry.stop();
    }

    int guestsOn(int server) const
    {
        return int(std::count_if(m_slots.begin(), m_slots.end(), [&](const Slot& s) { return s.server == server; }));
    }

private:
    static bool idle(const Slot& slot) { return slot.stage == Slot::Stage::Idle && !slot.waiting; }

    static EsxiEmulator::Vm vmOf(const Slot& slot)
    {
        EsxiEmulator::Vm vm;
        vm.name = "vm-" + QByteArray::number(slot.index);
        vm.portUri = "bench";
        return vm;
    }

    void startPhase()
    {
        m_figures.requests = {};
        m_figures.requestsAnswered = 0;
        m_clock.start();
    }

    std::unique_ptr<EsxiEmulator> attach(Slot& slot, EsxiEmulator* esxi)
    {
        connect(esxi, &EsxiEmulator::subOptionReceived, this,
            [this, s = &slot, esxi](quint8 code, const QByteArray& payload) { onSubOption(*s, esxi, code, payload); });
        connect(esxi, &EsxiEmulator::lineReceived, this, [this, s = &slot, esxi](const QByteArray& line) {
            esxi->takeLine(); // the signal is enough: keep the emulator from storing every answer
            onLine(*s, esxi, line);
        });
        return std::unique_ptr<EsxiEmulator>(esxi);
    }

    // Deleted later: it may be the sender of the signal being handled.
    static void discard(std::unique_ptr<EsxiEmulator>& esxi)
    {
        if (esxi) {
            esxi.release()->deleteLater();
        }
    }

    void request(Slot& slot)
    {
        slot.waiting = true;
        slot.sent.start();
        slot.esxi->sendData("!!REQUEST_METADATA#\n");
    }

    void tick()
    {
        const qint64 elapsed = m_clock.nsecsElapsed();
        // Catch up on the schedule whatever the tick jitter: event k is due at k / rate seconds.
        for (const qint64 due = elapsed * m_vmotionRate / 1000000000; m_vmotionsDue < due; ++m_vmotionsDue) {
            beginVMotion();
        }
        for (const qint64 due = elapsed * m_requestRate / 1000000000; m_figures.requestsDue < due;
             ++m_figures.requestsDue) {
            Slot* slot = nextIdle(&m_requestCursor);
            if (slot) {
                request(*slot);
                ++m_figures.requestsSent;
            }
        }
    }

    // The next guest on A or B with nothing in flight, round robin, or null.
    Slot* nextIdle(size_t* cursor)
    {
        for (size_t tried = 0; tried < m_slots.size(); ++tried) {
            Slot& slot = m_slots[(*cursor)++ % m_slots.size()];
            if (slot.server != 2 && idle(slot)) {
                return &slot;
            }
        }
        return nullptr;
    }

    void beginVMotion()
    {
        Slot* slot = nextIdle(&m_vmotionCursor);
        if (!slot) {
            ++m_figures.noGuestFree;
            return;
        }
        slot->sequence = QByteArray(4, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(slot->sequence.data()), 1);
        slot->stage = Slot::Stage::Begun;
        slot->since.start();
        slot->esxi->sendSubOption(VmwareExtension::VMotionBegin, slot->sequence);
        ++m_figures.begun;
    }

    void onSubOption(Slot& slot, EsxiEmulator* esxi, quint8 code, const QByteArray& payload)
    {
        const double at = phaseSeconds();
        if (esxi == slot.esxi.get() && slot.stage == Slot::Stage::Begun) {
            if (code == VmwareExtension::VMotionNotNow && payload == slot.sequence) {
                ++m_figures.notNow;
                slot.stage = Slot::Stage::Idle;
            } else if (code == VmwareExtension::VMotionGoahead && payload.startsWith(slot.sequence)) {
                ++m_figures.goaheads;
                m_figures.goahead.add(slot.since.nsecsElapsed() / 1e6, at);
                slot.stage = Slot::Stage::Peering;
                slot.target = attach(slot, new EsxiEmulator(vmOf(slot)));
                slot.target->setVMotionPeer(payload); // the cookie: sequence and secret
                slot.peerSentNs = -1;
                slot.targetSince.start();
                slot.target->connectToServer(m_ports[1 - slot.server]);
            }
        } else if (esxi == slot.target.get() && slot.stage == Slot::Stage::Peering) {
            if (code == VmwareExtension::KnownSuboptions2) {
                slot.peerSentNs = slot.targetSince.nsecsElapsed(); // the emulator answers it with PEER
            } else if (code == VmwareExtension::VMotionPeerOk && payload == slot.sequence) {
                peerOk(slot, at);
            }
        }
    }

    void peerOk(Slot& slot, double at)
    {
        ++m_figures.peerOks;
        m_figures.peer.add((slot.targetSince.nsecsElapsed() - slot.peerSentNs) / 1e6, at);
        m_figures.connectToPeerOk.add(slot.targetSince.nsecsElapsed() / 1e6, at);
        m_figures.total.add(slot.since.nsecsElapsed() / 1e6, at);
        slot.target->sendSubOption(VmwareExtension::VMotionComplete, slot.sequence);

        // The source server lets the old connection go once it hears of the move (through the database).
        EsxiEmulator* source = slot.esxi.release();
        source->setParent(this);
        ++m_figures.sourcesLeft;
        QElapsedTimer completed;
        completed.start();
        connect(&source->socket(), &QAbstractSocket::disconnected, this, [this, source, completed] {
            ++m_figures.sourcesDropped;
            m_figures.sourceDropped.add(completed.nsecsElapsed() / 1e6, phaseSeconds());
            source->deleteLater();
        });
        slot.esxi = std::move(slot.target);
        slot.server = 1 - slot.server;
        slot.stage = Slot::Stage::Serving;
        request(slot); // the target serves the VM from the moment COMPLETE arrives
    }

    void onLine(Slot& slot, EsxiEmulator* esxi, const QByteArray& line)
    {
        static const QByteArray prefix = "!!RESPONSE_METADATA#";
        if (esxi != slot.esxi.get() || !slot.waiting || !line.startsWith("!!RESPONSE_")) {
            return;
        }
        slot.waiting = false;
        const double ms = slot.sent.nsecsElapsed() / 1e6;
        if (slot.stage == Slot::Stage::Serving) {
            slot.stage = Slot::Stage::Idle;
            const QByteArray document = QByteArray::fromBase64(line.mid(prefix.size()).trimmed());
            const QByteArray expected = "\"instance-id\":\"i-" + QByteArray::number(slot.index) + '"';
            ++(document.contains(expected) ? m_figures.served : m_figures.wrongDocument);
            m_figures.firstAnswer.add(ms, phaseSeconds());
            return;
        }
        ++m_figures.requestsAnswered;
        m_figures.requests.add(ms, phaseSeconds());
        if (slot.inLoop) {
            request(slot);
        }
    }

    // ESXi gives up on a vMotion its vSPC leaves unanswered for 5 s; so do we, and say so.
    void expire()
    {
        for (Slot& slot : m_slots) {
            switch (slot.stage) {
            case Slot::Stage::Idle:
                break;
            case Slot::Stage::Begun:
            case Slot::Stage::Peering:
                if (slot.since.hasExpired(esxiPatienceMs)) {
                    ++(slot.stage == Slot::Stage::Begun ? m_figures.lateGoahead : m_figures.latePeerOk);
                    discard(slot.target);
                    slot.esxi->sendSubOption(VmwareExtension::VMotionAbort);
                    slot.stage = Slot::Stage::Idle;
                }
                break;
            case Slot::Stage::Serving:
                if (slot.sent.hasExpired(esxiPatienceMs)) {
                    ++m_figures.lateAnswer;
                    slot.waiting = false;
                    slot.stage = Slot::Stage::Idle;
                }
                break;
            }
        }
    }

    std::vector<Slot> m_slots; // never resized: the emulators' connections point into it
    quint16 m_ports[3] {};
    VMotionFigures m_figures;
    QElapsedTimer m_clock;
    QTime m_began;
    QTimer m_ticker;
    QTimer m_expiry;
    qint64 m_vmotionRate = 0;
    qint64 m_requestRate = 0;
    qint64 m_vmotionsDue = 0;
    size_t m_vmotionCursor = 0;
    size_t m_requestCursor = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_NO_GLIB", "1"); // as vmdeskctl does: the GLib dispatcher is slow with thousands of sockets
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"vMotions across two metadata servers on one PostgreSQL"_s);
    parser.addHelpOption();
    const QCommandLineOption guestsOption(u"guests"_s, u"Guests split across A and B."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"vMotions per second."_s, u"M"_s, u"50"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of the vMotion phase."_s, u"S"_s, u"20"_s);
    const QCommandLineOption requestsSecondsOption(
        u"requests-seconds"_s, u"Length of each closed-loop request phase."_s, u"S"_s, u"5"_s);
    const QCommandLineOption backgroundOption(u"background-rate"_s,
        u"Metadata requests per second on A's and B's guests during the vMotions."_s, u"R"_s, u"200"_s);
    const QCommandLineOption keepOption(u"keep-logs"_s, u"Keep the servers' logs and say where."_s);
    parser.addOptions({ guestsOption, rateOption, secondsOption, requestsSecondsOption, backgroundOption, keepOption });
    parser.process(app);
    const int guestCount = std::max(2, parser.value(guestsOption).toInt());
    const int rate = parser.value(rateOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int requestSeconds = parser.value(requestsSecondsOption).toInt();
    const int backgroundRate = parser.value(backgroundOption).toInt();

    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    std::printf("vspc_site: %d guests on A+B (and %d on C), %d vMotions/s for %d s with %d requests/s beside, "
                "%d s per request phase\n",
        guestCount, guestCount / 2, rate, seconds, backgroundRate, requestSeconds);

    QTemporaryDir dir;
    dir.setAutoRemove(!parser.isSet(keepOption));
    PostgresInstance postgres;
    if (!postgres.isReady()) {
        std::printf("PostgreSQL did not start: %s\n", qPrintable(postgres.errorString()));
        return 1;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passwordVariable), postgres.password());
    const QStringList store { u"--store"_s, postgres.url(), u"--password-env"_s,
        QString::fromLatin1(passwordVariable) };

    // The documents: one per VM, in the database and as files. The first goes through `metadata put`
    // (which creates the table); one process per document would take minutes, so the rest are
    // copied with one INSERT of the same text.
    QDir(dir.path()).mkdir(u"documents"_s);
    for (int i = 0; i < guestCount; ++i) {
        QSaveFile file(dir.filePath(u"documents/vm-%1.yaml"_s.arg(i)));
        file.open(QIODevice::WriteOnly);
        file.write(documentText(i));
        file.commit();
    }
    QElapsedTimer clock;
    clock.start();
    QProcess put;
    put.setProcessEnvironment(environment);
    put.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    put.setStandardOutputFile(QProcess::nullDevice());
    put.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
        QStringList { u"metadata"_s, u"put"_s, u"--vm"_s, u"vm-0"_s, dir.filePath(u"documents/vm-0.yaml"_s) } + store);
    if (!put.waitForFinished(60000) || put.exitCode() != 0) {
        std::printf("vmdeskctl metadata put failed\n");
        return 1;
    }
    const double putMs = clock.elapsed();
    clock.restart();
    QStringList values;
    for (int i = 1; i < guestCount; ++i) {
        values.append(u"('vm-%1', '%2')"_s.arg(i).arg(QString::fromUtf8(documentText(i))));
    }
    const QString inserted = selectText(postgres,
        u"WITH copied AS (INSERT INTO vmdesk_documents (key, yaml) VALUES %1 RETURNING 1) SELECT count(*) FROM copied"_s
            .arg(values.join(u',')));
    std::printf("  documents: vm-0 by metadata put in %.0f ms, %s more by one INSERT in %lld ms\n", putMs,
        qPrintable(inserted), static_cast<long long>(clock.elapsed()));

    SiteServer servers[3];
    quint16 ports[3] {};
    const QStringList common { u"--listen"_s, u"127.0.0.1:0"_s, u"--uri"_s, u"bench"_s, u"--max-connections"_s,
        QString::number(guestCount * 2 + 100), u"--handshake-timeout"_s, u"120"_s };
    for (int i = 0; i < 3; ++i) {
        const QStringList source = i < 2 ? store : QStringList { u"--directory"_s, dir.filePath(u"documents"_s) };
        ports[i] = servers[i].start(
            common + source, environment, dir.filePath(u"server-%1.log"_s.arg(QLatin1StringView(serverNames[i]))));
        if (ports[i] == 0) {
            std::printf("server %s did not start:\n%s\n", serverNames[i], qPrintable(servers[i].log()));
            return 1;
        }
    }
    for (int i = 0; i < 2; ++i) {
        if (servers[i].waitForLog(u"registered in \\S+ as instance ([0-9a-f-]{36})"_s).isEmpty()) {
            std::printf("server %s did not register:\n%s\n", serverNames[i], qPrintable(servers[i].log()));
            return 1;
        }
    }
    Meter meter { postgres, postmasterPid(), { &servers[0], &servers[1], &servers[2] }, {} };
    meter.wall.start();
    if (meter.postmaster == 0) {
        std::printf("  (the postmaster was not found among our children: its CPU time reads 0)\n");
    }

    Site site(guestCount, ports);
    const double connectSeconds = site.connectAll();
    std::printf("  connected and identified: %d on A, %d on B, %d on C in %.2f s\n", site.guestsOn(0), site.guestsOn(1),
        site.guestsOn(2), connectSeconds);
    if (connectSeconds < 0) {
        return 1;
    }
    runFor(1000); // the servers publish the new guests to the registry
    std::printf("  first request per guest, all at once (document not cached yet):\n");
    std::printf("    store (A+B) %s\n", site.firstRequests({ 0, 1 }).line().constData());
    std::printf("    file  (C)   %s\n", site.firstRequests({ 2 }).line().constData());
    runFor(1000);

    std::printf("  CPU seconds by phase (others: the rest of the machine, steal: taken by the hypervisor):\n"
                "  %-28s %6s %8s %6s %6s %6s %6s %6s %5s %8s %8s\n",
        "phase", "wall", "postgres", "A", "B", "C", "bench", "others", "steal", "db share", "commit/s");
    const QMap<QString, std::array<qint64, 3>> writesBefore = tableWrites(postgres);
    Usage before = meter.read();
    StallMeter stalls;
    stalls.start();
    site.vmotions(rate, backgroundRate, seconds);
    const double longestStall = stalls.stop();
    Usage after = meter.read();
    printUsage("vMotions + requests beside", before, after);
    const QMap<QString, std::array<qint64, 3>> writesAfter = tableWrites(postgres);
    const VMotionFigures vm = site.figures();
    const double phase = vm.scheduledSeconds;

    struct Loop
    {
        const char* name;
        std::vector<int> servers;
        double rate = 0;
        int guests = 0;
        Series latency;
    };
    Loop loops[] = { { "store, one server (A)", { 0 }, 0, 0, {} }, { "file, one server (C)", { 2 }, 0, 0, {} },
        { "store, both servers (A+B)", { 0, 1 }, 0, 0, {} } };
    for (Loop& loop : loops) {
        runFor(500);
        before = meter.read();
        std::tie(loop.rate, loop.latency) = site.closedLoop(loop.servers, requestSeconds, &loop.guests);
        after = meter.read();
        printUsage(loop.name, before, after);
    }

    std::printf("  (PostgreSQL counts commits late: up to 1 s while a backend is busy, 10 s once it is idle)\n");
    std::printf("\n  vMotions A<->B at %d/s for %d s (rates over the %.1f s until the last was due; goal p99 < 50 ms, "
                "ESXi allows "
                "%d ms):\n",
        rate, seconds, phase, esxiPatienceMs);
    std::printf("    begun %lld, GOAHEAD %lld, NOTNOW %lld, PEER-OK %lld (COMPLETE sent), served on target %lld, "
                "wrong document %lld\n",
        vm.begun, vm.goaheads, vm.notNow, vm.peerOks, vm.served, vm.wrongDocument);
    std::printf(
        "    not answered within %d ms: GOAHEAD %lld, PEER-OK %lld, first request on target %lld; no idle guest "
        "to move %lld\n",
        esxiPatienceMs, vm.lateGoahead, vm.latePeerOk, vm.lateAnswer, vm.noGuestFree);
    std::printf("    source connections dropped by the old server %lld of %lld\n", vm.sourcesDropped, vm.sourcesLeft);
    // PEER: when the target's telnet negotiation presents the cookie (its answer to KNOWN-SUBOPTIONS-2).
    const std::pair<const char*, const Series*> series[]
        = { { "BEGIN->GOAHEAD", &vm.goahead }, { "PEER->PEER-OK", &vm.peer },
              { "target connect->PEER-OK", &vm.connectToPeerOk }, { "BEGIN->PEER-OK (all)", &vm.total },
              { "COMPLETE->first answer", &vm.firstAnswer }, { "COMPLETE->source dropped", &vm.sourceDropped } };
    for (const auto& [name, values] : series) {
        std::printf("    %-26s %s\n", name, values->line().constData());
    }
    std::printf("    requests beside: sent %.0f/s of %d/s, answered %.0f/s, %s\n", vm.requestsSent / phase,
        backgroundRate, vm.requestsAnswered / phase, vm.requests.line().constData());
    std::printf("    rows written per second (insert/update/delete):");
    for (auto it = writesAfter.cbegin(); it != writesAfter.cend(); ++it) {
        const std::array<qint64, 3> was = writesBefore.value(it.key());
        std::printf(" %s %.0f/%.0f/%.0f", qPrintable(it.key()), (it.value()[0] - was[0]) / phase,
            (it.value()[1] - was[1]) / phase, (it.value()[2] - was[2]) / phase);
    }
    std::printf("\n");
    std::printf("    this process's longest event-loop stall %.1f ms (%.1f ms of it on its CPU)\n", longestStall,
        stalls.longestCpu());
    std::printf("\n  metadata requests, closed loop, one outstanding per guest, %d s each:\n", requestSeconds);
    for (const Loop& loop : loops) {
        std::printf("    %-26s %4d guests %7.0f requests/s  %s\n", loop.name, loop.guests, loop.rate,
            loop.latency.line().constData());
    }
    if (parser.isSet(keepOption)) {
        std::printf("\n  logs: %s; the vMotion phase began at %s\n", qPrintable(dir.path()),
            qPrintable(site.vmotionsBegan().toString(u"HH:mm:ss.zzz"_s)));
    }
    return 0;
}
