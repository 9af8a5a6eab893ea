// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportqueue.h"

#include <limits>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include "core/atomicwrite.h"
#include "core/logging.h"
#include "exportjob.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int logLines = 200;

const QList<std::pair<ExportJobRecord::State, QString>> stateKeys {
    { ExportJobRecord::State::Queued, u"queued"_s },
    { ExportJobRecord::State::Running, u"running"_s },
    { ExportJobRecord::State::Paused, u"paused"_s },
    { ExportJobRecord::State::Completed, u"completed"_s },
    { ExportJobRecord::State::Failed, u"failed"_s },
    { ExportJobRecord::State::Cancelled, u"cancelled"_s },
};

QString stateKey(ExportJobRecord::State state)
{
    for (const auto& [value, key] : stateKeys) {
        if (value == state) {
            return key;
        }
    }
    return {};
}

ExportJobRecord::State stateFromKey(const QString& key)
{
    for (const auto& [value, name] : stateKeys) {
        if (name == key) {
            return value;
        }
    }
    return ExportJobRecord::State::Queued;
}
} // namespace

QString ExportJobRecord::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return ExportQueue::tr("queued");
    case State::Running:
        return ExportQueue::tr("running");
    case State::Paused:
        return ExportQueue::tr("paused");
    case State::Completed:
        return ExportQueue::tr("completed");
    case State::Failed:
        return ExportQueue::tr("failed");
    case State::Cancelled:
        return ExportQueue::tr("cancelled");
    }
    return {};
}

ExportQueue::ExportQueue(VSphereSession* session, const QString& storePath, QObject* parent)
    : ExportQueue(session, storePath, Policy {}, parent)
{ }

ExportQueue::ExportQueue(VSphereSession* session, const QString& storePath, Policy policy, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_storePath(storePath)
    , m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ExportQueue::schedule);
    connect(session, &VCenterConnection::stateChanged, this, [this](VCenterConnection::State state) {
        if (state == VCenterConnection::State::Connected) {
            schedule();
        } else if (state == VCenterConnection::State::Disconnecting
            || state == VCenterConnection::State::Disconnected) {
            // Without a session nothing can go on; the jobs wait for the next login, files kept.
            const QList<quint64> running = m_running.keys();
            for (const quint64 id : running) {
                stopRunning(id, true);
                ExportJobRecord& record = m_jobs[id];
                record.state = ExportJobRecord::State::Queued;
                appendLog(record, tr("disconnected from vCenter; waiting to resume"));
                update(record);
            }
        }
    });
    load();
    QMetaObject::invokeMethod(this, &ExportQueue::schedule, Qt::QueuedConnection);
}

ExportQueue::~ExportQueue()
{
    const QList<quint64> running = m_running.keys();
    for (const quint64 id : running) {
        stopRunning(id, true);
    }
    // Still "running" on disk: the next start resumes these jobs from their files.
}

const ExportJobRecord* ExportQueue::job(quint64 id) const
{
    const auto found = m_jobs.constFind(id);
    return found == m_jobs.cend() ? nullptr : &*found;
}

int ExportQueue::runningCount() const
{
    return static_cast<int>(m_running.size());
}

void ExportQueue::setMaxConcurrent(int count)
{
    m_policy.maxConcurrent = qMax(1, count);
    schedule();
}

quint64 ExportQueue::add(const DeploySpec& spec)
{
    ExportJobRecord record;
    record.kind = ExportJobRecord::Kind::Deploy;
    record.spec.vmName = spec.name;
    record.spec.priority = spec.priority;
    record.deploy = spec;
    return insert(std::move(record));
}

quint64 ExportQueue::add(const GuestTransferSpec& spec)
{
    ExportJobRecord record;
    record.kind = ExportJobRecord::Kind::GuestTransfer;
    record.spec.vmName = spec.vmName;
    record.spec.priority = 100; // ahead of exports: someone is waiting for this file
    record.guest = spec;
    return insert(std::move(record));
}

quint64 ExportQueue::add(const ExportSpec& spec)
{
    ExportJobRecord record;
    record.spec = spec;
    return insert(std::move(record));
}

// The record is whole before it is saved or announced: a half-made one (a guest transfer still
// marked as an export) would be written to the queue's file or shown as something it is not.
quint64 ExportQueue::insert(ExportJobRecord record)
{
    record.id = m_nextId++;
    record.added = QDateTime::currentDateTime();
    record.phase = tr("queued");
    const quint64 id = record.id;
    m_jobs.insert(id, record);
    m_order.append(id);
    save();
    Q_EMIT jobAdded(id);
    scheduleSoon(); // after the caller's other additions, so priorities decide among them
    return id;
}

