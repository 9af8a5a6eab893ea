// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvpcommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include "command.h"
#include "kvp/kvppool.h"
#include "kvphostcommand.h"

using namespace Qt::StringLiterals;

namespace {
// hvkvp exits 3 when the pool cannot be opened; scripts written for it may test for that.
constexpr int exitNoPool = 3;
constexpr int guestPool = 1; // KVP_POOL_GUEST: the one pool a guest writes

QCommandLineOption poolDirOption()
{
    return { u"pool-dir"_s, Cli::tr("Folder of the pool files (default %1).").arg(KvpPool::defaultDirectory()),
        u"DIR"_s, KvpPool::defaultDirectory() };
}

// A pool number 0..4, or -1 (and a message) when the option says something else.
int poolNumber(const QCommandLineParser& parser, const QCommandLineOption& option, QTextStream& err)
{
    bool ok = false;
    const int pool = parser.value(option).toInt(&ok);
    if (!ok || pool < 0 || pool >= KvpPool::poolCount) {
        err << Cli::tr("--pool takes 0 to %1, not %2").arg(KvpPool::poolCount - 1).arg(parser.value(option)) << '\n';
        return -1;
    }
    return pool;
}

void writeRaw(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// POSIX shell single quotes: nothing inside is special except the quote itself.
QByteArray shellQuoted(const QByteArray& value)
{
    QByteArray quoted = value;
    quoted.replace('\'', "'\\''");
    return '\'' + quoted + '\'';
}

int runRead(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Print the items of a Hyper-V KVP pool file: \"Key: K, Value: V\" per record, as hvkvp does. "
                "Pools: 0 host to guest (default), 1 guest to host, 2 guest intrinsic, 3 host facts, 4 internal. "
                "Each field ends at its first NUL; the bytes after it are the daemon's leftovers. The file is read "
                "under the daemon's fcntl lock.\n"
                "--key prints the value only, without a newline, and exits 1 when the key is absent (hvkvp exits 0). "
                "Keys match exactly, as the daemon matches them (hvkvp ignores case).\n"
                "--export prints export KEY='VALUE' lines safe for eval; a key that is no shell name is skipped "
                "with a warning.\n"
                "Exit codes: 0 done, 1 key absent, 2 usage, 3 the pool cannot be read."));
    parser.addHelpOption();
    const QCommandLineOption pool(u"pool"_s, Cli::tr("Pool number, 0 to 4."), u"N"_s, u"0"_s);
    const QCommandLineOption key(u"key"_s, Cli::tr("Print only this key's value."), u"NAME"_s);
    const QCommandLineOption exportLines(u"export"_s, Cli::tr("Print shell export lines."));
    const QCommandLineOption json(u"json"_s, Cli::tr("Print the records as JSON."));
    parser.addOptions({ pool, poolDirOption(), key, exportLines, json });
    parser.process(arguments);
    QTextStream err(stderr);
    if (!parser.positionalArguments().isEmpty()
        || int(parser.isSet(key)) + parser.isSet(exportLines) + parser.isSet(json) > 1) {
        err << Cli::tr("give at most one of --key, --export and --json, and no other arguments") << '\n';
        return ExitUsage;
    }
    const int number = poolNumber(parser, pool, err);
    if (number < 0) {
        return ExitUsage;
    }
    const QString file = KvpPool::path(parser.value(u"pool-dir"_s), number);
    const KvpPool::Contents contents = KvpPool::read(file);
    if (!contents.error.isEmpty()) {
        err << "vmdeskctl: " << contents.error << '\n';
        return exitNoPool;
    }
    if (contents.trailingBytes > 0) {
        err << Cli::tr("warning: %1 ends in a partial record of %2 bytes, which was not read")
                   .arg(file)
                   .arg(contents.trailingBytes)
            << '\n';
    }
    err.flush();
    if (parser.isSet(key)) {
        const QByteArray wanted = parser.value(key).toUtf8();
        for (const KvpRecord& record : contents.records) {
            if (record.key == wanted) {
                writeRaw(record.value);
                return ExitOk;
            }
        }
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonArray records;
        for (const KvpRecord& record : contents.records) {
            records.append(QJsonObject { { u"key"_s, record.keyText() }, { u"value"_s, record.valueText() },
                { u"valueBytes"_s, record.value.size() } });
        }
        writeRaw(QJsonDocument(records).toJson());
        return ExitOk;
    }
    static const QRegularExpression shellName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    QByteArray out;
    for (const KvpRecord& record : contents.records) {
        if (parser.isSet(exportLines)) {
            if (!shellName.match(QString::fromUtf8(record.key)).hasMatch()) {
                err << Cli::tr("warning: skipped the key %1: not a shell variable name").arg(record.keyText()) << '\n';
                continue;
            }
            out += "export " + record.key + '=' + shellQuoted(record.value) + '\n';
        } else {
            out += "Key: " + record.key + ", Value: " + record.value + '\n';
        }
    }
    writeRaw(out);
    return ExitOk;
}

