// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <csignal>
#include <cstdio>
#include <optional>
#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

#include "benchloop.h"
#include "support/postgresinstance.h"
#include "support/postgresquery.h"

// The processes of a benchmark site and what they cost: `vmdeskctl serve-metadata` instances
// logging to files (a pipe would have to be read by the benchmark's own event loop, which is what it
// measures), the CPU time each of them, the PostgreSQL server and the rest of the machine spent, and
// what PostgreSQL counted (commits, rows written).
class SiteServer
{
public:
    SiteServer() = default;
    SiteServer(const SiteServer&) = delete;
    SiteServer& operator=(const SiteServer&) = delete;
    ~SiteServer() { stop(); }

    // The port it listens on, or 0 (then see log()).
    quint16 start(const QStringList& arguments, const QProcessEnvironment& environment, const QString& logPath)
    {
        m_logPath = logPath;
        m_process.setProcessEnvironment(environment);
        m_process.setStandardErrorFile(logPath);
        m_process.setStandardOutputFile(QProcess::nullDevice()); // only SIGUSR1 prints there
        m_process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/vmdeskctl"),
            QStringList { QStringLiteral("serve-metadata") } + arguments);
        return waitForLog(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)")).toUShort();
    }
    // The first capture of `pattern` once the log holds it, or empty.
    QString waitForLog(const QString& pattern, int timeoutMs = 20000) const
    {
        const QRegularExpression expression(pattern);
        QString captured;
        runUntil(
            [&] {
                captured = expression.match(log()).captured(1);
                return !captured.isEmpty() || m_process.state() == QProcess::NotRunning;
            },
            timeoutMs);
        return captured;
    }
    QString log() const
    {
        QFile file(m_logPath);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    qint64 pid() const { return m_process.processId(); }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

private:
    QProcess m_process;
    QString m_logPath;
};

struct ProcessStat
{
    qint64 ppid = 0;
    QByteArray name;
    double ownSeconds = 0; // utime + stime, all threads
    double reapedChildSeconds = 0; // cutime + cstime: children that exited and were waited for
};

inline std::optional<ProcessStat> processStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QByteArray text = file.readAll();
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 15) {
        return std::nullopt;
    }
    const double tick = double(sysconf(_SC_CLK_TCK));
    ProcessStat stat;
    stat.name = text.mid(open + 1, close - open - 1);
    stat.ppid = fields[1].toLongLong();
    stat.ownSeconds = (fields[11].toLongLong() + fields[12].toLongLong()) / tick;
    stat.reapedChildSeconds = (fields[13].toLongLong() + fields[14].toLongLong()) / tick;
    return stat;
}

inline double processCpuSeconds(qint64 pid)
{
    const std::optional<ProcessStat> stat = processStat(pid);
    return stat ? stat->ownSeconds : 0;
}

inline QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (const std::optional<ProcessStat> stat = number ? processStat(pid) : std::nullopt;
            stat && stat->ppid == parent) {
            children.append(pid);
        }
    }
    return children;
}

// The postmaster among our children (setpriv execs it), or 0.
inline qint64 postmasterPid()
{
    for (qint64 pid : childrenOf(getpid())) {
        if (processStat(pid).value_or(ProcessStat {}).name == "postgres") {
            return pid;
        }
    }
    return 0;
}

// The PostgreSQL server's CPU time: the postmaster, its live backends and workers, and the backends
// that exited (the postmaster reaps them, so their time is in its cutime/cstime). A difference of
// two readings is what the server spent in between, backends that came and went included.
inline double postgresCpuSeconds(qint64 postmaster)
{
    const std::optional<ProcessStat> root = processStat(postmaster);
    if (!root) {
        return 0;
    }
    double seconds = root->ownSeconds + root->reapedChildSeconds;
    for (qint64 child : childrenOf(postmaster)) {
        seconds += processCpuSeconds(child);
    }
    return seconds;
}

// CPU seconds the whole machine spent busy so far (all processes, ours and others'), and time stolen
// by the hypervisor: what our processes did not take of it is other load on the machine.
struct MachineCpu
{
    double busy = 0;
    double steal = 0;
};

inline MachineCpu machineCpuSeconds()
{
    QFile file(QStringLiteral("/proc/stat"));
    MachineCpu cpu;
    if (!file.open(QIODevice::ReadOnly)) {
        return cpu;
    }
    const QList<QByteArray> fields
        = file.readLine().simplified().split(' '); // cpu user nice system idle iowait irq softirq steal
    if (fields.size() < 9) {
        return cpu;
    }
    const double tick = double(sysconf(_SC_CLK_TCK));
    cpu.busy = (fields[1].toLongLong() + fields[2].toLongLong() + fields[3].toLongLong() + fields[6].toLongLong()
                   + fields[7].toLongLong())
        / tick;
    cpu.steal = fields[8].toLongLong() / tick;
    return cpu;
}

// Rows inserted, updated and deleted so far per vmdesk table, as PostgreSQL counts them.
inline QMap<QString, std::array<qint64, 3>> tableWrites(const PostgresInstance& postgres)
{
    QMap<QString, std::array<qint64, 3>> writes;
    for (const QVariantList& row : selectRows(postgres,
             QStringLiteral(
                 "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables WHERE relname LIKE "
                 "'vmdesk\\_%' ORDER BY relname"))) {
        if (row.size() == 4) {
            writes.insert(row[0].toString(), { row[1].toLongLong(), row[2].toLongLong(), row[3].toLongLong() });
        }
    }
    return writes;
}

// CPU seconds of everything on the site, and PostgreSQL's committed transactions, at one moment.
struct Usage
{
    double wall = 0;
    double postgres = 0;
    double servers[3] {};
    double bench = 0;
    MachineCpu machine;
    qint64 commits = 0;
};

struct Meter
{
    const PostgresInstance& postgres;
    qint64 postmaster;
    const SiteServer* servers[3];
    QElapsedTimer wall;

    Usage read() const
    {
        Usage usage;
        usage.wall = wall.elapsed() / 1000.0;
        usage.postgres = postgresCpuSeconds(postmaster);
        for (int i = 0; i < 3; ++i) {
            usage.servers[i] = processCpuSeconds(servers[i]->pid());
        }
        usage.bench = processCpuSeconds(getpid());
        usage.machine = machineCpuSeconds();
        // Backends report their counters at most once a second: a reading lags by up to that much.
        const QList<QVariantList> rows
            = selectRows(postgres, QStringLiteral("SELECT xact_commit FROM pg_stat_database WHERE datname = 'vmdesk'"));
        usage.commits = rows.isEmpty() || rows.first().isEmpty() ? -1 : rows.first().first().toLongLong();
        return usage;
    }
};

inline void printUsage(const char* phase, const Usage& before, const Usage& after)
{
    const double wall = after.wall - before.wall;
    const double postgres = after.postgres - before.postgres;
    const double bench = after.bench - before.bench;
    double servers = 0;
    std::printf("  %-28s %6.1f %8.2f", phase, wall, postgres);
    for (int i = 0; i < 3; ++i) {
        servers += after.servers[i] - before.servers[i];
        std::printf(" %6.2f", after.servers[i] - before.servers[i]);
    }
    const double others = after.machine.busy - before.machine.busy - postgres - servers - bench;
    std::printf(" %6.2f %6.2f %5.2f %7.0f%% %8.0f\n", bench, std::max(0.0, others),
        after.machine.steal - before.machine.steal, 100 * postgres / std::max(1e-9, postgres + servers),
        (after.commits - before.commits) / wall);
}
