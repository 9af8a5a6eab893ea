// SPDX-License-Identifier: GPL-3.0-or-later
// DeployJob against the simulator harness, through its signals: an OVA exported by ExportJob is
// deployed back and exported again (byte-identical disks), a cancel mid-upload removes the
// half-made VM, a clone with guestinfo comes up with an address, a clone without cloud-init data
// times out saying what it saw, and a placement that cannot be resolved fails before any change.
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "export/exportjob.h"
#include "provisioning/datastorefiles.h"
#include "provisioning/deployjob.h"
#include "provisioning/guestinfochannel.h"
#include "provisioning/seedisochannel.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString vm0 = u"DC0_C0_RP0_VM0"_s; // powered off by --powered-off 2

QByteArray sha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
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

// Runs a transfer job to its end; the failure message, or empty on success.
QString runToEnd(TransferJob& job, int timeoutMs = 120000)
{
    QSignalSpy succeeded(&job, &TransferJob::succeeded);
    QSignalSpy failed(&job, &TransferJob::failed);
    job.start();
    if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
        return u"timed out"_s;
    }
    return failed.isEmpty() ? QString() : failed.first().first().toString();
}

QString exportOva(VSphereSession& session, const QString& vm, const QString& dir)
{
    ExportSpec spec;
    spec.vmName = vm;
    spec.outputDir = dir;
    spec.ova = true;
    ExportJob job(&session, spec);
    const QString failure = runToEnd(job);
    return failure.isEmpty() ? spec.ovaPath() : QString();
}

bool vmExists(VSphereSession& session, const QString& name)
{
    QFuture<VmSummaryList> found = session.virtualMachinesNamed({ name });
    QTest::qWaitFor([&] { return found.isFinished(); }, 20000);
    return found.resultCount() > 0 && !found.result().isEmpty();
}
} // namespace

class TestDeployJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anExportedOvaDeploysBackWithIdenticalDisks()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--disk-mb"_s, u"6"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        QTemporaryDir first, second;
        const QString ova = exportOva(vc.session, vm0, first.path());
        QVERIFY(!ova.isEmpty());

        DeploySpec spec;
        spec.source = DeploySpec::Source::Ova;
        spec.sourcePath = ova;
        spec.name = u"round-trip"_s;
        DeployJob job(&vc.session, spec);
        QSignalSpy changed(&job, &TransferJob::changed);
        QList<DeployJob::Phase> phases;
        connect(&job, &TransferJob::changed, this, [&] {
            if (phases.isEmpty() || phases.last() != job.phase()) {
                phases.append(job.phase());
            }
        });
        const QString failure = runToEnd(job);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(job.phase(), DeployJob::Phase::Finished);
        QVERIFY(phases.contains(DeployJob::Phase::Uploading));
        QCOMPARE(job.bytesTotal(), 6 * 1024 * 1024);
        QCOMPARE(job.bytesDone(), job.bytesTotal());
        QVERIFY(!job.vm().isNull());
        QVERIFY(vmExists(vc.session, spec.name));

        // Export the deployed VM again: its disk must be byte for byte the one exported first.
        const QString again = exportOva(vc.session, spec.name, second.path());
        QVERIFY(!again.isEmpty());
        const QByteArray original = sha256(QDir(first.path()).filePath(vm0 + u"/"_s + vm0 + u"-disk-0.vmdk"_s));
        const QByteArray roundTrip
            = sha256(QDir(second.path()).filePath(spec.name + u"/"_s + spec.name + u"-disk-0.vmdk"_s));
        QVERIFY(!original.isEmpty());
        QCOMPARE(roundTrip, original);
    }

    // Over HTTPS the lease names the host's certificate by its SHA-1 thumbprint: the upload trusts
    // exactly that self-signed certificate.
    void anOvaDeploysOverTlsTrustingTheLeaseThumbprint()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QCOMPARE(QProcess::execute(u"openssl"_s,
                     { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=vmdesk-test-vcenter"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-keyout"_s,
                         key, u"-out"_s, cert }),
            0);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
        QCOMPARE(certificates.size(), 1);
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"3"_s,
            u"--tls-cert"_s, cert, u"--tls-key"_s, key });
        QVERIFY(simulator.isReady());
        QCOMPARE(simulator.sdkUrl().scheme(), u"https"_s);
        VSphereSession session;
        QFuture<void> login = session.login(
            { simulator.sdkUrl(), u"user"_s, certificates.first().digest(QCryptographicHash::Sha256) }, u"pass"_s);
        QVERIFY(QTest::qWaitFor([&] { return login.isFinished(); }, 20000));
        QCOMPARE(session.state(), VCenterConnection::State::Connected);

        QTemporaryDir first, second;
        const QString ova = exportOva(session, vm0, first.path());
        QVERIFY(!ova.isEmpty());
        DeploySpec spec;
        spec.sourcePath = ova;
        spec.name = u"over-tls"_s;
        DeployJob job(&session, spec);
        const QString failure = runToEnd(job);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        const QString again = exportOva(session, spec.name, second.path());
        QVERIFY(!again.isEmpty());
        QCOMPARE(sha256(QDir(second.path()).filePath(spec.name + u"/"_s + spec.name + u"-disk-0.vmdk"_s)),
            sha256(QDir(first.path()).filePath(vm0 + u"/"_s + vm0 + u"-disk-0.vmdk"_s)));
    }

    void aCancelMidUploadRemovesTheHalfMadeVm()
    {
        QTemporaryDir dir;
        QString ova;
        {
            SimulatorInstance source({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"8"_s });
            QVERIFY(source.isReady());
            Connected vc(source);
            ova = exportOva(vc.session, vm0, dir.path());
            QVERIFY(!ova.isEmpty());
        }
        SimulatorInstance slow({ u"--vms"_s, u"2"_s, u"--throttle-kbps"_s, u"512"_s });
        QVERIFY(slow.isReady());
        Connected vc(slow);
        DeploySpec spec;
        spec.sourcePath = ova;
        spec.name = u"cancelled"_s;
        DeployJob job(&vc.session, spec);
        QSignalSpy failed(&job, &TransferJob::failed);
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return job.bytesDone() > 0; }, 60000));
        QVERIFY(vmExists(vc.session, spec.name)); // ImportVApp made it
        QVERIFY(job.bytesDone() < job.bytesTotal());
        job.stop(false);
        QTRY_VERIFY_WITH_TIMEOUT(!vmExists(vc.session, spec.name), 20000);
        QVERIFY(failed.isEmpty()); // a stop is not a failure
        QTRY_VERIFY_WITH_TIMEOUT(slow.log().contains(u"abort"_s, Qt::CaseInsensitive), 10000);
    }

    void aCloneWithGuestinfoComesUpWithAnAddress()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--guest-ip-delay"_s, u"1s"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        QTemporaryDir documents;
        QVERIFY(
            QFile::copy(QStringLiteral(VMDESK_DOCUMENTS_DIR "/web-01.yaml"), documents.filePath(u"web-clone.yaml"_s)));

        DeploySpec spec;
        spec.source = DeploySpec::Source::Clone;
        spec.sourceVm = vm0;
        spec.name = u"web-clone"_s;
        spec.metadataDir = documents.path();
        spec.cloudInit = DeploySpec::CloudInit::Guestinfo;
        spec.powerOn = true;
        spec.waitIpSeconds = 60;
        DeployJob job(&vc.session, spec);
        const QString failure = runToEnd(job);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!job.address().isEmpty());
        QCOMPARE(job.result(), job.address());

        // The keys are there and decode to the document's rendering.
        VmActions actions(&vc.session);
        GuestInfoChannel channel(&vc.session, &actions);
        QFuture<GuestInfoChannel::Keys> keys = channel.read(job.vm());
        QVERIFY(QTest::qWaitFor([&] { return keys.isFinished(); }, 20000));
        const CloudInitPayload payload
            = CloudInitPayload::build(documents.path(), spec.name, CloudInitPayload::Channel::Guestinfo, 2);
        QVERIFY2(payload.isValid(), qPrintable(payload.error));
        const auto expectedMetadata = GuestInfoCodec::decode(payload.guestinfo.metadata, u"gzip+base64"_s);
        QVERIFY(expectedMetadata);
        QVERIFY(GuestInfoChannel::holds(keys.result(), *expectedMetadata, payload.files.userData));
    }

    void aCloneWithASeedIsoComesUpWithAnAddress()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--guest-ip-delay"_s, u"1s"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        QTemporaryDir documents;
        QVERIFY(
            QFile::copy(QStringLiteral(VMDESK_DOCUMENTS_DIR "/db-02.yaml"), documents.filePath(u"db-clone.yaml"_s)));
        DeploySpec spec;
        spec.source = DeploySpec::Source::Clone;
        spec.sourceVm = vm0;
        spec.name = u"db-clone"_s;
        spec.metadataDir = documents.path();
        spec.cloudInit = DeploySpec::CloudInit::Iso;
        spec.powerOn = true;
        spec.waitIpSeconds = 60;
        DeployJob job(&vc.session, spec);
        QStringList log;
        connect(&job, &TransferJob::logLine, this, [&](const QString& line) { log.append(line); });
        const QString failure = runToEnd(job);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(!job.address().isEmpty());
        QVERIFY2(log.join(u'\n').contains(u"db-clone-cidata.iso"_s), qPrintable(log.join(u'\n')));

        // The ISO on the datastore is the seed of the document.
        VmActions actions(&vc.session);
        SeedIsoChannel channel(&vc.session, &actions);
        QFuture<std::optional<SeedIsoChannel::Attachment>> attached = channel.current(job.vm());
        QVERIFY(QTest::qWaitFor([&] { return attached.isFinished(); }, 20000));
        QVERIFY(attached.result().has_value());
        DatastoreFiles files(&vc.session);
        QFuture<QByteArray> image = files.download(u"DC0"_s, attached.result()->iso);
        QVERIFY(QTest::qWaitFor([&] { return image.isFinished(); }, 20000));
        QVERIFY(image.resultCount() == 1);
        QTemporaryDir unpacked;
        QFile iso(unpacked.filePath(u"seed.iso"_s));
        QVERIFY(iso.open(QIODevice::WriteOnly) && iso.write(image.result()) == image.result().size());
        iso.close();
        QProcess isoinfo;
        isoinfo.start(u"isoinfo"_s, { u"-R"_s, u"-x"_s, u"/user-data"_s, u"-i"_s, iso.fileName() });
        QVERIFY(isoinfo.waitForFinished(20000));
        const CloudInitPayload payload
            = CloudInitPayload::build(documents.path(), spec.name, CloudInitPayload::Channel::Iso, 0);
        QVERIFY2(payload.isValid(), qPrintable(payload.error));
        QCOMPARE(isoinfo.readAllStandardOutput(), payload.files.userData);
    }

    void aCloneWithoutCloudInitTimesOutSayingWhatItSaw()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--guest-ip-delay"_s, u"1s"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        DeploySpec spec;
        spec.source = DeploySpec::Source::Clone;
        spec.sourceVm = vm0;
        spec.name = u"no-data"_s;
        spec.powerOn = true;
        spec.waitIpSeconds = 3;
        DeployJob job(&vc.session, spec);
        const QString failure = runToEnd(job);
        QVERIFY(!failure.isEmpty());
        QVERIFY(job.timedOutWaitingForAddress());
        QVERIFY2(failure.contains(u"3 second"_s), qPrintable(failure));
        QVERIFY2(failure.contains(u"powered on"_s), qPrintable(failure));
        QVERIFY2(failure.contains(u"VMware Tools"_s), qPrintable(failure));
        QVERIFY(vmExists(vc.session, spec.name)); // a finished clone stays; only the wait failed
    }

    void anUnknownDatastoreFailsBeforeAnyChange()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s });
        QVERIFY(simulator.isReady());
        Connected vc(simulator);
        DeploySpec spec;
        spec.source = DeploySpec::Source::Clone;
        spec.sourceVm = vm0;
        spec.name = u"nowhere"_s;
        spec.datastore = u"no-such-store"_s;
        DeployJob job(&vc.session, spec);
        const QString failure = runToEnd(job);
        QVERIFY2(failure.contains(u"no datastore named no-such-store"_s), qPrintable(failure));
        QVERIFY(!vmExists(vc.session, spec.name));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestDeployJob)
#include "tst_deployjob.moc"
