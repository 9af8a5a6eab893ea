// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatastorecommand.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTextStream>

#include "cloudinit/documentvalidator.h"
#include "cloudinit/filedriver.h"
#include "cloudinit/postgresdriver.h"
#include "command.h"
#include "core/atomicwrite.h"
#include "storeoptions.h"

using namespace Qt::StringLiterals;

namespace {
const QString putUsage = u"vmdeskctl metadata put --store STORE [--password-env VAR] --vm NAME [--vc-uuid UUID] "
                         u"[--bios-uuid UUID] FILE\n"_s;
const QString getUsage = u"vmdeskctl metadata get --store STORE [--password-env VAR] --vm NAME\n"_s;
const QString listUsage = u"vmdeskctl metadata list --store STORE [--password-env VAR]\n"_s;
const QString rmUsage = u"vmdeskctl metadata rm --store STORE [--password-env VAR] --vm NAME\n"_s;

using Changed = PostgresDriver::Changed;
using Fetched = PostgresDriver::Fetched;
using Keys = PostgresDriver::Keys;

// One-shot commands say themselves what went wrong; the driver's log lines are for servers.
void quietDriverLog()
{
    QLoggingCategory::setFilterRules(u"vmdesk.cloudinit.info=false\nvmdesk.cloudinit.warning=false"_s);
}

QString exitCodesText()
{
    return Cli::tr("Exit codes: 0 success, 1 failure (a document with errors, no document by that name, a refused "
                   "change), 2 usage, 4 the store cannot be reached.");
}

// Runs events until the driver's worker answers: its results are handed over through this thread.
template <typename T> T await(const QFuture<T>& future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished()) {
        loop.exec();
    }
    if (future.resultCount() > 0) {
        return future.result();
    }
    T cancelled;
    cancelled.error = Cli::tr("the request was cancelled");
    cancelled.unavailable = true;
    return cancelled;
}

// The four operations on either kind of store. A folder holds <name>.yaml files without UUIDs.
class Session
{
public:
    explicit Session(const StoreOptions::Store& store)
        : m_store(store)
    { }

    // Connects to PostgreSQL; empty when the store can be used, else why not.
    QString open()
    {
        if (m_store.store.kind() == MetadataStore::Kind::File) {
            return {};
        }
        PostgresDriver::Timing timing;
        timing.maxRetryMs = 1000; // one attempt is awaited; nothing retries for long
        m_driver = std::make_unique<PostgresDriver>(m_store.store, m_store.password, nullptr, timing);
        QEventLoop loop;
        QString message;
        bool up = false;
        const QMetaObject::Connection first = QObject::connect(
            m_driver.get(), &PostgresDriver::connectionChanged, &loop, [&](bool isUp, const QString& text) {
                up = isUp;
                message = text;
                loop.quit();
            });
        loop.exec();
        QObject::disconnect(first); // `up` and `message` end here; later reconnects are not ours to hear
        if (up) {
            return {};
        }
        // The driver's message promises a retry, which a one-shot command does not wait for; asking
        // it anyway gives "the store ... is unavailable: why" (or works, if the retry just did).
        const Keys probe = await(m_driver->keys());
        return probe.error.isEmpty() || !probe.unavailable ? QString() : probe.error;
    }

    Changed save(const QString& key, const QByteArray& yaml, const QString& vcUuid, const QString& biosUuid)
    {
        if (m_driver) {
            return await(m_driver->save(key, yaml, vcUuid, biosUuid));
        }
        return { saveAtomically(path(key), yaml) };
    }

    Fetched fetch(const QString& key)
    {
        if (m_driver) {
            return await(m_driver->fetch(key));
        }
        QFile file(path(key));
        if (!file.open(QIODevice::ReadOnly)) {
            return { std::nullopt,
                file.exists() ? Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString())
                              : Cli::tr("no document for %1 in %2").arg(key, m_store.store.display()) };
        }
        PostgresDriver::StoredDocument document;
        document.key = key;
        document.yaml = file.readAll();
        return { document, {} };
    }

    Changed remove(const QString& key)
    {
        if (m_driver) {
            return await(m_driver->remove(key));
        }
        QFile file(path(key));
        if (!file.exists()) {
            return { Cli::tr("no document %1 in %2").arg(key, m_store.store.display()) };
        }
        return { file.remove() ? QString() : Cli::tr("cannot remove %1: %2").arg(file.fileName(), file.errorString()) };
    }

    Keys keys()
    {
        Keys result;
        if (m_driver) {
            result = await(m_driver->keys());
        } else {
            for (const QString& file : QDir(m_store.store.directory()).entryList({ u"*.yaml"_s }, QDir::Files)) {
                if (const QString name = file.chopped(5); FileDriver::isSafeKey(name)) {
                    result.keys.append(name);
                }
            }
        }
        // Code-point order, the same in every locale, so that scripts can compare listings.
        std::sort(result.keys.begin(), result.keys.end());
        return result;
    }

