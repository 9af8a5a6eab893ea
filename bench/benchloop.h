// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <ctime>
#include <sys/resource.h>
#include <vector>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

// Runs the event loop for a while. QTest::qWait would sleep 10 ms between batches of events,
// which would be most of what a benchmark measures.
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template <typename Predicate> bool runUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(timeoutMs)) {
            return false;
        }
        runFor(5);
    }
    return true;
}

// This process's peak resident set size.
inline double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Another process's resident set size (VmRSS), or -1.
inline qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// This thread's CPU time: the wall time minus what other processes on the machine took from us.
inline double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// The longest time the event loop went without running a 1 ms timer: the longest stall of whatever
// ran on this thread meanwhile, queued signals and timers included. On a busy machine part of a
// stall is other processes' turn; longestCpu() is the most CPU time this thread spent in one gap.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_since.nsecsElapsed() / 1e6);
            m_since.start();
            const double cpu = threadCpuMs();
            m_longestCpu = std::max(m_longestCpu, cpu - m_cpuSince);
            m_cpuSince = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_since.start();
        m_cpuSince = threadCpuMs();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_longest;
    }
    double longestCpu() const { return m_longestCpu; }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_cpuSince = 0;
    double m_longest = 0;
    double m_longestCpu = 0;
};

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
}
