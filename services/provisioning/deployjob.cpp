// SPDX-License-Identifier: GPL-3.0-or-later
#include "deployjob.h"

#include <QDir>
#include <QtConcurrent>

#include "core/logging.h"
#include "core/whendone.h"
#include "diskupload.h"
#include "guestaddresswait.h"
#include "guestinfochannel.h"
#include "seedisochannel.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

DeployJob::DeployJob(VSphereSession* session, const DeploySpec& spec, QObject* parent)
    : TransferJob(parent)
    , m_session(session)
    , m_actions(new VmActions(session, this))
    , m_spec(spec)
{
    connect(&m_speedTimer, &QTimer::timeout, this, &DeployJob::sampleSpeed);
}

DeployJob::~DeployJob()
{
    if (!m_stopped && m_phase != Phase::Finished) {
        stop(false);
    }
}

std::function<TransferJob*(const DeploySpec&, QObject*)> DeployJob::factory(VSphereSession* session)
{
    const QPointer<VSphereSession> guarded = session;
    return [guarded](const DeploySpec& spec, QObject* parent) { return new DeployJob(guarded, spec, parent); };
}

QString DeployJob::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Preparing:
        return tr("checking the cloud-init document");
    case Phase::Placing:
        return tr("finding the placement");
    case Phase::Reading:
        return tr("reading the package");
    case Phase::Importing:
        return tr("creating the VM");
    case Phase::Uploading:
        return tr("uploading disks");
    case Phase::Cloning:
        return tr("cloning");
    case Phase::Delivering:
        return tr("delivering cloud-init data");
    case Phase::PoweringOn:
        return tr("powering on");
    case Phase::WaitingForAddress:
        return tr("waiting for the guest's address");
    case Phase::Finished:
        return tr("finished");
    }
    return {};
}

void DeployJob::setPhase(Phase phase)
{
    m_phase = phase;
    Q_EMIT logLine(phaseName(phase));
    Q_EMIT changed();
}

qint64 DeployJob::bytesDone() const
{
    return m_bytesFinished + (m_upload ? m_upload->bytesDone() : 0);
}

int DeployJob::etaSeconds() const
{
    if (m_phase != Phase::Uploading || m_speed <= 0) {
        return -1;
    }
    return static_cast<int>((m_bytesTotal - bytesDone()) / m_speed);
}

void DeployJob::sampleSpeed()
{
    const double seconds = m_speedClock.restart() / 1000.0;
    const qint64 done = bytesDone();
    if (seconds > 0) {
        const double now = (done - m_lastBytes) / seconds;
        m_speed = m_speed <= 0 ? now : 0.7 * m_speed + 0.3 * now;
    }
    m_lastBytes = done;
    if (m_lease && m_bytesTotal > 0) {
        m_lease->setProgress(static_cast<int>(100 * done / m_bytesTotal));
    }
    Q_EMIT changed();
}

void DeployJob::fail(const QString& message, bool transient)
{
    if (m_stopped) {
        return;
    }
    m_speedTimer.stop();
    // Either may be the sender of the signal that brought us here: deleted later, not now.
    if (m_wait) {
        m_wait->disconnect(this);
        m_wait.release()->deleteLater();
    }
    if (m_upload) {
        m_upload->disconnect(this);
        m_upload->stop();
        m_upload.release()->deleteLater();
    }
    if (m_import && m_import->lease()) {
        m_import->lease()->abort(message);
    }
    removeHalfMadeVm();
    m_stopped = true;
    qCWarning(lcExport).noquote() << "deploy of" << m_spec.name << "failed:" << message;
    // Once the VM exists a retry would make a second one: only earlier failures are worth retrying.
    Q_EMIT failed(message, transient && !m_vmComplete);
}

