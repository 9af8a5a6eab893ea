// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include "diskdownload.h"
#include "exportspec.h"
#include "guestops/guesttransferspec.h"
#include "provisioning/deployspec.h"

class TransferJob;
class VSphereSession;

// One job of the queue as the admin sees it, and as it is persisted.
struct ExportJobRecord
{
    enum class State { Queued, Running, Paused, Completed, Failed, Cancelled };
    enum class Kind { Export, Deploy, GuestTransfer };

    quint64 id = 0;
    Kind kind = Kind::Export;
    ExportSpec spec; // an export; for a deploy only vmName (the new VM) and priority
    DeploySpec deploy;
    GuestTransferSpec guest; // a guest upload or download; such jobs are never saved
    QString result; // a finished deploy's address
    State state = State::Queued;
    QString phase;
    QString error;
    int attempts = 0;
    QDateTime added;
    QDateTime nextAttempt;
    QDateTime finished;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 bytesResumed = 0; // of bytesDone, what this run found in .part files (not persisted)
    double bytesPerSecond = 0;
    int etaSeconds = -1;
    QStringList log;

    bool isActive() const { return state == State::Queued || state == State::Running; }
    static QString stateName(State state);
};

// The transfer queue (exports, deploys and clones): runs jobs under a concurrency limit by priority, retries transient
// failures with exponential backoff and jitter, pauses, resumes, cancels, and keeps itself in a JSON file so that jobs
// survive a restart or a crash (a job that was running resumes from its .part files).
class ExportQueue : public QObject
{
    Q_OBJECT
public:
    struct Policy
    {
        int maxConcurrent = 2;
        int maxAttempts = 4; // per job, for transient failures
        int retryDelayMs = 5000;
        int maxRetryDelayMs = 5 * 60 * 1000;
        DiskDownload::Retry download;
    };

    ExportQueue(VSphereSession* session, const QString& storePath, Policy policy, QObject* parent = nullptr);
    ExportQueue(VSphereSession* session, const QString& storePath, QObject* parent = nullptr);
    ~ExportQueue() override;

    const QList<quint64>& ids() const { return m_order; }
    const ExportJobRecord* job(quint64 id) const;
    const Policy& policy() const { return m_policy; }
    void setMaxConcurrent(int count);
    int runningCount() const;
    QString loadError() const { return m_loadError; }
    // Why the last save failed (the file on disk is then the previous good one), or empty.
    QString saveError() const { return m_saveError; }

    quint64 add(const ExportSpec& spec);
    // A deploy or clone in the same queue, under the same limits; run by the factory's jobs.
    quint64 add(const DeploySpec& spec);
    // Makes a deploy record's job (provisioning's DeployJob::factory). The queue does not know how
    // VMs are made; without a factory a deploy fails at once and says so.
    using DeployJobFactory = std::function<TransferJob*(const DeploySpec& spec, QObject* parent)>;
    void setDeployJobFactory(DeployJobFactory factory) { m_deployJobs = std::move(factory); }
    // A file to or from a guest, run first (a user waits for it) but never saved or resumed; run by
    // the factory's jobs (guestops' GuestTransferJob::factory), so the queue does not depend on them.
    quint64 add(const GuestTransferSpec& spec);
    using GuestJobFactory = std::function<TransferJob*(const GuestTransferSpec& spec, QObject* parent)>;
    void setGuestJobFactory(GuestJobFactory factory) { m_guestJobs = std::move(factory); }
    void pause(quint64 id);
    void resume(quint64 id); // also: retry a failed or cancelled job
    // Retries a job that failed on a running VM, this time shutting its guest down first.
    void retryWithGuestShutdown(quint64 id);
    void cancel(quint64 id);
    void remove(quint64 id); // finished jobs only

Q_SIGNALS:
    void jobAdded(quint64 id);
    void jobChanged(quint64 id);
    void jobRemoved(quint64 id);
    void jobFinished(quint64 id); // completed, failed for good, or cancelled
    void idle(); // nothing queued or running any more
    void saveErrorChanged(const QString& error); // empty again once a save succeeds

private:
    quint64 insert(ExportJobRecord record);
    void schedule();
    void scheduleSoon();
    void startJob(ExportJobRecord& record);
    void onJobFailed(quint64 id, const QString& message, bool transient);
    void stopRunning(quint64 id, bool keepPartialFiles);
    void update(ExportJobRecord& record);
    void finish(ExportJobRecord& record, ExportJobRecord::State state);
    void appendLog(ExportJobRecord& record, const QString& line);
    void load();
    void save();

    QPointer<VSphereSession> m_session;
    QString m_storePath;
    Policy m_policy;
    QList<quint64> m_order;
    QHash<quint64, ExportJobRecord> m_jobs;
    QHash<quint64, TransferJob*> m_running;
    DeployJobFactory m_deployJobs;
    GuestJobFactory m_guestJobs;
    QTimer m_retryTimer;
    quint64 m_nextId = 1;
    bool m_schedulePending = false;
    QString m_loadError;
    QString m_saveError;
};
