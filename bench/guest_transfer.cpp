// SPDX-License-Identifier: GPL-3.0-or-later
// bench/guest_transfer: a file up to a simulator guest and back with vmdesk's guest operations
// (InitiateFileTransferToGuest + PUT, InitiateFileTransferFromGuest + GET), then the same two
// transfers with curl against fresh URLs of the same calls; prints both rates, their ratios and
// vmdesk's peak RSS. Asserts nothing.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "benchloop.h"
#include "core/whendone.h"
#include "guestops/guestfiletransfer.h"
#include "vsphere/guestoperations.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
template <typename T> std::optional<T> wait(QFuture<T> future)
{
    runUntil([&] { return future.isFinished(); }, 60000);
    try {
        return future.result();
    } catch (const VimError& error) {
        std::printf("failed: %s\n", qPrintable(error.message()));
        return std::nullopt;
    }
}

// Seconds for one transfer through GuestFileTransfer, or a negative number when it failed.
double transfer(GuestOperations& ops, const ManagedObjectRef& vm, const GuestCredentials& credentials,
    GuestFileTransfer::Direction direction, const QString& local, const QString& guest)
{
    GuestFileTransfer job(&ops, vm, credentials, direction, local, guest, true);
    bool done = false;
    QString failure;
    QObject::connect(&job, &GuestFileTransfer::finished, [&] { done = true; });
    QObject::connect(&job, &GuestFileTransfer::failed, [&](const QString& message) {
        failure = message;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    job.start();
    runUntil([&] { return done; }, 60 * 60 * 1000);
    if (!failure.isEmpty()) {
        std::printf("vmdesk's transfer failed: %s\n", qPrintable(failure));
        return -1;
    }
    return clock.nsecsElapsed() / 1e9;
}

double curl(const QStringList& arguments)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(u"curl"_s, QStringList { u"-s"_s, u"-f"_s } + arguments);
    runUntil([&] { return process.state() == QProcess::NotRunning; }, 60 * 60 * 1000);
    if (process.exitCode() != 0) {
        std::printf("curl failed (exit %d): %s\n", process.exitCode(), process.readAllStandardError().constData());
        return -1;
    }
    return clock.nsecsElapsed() / 1e9;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"size-mb"_s, u"File size in MiB."_s, u"MB"_s, u"64"_s);
    parser.addOption(sizeOption);
    parser.process(app);
    const int sizeMb = parser.value(sizeOption).toInt();

    QTemporaryDir scratch(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/vmdesk-bench-XXXXXX"_s : QString());
    QProcess simulator;
    simulator.start(QCoreApplication::applicationDirPath() + u"/vmdesk-vcsim"_s,
        { u"--vms"_s, u"2"_s, u"--guest-root"_s, scratch.filePath(u"guests"_s) });
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
    const auto vms = wait(session.virtualMachinesNamed({ u"DC0_C0_RP0_VM0"_s }));
    if (!vms || vms->isEmpty()) {
        return 1;
    }
    const ManagedObjectRef vm = vms->first().ref;
    const GuestCredentials credentials { u"bench"_s, u"bench"_s };
    GuestOperations ops(&session);

    const QString source = scratch.filePath(u"source.bin"_s);
    {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly)) {
            return 1;
        }
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int mib = 0; mib < sizeMb; ++mib) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            file.write(block);
        }
    }
    const double mib = sizeMb;
    std::printf("guest_transfer: %d MiB to and from a simulator guest over loopback (HTTP)\n", sizeMb);
    const double upOurs
        = transfer(ops, vm, credentials, GuestFileTransfer::Direction::Upload, source, u"/root/a.bin"_s);
    const double downOurs = transfer(ops, vm, credentials, GuestFileTransfer::Direction::Download,
        scratch.filePath(u"ours.bin"_s), u"/root/a.bin"_s);
    const double rss = peakRssMiB();
    if (upOurs < 0 || downOurs < 0) {
        return 1;
    }

    const auto putUrl = wait(ops.initiateUpload(vm, credentials, u"/root/b.bin"_s, qint64(sizeMb) << 20, true));
    const double upCurl = putUrl ? curl({ u"-T"_s, source, putUrl->toString() }) : -1;
    const auto getUrl = wait(ops.initiateDownload(vm, credentials, u"/root/b.bin"_s));
    const double downCurl = getUrl ? curl({ u"-o"_s, scratch.filePath(u"curl.bin"_s), getUrl->url.toString() }) : -1;
    if (upCurl < 0 || downCurl < 0) {
        return 1;
    }
    std::printf("  upload:   vmdesk %.2f s = %.0f MiB/s, curl %.2f s = %.0f MiB/s, ratio %.2f\n", upOurs, mib / upOurs,
        upCurl, mib / upCurl, upCurl / upOurs);
    std::printf("  download: vmdesk %.2f s = %.0f MiB/s, curl %.2f s = %.0f MiB/s, ratio %.2f\n", downOurs,
        mib / downOurs, downCurl, mib / downCurl, downCurl / downOurs);
    std::printf("  (each vmdesk time includes its InitiateFileTransfer call; curl's does not)\n");
    std::printf("  vmdesk peak RSS: %.0f MiB\n", rss);

    QFuture<void> logout = session.logout();
    runUntil([&] { return logout.isFinished(); }, 10000);
    simulator.terminate();
    simulator.waitForFinished(30000);
    return 0;
}