private:
    QString path(const QString& key) const { return QDir(m_store.store.directory()).filePath(key + u".yaml"_s); }

    StoreOptions::Store m_store;
    std::unique_ptr<PostgresDriver> m_driver;
};

int exitCodeFor(bool unavailable)
{
    return unavailable ? ExitConnection : ExitFailure;
}

// FILE:LINE:COLUMN: error|warning: message, as `metadata validate` prints findings (and compilers).
void printFindings(QTextStream& stream, const QString& path, QList<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return std::pair(a.line, a.column) < std::pair(b.line, b.column); });
    for (const Finding& finding : std::as_const(findings)) {
        QString message = finding.message;
        message.replace(u'\n', u' ');
        stream << u"%1:%2:%3: %4: %5"_s.arg(path, QString::number(finding.line), QString::number(finding.column),
            finding.isError() ? u"error"_s : u"warning"_s, message)
               << '\n';
    }
}

// Parses the arguments and the store; the exit code to stop with, or nothing to go on. Like the
// other `metadata` commands, an unknown option is a usage error (2), not QCommandLineParser's 1.
std::optional<int> prepare(QCommandLineParser& parser, const QStringList& arguments, const QString& usage,
    qsizetype positionals, QTextStream& err, std::optional<StoreOptions::Store>& store)
{
    quietDriverLog();
    const StoreOptions options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(ExitOk);
    }
    if (parser.positionalArguments().size() != positionals) {
        err << (parser.positionalArguments().size() > positionals
                ? Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().constLast())
                : Cli::tr("The document's FILE is missing."))
            << "\n\n"
            << usage;
        return ExitUsage;
    }
    QString error;
    store = options.read(parser, &error);
    if (!store) {
        err << error << '\n';
        return ExitUsage;
    }
    return std::nullopt;
}

QCommandLineOption vmOption()
{
    return { u"vm"_s, Cli::tr("The VM's name: the document's key."), u"NAME"_s };
}

// The one --vm given, if it is a name the metadata server can serve.
std::optional<QString> vmName(const QCommandLineParser& parser, const QString& usage, QTextStream& err)
{
    const QStringList names = parser.values(u"vm"_s);
    if (names.size() != 1) {
        err << Cli::tr("Give one --vm.") << "\n\n" << usage;
        return std::nullopt;
    }
    if (!FileDriver::isSafeKey(names.constFirst())) {
        err << Cli::tr("--vm %1: not a name the metadata server serves (no '/', no leading '.', no control characters)")
                   .arg(names.constFirst())
            << '\n';
        return std::nullopt;
    }
    return names.constFirst();
}

void describe(QCommandLineParser& parser, const QString& usage, const QString& text)
{
    parser.setApplicationDescription(usage + u"\n"_s + text + u"\n"_s + exitCodesText());
    parser.addHelpOption();
}

