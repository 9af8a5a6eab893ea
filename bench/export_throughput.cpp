// SPDX-License-Identifier: GPL-3.0-or-later
// bench/export_throughput: export a VM with a large disk from the simulator on loopback, then curl
// the same NFC URL; print both rates, their ratio and our peak RSS. Asserts nothing.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include "benchloop.h"
#include "export/exportjob.h"
#include "export/nfclease.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption diskOption(u"disk-mb"_s, u"Disk size in MiB."_s, u"MB"_s, u"2048"_s);
    const QCommandLineOption outputOption(
        u"output"_s, u"Where the downloads go (default: a temporary folder)."_s, u"DIR"_s);
    parser.addOptions({ diskOption, outputOption });
    parser.process(app);
    const int diskMb = parser.value(diskOption).toInt();

    QTemporaryDir simulatorData(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/vmdesk-bench-XXXXXX"_s : QString());
    QTemporaryDir output(parser.isSet(outputOption) ? parser.value(outputOption) + u"/bench-XXXXXX"_s : QString());
    QProcess simulator;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TMPDIR"_s, simulatorData.path());
    simulator.setProcessEnvironment(environment);
    simulator.start(QCoreApplication::applicationDirPath() + u"/vmdesk-vcsim"_s,
        { u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, QString::number(diskMb) });
    if (!simulator.waitForReadyRead(60000)) {
        std::printf("the simulator did not start\n");
        return 1;
    }
    const QUrl url(QString::fromUtf8(simulator.readLine()).trimmed());

    VSphereSession session;
    QFuture<void> login = session.login({ url, u"bench"_s, {} }, u"bench"_s);
    runUntil([&] { return login.isFinished(); }, 30000);
    if (session.state() != VCenterConnection::State::Connected) {
        std::printf("cannot log in to the simulator\n");
        return 1;
    }
    std::printf(
        "export_throughput: one VM, one %d MiB disk, loopback, downloads to %s\n", diskMb, qPrintable(output.path()));

    // Ours: the whole export (lease, download with SHA-256, descriptor, manifest).
    ExportSpec spec;
    spec.vmName = u"DC0_C0_RP0_VM0"_s;
    spec.outputDir = output.filePath(u"vmdesk"_s);
    ExportJob job(&session, spec);
    bool finished = false;
    QString failure;
    QElapsedTimer downloadClock;
    double downloadSeconds = 0;
    QObject::connect(&job, &ExportJob::changed, [&] {
        if (job.phase() == ExportJob::Phase::Downloading && !downloadClock.isValid()) {
            downloadClock.start();
        } else if (job.phase() > ExportJob::Phase::Downloading && downloadSeconds == 0 && downloadClock.isValid()) {
            downloadSeconds = downloadClock.nsecsElapsed() / 1e9;
        }
    });
    QObject::connect(&job, &ExportJob::succeeded, [&] { finished = true; });
    QObject::connect(&job, &ExportJob::failed, [&](const QString& message) {
        failure = message;
        finished = true;
    });
    QElapsedTimer total;
    total.start();
    job.start();
    runUntil([&] { return finished; }, 30 * 60 * 1000);
    if (!failure.isEmpty()) {
        std::printf("the export failed: %s\n", qPrintable(failure));
        return 1;
    }
    const double bytes = job.bytesTotal();
    const double oursMiBs = bytes / downloadSeconds / (1 << 20);
    std::printf("  vmdesk: %.0f MiB in %.2f s download (%.2f s whole export) = %.0f MiB/s, SHA-256 on\n",
        bytes / (1 << 20), downloadSeconds, total.nsecsElapsed() / 1e9, oursMiBs);
    const double rss = peakRssMiB();

    // curl: the same NFC URL of a fresh lease, straight to a file, no hashing.
    NfcLease lease(&session, { u"VirtualMachine"_s, u"vm-45"_s });
    bool ready = false;
    QObject::connect(&lease, &NfcLease::ready, [&] { ready = true; });
    lease.open();
    runUntil([&] { return ready; }, 30000);
    if (!ready || lease.devices().isEmpty()) {
        std::printf("no second lease for curl\n");
        return 1;
    }
    QProcess curl;
    QElapsedTimer curlClock;
    curlClock.start();
    curl.start(
        u"curl"_s, { u"-s"_s, u"-o"_s, output.filePath(u"curl.vmdk"_s), lease.devices().first().url.toString() });
    runUntil([&] { return curl.state() == QProcess::NotRunning; }, 30 * 60 * 1000);
    const double curlSeconds = curlClock.nsecsElapsed() / 1e9;
    const double curlBytes = QFileInfo(output.filePath(u"curl.vmdk"_s)).size();
    lease.abort(u"benchmark done"_s);
    const double curlMiBs = curlBytes / curlSeconds / (1 << 20);
    std::printf(
        "  curl:   %.0f MiB in %.2f s = %.0f MiB/s, no hashing\n", curlBytes / (1 << 20), curlSeconds, curlMiBs);
    std::printf("  ratio vmdesk/curl: %.2f\n", oursMiBs / curlMiBs);
    std::printf("  vmdesk peak RSS during the export: %.0f MiB\n", rss);

    QFuture<void> logout = session.logout();
    runUntil([&] { return logout.isFinished(); }, 10000);
    simulator.terminate();
    simulator.waitForFinished(30000);
    return 0;
}