int runWrite(const QStringList& arguments, bool remove)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(remove
            ? Cli::tr("Delete an item from a KVP pool under the daemon's fcntl lock; later items move up, as the "
                      "daemon deletes.")
            : Cli::tr("Set an item in a KVP pool under the daemon's fcntl lock: its value replaced in place, or the "
                      "item appended. Pool 1 is the one a guest writes (the host reads it as GuestExchangeItems); "
                      "other pools need --any-pool. Keys of at most 254 and values of at most 1022 UTF-8 bytes, "
                      "what the host reads back whole, unless --no-host-limits."));
    parser.addHelpOption();
    const QCommandLineOption pool(u"pool"_s, Cli::tr("Pool number (default 1)."), u"N"_s, u"1"_s);
    const QCommandLineOption anyPool(u"any-pool"_s, Cli::tr("Allow writing a pool other than 1."));
    const QCommandLineOption noLimits(
        u"no-host-limits"_s, Cli::tr("Allow up to 511-byte keys and 2047-byte values (the host truncates them)."));
    parser.addOptions({ pool, poolDirOption(), anyPool });
    if (!remove) {
        parser.addOption(noLimits);
    }
    parser.addPositionalArgument(u"KEY"_s, Cli::tr("The item's key."));
    if (!remove) {
        parser.addPositionalArgument(u"VALUE"_s, Cli::tr("The item's value."));
    }
    parser.process(arguments);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (remove ? 1 : 2)) {
        err << (remove ? Cli::tr("give the KEY to delete") : Cli::tr("give the KEY and the VALUE")) << '\n';
        return ExitUsage;
    }
    const int number = poolNumber(parser, pool, err);
    if (number < 0) {
        return ExitUsage;
    }
    if (number != guestPool && !parser.isSet(anyPool)) {
        err << Cli::tr("pool %1 belongs to the host: the daemon rewrites it when the host changes an item. Use "
                       "--any-pool to write it anyway.")
                   .arg(number)
            << '\n';
        return ExitUsage;
    }
    const QString file = KvpPool::path(parser.value(u"pool-dir"_s), number);
    const QByteArray key = positional.at(0).toUtf8();
    if (remove) {
        bool found = false;
        const QString error = KvpPool::remove(file, key, &found);
        if (!error.isEmpty()) {
            err << "vmdeskctl: " << error << '\n';
            return ExitFailure;
        }
        if (!found) {
            err << Cli::tr("%1 has no key %2").arg(file, positional.at(0)) << '\n';
            return ExitFailure;
        }
        return ExitOk;
    }
    const QString error = KvpPool::set(file, key, positional.at(1).toUtf8(), !parser.isSet(noLimits));
    if (!error.isEmpty()) {
        err << "vmdeskctl: " << error << '\n';
        return ExitFailure;
    }
    return ExitOk;
}
} // namespace

int runKvpCommand(const QStringList& arguments)
{
    const QString subcommand = arguments.value(1);
    if (subcommand == u"host"_s) {
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.value(0) + u" host"_s);
        return runKvpHostCommand(rest);
    }
    if (subcommand == u"set"_s || subcommand == u"delete"_s) {
        QStringList rest = arguments.mid(2);
        rest.prepend(arguments.value(0) + u' ' + subcommand);
        return runWrite(rest, subcommand == u"delete"_s);
    }
    return runRead(arguments);
}
