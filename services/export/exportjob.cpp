// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include <QDir>
#include <QFile>
#include <QtConcurrent>

#include "core/atomicwrite.h"
#include "core/logging.h"
#include "core/sha256.h"
#include "core/whendone.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int powerOffPollMs = 2000;
constexpr int powerOffAttempts = 300; // ten minutes for the guest to shut down

bool transientVimError(const VimError& error)
{
    return error.kind() != VimError::Kind::Fault && error.kind() != VimError::Kind::InvalidLogin
        && error.kind() != VimError::Kind::Protocol && error.kind() != VimError::Kind::UntrustedCertificate;
}

// Writes the descriptor and the manifest; returns the files (descriptor first) or throws a message.
struct Written
{
    QList<OvfPackage::File> files;
    QString error;
};

// A package counts as written only once every file of it has been read back from disk and matches
// the manifest: a write the system acknowledged is not yet proof that the bytes are there.
Written writePackage(const ExportSpec& spec, const QByteArray& descriptor, QList<OvfPackage::File> disks)
{
    const QDir dir(spec.packageDir());
    const QString ovfName = spec.vmName + u".ovf"_s;
    const QString mfName = spec.vmName + u".mf"_s;
    if (const QString error = saveAtomically(dir.filePath(ovfName), descriptor); !error.isEmpty()) {
        return { {}, error };
    }
    Sha256 hash;
    hash.addData(descriptor);
    QList<OvfPackage::File> files { { ovfName, descriptor.size(), hash.hexResult() } };
    files += disks;
    const QByteArray manifest = OvfPackage::manifest(files);
    if (const QString error = saveAtomically(dir.filePath(mfName), manifest); !error.isEmpty()) {
        return { {}, error };
    }
    if (spec.ova) {
        if (const QString error = OvfPackage::writeOva(dir.path(), ovfName, mfName, disks, spec.ovaPath());
            !error.isEmpty()) {
            return { {}, error };
        }
    }
    if (const QString error
        = OvfPackage::verify(dir.path(), manifest, mfName, files, spec.ova ? spec.ovaPath() : QString());
        !error.isEmpty()) {
        return { {}, error };
    }
    files.insert(1, { mfName, manifest.size(), {} });
    return { files, {} };
}
} // namespace

ExportJob::ExportJob(VSphereSession* session, const ExportSpec& spec, DiskDownload::Retry retry, QObject* parent)
    : TransferJob(parent)
    , m_session(session)
    , m_spec(spec)
    , m_retry(retry)
{
    connect(&m_speedTimer, &QTimer::timeout, this, &ExportJob::sampleSpeed);
}

ExportJob::~ExportJob()
{
    if (!m_stopped && m_phase != Phase::Finished) {
        stop(true);
    }
}

QString ExportJob::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Starting:
        return tr("starting");
    case Phase::ShuttingDown:
        return tr("shutting the guest down");
    case Phase::OpeningLease:
        return tr("waiting for the export lease");
    case Phase::Downloading:
        return tr("downloading disks");
    case Phase::Describing:
        return tr("writing the descriptor");
    case Phase::Packaging:
        return tr("writing and checking the package");
    case Phase::Finished:
        return tr("finished");
    }
    return {};
}

void ExportJob::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT logLine(phaseName(phase));
    Q_EMIT changed();
}

qint64 ExportJob::bytesDone() const
{
    qint64 done = 0;
    for (const auto& download : m_downloads) {
        done += download->bytesDone();
    }
    return done;
}

qint64 ExportJob::bytesTotal() const
{
    qint64 total = 0;
    for (const auto& download : m_downloads) {
        total += download->bytesTotal();
    }
    return total;
}

qint64 ExportJob::bytesResumed() const
{
    qint64 resumed = 0;
    for (const auto& download : m_downloads) {
        resumed += download->bytesResumed();
    }
    return resumed;
}

int ExportJob::etaSeconds() const
{
    const qint64 left = bytesTotal() - bytesDone();
    return m_speed > 1 && left > 0 ? static_cast<int>(left / m_speed) : -1;
}

