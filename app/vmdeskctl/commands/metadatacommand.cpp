// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatacommand.h"

#include <algorithm>
#include <optional>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include "cloudinit/documentpatch.h"
#include "cloudinit/documenttemplate.h"
#include "cloudinit/documentvalidator.h"
#include "cloudinit/filedriver.h"
#include "cloudinit/renderer.h"
#include "command.h"
#include "core/atomicwrite.h"
#include "core/unifieddiff.h"
#include "metadatadeliverycommand.h"
#include "metadatastorecommand.h"

using namespace Qt::StringLiterals;

namespace {
const QString validateUsage = u"vmdeskctl metadata validate --directory DIR [--vm NAME]...\n"_s;
const QString renderUsage = u"vmdeskctl metadata render --directory DIR --vm NAME --seed-dir OUT "
                            u"[--network-version 1|2] [--vm-name NAME]\n"_s;
const QString applyUsage
    = u"vmdeskctl metadata apply --directory DIR --patch FILE (--vm NAME... | --all) [--dry-run]\n"_s;
const QString newUsage = u"vmdeskctl metadata new --directory DIR --vm NAME [--template FILE]\n"_s;
const QString usageText = validateUsage + renderUsage + applyUsage + newUsage;

QString exitCodesText()
{
    return Cli::tr("Exit codes: 0 success, 1 a document has errors or cannot be read or written, 2 usage (also a "
                   "--directory, --patch or --template that cannot be read).");
}

// QCommandLineParser::process() ends the program with 1 on an unknown option; here a usage error is 2.
// The exit code to stop with, or nothing to go on.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, QTextStream& err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usageText;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(ExitOk);
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) << "\n\n" << usageText;
        return ExitUsage;
    }
    return std::nullopt;
}

QCommandLineOption directoryOption()
{
    return { u"directory"_s, Cli::tr("Folder with one <name>.yaml per VM."), u"DIR"_s };
}

// The folder as given, so that the paths printed are those the user typed, as compilers do.
std::optional<QString> directory(const QCommandLineParser& parser, QTextStream& err)
{
    if (!parser.isSet(u"directory"_s)) {
        err << Cli::tr("--directory is required") << "\n\n" << usageText;
        return std::nullopt;
    }
    const QString folder = parser.value(u"directory"_s);
    if (!QFileInfo(folder).isDir()) {
        err << Cli::tr("--directory %1: no such folder").arg(folder) << '\n';
        return std::nullopt;
    }
    return folder;
}

