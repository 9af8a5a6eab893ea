// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>

// Bytes per second over the last minutes, per job and in total, from byte counters sampled at a
// steady pace (the Exports page: once a second). Keeps a fixed number of samples, so the memory
// and the work per sample stay the same however long the queue runs.
class ThroughputHistory
{
public:
    explicit ThroughputHistory(int capacity = 300);

    // Each running job's count of bytes moved in its current run, read at `msecs` on a monotonic
    // clock. A job missing from `counters` moved nothing since the last sample. A counter that
    // starts (the job was not in the last sample) or goes down (a new run) only sets the baseline:
    // resuming from .part files must not show as a burst of gigabytes in one second.
    void sample(qint64 msecs, const QHash<quint64, qint64>& counters);
    // Forgets a job that left the queue.
    void forget(quint64 jobId);

    int capacity() const { return m_capacity; }
    int sampleCount() const { return static_cast<int>(m_times.size()); }
    // (seconds relative to the newest sample, ≤ 0; bytes per second), oldest first; one point per
    // sample, zeros where the job moved nothing (also before it started and for unknown jobs).
    QList<QPointF> jobSeries(quint64 jobId) const;
    QList<QPointF> totalSeries() const;
    // The highest rate in the window, of the total (and so of any job).
    double peak() const;

private:
    QList<QPointF> series(const QList<double>& rates) const;

    int m_capacity;
    QList<qint64> m_times; // msecs of the samples, oldest first
    QList<double> m_total;
    QHash<quint64, QList<double>> m_jobs; // aligned with m_times
    QHash<quint64, qint64> m_last; // the counters of the previous sample
    qint64 m_lastTime = -1;
};
