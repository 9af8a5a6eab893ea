// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfetchcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSerialPort>
#include <QTextStream>

#include "command.h"
#include "guest/metadatafetcher.h"

using namespace Qt::StringLiterals;

int runGuestFetchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Fetch this VM's cloud-init data over a serial port into a NoCloud seed folder."));
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, Cli::tr("Serial port, e.g. /dev/ttyS1."), u"DEVICE"_s);
    const QCommandLineOption seedDir(u"seed-dir"_s, Cli::tr("Where to write meta-data, user-data, network-config."),
        u"DIR"_s, u"/var/lib/cloud/seed/nocloud"_s);
    const QCommandLineOption timeout(u"timeout"_s, Cli::tr("Seconds to wait for each answer."), u"S"_s, u"60"_s);
    const QCommandLineOption baud(u"baud"_s, Cli::tr("Baud rate."), u"RATE"_s, u"115200"_s);
    parser.addOptions({ port, seedDir, timeout, baud });
    parser.process(arguments);

    QTextStream err(stderr);
    if (!parser.isSet(port)) {
        err << Cli::tr("--port is required") << '\n';
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
