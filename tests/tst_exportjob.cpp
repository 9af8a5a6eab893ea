// SPDX-License-Identifier: GPL-3.0-or-later
// ExportJob against the simulator harness: the package, cancel, resume after a cut, a server that
// ignores Range, the lease keepalive, and a running VM.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "export/exportjob.h"
#include "support/simulatorinstance.h"
#include "support/smalldisk.h"
#include "support/testmain.h"
#include "vsphere/vimclient.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString vm0 = u"DC0_C0_RP0_VM0"_s; // powered off by --powered-off 2
const QString vm3 = u"DC0_C0_RP0_VM3"_s; // left running

QByteArray sha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The simulator's own copy of a VM's disk, to compare a download with byte for byte.
QString sourceDisk(const SimulatorInstance& simulator, const QString& vm)
{
    QDirIterator it(simulator.dataDirectory(), { u"disk1-flat.vmdk"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u'/' + vm + u'/')) {
            return path;
        }
    }
    return {};
}

struct Connected
{
    VSphereSession session;
    explicit Connected(const SimulatorInstance& simulator)
    {
        QFuture<void> login = session.login({ simulator.sdkUrl(), u"user"_s, {} }, u"pass"_s);
        QTest::qWaitFor([&] { return login.isFinished(); }, 20000);
    }
};

ExportSpec specFor(const QString& vm, const QString& output)
{
    ExportSpec spec;
    spec.vmName = vm;
    spec.outputDir = output;
    return spec;
}