// The names given with --vm, each one the server would serve a file for.
std::optional<QStringList> vmNames(const QCommandLineParser& parser, QTextStream& err)
{
    QStringList names = parser.values(u"vm"_s);
    for (const QString& name : names) {
        if (!FileDriver::isSafeKey(name)) {
            err << Cli::tr(
                "--vm %1: not a name the metadata server serves (no '/', no leading '.', no control characters)")
                       .arg(name)
                << '\n';
            return std::nullopt;
        }
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    return names;
}

// Every VM with a document in the folder, sorted (in code-point order, the same in every locale).
QStringList allVmNames(const QString& folder)
{
    QStringList names;
    for (const QString& file : QDir(folder).entryList({ u"*.yaml"_s }, QDir::Files)) {
        if (const QString name = file.chopped(5); FileDriver::isSafeKey(name)) {
            names.append(name);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

QString documentPath(const QString& folder, const QString& vmName)
{
    return (folder.endsWith(u'/') ? folder : folder + u'/') + vmName + u".yaml"_s;
}

std::optional<QByteArray> readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("cannot read: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

Finding fileProblem(const QString& message)
{
    Finding finding;
    finding.message = message;
    return finding;
}

QList<Finding> byPlace(QList<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return std::pair(a.line, a.column) < std::pair(b.line, b.column); });
    return findings;
}

// FILE:LINE:COLUMN: error|warning: message, as compilers print it, so that editors and CI logs link
// to the place. "error" and "warning" stay untranslated: tools match them.
QString findingLine(const QString& path, const Finding& finding)
{
    QString message = finding.message;
    message.replace(u'\n', u' ');
    return u"%1:%2:%3: %4: %5"_s.arg(path, QString::number(finding.line), QString::number(finding.column),
        finding.isError() ? u"error"_s : u"warning"_s, message);
}

void printFindings(QTextStream& stream, const QString& path, const QList<Finding>& findings)
{
    for (const Finding& finding : byPlace(findings)) {
        stream << findingLine(path, finding) << '\n';
    }
}

QString filesText(qsizetype count)
{
    return count == 1 ? Cli::tr("1 file") : Cli::tr("%1 files").arg(count);
}

int runValidate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(validateUsage + u"\n"_s
        + Cli::tr("Check VM documents as the metadata server and cloud-init read them. "
                  "Prints FILE:LINE:COLUMN: error|warning: message per finding (0 when the "
                  "place is unknown); a named VM without its file is an error.")
        + u"\n"_s + exitCodesText());
    parser.addHelpOption();
    const QCommandLineOption vm(
        u"vm"_s, Cli::tr("Check only this VM's document (repeatable; default: every *.yaml)."), u"NAME"_s);
    parser.addOptions({ directoryOption(), vm });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, err)) {
        return *stop;
    }
    const std::optional<QString> folder = directory(parser, err);
    const std::optional<QStringList> named = folder ? vmNames(parser, err) : std::nullopt;
    if (!named) {
        return ExitUsage;
    }
    const QStringList names = named->isEmpty() ? allVmNames(*folder) : *named;
    int filesWithErrors = 0;
    int warnings = 0;
    for (const QString& name : names) {
        const QString path = documentPath(*folder, name);
        QString error;
        const std::optional<QByteArray> text = readFile(path, &error);
        const QList<Finding> findings
            = text ? DocumentValidator::validate(*text).findings : QList<Finding> { fileProblem(error) };
        printFindings(out, path, findings);
        warnings
            += int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) { return !f.isError(); }));
        filesWithErrors += Findings::hasError(findings) ? 1 : 0;
    }
    out.flush();
    err << Cli::tr("%1, %2 with errors, %3")
               .arg(filesText(names.size()), QString::number(filesWithErrors),
                   warnings == 1 ? Cli::tr("1 warning") : Cli::tr("%1 warnings").arg(warnings))
        << '\n';
    return filesWithErrors > 0 ? ExitFailure : ExitOk;
}

int runRender(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(renderUsage + u"\n"_s
        + Cli::tr("Write a VM's meta-data, user-data and network-config exactly as the "
                  "metadata server sends them, as a NoCloud seed folder. A document with "
                  "errors is not rendered.")
        + u"\n"_s + exitCodesText());
    parser.addHelpOption();
    const QCommandLineOption vm(u"vm"_s, Cli::tr("The VM whose <name>.yaml to render."), u"NAME"_s);
    const QCommandLineOption vmName(u"vm-name"_s,
        Cli::tr("The VM's display name, for the instance-id and host name a document leaves out, when the files are "
                "named by UUID (default: --vm)."),
        u"NAME"_s);
    const QCommandLineOption seedDir(
        u"seed-dir"_s, Cli::tr("Folder to write the three files to (created if needed)."), u"OUT"_s);
    const QCommandLineOption networkVersion(u"network-version"_s,
        Cli::tr("network-config version 1 or 2 (default: as the document asks, as the server does)."), u"1|2"_s);
    parser.addOptions({ directoryOption(), vm, vmName, seedDir, networkVersion });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, err)) {
        return *stop;
    }
    const QString version = parser.value(networkVersion);
    if (parser.values(vm).size() != 1 || !parser.isSet(seedDir)
        || (parser.isSet(networkVersion) && version != u"1"_s && version != u"2"_s)) {
        err << Cli::tr("render needs one --vm, --seed-dir, and --network-version 1 or 2 if any") << "\n\n" << usageText;
        return ExitUsage;
    }
    const std::optional<QString> folder = directory(parser, err);
    const std::optional<QStringList> named = folder ? vmNames(parser, err) : std::nullopt;
    if (!named) {
        return ExitUsage;
    }
    const QString path = documentPath(*folder, named->constFirst());
    QString error;
    const std::optional<QByteArray> text = readFile(path, &error);
    if (!text) {
        err << findingLine(path, fileProblem(error)) << '\n';
        return ExitFailure;
    }
    const DocumentValidator::Result result = DocumentValidator::validate(*text);
    printFindings(err, path, result.findings);
    if (Findings::hasError(result.findings)) {
        err << Cli::tr("%1: not rendered: the document has errors").arg(path) << '\n';
        return ExitFailure;
    }
    const QString outDir = parser.value(seedDir);
    if (!QDir().mkpath(outDir)) {
        err << Cli::tr("cannot create folder %1").arg(outDir) << '\n';
        return ExitFailure;
    }
    const QString displayName = parser.isSet(vmName) ? parser.value(vmName) : named->constFirst();
    const QList<std::pair<QString, QByteArray>> files {
        { u"meta-data"_s, Renderer::metaData(*result.document, displayName) },
        { u"user-data"_s, Renderer::userData(*result.document) },
        { u"network-config"_s,
            Renderer::networkData(*result.document, parser.isSet(networkVersion) ? version.toInt() : 0) },
    };
    for (const auto& [name, data] : files) {
        if (const QString problem = saveAtomically(QDir(outDir).filePath(name), data); !problem.isEmpty()) {
            err << problem << '\n';
            return ExitFailure;
        }
    }
    out << Cli::tr("wrote meta-data, user-data and network-config to %1").arg(outDir) << '\n';
    return ExitOk;
}

