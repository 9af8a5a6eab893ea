// SPDX-License-Identifier: GPL-3.0-or-later
// bench/vspc_load: N emulated ESXi guests against `vmdeskctl serve-metadata` on loopback.
// Prints connections held, requests/s (closed loop), latency percentiles at a fixed rate (open
// loop), and the server's RSS per connection. Asserts nothing.
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

#include "benchloop.h"
#include "vspc/esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
struct Guest
{
    std::unique_ptr<EsxiEmulator> esxi;
    QElapsedTimer sent;
    bool waiting = false;
};
} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_NO_GLIB", "1"); // as vmdeskctl does: the GLib dispatcher is slow with thousands of sockets
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Load test of the vSPC metadata server"_s);
    parser.addHelpOption();
    const QCommandLineOption guestsOption(u"guests"_s, u"Concurrent guests."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Length of each measuring phase."_s, u"S"_s, u"10"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Requests per second for the latency phase."_s, u"R"_s, u"5000"_s);
    parser.addOptions({ guestsOption, secondsOption, rateOption });
    parser.process(app);
    const int guestCount = parser.value(guestsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int rate = parser.value(rateOption).toInt();

    // Two sockets per guest live on this machine (ours and the server's): raise the fd limit.
    rlimit limit {};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    std::printf("vspc_load: %d guests, fd limit %llu\n", guestCount, static_cast<unsigned long long>(limit.rlim_cur));

    QTemporaryDir dir;
    for (int i = 0; i < guestCount; ++i) {
        QSaveFile file(dir.filePath(u"vm-%1.yaml"_s.arg(i)));
        file.open(QIODevice::WriteOnly);
        file.write("metadata:\n  instance_id: i-" + QByteArray::number(i) + "\nnetwork:\n  address: 10.1."
            + QByteArray::number(i / 250) + '.' + QByteArray::number(i % 250 + 1)
            + "\n  netmask: 255.255.0.0\nuserdata: |\n  #cloud-config\n  hostname: vm-" + QByteArray::number(i) + "\n");
        file.commit();
    }

    QProcess server;
    server.setStandardErrorFile(dir.filePath(u"server.log"_s));
    server.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
        { u"serve-metadata"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--uri"_s, u"bench"_s, u"--directory"_s, dir.path(),
            u"--max-connections"_s, QString::number(guestCount + 100), u"--handshake-timeout"_s, u"120"_s });
    quint16 port = 0;
    const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    runUntil(
        [&] {
            QFile log(dir.filePath(u"server.log"_s));
            log.open(QIODevice::ReadOnly);
            port = listening.match(QString::fromUtf8(log.readAll())).captured(1).toUShort();
            return port != 0;
        },
        10000);
    if (port == 0) {
        std::printf("the server did not start\n");
        return 1;
    }
    const qint64 idleRss = rssKiB(server.processId());

    // Phase 1: connect and identify every guest.
    std::vector<Guest> guests(guestCount);
    QElapsedTimer clock;
    clock.start();
    int identified = 0;
    for (int i = 0; i < guestCount; ++i) {
        EsxiEmulator::Vm vm;
        vm.name = "vm-" + QByteArray::number(i);
        vm.portUri = "bench";
        guests[i].esxi = std::make_unique<EsxiEmulator>(vm);
        guests[i].esxi->connectToServer(port);
        if (i % 200 == 199) {
            QCoreApplication::processEvents(); // do not flood the listen backlog
        }
    }
    runUntil(
        [&] {
            identified = 0;
            for (const Guest& guest : guests) {
                identified += guest.esxi->subOptions().size() >= 4 ? 1 : 0; // KS2, GETs, WILL-PROXY
            }
            return identified == guestCount;
        },
        120000);
    const double connectSeconds = clock.elapsed() / 1000.0;
    runFor(500);
    std::printf("  connected and identified: %d of %d in %.2f s\n", identified, guestCount, connectSeconds);

    std::vector<double> latencies;
    qint64 answered = 0;
    bool closedLoop = true;
    for (Guest& guest : guests) {
        QObject::connect(guest.esxi.get(), &EsxiEmulator::lineReceived, [&, g = &guest](const QByteArray& line) {
            if (!g->waiting || !line.startsWith("!!RESPONSE_")) {
                return;
            }
            g->waiting = false;
            latencies.push_back(g->sent.nsecsElapsed() / 1e6);
            ++answered;
            if (closedLoop) {
                g->waiting = true;
                g->sent.start();
                g->esxi->sendData("!!REQUEST_METADATA#\n");
            }
        });
    }

    // Phase 2: closed loop, one request outstanding per guest.
    clock.restart();
    for (Guest& guest : guests) {
        guest.waiting = true;
        guest.sent.start();
        guest.esxi->sendData("!!REQUEST_METADATA#\n");
    }
    runFor(seconds * 1000);
    const double closedRate = answered / (clock.elapsed() / 1000.0);
    std::printf("  closed loop (%d s): %.0f requests/s, p50 %.2f ms, p99 %.2f ms\n", seconds, closedRate,
        percentile(latencies, 0.50), percentile(latencies, 0.99));
    closedLoop = false;
    runFor(1000);
    const qint64 loadedRss = rssKiB(server.processId());

    // Phase 3: open loop at a fixed rate, spread over the guests.
    for (Guest& guest : guests) {
        guest.waiting = false;
    }
    latencies.clear();
    answered = 0;
    qint64 sentCount = 0;
    qint64 due = 0;
    size_t next = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    const int tickMs = 1;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        // Catch up on the schedule whatever the tick jitter: request k is due at k / rate seconds.
        const qint64 target = clock.nsecsElapsed() * rate / 1000000000;
        for (; due < target; ++due) {
            Guest& guest = guests[next++ % guests.size()];
            if (guest.waiting) {
                continue; // still waiting for its previous answer: counted as not sent
            }
            guest.waiting = true;
            guest.sent.start();
            guest.esxi->sendData("!!REQUEST_USERDATA#\n");
            ++sentCount;
        }
    });
    clock.restart();
    ticker.start(tickMs);
    runFor(seconds * 1000);
    ticker.stop();
    const double openSeconds = clock.elapsed() / 1000.0;
    runFor(200); // the last answers
    std::printf(
        "  open loop at %d requests/s (%d s): sent %.0f/s, answered %.0f/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        rate, seconds, sentCount / openSeconds, answered / openSeconds, percentile(latencies, 0.50),
        percentile(latencies, 0.99), percentile(latencies, 1.0));
    std::printf("  server RSS: %.1f MiB idle, %.1f MiB with %d guests: %.1f KiB per connection\n", idleRss / 1024.0,
        loadedRss / 1024.0, guestCount, double(loadedRss - idleRss) / guestCount);

    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