void ExportQueue::appendLog(ExportJobRecord& record, const QString& line)
{
    record.log.append(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) + u"  "_s + line);
    if (record.log.size() > logLines) {
        record.log.removeFirst();
    }
}

void ExportQueue::update(ExportJobRecord& record)
{
    if (TransferJob* job = m_running.value(record.id)) {
        record.bytesDone = job->bytesDone();
        record.bytesTotal = job->bytesTotal();
        record.bytesResumed = job->bytesResumed();
        record.bytesPerSecond = job->bytesPerSecond();
        record.etaSeconds = job->etaSeconds();
        record.phase = job->phaseText();
        record.result = job->result();
    } else {
        record.bytesPerSecond = 0;
        record.etaSeconds = -1;
    }
    Q_EMIT jobChanged(record.id);
}

void ExportQueue::scheduleSoon()
{
    if (!m_schedulePending) {
        m_schedulePending = true;
        QMetaObject::invokeMethod(this, &ExportQueue::schedule, Qt::QueuedConnection);
    }
}

void ExportQueue::schedule()
{
    m_schedulePending = false;
    if (!m_session || m_session->state() != VCenterConnection::State::Connected) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime nextRetry;
    while (runningCount() < m_policy.maxConcurrent) {
        ExportJobRecord* best = nullptr;
        for (const quint64 id : std::as_const(m_order)) {
            ExportJobRecord& record = m_jobs[id];
            if (record.state != ExportJobRecord::State::Queued) {
                continue;
            }
            if (record.nextAttempt.isValid() && record.nextAttempt > now) {
                nextRetry = nextRetry.isValid() ? qMin(nextRetry, record.nextAttempt) : record.nextAttempt;
                continue;
            }
            if (!best || record.spec.priority > best->spec.priority) {
                best = &record;
            }
        }
        if (!best) {
            break;
        }
        startJob(*best);
    }
    if (nextRetry.isValid()) {
        m_retryTimer.start(static_cast<int>(qMax<qint64>(0, now.msecsTo(nextRetry))));
    }
    if (m_running.isEmpty()
        && std::none_of(m_jobs.cbegin(), m_jobs.cend(), [](const ExportJobRecord& r) { return r.isActive(); })) {
        Q_EMIT idle();
    }
}

void ExportQueue::startJob(ExportJobRecord& record)
{
    const quint64 id = record.id;
    record.state = ExportJobRecord::State::Running;
    record.error.clear();
    record.nextAttempt = {};
    TransferJob* job = nullptr;
    if (record.kind == ExportJobRecord::Kind::Deploy) {
        if (!m_deployJobs) {
            record.state = ExportJobRecord::State::Failed;
            record.error = tr("this program cannot deploy VMs");
            finish(record, ExportJobRecord::State::Failed);
            return;
        }
        job = m_deployJobs(record.deploy, this);
    } else if (record.kind == ExportJobRecord::Kind::GuestTransfer) {
        if (!m_guestJobs) {
            record.error = tr("this program cannot transfer guest files");
            finish(record, ExportJobRecord::State::Failed);
            return;
        }
        job = m_guestJobs(record.guest, this);
    } else {
        job = new ExportJob(m_session, record.spec, m_policy.download, this);
    }
    m_running.insert(id, job);
    connect(job, &TransferJob::changed, this, [this, id] { update(m_jobs[id]); });
    connect(job, &TransferJob::logLine, this, [this, id](const QString& line) { appendLog(m_jobs[id], line); });
    connect(job, &TransferJob::succeeded, this, [this, id] {
        ExportJobRecord& done = m_jobs[id];
        update(done);
        done.bytesDone = done.bytesTotal;
        stopRunning(id, true);
        finish(done, ExportJobRecord::State::Completed);
    });
    connect(job, &TransferJob::failed, this,
        [this, id](const QString& message, bool transient) { onJobFailed(id, message, transient); });
    appendLog(record, record.attempts > 0 ? tr("attempt %1").arg(record.attempts + 1) : tr("started"));
    save();
    update(record);
    job->start();
}

