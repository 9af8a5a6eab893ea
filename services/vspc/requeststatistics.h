// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>

#include <QtGlobal>

// Counters of the metadata server's requests and a latency histogram, kept since the server was
// created. The server records on its thread; anybody may take a snapshot from any thread (the
// Guests page's chart does once a second) and subtract an earlier one for a rate or a percentile.
class RequestStatistics
{
public:
    // Buckets of √2 width from 1 µs: bucket b holds latencies below 2^((b+1)/2) µs; the last one
    // everything longer (over about 50 minutes).
    static constexpr int bucketCount = 64;

    struct Snapshot
    {
        quint64 requests = 0;
        quint64 errors = 0;
        std::array<quint64, bucketCount> latencyBuckets {};

        Snapshot operator-(const Snapshot& earlier) const;
        quint64 answered() const; // requests with a measured latency
        // The latency that `fraction` (0.99 for p99) of the answered requests stayed under, in
        // milliseconds, as the upper bound of its bucket; -1 when nothing was answered.
        double percentileMs(double fraction) const;
    };

    void recordRequest() { m_requests.fetch_add(1, std::memory_order_relaxed); }
    void recordError() { m_errors.fetch_add(1, std::memory_order_relaxed); }
    void recordLatency(qint64 nanoseconds);
    Snapshot snapshot() const;

    static int bucketOf(qint64 nanoseconds);
    static double bucketUpperBoundMs(int bucket);

private:
    std::atomic<quint64> m_requests { 0 };
    std::atomic<quint64> m_errors { 0 };
    std::array<std::atomic<quint64>, bucketCount> m_buckets {};
};
