// SPDX-License-Identifier: GPL-3.0-or-later
// bench/kvp_read: a 10,000-record KVP pool read by whole `vmdeskctl kvp` processes, as a guest's
// script pays for it: records/s for a full read, and the time of one `--key` lookup (the last
// key, the worst case). With go-hvkvp's `hvkvp` on PATH (or --hvkvp FILE), the same for it.
// Asserts nothing.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "kvp/kvppool.h"

using namespace Qt::StringLiterals;

namespace {
// The median wall time of `runs` runs of the program, in seconds; negative when it failed.
double medianSeconds(const QString& program, const QStringList& arguments, int runs, qint64* outputBytes)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            return -1;
        }
        times.append(clock.nsecsElapsed() / 1e9);
        *outputBytes = process.readAllStandardOutput().size();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(u"records"_s, u"Records in the pool."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per figure (the median is printed)."_s, u"N"_s, u"21"_s);
    const QCommandLineOption hvkvpOption(u"hvkvp"_s, u"go-hvkvp's binary, to compare with."_s, u"FILE"_s);
    parser.addOptions({ recordsOption, runsOption, hvkvpOption });
    parser.process(app);
    const int count = parser.value(recordsOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QList<KvpRecord> records;
    for (int i = 0; i < count; ++i) {
        records.append({ "Key" + QByteArray::number(i),
            "value of item " + QByteArray::number(i) + " " + QByteArray(64, char('a' + i % 26)) });
    }
    QFile pool(KvpPool::path(dir.path(), 0));
    if (!pool.open(QIODevice::WriteOnly) || pool.write(KvpPool::serialize(records)) < 0) {
        std::printf("cannot write the pool file\n");
        return 1;
    }
    pool.close();
    const QByteArray lastKey = records.last().key;
    std::printf(
        "kvp_read: %d records (%lld bytes), median of %d runs, each a whole process\n", count, pool.size(), runs);

    const QString vmdeskctl = QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s;
    qint64 bytes = 0;
    const double full = medianSeconds(vmdeskctl, { u"kvp"_s, u"--pool-dir"_s, dir.path() }, runs, &bytes);
    const double lookup = medianSeconds(
        vmdeskctl, { u"kvp"_s, u"--pool-dir"_s, dir.path(), u"--key"_s, QString::fromLatin1(lastKey) }, runs, &bytes);
    if (full < 0 || lookup < 0) {
        std::printf("vmdeskctl kvp failed\n");
        return 1;
    }
    std::printf("  vmdeskctl kvp:        full read %.1f ms = %.0f records/s; --key (last) %.1f ms\n", full * 1e3,
        count / full, lookup * 1e3);

    const QString hvkvp
        = parser.isSet(hvkvpOption) ? parser.value(hvkvpOption) : QStandardPaths::findExecutable(u"hvkvp"_s);
    if (hvkvp.isEmpty()) {
        std::printf("  hvkvp: not found (give --hvkvp FILE); it reads only /var/lib/hyperv/.kvp_pool_0\n");
        return 0;
    }
    // hvkvp's pool path is fixed: it is measured on whatever that file holds, so copy ours there first.
    std::printf("  hvkvp reads /var/lib/hyperv/.kvp_pool_0 only; copy the pool there to compare like for like\n");
    const double theirsFull = medianSeconds(hvkvp, {}, runs, &bytes);
    const double theirsLookup = medianSeconds(hvkvp, { u"-key"_s, QString::fromLatin1(lastKey) }, runs, &bytes);
    std::printf("  hvkvp:                full read %.1f ms; -key %.1f ms\n", theirsFull * 1e3, theirsLookup * 1e3);
    return 0;
}
