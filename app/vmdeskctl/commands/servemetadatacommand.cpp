// SPDX-License-Identifier: GPL-3.0-or-later
#include "servemetadatacommand.h"

#include <csignal>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>

#include "cloudinit/metadatadriver.h"
#include "command.h"
#include "core/atomicwrite.h"
#include "core/logging.h"
#include "core/unixsignalwatcher.h"
#include "storeoptions.h"
#include "vspc/guestregistry.h"
#include "vspc/sharedguestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
// "0.0.0.0:13370", "[::1]:13370" or ":13370" (all addresses).
bool parseListen(const QString& text, QHostAddress& address, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0) {
        return false;
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']')) {
        host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535) {
        return false;
    }
    port = static_cast<quint16>(number);
    address = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    return !address.isNull();
}

QByteArray statusJson(const GuestRegistry& registry)
{
    return QJsonDocument(registry.toJson()).toJson(QJsonDocument::Indented);
}

QString writeStatus(const QString& path, const GuestRegistry& registry)
{
    return saveAtomically(path, statusJson(registry));
}
} // namespace

int runServeMetadataCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Serve cloud-init metadata to VMs over their virtual serial ports (vSPC)."));
    parser.addHelpOption();
    const QCommandLineOption listen(
        u"listen"_s, Cli::tr("Address and port to listen on."), u"HOST:PORT"_s, u"0.0.0.0:13370"_s);
    const QCommandLineOption uri(u"uri"_s, Cli::tr("A serial port URI to accept (repeatable)."), u"URI"_s);
    const QCommandLineOption directory(
        u"directory"_s, Cli::tr("Folder with one <key>.yaml per VM (the same as --store file:DIR)."), u"DIR"_s);
    const QCommandLineOption key(
        u"key"_s, Cli::tr("What names the files: name, vc-uuid or bios-uuid."), u"KEY"_s, u"name"_s);
    const QCommandLineOption lineEnding(
        u"line-ending"_s, Cli::tr("Response line ending: lf, or lfcr like the seed tool."), u"ENDING"_s, u"lf"_s);
    const QCommandLineOption statusFile(
        u"status-file"_s, Cli::tr("Write the connected guests as JSON here, every second."), u"FILE"_s);
    const QCommandLineOption silent(
        u"silent-errors"_s, Cli::tr("Send nothing (instead of !!ERROR#) when a VM has no data."));
    const QCommandLineOption refuseVMotion(u"refuse-vmotion"_s, Cli::tr("Answer vMotion requests with NOTNOW."));
    const QCommandLineOption maxConnections(u"max-connections"_s, Cli::tr("Connection limit."), u"N"_s, u"20000"_s);
    const QCommandLineOption handshakeTimeout(
        u"handshake-timeout"_s, Cli::tr("Seconds a connection has to identify its VM."), u"S"_s, u"30"_s);
    const QCommandLineOption packetLog(
        u"packet-log"_s, Cli::tr("Log entries kept per guest for the status output."), u"N"_s, u"20"_s);
    const QCommandLineOption idleTimeout(
        u"idle-timeout"_s, Cli::tr("Close connections idle this long (0: never)."), u"S"_s, u"0"_s);
    const QCommandLineOption allow(u"allow"_s,
        Cli::tr("Accept connections only from these networks, e.g. 10.0.0.0/8 (repeatable or comma separated; "
                "default: any). List the ESXi hosts' networks."),
        u"CIDR"_s);
    parser.addOptions({ listen, uri, directory, key, lineEnding, statusFile, silent, refuseVMotion, maxConnections,
        handshakeTimeout, idleTimeout, packetLog, allow });
    // Hidden: the shared guest registry's timing, for tests that cannot wait 30 s for a timeout.
    QCommandLineOption heartbeatMs(
        u"heartbeat-ms"_s, Cli::tr("Guest registry heartbeat interval."), u"MS"_s, u"5000"_s);
    QCommandLineOption instanceTimeoutMs(
        u"instance-timeout-ms"_s, Cli::tr("Remove instances silent this long."), u"MS"_s, u"30000"_s);
    heartbeatMs.setFlags(QCommandLineOption::HiddenFromHelp);
    instanceTimeoutMs.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ heartbeatMs, instanceTimeoutMs });
    const StoreOptions storeOptions;
    storeOptions.addTo(parser);
    parser.process(arguments);

    QTextStream err(stderr);
    VspcConfig config;
    if (!parseListen(parser.value(listen), config.address, config.port)) {
        err << Cli::tr("--listen needs HOST:PORT, e.g. 0.0.0.0:13370") << '\n';
        return ExitUsage;
    }
    for (const QString& value : parser.values(uri)) {
        config.proxies.append({ 'C', value });
    }
    QString networkError;
    const std::optional<QList<VspcConfig::Network>> networks
        = VspcConfig::parseNetworks(parser.values(allow).join(u','), &networkError);
    if (!networks) {
        err << Cli::tr("--allow: %1").arg(networkError) << '\n';
        return ExitUsage;
    }
    config.allowedNetworks = *networks;
    if (config.proxies.isEmpty()) {
        err << Cli::tr("--uri is required: the serial port URI your VMs use") << '\n';
        return ExitUsage;
    }
    QString storeError;
    const std::optional<StoreOptions::Store> store = storeOptions.read(parser, &storeError, directory.names().first());
    if (!store) {
        err << storeError << '\n';
        return ExitUsage;
    }
    const std::optional<VspcConfig::LookupKey> lookup = VspcConfig::keyFromName(parser.value(key));
    if (!lookup) {
        err << Cli::tr("--key must be name, vc-uuid or bios-uuid") << '\n';
        return ExitUsage;
    }
    config.key = *lookup;
    if (parser.value(lineEnding) != u"lf"_s && parser.value(lineEnding) != u"lfcr"_s) {
        err << Cli::tr("--line-ending must be lf or lfcr") << '\n';
        return ExitUsage;
    }
    config.lineEnding
        = parser.value(lineEnding) == u"lfcr"_s ? MetadataPacket::LineEnding::LfCr : MetadataPacket::LineEnding::Lf;
    config.errorReplies = !parser.isSet(silent);
    config.refuseVMotion = parser.isSet(refuseVMotion);
    config.maxConnections = parser.value(maxConnections).toInt();
    config.handshakeTimeoutMs = parser.value(handshakeTimeout).toInt() * 1000;
    config.idleTimeoutMs = parser.value(idleTimeout).toInt() * 1000;
    config.packetLogSize = qMax(1, parser.value(packetLog).toInt());
    if (config.maxConnections <= 0 || config.handshakeTimeoutMs <= 0 || config.idleTimeoutMs < 0) {
        err << Cli::tr("--max-connections and --handshake-timeout must be positive, --idle-timeout not negative")
            << '\n';
        return ExitUsage;
    }

    // A PostgreSQL driver logs each time the store goes away and comes back, naming it by display().
    const std::unique_ptr<MetadataDriver> driver = makeMetadataDriver(*store);
    qCInfo(lcCloudinit).noquote() << Cli::tr("serving documents from %1").arg(store->store.display());
    GuestRegistry registry(config.packetLogSize);
    VspcServer server(driver.get(), &registry);
    server.setConfig(config);
    if (!server.start()) {
        err << server.errorString() << '\n';
        return ExitFailure;
    }

    // With a PostgreSQL store, the guests are shared with the other servers using it.
    std::unique_ptr<SharedGuestRegistry> shared;
    if (store->store.kind() == MetadataStore::Kind::Postgres) {
        SharedGuestRegistry::Timing timing;
        timing.heartbeatMs = qMax(100, parser.value(heartbeatMs).toInt());
        timing.instanceTimeoutMs = qMax(timing.heartbeatMs * 2, parser.value(instanceTimeoutMs).toInt());
        const QString host = config.address == QHostAddress(QHostAddress::Any) ? QSysInfo::machineHostName()
                                                                               : config.address.toString();
        shared = std::make_unique<SharedGuestRegistry>(&registry, store->store, store->password,
            host + u':' + QString::number(server.serverPort()), nullptr, timing);
        server.setSharedRegistry(shared.get());
    }

    UnixSignalWatcher signals { SIGTERM, SIGINT, SIGUSR1 };
    const QString statusPath = parser.value(statusFile);
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, &server, [&](int signalNumber) {
        if (signalNumber != SIGUSR1) {
            server.stop();
            QCoreApplication::exit(ExitOk);
        } else if (statusPath.isEmpty()) {
            QTextStream(stdout) << statusJson(registry) << Qt::flush;
        } else if (const QString problem = writeStatus(statusPath, registry); !problem.isEmpty()) {
            err << problem << Qt::endl;
        }
    });
    QTimer statusTimer;
    if (!statusPath.isEmpty()) {
        QObject::connect(&statusTimer, &QTimer::timeout, &server, [&] {
            if (const QString problem = writeStatus(statusPath, registry); !problem.isEmpty()) {
                err << problem << Qt::endl; // and keep serving; the last good status file stays
            }
        });
        statusTimer.start(1000);
        writeStatus(statusPath, registry);
    }
    return QCoreApplication::exec();
}