void ExportJob::sampleSpeed()
{
    const qint64 done = bytesDone();
    const double seconds = m_speedClock.restart() / 1000.0;
    if (seconds > 0) {
        const double now = (done - m_lastBytes) / seconds;
        m_speed = m_speed <= 0 ? now : 0.7 * m_speed + 0.3 * now; // smooth, but follow changes within seconds
    }
    m_lastBytes = done;
    if (m_lease && bytesTotal() > 0) {
        m_lease->setProgress(static_cast<int>(100 * done / bytesTotal()));
    }
    Q_EMIT changed();
}

void ExportJob::start()
{
    m_stopped = false;
    setPhase(Phase::Starting);
    if (!m_session || m_session->state() != VCenterConnection::State::Connected) {
        fail(tr("not connected to a vCenter"), true);
        return;
    }
    m_session->client()->shareCookies(&m_network);
    whenDone<VimError>(
        m_session->virtualMachinesNamed({ m_spec.vmName }), this,
        [this](const VmSummaryList& vms) {
            if (vms.isEmpty()) {
                fail(tr("there is no VM named \"%1\"").arg(m_spec.vmName), false);
                return;
            }
            withVm(vms.first());
        },
        [this](const VimError& error) { fail(error.message(), transientVimError(error)); });
}

void ExportJob::withVm(const VmSummary& vm)
{
    m_vm = vm.ref;
    if (vm.powerState == u"poweredOff"_s) {
        openLease();
        return;
    }
    if (!m_spec.shutdownGuest) {
        fail(tr("%1 is %2; vCenter exports only powered-off VMs. Shut the guest down first, or let the export do it.")
                 .arg(vm.name, vm.powerState),
            false);
        return;
    }
    setPhase(Phase::ShuttingDown);
    whenDone<VimError>(
        m_session->call(u"ShutdownGuest"_s, m_vm), this,
        [this](const KDSoapValue&) { waitForPowerOff(powerOffAttempts); },
        [this](const VimError& error) {
            fail(tr("the guest could not be shut down (%1); it was not powered off").arg(error.message()), false);
        });
}

void ExportJob::waitForPowerOff(int attemptsLeft)
{
    if (m_stopped) {
        return;
    }
    whenDone<VimError>(
        m_session->retrieveProperties(m_vm, { u"runtime.powerState"_s }), this,
        [this, attemptsLeft](const QHash<QString, KDSoapValue>& properties) {
            if (properties.value(u"runtime.powerState"_s).value().toString() == u"poweredOff"_s) {
                Q_EMIT logLine(tr("the guest is shut down"));
                openLease();
            } else if (attemptsLeft <= 0) {
                fail(tr("the guest did not shut down within ten minutes"), false);
            } else {
                QTimer::singleShot(powerOffPollMs, this, [this, attemptsLeft] { waitForPowerOff(attemptsLeft - 1); });
            }
        },
        [this](const VimError& error) { fail(error.message(), transientVimError(error)); });
}

void ExportJob::openLease()
{
    setPhase(Phase::OpeningLease);
    if (!QDir().mkpath(m_spec.packageDir())) {
        fail(tr("cannot create %1").arg(m_spec.packageDir()), false);
        return;
    }
    m_lease = std::make_unique<NfcLease>(m_session, m_vm);
    connect(m_lease.get(), &NfcLease::ready, this, &ExportJob::startDownloads);
    connect(m_lease.get(), &NfcLease::failed, this, &ExportJob::fail);
    m_lease->open();
}

void ExportJob::startDownloads()
{
    setPhase(Phase::Downloading);
    m_downloads.clear();
    for (const LeaseDevice& device : m_lease->devices()) {
        if (!device.disk && !device.targetId.endsWith(u".vmdk"_s)) {
            continue; // NVRAM and the like: not part of an OVF package
        }
        const QString path = QDir(m_spec.packageDir()).filePath(m_spec.vmName + u'-' + device.targetId);
        auto download = std::make_unique<DiskDownload>(&m_network, device, path, m_retry);
        connect(download.get(), &DiskDownload::finished, this, &ExportJob::onDownloadFinished);
        connect(download.get(), &DiskDownload::failed, this, &ExportJob::fail);
        connect(download.get(), &DiskDownload::logLine, this, &ExportJob::logLine);
        m_downloads.push_back(std::move(download));
    }
    if (m_downloads.empty()) {
        fail(tr("the export lease offers no disks"), false);
        return;
    }
    m_running = 0;
    m_nextDownload = 0;
    m_lastBytes = bytesDone();
    m_speed = 0;
    m_speedClock.start();
    m_speedTimer.start(1000);
    for (int i = 0; i < qMax(1, m_spec.parallelDisks); ++i) {
        startNextDownload();
    }
}