DiskDownload::Retry quickRetry()
{
    return { 4, 50, 200 };
}
} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsOvfManifestAndOva()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--disk-mb"_s, u"6"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        QCOMPARE(vc.session.state(), VCenterConnection::State::Connected);
        QTemporaryDir out;
        ExportSpec spec = specFor(vm0, out.path());
        spec.ova = true;
        spec.removeCdrom = true;
        ExportJob job(&vc.session, spec, quickRetry());
        QSignalSpy succeeded(&job, &ExportJob::succeeded);
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start();
        QVERIFY2(succeeded.wait(60000), failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        QCOMPARE(job.phase(), ExportJob::Phase::Finished);

        const QDir dir(spec.packageDir());
        const QString disk = dir.filePath(vm0 + u"-disk-0.vmdk"_s);
        QCOMPARE(QFileInfo(disk).size(), 6 * 1024 * 1024);
        QVERIFY(!QFile::exists(disk + u".part"_s));
        QCOMPARE(contents(disk), contents(sourceDisk(simulator, vm0))); // byte-identical to the source

        // The descriptor was made after the download: its References name our file with its size.
        const QString ovf = QString::fromUtf8(contents(dir.filePath(vm0 + u".ovf"_s)));
        const QRegularExpression file(u"<File ovf:href=\"([^\"]+)\" ovf:id=\"file1\" ovf:size=\"(\\d+)\""_s);
        const QRegularExpressionMatch match = file.match(ovf);
        QVERIFY2(match.hasMatch(), qPrintable(ovf));
        QCOMPARE(match.captured(1), vm0 + u"-disk-0.vmdk"_s);
        QCOMPARE(match.captured(2).toLongLong(), QFileInfo(disk).size());
        QVERIFY(ovf.contains(u"ovf:fileRef=\"file1\""_s));
        QVERIFY(!ovf.contains(u"<rasd:ResourceType>15</rasd:ResourceType>"_s)); // CD-ROM stripped from the descriptor

        // Every manifest line checked against a hash computed here, independently.
        const QStringList lines
            = QString::fromUtf8(contents(dir.filePath(vm0 + u".mf"_s))).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString& line : lines) {
            const QRegularExpressionMatch m = QRegularExpression(u"^SHA256\\((.+)\\)= ([0-9a-f]{64})$"_s).match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            QCOMPARE(QByteArray(m.captured(2).toLatin1()), sha256(dir.filePath(m.captured(1))));
        }

        // The OVA: a tar with the descriptor first, then the manifest, then the disk.
        QProcess tar;
        tar.start(u"tar"_s, { u"-tvf"_s, spec.ovaPath() });
        QVERIFY(tar.waitForFinished());
        const QStringList entries = QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(entries.size(), 3);
        QVERIFY(entries[0].endsWith(vm0 + u".ovf"_s));
        QVERIFY(entries[1].endsWith(vm0 + u".mf"_s));
        QVERIFY(entries[2].endsWith(vm0 + u"-disk-0.vmdk"_s));
        QVERIFY(entries[2].contains(QString::number(6 * 1024 * 1024)));
        QTRY_VERIFY(simulator.log().contains(u"ended after"_s)); // HttpNfcLeaseComplete reached the server
    }

    void aDiskThatFillsUpFailsTheJobInsteadOfCompletingIt_data()
    {
        // As the audit did: the disk fits and little is left. The simulator's descriptor takes one
        // 4 KiB page, so with no page left the descriptor fails, with one the manifest does.
        QTest::addColumn<int>("roomLeft");
        QTest::addColumn<bool>("ova");
        QTest::addColumn<QString>("refused");
        QTest::newRow("descriptor") << 0 << false << vm0 + u"/"_s + vm0 + u".ovf"_s;
        QTest::newRow("manifest") << 4 * 1024 << false << vm0 + u"/"_s + vm0 + u".mf"_s;
        QTest::newRow("ova") << 64 * 1024 << true << vm0 + u".ova.part"_s;
    }

    void aDiskThatFillsUpFailsTheJobInsteadOfCompletingIt()
    {
        QFETCH(int, roomLeft);
        QFETCH(bool, ova);
        QFETCH(QString, refused);
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"4"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        SmallDisk disk(4 * 1024 * 1024 + roomLeft);
        QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
        ExportSpec spec = specFor(vm0, disk.path());
        spec.ova = ova;
        ExportJob job(&vc.session, spec, quickRetry());
        QSignalSpy succeeded(&job, &ExportJob::succeeded);
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start();
        QVERIFY(failed.wait(60000));
        QCOMPARE(succeeded.size(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"No space left on device"_s), qPrintable(message));
        QVERIFY2(message.contains(QDir(disk.path()).filePath(refused)), qPrintable(message));
        QVERIFY(job.phase() != ExportJob::Phase::Finished);
        // Nothing that looks like a finished package is left: no empty descriptor or manifest.
        const QDir dir(spec.packageDir());
        for (const QString& name : { vm0 + u".ovf"_s, vm0 + u".mf"_s }) {
            QVERIFY2(
                !QFileInfo::exists(dir.filePath(name)) || QFileInfo(dir.filePath(name)).size() > 0, qPrintable(name));
        }
    }

    void refusesARunningVmAndLeavesItAlone()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s });
        Connected vc(simulator);
        QTemporaryDir out;
        ExportJob job(&vc.session, specFor(vm3, out.path()));
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start();
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().at(0).toString().contains(u"powered-off"_s));
        QCOMPARE(failed.first().at(1).toBool(), false);
        QVERIFY(!simulator.log().contains(u"ExportVm"_s));
        QFuture<VmSummaryList> vms = vc.session.virtualMachines();
        QTRY_VERIFY(vms.isFinished());
        for (const VmSummary& vm : vms.result()) {
            if (vm.name == vm3) {
                QCOMPARE(vm.powerState, u"poweredOn"_s); // never powered off behind the admin's back
            }
        }
    }

    void shutsTheGuestDownWhenAsked()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--disk-mb"_s, u"1"_s });
        Connected vc(simulator);
        QTemporaryDir out;
        ExportSpec spec = specFor(vm3, out.path());
        spec.shutdownGuest = true;
        ExportJob job(&vc.session, spec);
        QSignalSpy succeeded(&job, &ExportJob::succeeded);
        QSignalSpy log(&job, &ExportJob::logLine);
        job.start();
        QVERIFY(succeeded.wait(60000));
        bool shutdownLogged = false;
        for (const QList<QVariant>& line : log) {
            shutdownLogged |= line.first().toString().contains(u"shut down"_s);
        }
        QVERIFY(shutdownLogged);
    }

    void cancelAbortsTheLeaseAndRemovesPartialFiles()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"8"_s,
            u"--throttle-kbps"_s, u"1024"_s });
        Connected vc(simulator);
        QTemporaryDir out;
        ExportSpec spec = specFor(vm0, out.path());
        ExportJob job(&vc.session, spec);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.bytesDone() > 256 * 1024, 20000);
        job.stop(false);
        QTRY_VERIFY(simulator.log().contains(u"ended after"_s)); // HttpNfcLeaseAbort reached the server
        QTRY_COMPARE(QDir(spec.packageDir()).entryList(QDir::Files), QStringList());
    }

    void resumesACutTransferWithoutRefetchingAndEndsIdentical()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"4"_s,
            u"--fail-after-bytes"_s, QString::number(1536 * 1024) });
        Connected vc(simulator);
        QTemporaryDir out;
        ExportJob job(&vc.session, specFor(vm0, out.path()), quickRetry());
        QSignalSpy succeeded(&job, &ExportJob::succeeded);
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start();
        QVERIFY2(succeeded.wait(60000), failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        QVERIFY(simulator.log().contains(u"injected failure after 1572864 bytes"_s));
        QVERIFY2(simulator.log().contains(u"range=\"bytes=1572864-\""_s), qPrintable(simulator.log()));
        QCOMPARE(job.bytesResumed(), 1536 * 1024); // what was there was not fetched again
        const QString disk = QDir(out.path()).filePath(vm0 + u'/' + vm0 + u"-disk-0.vmdk"_s);
        QCOMPARE(contents(disk), contents(sourceDisk(simulator, vm0)));
    }

    void aServerIgnoringRangeDoesNotCorruptTheFile()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"4"_s,
            u"--fail-after-bytes"_s, QString::number(1024 * 1024), u"--ignore-range"_s });
        Connected vc(simulator);
        QTemporaryDir out;
        ExportJob job(&vc.session, specFor(vm0, out.path()), quickRetry());
        QSignalSpy succeeded(&job, &ExportJob::succeeded);
        QSignalSpy log(&job, &ExportJob::logLine);
        job.start();
        QVERIFY(succeeded.wait(60000));
        bool restarted = false;
        for (const QList<QVariant>& line : log) {
            restarted |= line.first().toString().contains(u"ignored the resume"_s);
        }
        QVERIFY(restarted);
        const QString disk = QDir(out.path()).filePath(vm0 + u'/' + vm0 + u"-disk-0.vmdk"_s);
        QCOMPARE(QFileInfo(disk).size(), 4 * 1024 * 1024);
        QCOMPARE(contents(disk), contents(sourceDisk(simulator, vm0)));
    }

    void keepsTheLeaseAliveDuringASlowTransfer()
    {
        // 5 MiB at 1 MiB/s against a lease that times out after 2 s without progress.
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"5"_s,
            u"--throttle-kbps"_s, u"1024"_s, u"--lease-timeout"_s, u"2s"_s });
        Connected vc(simulator);
        QTemporaryDir out;
        ExportJob job(&vc.session, specFor(vm0, out.path()));
        QSignalSpy succeeded(&job, &ExportJob::succeeded);
        QSignalSpy failed(&job, &ExportJob::failed);
        job.start();
        QVERIFY2(succeeded.wait(60000), failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        QVERIFY2(job.keepalivesSent() >= 3, qPrintable(QString::number(job.keepalivesSent())));
        QVERIFY(!simulator.log().contains(u"timed out"_s));
    }

    void aLeaseWithoutKeepaliveTimesOut()
    {
        // The control for the test above: the simulator really does end a lease nobody keeps alive.
        SimulatorInstance simulator(
            { u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"1"_s, u"--lease-timeout"_s, u"1s"_s });
        Connected vc(simulator);
        QFuture<KDSoapValue> exported = vc.session.client()->call(u"ExportVm"_s, { u"VirtualMachine"_s, u"vm-45"_s });
        QTRY_VERIFY(exported.isFinished());
        QCOMPARE(
            exported.result().childValues().child(u"returnval"_s).childValues().attributes().first().value().toString(),
            u"HttpNfcLease"_s);
        QTRY_VERIFY_WITH_TIMEOUT(simulator.log().contains(u"timed out"_s), 10000);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