void ExportQueue::onJobFailed(quint64 id, const QString& message, bool transient)
{
    stopRunning(id, true);
    ExportJobRecord& record = m_jobs[id];
    record.error = message;
    ++record.attempts;
    if (transient && record.attempts < m_policy.maxAttempts) {
        // Exponential backoff with jitter: many jobs that failed together do not come back together.
        const int ceiling = qMin(m_policy.maxRetryDelayMs, m_policy.retryDelayMs << qMin(record.attempts - 1, 16));
        const int delay = ceiling / 2 + static_cast<int>(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
        record.state = ExportJobRecord::State::Queued;
        record.nextAttempt = QDateTime::currentDateTime().addMSecs(delay);
        appendLog(record, tr("will retry in %1 s").arg(delay / 1000.0, 0, 'f', 1));
        save();
        update(record);
        schedule();
        return;
    }
    finish(record, ExportJobRecord::State::Failed);
}

void ExportQueue::stopRunning(quint64 id, bool keepPartialFiles)
{
    TransferJob* job = m_running.take(id);
    if (!job) {
        return;
    }
    job->disconnect(this);
    job->stop(keepPartialFiles);
    job->deleteLater();
}

void ExportQueue::finish(ExportJobRecord& record, ExportJobRecord::State state)
{
    record.state = state;
    record.finished = QDateTime::currentDateTime();
    if (state == ExportJobRecord::State::Completed) {
        record.guest.credentials = {}; // a completed transfer is never run again: its password goes
    }
    record.phase = ExportJobRecord::stateName(state);
    appendLog(record, state == ExportJobRecord::State::Failed ? tr("failed: %1").arg(record.error) : record.phase);
    qCInfo(lcExport).noquote() << "job" << record.id << record.spec.vmName << record.phase;
    save();
    update(record);
    Q_EMIT jobFinished(record.id);
    schedule();
}

void ExportQueue::pause(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end() || !found->isActive()) {
        return;
    }
    stopRunning(id, true);
    found->state = ExportJobRecord::State::Paused;
    found->phase = ExportJobRecord::stateName(found->state);
    appendLog(*found,
        found->kind == ExportJobRecord::Kind::Deploy
            ? tr("paused; the half-made VM is removed, and the deploy starts over when resumed")
            : found->kind == ExportJobRecord::Kind::GuestTransfer ? tr("paused; the transfer starts over when resumed")
                                                                  : tr("paused; the downloaded part is kept"));
    save();
    update(*found);
    schedule();
}

void ExportQueue::resume(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found->state == ExportJobRecord::State::Running
        || found->state == ExportJobRecord::State::Completed) {
        return;
    }
    found->state = ExportJobRecord::State::Queued;
    found->attempts = 0;
    found->nextAttempt = {};
    found->finished = {};
    found->phase = ExportJobRecord::stateName(found->state);
    appendLog(*found, tr("queued again"));
    save();
    update(*found);
    schedule();
}

void ExportQueue::retryWithGuestShutdown(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found->isActive() || found->state == ExportJobRecord::State::Completed) {
        return;
    }
    found->spec.shutdownGuest = true;
    appendLog(*found, tr("the guest will be shut down first"));
    resume(id);
}

void ExportQueue::cancel(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found->state == ExportJobRecord::State::Completed
        || found->state == ExportJobRecord::State::Cancelled) {
        return;
    }
    const bool wasRunning = m_running.contains(id);
    stopRunning(id, false);
    if (!wasRunning && found->kind == ExportJobRecord::Kind::Export) {
        // A paused or failed job keeps .part files until it is cancelled.
        const QDir dir(found->spec.packageDir());
        for (const QString& part : dir.entryList({ u"*.part"_s }, QDir::Files)) {
            QFile::remove(dir.filePath(part));
        }
    }
    finish(*found, ExportJobRecord::State::Cancelled);
}

void ExportQueue::remove(quint64 id)
{
    auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found->isActive()) {
        return;
    }
    m_jobs.erase(found);
    m_order.removeOne(id);
    save();
    Q_EMIT jobRemoved(id);
}