void DeployJob::stop(bool)
{
    if (m_stopped) {
        return;
    }
    m_stopped = true;
    m_speedTimer.stop();
    m_wait.reset();
    if (m_upload) {
        m_upload->stop();
        m_upload.release()->deleteLater();
    }
    if (m_import && m_import->lease()) {
        m_import->lease()->abort(tr("the deploy was stopped"));
    }
    removeHalfMadeVm();
}

void DeployJob::removeHalfMadeVm()
{
    if (m_vm.isNull() || m_vmComplete || !m_session) {
        return;
    }
    // vCenter removes the VM of an aborted import itself; this covers a lease that never opened
    // its uploads. An answer that the VM is gone already is the good case.
    qCInfo(lcExport).noquote() << "removing the half-made VM" << m_vm.value;
    whenDone<VimError>(
        m_session->call(u"Destroy_Task"_s, m_vm), m_session.data(), [](const KDSoapValue&) {}, [](const VimError&) {});
    m_vm = {};
}

void DeployJob::start()
{
    m_stopped = false;
    if (!m_session || m_session->state() != VCenterConnection::State::Connected) {
        fail(tr("not connected to a vCenter"), true);
        return;
    }
    m_session->client()->shareCookies(&m_network);
    if (m_spec.cloudInit == DeploySpec::CloudInit::None) {
        place();
        return;
    }
    setPhase(Phase::Preparing);
    const auto channel = m_spec.cloudInit == DeploySpec::CloudInit::Iso ? CloudInitPayload::Channel::Iso
                                                                        : CloudInitPayload::Channel::Guestinfo;
    whenDone(CloudInitPayload::buildLater(m_spec.metadataDir, m_spec.name, channel, m_spec.networkVersion), this,
        [this](const CloudInitPayload& payload) {
            if (!payload.isValid()) {
                fail(payload.error);
                return;
            }
            m_payload = payload;
            place();
        });
}

void DeployJob::place()
{
    if (m_stopped) {
        return; // a step whose answer came after the stop
    }
    setPhase(Phase::Placing);
    whenDone<VimError>(
        PlacementCatalog::read(m_session), this,
        [this](const PlacementCatalog& catalog) {
            if (m_spec.source != DeploySpec::Source::Clone) {
                readPackage(catalog);
                return;
            }
            const auto placed = catalog.resolve(m_spec);
            if (const QString* why = std::get_if<QString>(&placed)) {
                fail(*why);
                return;
            }
            const auto placement = std::get<PlacementCatalog::Placement>(placed);
            whenDone<VimError>(
                m_session->virtualMachinesNamed({ m_spec.sourceVm }), this,
                [this, placement](const VmSummaryList& vms) {
                    if (vms.isEmpty()) {
                        fail(tr("There is no VM or template named %1 to clone.").arg(m_spec.sourceVm));
                        return;
                    }
                    clone(placement, vms.first().ref);
                },
                [this](const VimError& error) { fail(error.message(), true); });
        },
        [this](const VimError& error) { fail(error.message(), true); });
}

void DeployJob::readPackage(const PlacementCatalog& catalog)
{
    if (m_stopped) {
        return; // a step whose answer came after the stop
    }
    setPhase(Phase::Reading);
    m_scratch = std::make_unique<QTemporaryDir>(QDir::temp().filePath(u"vmdesk-deploy-XXXXXX"_s));
    const QString path = m_spec.sourcePath;
    const QString scratch = m_scratch->path();
    whenDone(QtConcurrent::run([path, scratch] { return OvfSource::open(path, scratch); }), this,
        [this, catalog](const OvfSource& source) {
            if (!source.error.isEmpty()) {
                fail(source.error);
                return;
            }
            m_source = source;
            const auto placed = catalog.resolve(m_spec, source.networks);
            if (const QString* why = std::get_if<QString>(&placed)) {
                fail(*why);
                return;
            }
            createImportSpec(std::get<PlacementCatalog::Placement>(placed));
        });
}