void ExportJob::startNextDownload()
{
    if (m_nextDownload >= static_cast<int>(m_downloads.size())) {
        return;
    }
    ++m_running;
    m_downloads[m_nextDownload++]->start();
}

void ExportJob::onDownloadFinished()
{
    --m_running;
    startNextDownload();
    Q_EMIT changed();
    if (m_running > 0) {
        return;
    }
    m_speedTimer.stop();
    m_lease->setProgress(100);
    m_lease->complete();
    describe();
}

void ExportJob::describe()
{
    setPhase(Phase::Describing);
    QList<KDSoapValue> cdp;
    QList<OvfPackage::File> disks;
    for (const auto& download : m_downloads) {
        const QString name = QFileInfo(download->path()).fileName();
        cdp.append(VimClient::element(u"ovfFiles"_s,
            QList<KDSoapValue> { VimClient::element(u"deviceId"_s, download->device().key),
                VimClient::element(u"path"_s, name), VimClient::element(u"size"_s, download->bytesTotal()) }));
        disks.append({ name, download->bytesTotal(), download->sha256() });
    }
    cdp.append(VimClient::element(u"name"_s, m_spec.vmName));
    whenDone<VimError>(
        m_session->call(u"CreateDescriptor"_s, m_session->serviceContent().ovfManager,
            { VimClient::reference(u"obj"_s, m_vm), VimClient::element(u"cdp"_s, cdp) }),
        this,
        [this, disks](const KDSoapValue& response) {
            QByteArray descriptor = response.childValues()
                                        .child(u"returnval"_s)
                                        .childValues()
                                        .child(u"ovfDescriptor"_s)
                                        .value()
                                        .toString()
                                        .toUtf8();
            QList<OvfPackage::Device> strip;
            if (m_spec.removeCdrom) {
                strip.append(OvfPackage::Device::CdRom);
            }
            if (m_spec.removeSerialPorts) {
                strip.append(OvfPackage::Device::SerialPort);
            }
            if (m_spec.removeFloppy) {
                strip.append(OvfPackage::Device::Floppy);
            }
            m_files = disks;
            package(OvfPackage::removeDevices(descriptor, strip));
        },
        [this](const VimError& error) {
            fail(tr("CreateDescriptor failed: %1").arg(error.message()), transientVimError(error));
        });
}

void ExportJob::package(const QByteArray& descriptor)
{
    setPhase(Phase::Packaging);
    whenDone(QtConcurrent::run(writePackage, m_spec, descriptor, m_files), this, [this](const Written& written) {
        if (!written.error.isEmpty()) {
            fail(written.error, false);
            return;
        }
        m_files = written.files;
        setPhase(Phase::Finished);
        qCInfo(lcExport).noquote() << "exported" << m_spec.vmName << "to" << m_spec.packageDir();
        Q_EMIT succeeded();
    });
}

void ExportJob::fail(const QString& message, bool transient)
{
    if (m_stopped) {
        return;
    }
    qCWarning(lcExport).noquote() << m_spec.vmName << message;
    stop(true); // a transient failure resumes from the .part files; the queue decides what to keep
    Q_EMIT logLine(message);
    Q_EMIT failed(message, transient);
}

void ExportJob::stop(bool keepPartialFiles)
{
    m_stopped = true;
    m_speedTimer.stop();
    for (const auto& download : m_downloads) {
        download->stop();
    }
    if (m_lease && m_lease->isOpen()) {
        m_lease->abort(keepPartialFiles ? tr("paused") : tr("cancelled"));
    }
    if (!keepPartialFiles) {
        for (const auto& download : m_downloads) {
            QFile::remove(download->partPath());
        }
    }
    Q_EMIT changed();
}