void ExportQueue::save()
{
    if (m_storePath.isEmpty()) {
        return;
    }
    QJsonArray jobs;
    for (const quint64 id : m_order) {
        const ExportJobRecord& record = m_jobs[id];
        if (record.kind == ExportJobRecord::Kind::GuestTransfer) {
            continue; // it carries a guest password
        }
        jobs.append(QJsonObject {
            { u"id"_s, QString::number(record.id) },
            { u"spec"_s, record.spec.toJson() },
            { u"deploy"_s,
                record.kind == ExportJobRecord::Kind::Deploy ? QJsonValue(record.deploy.toJson()) : QJsonValue() },
            { u"result"_s, record.result },
            { u"state"_s, stateKey(record.state) },
            { u"error"_s, record.error },
            { u"attempts"_s, record.attempts },
            { u"added"_s, record.added.toString(Qt::ISODate) },
            { u"finished"_s, record.finished.toString(Qt::ISODate) },
            { u"bytesDone"_s, record.bytesDone },
            { u"bytesTotal"_s, record.bytesTotal },
            { u"log"_s, QJsonArray::fromStringList(record.log.mid(qMax(0, record.log.size() - 20))) },
        });
    }
    QDir().mkpath(QFileInfo(m_storePath).path());
    const QString error = saveAtomically(m_storePath, QJsonDocument(QJsonObject { { u"jobs"_s, jobs } }).toJson());
    if (error == m_saveError) {
        return;
    }
    m_saveError = error;
    if (error.isEmpty()) {
        qCInfo(lcExport).noquote() << "the export queue is saved again to" << m_storePath;
    } else {
        qCWarning(lcExport).noquote() << "the export queue was not saved; the previous file is kept:" << error;
    }
    Q_EMIT saveErrorChanged(error);
}

void ExportQueue::load()
{
    QFile file(m_storePath);
    if (m_storePath.isEmpty() || !file.exists()) {
        return;
    }
    QJsonParseError error;
    const QJsonDocument document
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (!document.isObject()) {
        // Keep the unreadable file for the admin to look at, and start with an empty queue.
        m_loadError = tr("the export queue in %1 is unreadable (%2); it was kept as %1.broken")
                          .arg(m_storePath, file.isOpen() ? error.errorString() : file.errorString());
        qCWarning(lcExport).noquote() << m_loadError;
        file.close();
        QFile::remove(m_storePath + u".broken"_s);
        QFile::rename(m_storePath, m_storePath + u".broken"_s);
        return;
    }
    for (const QJsonValue& value : document[u"jobs"_s].toArray()) {
        ExportJobRecord record;
        record.id = value[u"id"_s].toString().toULongLong();
        record.spec = ExportSpec::fromJson(value[u"spec"_s].toObject());
        if (value[u"deploy"_s].isObject()) {
            record.kind = ExportJobRecord::Kind::Deploy;
            record.deploy = DeploySpec::fromJson(value[u"deploy"_s].toObject());
        }
        record.result = value[u"result"_s].toString();
        record.state = stateFromKey(value[u"state"_s].toString());
        record.error = value[u"error"_s].toString();
        record.attempts = value[u"attempts"_s].toInt();
        record.added = QDateTime::fromString(value[u"added"_s].toString(), Qt::ISODate);
        record.finished = QDateTime::fromString(value[u"finished"_s].toString(), Qt::ISODate);
        record.bytesDone = value[u"bytesDone"_s].toInteger();
        record.bytesTotal = value[u"bytesTotal"_s].toInteger();
        for (const QJsonValue& line : value[u"log"_s].toArray()) {
            record.log.append(line.toString());
        }
        // Ids near the largest would make the next ones wrap to 0 and be given twice (found by
        // tests/fuzz/fuzz_exportqueue.cpp); ids count up from 1, so only a damaged file has them.
        if (record.id == 0 || record.id > std::numeric_limits<quint64>::max() / 2 || record.spec.vmName.isEmpty()
            || m_jobs.contains(record.id)) {
            continue;
        }
        if (record.state == ExportJobRecord::State::Running && record.kind == ExportJobRecord::Kind::Deploy) {
            // A deploy cannot resume: vCenter ended its lease and removed the half-made VM.
            record.state = ExportJobRecord::State::Failed;
            record.error = tr("vmdesk ended during this deploy; vCenter removes a half-made VM when its lease "
                              "ends. Retry to deploy again.");
            appendLog(record, record.error);
        } else if (record.state == ExportJobRecord::State::Running) {
            // The app ended while this ran: it resumes from whatever its .part files hold.
            record.state = ExportJobRecord::State::Queued;
            appendLog(record, tr("resuming after a restart"));
        }
        record.phase = ExportJobRecord::stateName(record.state);
        m_nextId = qMax(m_nextId, record.id + 1);
        m_order.append(record.id);
        m_jobs.insert(record.id, record);
    }
}
