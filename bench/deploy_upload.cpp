// SPDX-License-Identifier: GPL-3.0-or-later
// bench/deploy_upload: export a simulator VM with a large disk to an OVA, deploy that OVA back
// (vmdesk's upload through the import lease), then PUT the same disk with curl to a fresh import
// lease's URL; print both rates and their ratio. Asserts nothing.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include "benchloop.h"
#include "core/whendone.h"
#include "export/exportjob.h"
#include "provisioning/deployjob.h"
#include "provisioning/ovfimport.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
bool run(TransferJob& job, QString& failure)
{
    bool finished = false;
    QObject::connect(&job, &TransferJob::succeeded, [&] { finished = true; });
    QObject::connect(&job, &TransferJob::failed, [&](const QString& message) {
        failure = message;
        finished = true;
    });
    job.start();
    runUntil([&] { return finished; }, 60 * 60 * 1000);
    return failure.isEmpty();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption diskOption(u"disk-mb"_s, u"Disk size in MiB."_s, u"MB"_s, u"1024"_s);
    parser.addOption(diskOption);
    parser.process(app);
    const int diskMb = parser.value(diskOption).toInt();

    QTemporaryDir simulatorData(QDir(u"/dev/shm"_s).exists() ? u"/dev/shm/vmdesk-bench-XXXXXX"_s : QString());
    QTemporaryDir output;
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

    ExportSpec exportSpec;
    exportSpec.vmName = u"DC0_C0_RP0_VM0"_s;
    exportSpec.outputDir = output.path();
    exportSpec.ova = true;
    ExportJob exportJob(&session, exportSpec);
    QString failure;
    if (!run(exportJob, failure)) {
        std::printf("the export failed: %s\n", qPrintable(failure));
        return 1;
    }
    std::printf(
        "deploy_upload: one VM, one %d MiB disk, loopback, from %s\n", diskMb, qPrintable(exportSpec.ovaPath()));

    // Ours: the whole deploy; the upload phase timed on its own.
    DeploySpec spec;
    spec.source = DeploySpec::Source::Ova;
    spec.sourcePath = exportSpec.ovaPath();
    spec.name = u"bench-deployed"_s;
    DeployJob deploy(&session, spec);
    QElapsedTimer uploadClock;
    double uploadSeconds = 0;
    QObject::connect(&deploy, &TransferJob::changed, [&] {
        if (deploy.phase() == DeployJob::Phase::Uploading && !uploadClock.isValid()) {
            uploadClock.start();
        } else if (deploy.phase() > DeployJob::Phase::Uploading && uploadSeconds == 0 && uploadClock.isValid()) {
            uploadSeconds = uploadClock.nsecsElapsed() / 1e9;
        }
    });
    QElapsedTimer total;
    total.start();
    if (!run(deploy, failure)) {
        std::printf("the deploy failed: %s\n", qPrintable(failure));
        return 1;
    }
    const double bytes = deploy.bytesTotal();
    const double oursMiBs = bytes / uploadSeconds / (1 << 20);
    std::printf("  vmdesk: %.0f MiB uploaded in %.2f s (%.2f s whole deploy) = %.0f MiB/s\n", bytes / (1 << 20),
        uploadSeconds, total.nsecsElapsed() / 1e9, oursMiBs);
    const double rss = peakRssMiB();

    // curl: the same disk file, PUT to the URL of a second import lease of the same package.
    QTemporaryDir scratch;
    const OvfSource source = OvfSource::open(spec.sourcePath, scratch.path());
    PlacementCatalog catalog;
    bool read = false;
    whenDone<VimError>(
        PlacementCatalog::read(&session), &session,
        [&](const PlacementCatalog& result) {
            catalog = result;
            read = true;
        },
        [&](const VimError&) { read = true; });
    runUntil([&] { return read; }, 30000);
    DeploySpec second = spec;
    second.name = u"bench-curl"_s;
    const auto placed = catalog.resolve(second, source.networks);
    if (!std::holds_alternative<PlacementCatalog::Placement>(placed)) {
        std::printf("no placement for curl's import\n");
        return 1;
    }
    OvfImport import(&session, source, std::get<PlacementCatalog::Placement>(placed), second.name);
    bool ready = false;
    QObject::connect(&import, &OvfImport::ready, [&] { ready = true; });
    QObject::connect(&import, &OvfImport::failed, [&](const QString& message) {
        failure = message;
        ready = true;
    });
    import.start();
    runUntil([&] { return ready; }, 60000);
    if (!failure.isEmpty() || import.uploads().isEmpty()) {
        std::printf("no second import lease for curl: %s\n", qPrintable(failure));
        return 1;
    }
    const OvfImport::Upload upload = import.uploads().first();
    QProcess curl;
    QElapsedTimer curlClock;
    curlClock.start();
    curl.start(u"curl"_s, { u"-s"_s, u"-f"_s, u"-T"_s, upload.path, upload.device.url.toString() });
    runUntil([&] { return curl.state() == QProcess::NotRunning; }, 60 * 60 * 1000);
    const double curlSeconds = curlClock.nsecsElapsed() / 1e9;
    import.lease()->abort(u"benchmark done"_s);
    if (curl.exitCode() != 0) {
        std::printf("curl failed (exit %d)\n", curl.exitCode());
        return 1;
    }
    const double curlMiBs = upload.size / curlSeconds / (1 << 20);
    std::printf("  curl:   %.0f MiB in %.2f s = %.0f MiB/s\n", upload.size / double(1 << 20), curlSeconds, curlMiBs);
    std::printf("  ratio vmdesk/curl: %.2f\n", oursMiBs / curlMiBs);
    std::printf("  vmdesk peak RSS during the deploy: %.0f MiB\n", rss);

    QFuture<void> logout = session.logout();
    runUntil([&] { return logout.isFinished(); }, 10000);
    simulator.terminate();
    simulator.waitForFinished(30000);
    return 0;
}
