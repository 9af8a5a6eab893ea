// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include "vspc/requeststatistics.h"

// The metadata server's recent activity, one row per sample: requests per second and the p99
// latency of the answers. Samples the server's counters (cheap: a snapshot of atomics) on a timer
// and keeps the last `capacity` rows, oldest first; rows are appended and dropped, never reset.
class RequestActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, RequestsPerSecondColumn, ErrorsColumn, LatencyP99Column, ColumnCount };
    enum Role { ValueRole = Qt::UserRole + 1 }; // the number (or time) itself; nothing when unknown

    struct Sample
    {
        QDateTime at;
        double requestsPerSecond = 0;
        quint64 errors = 0; // since the previous sample
        double latencyP99Ms = -1; // over the last `latencyWindow` samples; -1: nothing answered
    };

    explicit RequestActivityModel(const RequestStatistics* statistics, QObject* parent = nullptr);

    void setCapacity(int samples); // 300 by default: five minutes at one a second
    int capacity() const { return m_capacity; }
    void setLatencyWindow(int samples) { m_latencyWindow = qMax(1, samples); } // 10 by default
    void start(int intervalMs = 1000);
    void stop() { m_timer.stop(); }
    bool isSampling() const { return m_timer.isActive(); }
    // Takes one sample now (the timer calls this).
    void sample();

    const Sample& sampleAt(int row) const { return m_samples.at(row); }
    int sampleCount() const { return static_cast<int>(m_samples.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void sampled();

private:
    void dropOldest(int keep);

    const RequestStatistics* m_statistics;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    RequestStatistics::Snapshot m_last;
    QList<RequestStatistics::Snapshot> m_recent; // per-sample differences, for the latency window
    QList<Sample> m_samples;
    int m_capacity = 300;
    int m_latencyWindow = 10;
};
