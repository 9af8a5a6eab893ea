// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfetchcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSerialPort>
#include <QTextStream>
#include <QTimer>

#include "command.h"
#include "guest/metadatafetcher.h"
#include "kvp/kvppool.h"
#include "kvp/kvppoolwatcher.h"
#include "kvp/kvpseed.h"

using namespace Qt::StringLiterals;

namespace {
// The seed from KVP pool 0 (vmdesk.<part>.* items, see KvpSeed), once every part is whole and
// verified; a payload still arriving or not matching its digest is waited for, never used.
int fetchFromKvp(const QString& directory, const QString& seedDir, int timeoutSeconds)
{
    QTextStream err(stderr);
    KvpPoolWatcher watcher;
    KvpSeed::Assembly last;
    QString lastError;
    QObject::connect(&watcher, &KvpPoolWatcher::poolChanged, [&](int pool, const KvpPool::Contents& contents) {
        if (pool != 0) {
            return;
        }
        lastError = contents.error;
        last = KvpSeed::assemble(contents.records);
        if (!last.payloads) {
            return;
        }
        const QString problem = MetadataFetcher::writeNoCloudSeed(
            seedDir, { last.payloads->metaData, last.payloads->userData, last.payloads->networkConfig });
        if (!problem.isEmpty()) {
            err << problem << Qt::endl;
            QCoreApplication::exit(ExitFailure);
            return;
        }
        QTextStream(stdout) << Cli::tr("wrote meta-data, user-data and network-config to %1").arg(seedDir) << Qt::endl;
        QCoreApplication::exit(ExitOk);
    });
    QTimer::singleShot(std::chrono::seconds(timeoutSeconds), [&] {
        QStringList state = last.waiting + last.damaged;
        if (!lastError.isEmpty()) {
            state.prepend(lastError);
        }
        err << Cli::tr("no whole cloud-init seed in %1 after %2 s: %3")
                   .arg(KvpPool::path(directory, 0))
                   .arg(timeoutSeconds)
                   .arg(state.isEmpty() ? Cli::tr("nothing from vmdesk there") : state.join(u"; "_s))
            << Qt::endl;
        QCoreApplication::exit(ExitFailure);
    });
    watcher.setDirectory(directory);
    return QCoreApplication::exec();
}
} // namespace

int runGuestFetchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Fetch this VM's cloud-init data over a serial port, or from Hyper-V KVP pool 0 (--kvp), into a "
                "NoCloud seed folder."));
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, Cli::tr("Serial port, e.g. /dev/ttyS1."), u"DEVICE"_s);
    const QCommandLineOption seedDir(u"seed-dir"_s, Cli::tr("Where to write meta-data, user-data, network-config."),
        u"DIR"_s, u"/var/lib/cloud/seed/nocloud"_s);
    const QCommandLineOption timeout(u"timeout"_s, Cli::tr("Seconds to wait for each answer."), u"S"_s, u"60"_s);
    const QCommandLineOption baud(u"baud"_s, Cli::tr("Baud rate."), u"RATE"_s, u"115200"_s);
    const QCommandLineOption kvp(u"kvp"_s,
        Cli::tr("Read the seed from the KVP pool 0 items vmdesk pushed (vmdesk.<part>.*), waiting up to "
                "--timeout seconds until every part is whole and matches its SHA-256."));
    const QCommandLineOption poolDir(
        u"pool-dir"_s, Cli::tr("With --kvp: the pool files' folder."), u"DIR"_s, KvpPool::defaultDirectory());
    parser.addOptions({ port, seedDir, timeout, baud, kvp, poolDir });
    parser.process(arguments);

    QTextStream err(stderr);
    if (parser.isSet(kvp)) {
        if (parser.isSet(port)) {
            err << Cli::tr("give --port or --kvp, not both") << '\n';
            return ExitUsage;
        }
        return fetchFromKvp(parser.value(poolDir), parser.value(seedDir), qMax(1, parser.value(timeout).toInt()));
    }
    if (!parser.isSet(port)) {
        err << Cli::tr("--port or --kvp is required") << '\n';
        return ExitUsage;
    }
    QSerialPort serial(parser.value(port));
    serial.setBaudRate(parser.value(baud).toInt());
    if (!serial.open(QIODevice::ReadWrite)) {
        err << Cli::tr("cannot open %1: %2").arg(parser.value(port), serial.errorString()) << '\n';
        return ExitConnection;
    }
    serial.clear(); // stale bytes from before we started are not answers to us

    MetadataFetcher fetcher(&serial, parser.value(timeout).toInt() * 1000);
    QObject::connect(&fetcher, &MetadataFetcher::finished, [&](const MetadataFetcher::Result& result) {
        const QString problem = MetadataFetcher::writeNoCloudSeed(parser.value(seedDir), result);
        if (!problem.isEmpty()) {
            err << problem << Qt::endl;
            QCoreApplication::exit(ExitFailure);
            return;
        }
        QTextStream(stdout) << Cli::tr("wrote meta-data, user-data and network-config to %1").arg(parser.value(seedDir))
                            << Qt::endl;
        QCoreApplication::exit(ExitOk);
    });
    QObject::connect(&fetcher, &MetadataFetcher::failed, [&](const QString& message) {
        err << "vmdeskctl: " << message << Qt::endl;
        QCoreApplication::exit(ExitFailure);
    });
    fetcher.start();
    return QCoreApplication::exec();
}
