// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjobmodel.h"

#include <QLocale>

#include "export/exportqueue.h"

ExportJobModel::ExportJobModel(ExportQueue* queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_ids(queue->ids())
{
    connect(queue, &ExportQueue::jobAdded, this, [this](quint64 id) {
        const int row = static_cast<int>(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids.append(id);
        endInsertRows();
    });
    connect(queue, &ExportQueue::jobChanged, this, [this](quint64 id) {
        if (const int row = static_cast<int>(m_ids.indexOf(id)); row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
    connect(queue, &ExportQueue::jobRemoved, this, [this](quint64 id) {
        if (const int row = static_cast<int>(m_ids.indexOf(id)); row >= 0) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    });
}

int ExportJobModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ExportJobModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExportJobModel::formatDuration(int seconds)
{
    if (seconds < 0) {
        return {};
    }
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString ExportJobModel::kindText(const ExportJobRecord& job)
{
    if (job.kind == ExportJobRecord::Kind::Export) {
        return tr("Export");
    }
    if (job.kind == ExportJobRecord::Kind::GuestTransfer) {
        return job.guest.upload ? tr("Upload") : tr("Download");
    }
    return job.deploy.source == DeploySpec::Source::Clone ? tr("Clone") : tr("Deploy");
}

QVariant ExportJobModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_queue) {
        return {};
    }
    const ExportJobRecord* job = m_queue->job(m_ids.at(index.row()));
    if (!job) {
        return {};
    }
    const int percent = job->bytesTotal > 0 ? static_cast<int>(100 * job->bytesDone / job->bytesTotal) : 0;
    switch (role) {
    case JobIdRole:
        return job->id;
    case ProgressRole:
        return job->state == ExportJobRecord::State::Completed ? 100 : percent;
    case LogRole:
        return job->log.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        return job->error.isEmpty() ? job->phase : job->error;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case VmColumn:
        return job->spec.vmName;
    case KindColumn:
        return kindText(*job);
    case StateColumn:
        if (job->state == ExportJobRecord::State::Running) {
            return job->phase;
        }
        if (job->state == ExportJobRecord::State::Queued && job->nextAttempt.isValid()) {
            return tr("retrying at %1").arg(locale.toString(job->nextAttempt.time(), QLocale::ShortFormat));
        }
        return ExportJobRecord::stateName(job->state);
    case ProgressColumn:
        return tr("%1 %").arg(job->state == ExportJobRecord::State::Completed ? 100 : percent);
    case SizeColumn:
        return job->bytesTotal > 0
            ? tr("%1 of %2").arg(locale.formattedDataSize(job->bytesDone), locale.formattedDataSize(job->bytesTotal))
            : QString();
    case SpeedColumn:
        return job->bytesPerSecond > 0
            ? tr("%1/s").arg(locale.formattedDataSize(static_cast<qint64>(job->bytesPerSecond)))
            : QString();
    case EtaColumn:
        return formatDuration(job->etaSeconds);
    case OutputColumn:
        if (job->kind == ExportJobRecord::Kind::Deploy) {
            // The address is what the admin waits for; until then, where the VM comes from.
            return job->result.isEmpty() ? job->deploy.sourceText() : job->result;
        }
        if (job->kind == ExportJobRecord::Kind::GuestTransfer) {
            return job->guest.upload ? tr("%1 → %2").arg(job->guest.localPath, job->guest.guestPath)
                                     : tr("%1 → %2").arg(job->guest.guestPath, job->guest.localPath);
        }
        return job->spec.ova ? job->spec.ovaPath() : job->spec.packageDir();
    default:
        return {};
    }
}

QVariant ExportJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case VmColumn:
        return tr("VM");
    case KindColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Done");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case OutputColumn:
        return tr("Output / Address");
    default:
        return {};
    }
}
