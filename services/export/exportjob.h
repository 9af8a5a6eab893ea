// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "diskdownload.h"
#include "exportspec.h"
#include "nfclease.h"
#include "ovfpackage.h"
#include "transferjob.h"
#include "vsphere/vmsummary.h"

class VSphereSession;

// One VM's export, step by step as govc does it right: ExportVm → lease ready (kept alive) →
// disks in parallel into .part files with SHA-256 on the fly → HttpNfcLeaseComplete →
// CreateDescriptor with the real files → .ovf, .mf, optional .ova. Abort on any failure.
class ExportJob : public TransferJob
{
    Q_OBJECT
public:
    enum class Phase { Starting, ShuttingDown, OpeningLease, Downloading, Describing, Packaging, Finished };
    Q_ENUM(Phase)

    ExportJob(
        VSphereSession* session, const ExportSpec& spec, DiskDownload::Retry retry = {}, QObject* parent = nullptr);
    ~ExportJob() override;

    void start() override;
    // Stops everything and aborts the lease; the .part files stay (pause) or go (cancel).
    void stop(bool keepPartialFiles) override;

    const ExportSpec& spec() const { return m_spec; }
    Phase phase() const { return m_phase; }
    QString phaseText() const override { return phaseName(m_phase); }
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;
    qint64 bytesResumed() const override;
    double bytesPerSecond() const override { return m_speed; }
    int etaSeconds() const override;
    int keepalivesSent() const { return m_lease ? m_lease->keepalivesSent() : 0; }
    const QList<OvfPackage::File>& files() const { return m_files; }

    static QString phaseName(Phase phase);

private:
    void setPhase(Phase phase);
    void withVm(const VmSummary& vm);
    void waitForPowerOff(int attemptsLeft);
    void openLease();
    void startDownloads();
    void startNextDownload();
    void onDownloadFinished();
    void describe();
    void package(const QByteArray& descriptor);
    void fail(const QString& message, bool transient);
    void sampleSpeed();

    QPointer<VSphereSession> m_session;
    QNetworkAccessManager m_network; // shares the session's cookie jar: NFC URLs need the session
    ExportSpec m_spec;
    DiskDownload::Retry m_retry;
    ManagedObjectRef m_vm;
    Phase m_phase = Phase::Starting;
    std::unique_ptr<NfcLease> m_lease;
    std::vector<std::unique_ptr<DiskDownload>> m_downloads;
    int m_running = 0;
    int m_nextDownload = 0;
    QList<OvfPackage::File> m_files;
    QTimer m_speedTimer;
    QElapsedTimer m_speedClock;
    qint64 m_lastBytes = 0;
    double m_speed = 0;
    bool m_stopped = false;
};