void DeployJob::createImportSpec(const PlacementCatalog::Placement& placement)
{
    if (m_stopped) {
        return; // a step whose answer came after the stop
    }
    setPhase(Phase::Importing);
    m_import = std::make_unique<OvfImport>(m_session, m_source, placement, m_spec.name);
    connect(m_import.get(), &OvfImport::warning, this, &DeployJob::logLine);
    connect(m_import.get(), &OvfImport::failed, this, [this](const QString& message, bool transient) {
        m_vm = m_import->lease() ? m_import->lease()->entity() : ManagedObjectRef {};
        fail(message, transient);
    });
    connect(m_import.get(), &OvfImport::ready, this, [this] {
        m_lease = m_import->lease();
        m_vm = m_lease->entity();
        m_pending = m_import->uploads();
        m_bytesTotal = 0;
        for (const OvfImport::Upload& upload : std::as_const(m_pending)) {
            m_bytesTotal += upload.size;
        }
        connect(m_lease, &NfcLease::closed, this, [this] {
            m_vmComplete = true;
            m_speedTimer.stop();
            Q_EMIT logLine(tr("%1 is in vCenter (%2)").arg(m_spec.name, m_vm.value));
            deliver();
        });
        setPhase(Phase::Uploading);
        m_speedClock.start();
        m_speedTimer.start(1000);
        uploadNext();
    });
    m_import->start();
}

void DeployJob::uploadNext()
{
    if (m_upload) {
        m_bytesFinished += m_upload->bytesTotal();
        m_upload.reset();
    }
    if (m_pending.isEmpty()) {
        m_lease->setProgress(100);
        m_lease->complete();
        return;
    }
    const OvfImport::Upload next = m_pending.takeFirst();
    m_upload = std::make_unique<DiskUpload>(&m_network, next.device, next.path);
    connect(m_upload.get(), &DiskUpload::progress, this, &DeployJob::changed);
    connect(m_upload.get(), &DiskUpload::failed, this, [this](const QString& message) { fail(message, true); });
    connect(m_upload.get(), &DiskUpload::finished, this, [this] {
        Q_EMIT logLine(tr("uploaded %1").arg(QFileInfo(m_upload->path()).fileName()));
        QMetaObject::invokeMethod(this, &DeployJob::uploadNext, Qt::QueuedConnection);
    });
    m_upload->start();
}

void DeployJob::clone(const PlacementCatalog::Placement& placement, const ManagedObjectRef& source)
{
    if (m_stopped) {
        return; // a step whose answer came after the stop
    }
    setPhase(Phase::Cloning);
    QList<KDSoapValue> location { VimClient::reference(u"datastore"_s, placement.datastore),
        VimClient::reference(u"pool"_s, placement.pool) };
    if (!placement.host.isNull()) {
        location.append(VimClient::reference(u"host"_s, placement.host));
    }
    QList<KDSoapValue> spec { VimClient::element(u"location"_s, location), VimClient::element(u"template"_s, false) };
    if (m_payload && m_spec.cloudInit == DeploySpec::CloudInit::Guestinfo) {
        // The clone's own reconfigure carries the keys: the VM never exists without its data.
        QList<KDSoapValue> options;
        for (const auto& [key, value] : GuestInfoChannel::options(m_payload->guestinfo)) {
            options.append(VimClient::typedElement(u"extraConfig"_s, u"OptionValue"_s,
                { VimClient::element(u"key"_s, key), VimClient::typedElement(u"value"_s, u"xsd:string"_s, value) }));
        }
        spec.append(VimClient::element(u"config"_s, options));
    }
    spec.append(VimClient::element(u"powerOn"_s, false));
    whenDone<VimError>(
        m_actions->startTask(tr("Clone %1 to %2").arg(m_spec.sourceVm, m_spec.name), u"CloneVM_Task"_s, source,
            { VimClient::reference(u"folder"_s, placement.folder), VimClient::element(u"name"_s, m_spec.name),
                VimClient::element(u"spec"_s, spec) }),
        this,
        [this](const KDSoapValue& result) {
            m_vm = VimClient::toReference(result);
            m_vmComplete = true;
            Q_EMIT logLine(tr("%1 is in vCenter (%2)").arg(m_spec.name, m_vm.value));
            if (m_spec.cloudInit == DeploySpec::CloudInit::Guestinfo) {
                powerOn(); // delivered with the clone
            } else {
                deliver();
            }
        },
        [this](const VimError& error) { fail(error.message()); });
}

