// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestactivitymodel.h"

#include <QLocale>

RequestActivityModel::RequestActivityModel(const RequestStatistics* statistics, QObject* parent)
    : QAbstractTableModel(parent)
    , m_statistics(statistics)
    , m_last(statistics->snapshot())
{
    m_sinceLast.start();
    connect(&m_timer, &QTimer::timeout, this, &RequestActivityModel::sample);
}

void RequestActivityModel::setCapacity(int samples)
{
    m_capacity = qMax(1, samples);
    dropOldest(m_capacity);
}

void RequestActivityModel::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void RequestActivityModel::sample()
{
    const RequestStatistics::Snapshot now = m_statistics->snapshot();
    const qint64 elapsedNs = m_sinceLast.restart();
    const RequestStatistics::Snapshot difference = now - m_last;
    m_last = now;
    m_recent.append(difference);
    while (m_recent.size() > m_latencyWindow) {
        m_recent.removeFirst();
    }
    RequestStatistics::Snapshot window;
    for (const RequestStatistics::Snapshot& recent : std::as_const(m_recent)) {
        for (int bucket = 0; bucket < RequestStatistics::bucketCount; ++bucket) {
            window.latencyBuckets[bucket] += recent.latencyBuckets[bucket];
        }
    }
    Sample sample;
    sample.at = QDateTime::currentDateTime();
    // Over at least the sampling second: a sample taken right after another (at start, or when
    // asked for) would otherwise turn a handful of requests into thousands per second.
    const double seconds = qMax(elapsedNs, qint64(1000000000)) / 1e9;
    sample.requestsPerSecond = static_cast<double>(difference.requests) / seconds;
    sample.errors = difference.errors;
    sample.latencyP99Ms = window.percentileMs(0.99);

    dropOldest(m_capacity - 1);
    const int row = static_cast<int>(m_samples.size());
    beginInsertRows({}, row, row);
    m_samples.append(sample);
    endInsertRows();
    Q_EMIT sampled();
}

void RequestActivityModel::dropOldest(int keep)
{
    const int excess = static_cast<int>(m_samples.size()) - qMax(0, keep);
    if (excess <= 0) {
        return;
    }
    beginRemoveRows({}, 0, excess - 1);
    m_samples.remove(0, excess);
    endRemoveRows();
}

int RequestActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_samples.size());
}

int RequestActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != ValueRole) {
        return {};
    }
    const Sample& sample = m_samples.at(index.row());
    const bool value = role == ValueRole;
    switch (index.column()) {
    case TimeColumn:
        return value ? QVariant(sample.at) : QVariant(QLocale().toString(sample.at.time(), QLocale::LongFormat));
    case RequestsPerSecondColumn:
        return value ? QVariant(sample.requestsPerSecond)
                     : QVariant(QLocale().toString(sample.requestsPerSecond, 'f', 1));
    case ErrorsColumn:
        return value ? QVariant(sample.errors) : QVariant(QLocale().toString(sample.errors));
    case LatencyP99Column:
        if (sample.latencyP99Ms < 0) {
            return {};
        }
        return value ? QVariant(sample.latencyP99Ms)
                     : QVariant(tr("%1 ms").arg(QLocale().toString(sample.latencyP99Ms, 'g', 3)));
    default:
        return {};
    }
}

QVariant RequestActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RequestsPerSecondColumn:
        return tr("Requests/s");
    case ErrorsColumn:
        return tr("Errors");
    case LatencyP99Column:
        return tr("Latency p99");
    default:
        return {};
    }
}
