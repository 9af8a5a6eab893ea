// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputhistory.h"

#include <algorithm>

ThroughputHistory::ThroughputHistory(int capacity)
    : m_capacity(qMax(2, capacity))
{ }

void ThroughputHistory::sample(qint64 msecs, const QHash<quint64, qint64>& counters)
{
    const double seconds = m_lastTime >= 0 && msecs > m_lastTime ? (msecs - m_lastTime) / 1000.0 : 0;
    double total = 0;
    QHash<quint64, double> rates;
    for (auto it = counters.cbegin(); it != counters.cend(); ++it) {
        const auto previous = m_last.constFind(it.key());
        double rate = 0;
        if (seconds > 0 && previous != m_last.cend() && it.value() >= *previous) {
            rate = (it.value() - *previous) / seconds;
        }
        rates.insert(it.key(), rate);
        total += rate;
    }
    m_last = counters;
    m_lastTime = msecs;

    const bool full = m_times.size() >= m_capacity;
    if (full) {
        m_times.removeFirst();
        m_total.removeFirst();
    }
    m_times.append(msecs);
    m_total.append(total);
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (full) {
            it->removeFirst();
        }
        it->append(rates.value(it.key()));
        // A job that stopped long enough ago to have left the window costs nothing any more.
        if (!rates.contains(it.key()) && std::all_of(it->cbegin(), it->cend(), [](double r) { return r == 0; })) {
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
        if (!m_jobs.contains(it.key())) {
            QList<double> padded(m_times.size() - 1, 0.0);
            padded.append(it.value());
            m_jobs.insert(it.key(), padded);
        }
    }
}

void ThroughputHistory::forget(quint64 jobId)
{
    m_jobs.remove(jobId);
    m_last.remove(jobId);
}

QList<QPointF> ThroughputHistory::series(const QList<double>& rates) const
{
    QList<QPointF> points;
    points.reserve(rates.size());
    const qint64 newest = m_times.isEmpty() ? 0 : m_times.last();
    for (qsizetype i = 0; i < rates.size(); ++i) {
        points.append({ (m_times.at(i) - newest) / 1000.0, rates.at(i) });
    }
    return points;
}

QList<QPointF> ThroughputHistory::jobSeries(quint64 jobId) const
{
    const auto found = m_jobs.constFind(jobId);
    return series(found == m_jobs.cend() ? QList<double>(m_times.size(), 0.0) : *found);
}

QList<QPointF> ThroughputHistory::totalSeries() const
{
    return series(m_total);
}

double ThroughputHistory::peak() const
{
    return m_total.isEmpty() ? 0 : *std::max_element(m_total.cbegin(), m_total.cend());
}
