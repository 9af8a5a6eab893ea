// SPDX-License-Identifier: GPL-3.0-or-later
#include "requeststatistics.h"

#include <cmath>

RequestStatistics::Snapshot RequestStatistics::Snapshot::operator-(const Snapshot& earlier) const
{
    Snapshot difference;
    difference.requests = requests - earlier.requests;
    difference.errors = errors - earlier.errors;
    for (int bucket = 0; bucket < bucketCount; ++bucket) {
        difference.latencyBuckets[bucket] = latencyBuckets[bucket] - earlier.latencyBuckets[bucket];
    }
    return difference;
}

quint64 RequestStatistics::Snapshot::answered() const
{
    quint64 total = 0;
    for (const quint64 count : latencyBuckets) {
        total += count;
    }
    return total;
}

double RequestStatistics::Snapshot::percentileMs(double fraction) const
{
    const quint64 total = answered();
    if (total == 0) {
        return -1;
    }
    // The rank of the request at `fraction`, 1-based: p99 of 100 answers is the 99th.
    const auto rank = static_cast<quint64>(std::ceil(fraction * static_cast<double>(total)));
    quint64 seen = 0;
    for (int bucket = 0; bucket < bucketCount; ++bucket) {
        seen += latencyBuckets[bucket];
        if (seen >= rank) {
            return bucketUpperBoundMs(bucket);
        }
    }
    return bucketUpperBoundMs(bucketCount - 1);
}

void RequestStatistics::recordLatency(qint64 nanoseconds)
{
    m_buckets[bucketOf(nanoseconds)].fetch_add(1, std::memory_order_relaxed);
}

RequestStatistics::Snapshot RequestStatistics::snapshot() const
{
    Snapshot snapshot;
    snapshot.requests = m_requests.load(std::memory_order_relaxed);
    snapshot.errors = m_errors.load(std::memory_order_relaxed);
    for (int bucket = 0; bucket < bucketCount; ++bucket) {
        snapshot.latencyBuckets[bucket] = m_buckets[bucket].load(std::memory_order_relaxed);
    }
    return snapshot;
}

int RequestStatistics::bucketOf(qint64 nanoseconds)
{
    const double microseconds = static_cast<double>(nanoseconds) / 1000.0;
    if (microseconds < 1.0) {
        return 0;
    }
    const int bucket = static_cast<int>(std::floor(2.0 * std::log2(microseconds)));
    return qBound(0, bucket, bucketCount - 1);
}

double RequestStatistics::bucketUpperBoundMs(int bucket)
{
    return std::exp2((bucket + 1) / 2.0) / 1000.0;
}