int runApply(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(applyUsage + u"\n"_s
        + Cli::tr(
            "Merge a partial document into VM documents: maps merge, lists and scalars replace, null removes a "
            "key; comments, key order and unknown keys stay. Prints a unified diff per changed file (patch -p1 "
            "applies it). A result with errors is not written: its findings are printed (lines as after the patch) "
            "and the exit code is 1; the other VMs are still written.")
        + u"\n"_s + exitCodesText());
    parser.addHelpOption();
    const QCommandLineOption patch(u"patch"_s, Cli::tr("The partial document (YAML) to merge."), u"FILE"_s);
    const QCommandLineOption vm(u"vm"_s, Cli::tr("A VM to change (repeatable)."), u"NAME"_s);
    const QCommandLineOption all(u"all"_s, Cli::tr("Change every *.yaml in the folder."));
    const QCommandLineOption dryRun(u"dry-run"_s, Cli::tr("Print the diffs, write nothing."));
    parser.addOptions({ directoryOption(), patch, vm, all, dryRun });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, err)) {
        return *stop;
    }
    if (!parser.isSet(patch) || parser.isSet(vm) == parser.isSet(all)) {
        err << Cli::tr("apply needs --patch, and either --vm or --all") << "\n\n" << usageText;
        return ExitUsage;
    }
    const std::optional<QString> folder = directory(parser, err);
    const std::optional<QStringList> named = folder ? vmNames(parser, err) : std::nullopt;
    if (!named) {
        return ExitUsage;
    }
    QString error;
    const std::optional<QByteArray> patchText = readFile(parser.value(patch), &error);
    if (!patchText) {
        err << parser.value(patch) << ": " << error << '\n';
        return ExitUsage;
    }
    const std::optional<QJsonObject> changes = DocumentPatch::read(*patchText, &error);
    if (!changes) {
        err << parser.value(patch) << ": " << error << '\n';
        return ExitFailure;
    }
    const QStringList names = parser.isSet(all) ? allVmNames(*folder) : *named;
    int exitCode = ExitOk;
    int changed = 0;
    int refused = 0;
    for (const QString& name : names) {
        const QString path = documentPath(*folder, name);
        const std::optional<QByteArray> text = readFile(path, &error);
        const std::optional<QByteArray> patched = text ? DocumentPatch::apply(*text, *changes, &error) : std::nullopt;
        if (!patched) {
            err << findingLine(path, fileProblem(text ? Cli::tr("cannot apply the patch: %1").arg(error) : error))
                << '\n';
            exitCode = ExitFailure;
            continue;
        }
        if (*patched == *text) {
            continue;
        }
        QList<Finding> errors = DocumentValidator::validate(*patched).findings;
        errors.removeIf([](const Finding& finding) { return !finding.isError(); });
        if (!errors.isEmpty()) {
            printFindings(err, path, errors);
            err << Cli::tr("%1: not changed: the patched document would have errors (lines as after the patch)")
                       .arg(path)
                << '\n';
            ++refused;
            exitCode = ExitFailure;
            continue;
        }
        const QString fileName = name + u".yaml"_s;
        out << UnifiedDiff::diff(
            QString::fromUtf8(*text), QString::fromUtf8(*patched), u"a/"_s + fileName, u"b/"_s + fileName);
        if (!parser.isSet(dryRun)) {
            if (const QString problem = saveAtomically(path, *patched); !problem.isEmpty()) {
                err << problem << '\n';
                exitCode = ExitFailure;
                continue;
            }
        }
        ++changed;
    }
    out.flush();
    err << (parser.isSet(dryRun) ? Cli::tr("%1 of %2 would change, %3 refused (dry run: nothing written)")
                                 : Cli::tr("%1 of %2 changed, %3 refused"))
               .arg(QString::number(changed), filesText(names.size()), QString::number(refused))
        << '\n';
    return exitCode;
}

int runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(newUsage + u"\n"_s
        + Cli::tr(
            "Create <name>.yaml for a VM from a template document (or a commented starter), with a fresh "
            "instance-id (<host name>-<8 hex digits>) and a host name made from the VM name. An existing file is never "
            "replaced (exit 1), nor is a document with errors written.")
        + u"\n"_s + exitCodesText());
    parser.addHelpOption();
    const QCommandLineOption vm(u"vm"_s, Cli::tr("The new VM's name (the file's name)."), u"NAME"_s);
    const QCommandLineOption templateFile(u"template"_s, Cli::tr("A document to start from."), u"FILE"_s);
    parser.addOptions({ directoryOption(), vm, templateFile });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, err)) {
        return *stop;
    }
    if (parser.values(vm).size() != 1) {
        err << Cli::tr("new needs one --vm") << "\n\n" << usageText;
        return ExitUsage;
    }
    const std::optional<QString> folder = directory(parser, err);
    const std::optional<QStringList> named = folder ? vmNames(parser, err) : std::nullopt;
    if (!named) {
        return ExitUsage;
    }
    QString error;
    std::optional<QByteArray> text = DocumentTemplate::starter();
    if (parser.isSet(templateFile)) {
        text = readFile(parser.value(templateFile), &error);
        if (!text) {
            err << parser.value(templateFile) << ": " << error << '\n';
            return ExitUsage;
        }
    }
    const QString path = documentPath(*folder, named->constFirst());
    if (QFileInfo::exists(path)) {
        err << Cli::tr("%1 already exists: edit it, or change it with 'vmdeskctl metadata apply'").arg(path) << '\n';
        return ExitFailure;
    }
    const std::optional<QByteArray> document = DocumentTemplate::instantiate(*text, named->constFirst(), &error);
    if (!document) {
        err << (parser.isSet(templateFile) ? parser.value(templateFile) : path) << ": " << error << '\n';
        return ExitFailure;
    }
    const DocumentValidator::Result result = DocumentValidator::validate(*document);
    printFindings(err, path, result.findings);
    if (Findings::hasError(result.findings)) {
        err << Cli::tr("%1: not created: the document would have errors").arg(path) << '\n';
        return ExitFailure;
    }
    if (const QString problem = saveAtomically(path, *document); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitFailure;
    }
    out << Cli::tr("created %1 (instance-id %2, host name %3)")
               .arg(path, result.document->instanceId, result.document->hostname)
        << '\n';
    return ExitOk;
}
} // namespace

int runMetadataCommand(const QStringList& arguments)
{
    const QString subcommand = arguments.value(1);
    QList<std::pair<QString, std::function<int(const QStringList&)>>> subcommands {
        { u"validate"_s, runValidate },
        { u"render"_s, runRender },
        { u"apply"_s, runApply },
        { u"new"_s, runNew },
    };
    subcommands += metadataDeliveryCommands();
    subcommands += metadataStoreCommands();
    for (const auto& [name, run] : subcommands) {
        if (name == subcommand) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.value(0) + u' ' + name);
            return run(rest);
        }
    }
    const bool help = subcommand == u"--help"_s || subcommand == u"-h"_s;
    QTextStream stream(help ? stdout : stderr);
    if (!help && !subcommand.isEmpty()) {
        stream << Cli::tr("Unknown metadata command: %1").arg(subcommand) << "\n\n";
    }
    stream << Cli::tr("Usage:") << '\n'
           << usageText << metadataDeliveryUsage() << metadataStoreUsage() << '\n'
           << Cli::tr("Check, render, patch and create the VM documents of a metadata folder.") << '\n'
           << Cli::tr("Run 'vmdeskctl metadata <command> --help' for a command's options.") << '\n'
           << exitCodesText() << '\n';
    return help ? ExitOk : ExitUsage;
}