void DeployJob::deliver()
{
    if (m_stopped) {
        return; // a step whose answer came after the stop
    }
    if (!m_payload) {
        powerOn();
        return;
    }
    setPhase(Phase::Delivering);
    if (m_spec.cloudInit == DeploySpec::CloudInit::Guestinfo) {
        auto* channel = new GuestInfoChannel(m_session, m_actions, this);
        whenDone<VimError>(
            channel->push(m_vm, m_payload->guestinfo), this,
            [this, channel](const GuestInfoChannel::Keys&) {
                channel->deleteLater();
                Q_EMIT logLine(tr("guestinfo keys set and read back"));
                powerOn();
            },
            [this, channel](const VimError& error) {
                channel->deleteLater();
                fail(error.message());
            });
        return;
    }
    auto* channel = new SeedIsoChannel(m_session, m_actions, this);
    whenDone<VimError>(
        channel->attach(m_vm, m_payload->isoImage), this,
        [this, channel](const SeedIsoChannel::Attachment& attachment) {
            channel->deleteLater();
            Q_EMIT logLine(tr("seed ISO %1 on the CD-ROM").arg(attachment.iso.toString()));
            powerOn();
        },
        [this, channel](const VimError& error) {
            channel->deleteLater();
            fail(error.message());
        });
}

void DeployJob::powerOn()
{
    if (m_stopped) {
        return; // a step whose answer came after the stop
    }
    if (!m_spec.powerOn) {
        done();
        return;
    }
    setPhase(Phase::PoweringOn);
    // Watching starts before the power-on, so that an address reported at once is not missed.
    if (m_spec.waitIpSeconds > 0) {
        waitForAddress();
    }
    whenDone<VimError>(
        m_actions->power(m_vm, VmActions::Power::On), this,
        [this] {
            if (m_phase == Phase::Finished || m_stopped) {
                return;
            }
            if (m_spec.waitIpSeconds > 0) {
                setPhase(Phase::WaitingForAddress);
            } else {
                done();
            }
        },
        [this](const VimError& error) { fail(error.message()); });
}

void DeployJob::waitForAddress()
{
    m_wait = std::make_unique<GuestAddressWait>(m_session, m_vm, m_spec.waitIpSeconds);
    connect(m_wait.get(), &GuestAddressWait::found, this, [this](const QString& address) {
        m_address = address;
        Q_EMIT logLine(tr("%1 has the address %2").arg(m_spec.name, address));
        if (m_phase == Phase::WaitingForAddress || m_phase == Phase::PoweringOn) {
            // The power-on task's answer may still be on its way; done() is idempotent through phase.
            done();
        }
    });
    connect(m_wait.get(), &GuestAddressWait::timedOut, this, [this](const QString& message) {
        m_addressTimedOut = true;
        fail(message);
    });
    connect(m_wait.get(), &GuestAddressWait::failed, this, [this](const QString& message) { fail(message, true); });
    m_wait->start();
}

void DeployJob::done()
{
    if (m_phase == Phase::Finished || m_stopped) {
        return;
    }
    if (m_spec.waitIpSeconds > 0 && m_spec.powerOn && m_address.isEmpty()) {
        return; // the address wait ends the job
    }
    m_speedTimer.stop();
    m_wait.reset();
    setPhase(Phase::Finished);
    m_stopped = true;
    Q_EMIT succeeded();
}
