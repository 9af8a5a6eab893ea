// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTimer>

#include "cloudinitpayload.h"
#include "deployspec.h"
#include "export/nfclease.h"
#include "export/transferjob.h"
#include "ovfimport.h"
#include "ovfsource.h"
#include "placementcatalog.h"

class DiskUpload;
class GuestAddressWait;
class VSphereSession;
class VmActions;

// One new VM, step by step: its cloud-init document rendered and checked first; placement resolved;
// an OVF/OVA through OvfManager.CreateImportSpec → ResourcePool.ImportVApp → every disk PUT to the
// HttpNfcLease (kept alive) → HttpNfcLeaseComplete, or a CloneVM_Task (guestinfo in the clone's
// own reconfigure); then the seed ISO or the guestinfo keys, power on, and the address through
// WaitForUpdatesEx. A stop aborts the lease and removes the half-made VM.
class DeployJob : public TransferJob
{
    Q_OBJECT
public:
    enum class Phase {
        Preparing,
        Placing,
        Reading,
        Importing,
        Uploading,
        Cloning,
        Delivering,
        PoweringOn,
        WaitingForAddress,
        Finished
    };
    Q_ENUM(Phase)

    DeployJob(VSphereSession* session, const DeploySpec& spec, QObject* parent = nullptr);
    ~DeployJob() override;

    void start() override;
    void stop(bool keepPartialFiles) override;

    const DeploySpec& spec() const { return m_spec; }
    Phase phase() const { return m_phase; }
    QString phaseText() const override { return phaseName(m_phase); }
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override { return m_bytesTotal; }
    double bytesPerSecond() const override { return m_speed; }
    int etaSeconds() const override;
    QString result() const override { return m_address; }

    const ManagedObjectRef& vm() const { return m_vm; }
    QString address() const { return m_address; }
    // The job failed only because no address came within the wait.
    bool timedOutWaitingForAddress() const { return m_addressTimedOut; }
    int keepalivesSent() const { return m_lease ? m_lease->keepalivesSent() : 0; }

    static QString phaseName(Phase phase);
    // For ExportQueue::setDeployJobFactory: deploy jobs on this session.
    static std::function<TransferJob*(const DeploySpec&, QObject*)> factory(VSphereSession* session);

private:
    void setPhase(Phase phase);
    void place();
    void readPackage(const PlacementCatalog& catalog);
    void createImportSpec(const PlacementCatalog::Placement& placement);
    void uploadNext();
    void clone(const PlacementCatalog::Placement& placement, const ManagedObjectRef& source);
    void deliver();
    void powerOn();
    void waitForAddress();
    void done();
    void fail(const QString& message, bool transient = false);
    void removeHalfMadeVm();
    void sampleSpeed();

    QPointer<VSphereSession> m_session;
    VmActions* m_actions;
    QNetworkAccessManager m_network;
    DeploySpec m_spec;
    Phase m_phase = Phase::Preparing;
    std::optional<CloudInitPayload> m_payload;
    std::unique_ptr<QTemporaryDir> m_scratch;
    OvfSource m_source;
    std::unique_ptr<OvfImport> m_import;
    NfcLease* m_lease = nullptr; // the import's, once ready
    QList<OvfImport::Upload> m_pending;
    std::unique_ptr<DiskUpload> m_upload;
    qint64 m_bytesFinished = 0;
    qint64 m_bytesTotal = 0;
    ManagedObjectRef m_vm;
    bool m_vmComplete = false; // the import finished or the clone exists: a stop leaves it
    std::unique_ptr<GuestAddressWait> m_wait;
    QString m_address;
    bool m_addressTimedOut = false;
    bool m_stopped = false;
    QTimer m_speedTimer;
    QElapsedTimer m_speedClock;
    qint64 m_lastBytes = 0;
    double m_speed = 0;
};