int runPut(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, putUsage,
        Cli::tr("Store FILE as the VM's document, replacing any. It is checked as `metadata validate` does first: a "
                "document with errors is not stored. Servers reading a PostgreSQL store serve it at once."));
    const QCommandLineOption vcUuid(u"vc-uuid"_s, Cli::tr("The VM's vCenter UUID, to find it by."), u"UUID"_s);
    const QCommandLineOption biosUuid(u"bios-uuid"_s, Cli::tr("The VM's BIOS UUID, to find it by."), u"UUID"_s);
    parser.addOptions({ vmOption(), vcUuid, biosUuid });
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("The document (YAML)."));
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::optional<StoreOptions::Store> store;
    if (const std::optional<int> stop = prepare(parser, arguments, putUsage, 1, err, store)) {
        return *stop;
    }
    const std::optional<QString> name = vmName(parser, putUsage, err);
    if (!name) {
        return ExitUsage;
    }
    if (store->store.kind() == MetadataStore::Kind::File && (parser.isSet(vcUuid) || parser.isSet(biosUuid))) {
        err << Cli::tr("A file store finds documents by their file name only: --vc-uuid and --bios-uuid need a "
                       "PostgreSQL store.")
            << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << Cli::tr("%1: cannot read: %2").arg(path, file.errorString()) << '\n';
        return ExitUsage;
    }
    const QByteArray yaml = file.readAll();
    const DocumentValidator::Result result = DocumentValidator::validate(yaml);
    printFindings(err, path, result.findings);
    if (Findings::hasError(result.findings)) {
        err << Cli::tr("%1: not stored: the document has errors").arg(path) << '\n';
        return ExitFailure;
    }
    Session session(*store);
    if (const QString problem = session.open(); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitConnection;
    }
    const Changed changed = session.save(*name, yaml, parser.value(vcUuid), parser.value(biosUuid));
    if (!changed.ok()) {
        err << changed.error << '\n';
        return exitCodeFor(changed.unavailable);
    }
    out << Cli::tr("stored %1 in %2 (instance-id %3)")
               .arg(*name, store->store.display(), result.document ? result.document->instanceId : QString())
        << '\n';
    return ExitOk;
}

int runGet(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, getUsage, Cli::tr("Print the VM's document exactly as it was stored."));
    parser.addOption(vmOption());
    QTextStream err(stderr);
    std::optional<StoreOptions::Store> store;
    if (const std::optional<int> stop = prepare(parser, arguments, getUsage, 0, err, store)) {
        return *stop;
    }
    const std::optional<QString> name = vmName(parser, getUsage, err);
    if (!name) {
        return ExitUsage;
    }
    Session session(*store);
    if (const QString problem = session.open(); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitConnection;
    }
    const Fetched fetched = session.fetch(*name);
    if (!fetched.document) {
        err << fetched.error << '\n';
        return exitCodeFor(fetched.unavailable);
    }
    // Byte for byte: no text stream, which would re-encode the text and could add a line end.
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(fetched.document->yaml) != fetched.document->yaml.size()
        || !out.flush()) {
        err << Cli::tr("cannot write the document: %1").arg(out.errorString()) << '\n';
        return ExitFailure;
    }
    return ExitOk;
}

int runList(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, listUsage, Cli::tr("Print the name of every VM with a document in the store, one a line."));
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::optional<StoreOptions::Store> store;
    if (const std::optional<int> stop = prepare(parser, arguments, listUsage, 0, err, store)) {
        return *stop;
    }
    Session session(*store);
    if (const QString problem = session.open(); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitConnection;
    }
    const Keys keys = session.keys();
    if (!keys.error.isEmpty()) {
        err << keys.error << '\n';
        return exitCodeFor(keys.unavailable);
    }
    for (const QString& key : keys.keys) {
        out << key << '\n';
    }
    return ExitOk;
}

int runRm(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, rmUsage, Cli::tr("Remove the VM's document from the store."));
    parser.addOption(vmOption());
    QTextStream out(stdout);
    QTextStream err(stderr);
    std::optional<StoreOptions::Store> store;
    if (const std::optional<int> stop = prepare(parser, arguments, rmUsage, 0, err, store)) {
        return *stop;
    }
    const std::optional<QString> name = vmName(parser, rmUsage, err);
    if (!name) {
        return ExitUsage;
    }
    Session session(*store);
    if (const QString problem = session.open(); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitConnection;
    }
    const Changed removed = session.remove(*name);
    if (!removed.ok()) {
        err << removed.error << '\n';
        return exitCodeFor(removed.unavailable);
    }
    out << Cli::tr("removed %1 from %2").arg(*name, store->store.display()) << '\n';
    return ExitOk;
}
} // namespace

QString metadataStoreUsage()
{
    return putUsage + getUsage + listUsage + rmUsage;
}

QList<std::pair<QString, std::function<int(const QStringList&)>>> metadataStoreCommands()
{
    return {
        { u"put"_s, runPut },
        { u"get"_s, runGet },
        { u"list"_s, runList },
        { u"rm"_s, runRm },
    };
}
