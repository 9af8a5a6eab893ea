// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatadeliverycommand.h"

#include <optional>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include "cloudinit/documentvalidator.h"
#include "cloudinit/filedriver.h"
#include "cloudinit/guestinfocodec.h"
#include "cloudinit/seediso.h"
#include "command.h"
#include "core/atomicwrite.h"
#include "core/whendone.h"
#include "provisioning/cloudinitpayload.h"
#include "provisioning/guestinfochannel.h"
#include "provisioning/seedisochannel.h"
#include "vcenteroptions.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString pushUsage = u"vmdeskctl metadata push-guestinfo --url URL --user USER --password-env VAR --vm NAME "
                          u"--directory DIR [--network-version 1|2] [--clear]\n"_s;
const QString importUsage = u"vmdeskctl metadata import-guestinfo --url URL --user USER --password-env VAR --vm NAME "
                            u"--directory DIR [--force]\n"_s;
const QString isoUsage
    = u"vmdeskctl metadata iso --directory DIR --vm NAME --output FILE.iso [--network-version 1|2]\n"_s;
const QString attachUsage = u"vmdeskctl metadata attach-iso --url URL --user USER --password-env VAR --vm NAME "
                            u"[--datastore DS] --directory DIR\n"_s;
const QString detachUsage = u"vmdeskctl metadata detach-iso --url URL --user USER --password-env VAR --vm NAME\n"_s;

QString exitCodesText()
{
    return Cli::tr("Exit codes: 0 success, 1 failure (a document with errors, a VM that is not there, a refused "
                   "change), 2 usage, 3 login refused, 4 vCenter cannot be reached.");
}

// Like `metadata`'s other commands: an unknown option is a usage error (2), not QCommandLineParser's 1.
std::optional<int> parse(
    QCommandLineParser& parser, const QStringList& arguments, const QString& usage, QTextStream& err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(ExitOk);
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()) << "\n\n" << usage;
        return ExitUsage;
    }
    return std::nullopt;
}

void describe(QCommandLineParser& parser, const QString& usage, const QString& text)
{
    parser.setApplicationDescription(usage + u"\n"_s + text + u"\n"_s + exitCodesText());
    parser.addHelpOption();
}

QCommandLineOption directoryOption()
{
    return { u"directory"_s, Cli::tr("Folder with one <name>.yaml per VM."), u"DIR"_s };
}

QCommandLineOption vmOption()
{
    return { u"vm"_s, Cli::tr("The VM (its name in vCenter and its document's name)."), u"NAME"_s };
}

QCommandLineOption networkVersionOption()
{
    return { u"network-version"_s, Cli::tr("Network configuration version 1 or 2."), u"1|2"_s };
}

// The options every subcommand checks the same way: one --vm that names a file, a folder that exists,
// a network version of 1 or 2 (0 when not given).
struct Common
{
    QString vm;
    QString directory;
    int networkVersion = 0;
};

std::optional<Common> readCommon(
    const QCommandLineParser& parser, bool needsDirectory, const QString& usage, QTextStream& err)
{
    Common common;
    if (parser.values(u"vm"_s).size() != 1) {
        err << Cli::tr("one --vm is required") << "\n\n" << usage;
        return std::nullopt;
    }
    common.vm = parser.value(u"vm"_s);
    if (!FileDriver::isSafeKey(common.vm)) {
        err << Cli::tr("--vm %1: not a name a document can have (no '/', no leading '.', no control characters)")
                   .arg(common.vm)
            << '\n';
        return std::nullopt;
    }
    if (needsDirectory) {
        common.directory = parser.value(u"directory"_s);
        if (common.directory.isEmpty()) {
            err << Cli::tr("--directory is required") << "\n\n" << usage;
            return std::nullopt;
        }
        if (!QFileInfo(common.directory).isDir()) {
            err << Cli::tr("--directory %1: no such folder").arg(common.directory) << '\n';
            return std::nullopt;
        }
    }
    if (parser.optionNames().contains(u"network-version"_s)) {
        const QString version = parser.value(u"network-version"_s);
        if (version != u"1"_s && version != u"2"_s) {
            err << Cli::tr("--network-version must be 1 or 2") << '\n';
            return std::nullopt;
        }
        common.networkVersion = version.toInt();
    }
    return common;
}

// One VM on one vCenter: logs in, finds the VM by name and hands it to a step, which ends the run
// with finish(). Every vCenter failure ends it with that failure's exit code.
class VmRun
{
public:
    VSphereSession session;
    VmActions actions { &session };
    QTextStream out { stdout };
    QTextStream err { stderr };

    void finish(int code)
    {
        out.flush();
        if (session.state() != VCenterConnection::State::Connected) {
            QCoreApplication::exit(code);
            return;
        }
        whenDone<VimError>(
            session.logout(), &session, [code] { QCoreApplication::exit(code); },
            [code](const VimError&) { QCoreApplication::exit(code); });
    }

    void fail(const VimError& error)
    {
        err << "vmdeskctl: " << error.message() << Qt::endl;
        finish(exitCodeFor(error));
    }

    int exec(const ConnectionParameters& parameters, const QString& password, const QString& vmName,
        const std::function<void(const ManagedObjectRef&)>& step)
    {
        whenDone<VimError>(
            session.login(parameters, password), &session,
            [this, vmName, step] {
                whenDone<VimError>(
                    session.virtualMachinesNamed({ vmName }), &session,
                    [this, vmName, step](const VmSummaryList& vms) {
                        const auto found = std::find_if(
                            vms.cbegin(), vms.cend(), [&](const VmSummary& vm) { return vm.name == vmName; });
                        if (found == vms.cend()) {
                            err << Cli::tr("there is no VM named \"%1\"").arg(vmName) << Qt::endl;
                            finish(ExitFailure);
                            return;
                        }
                        step(found->ref);
                    },
                    [this](const VimError& error) { fail(error); });
            },
            [this](const VimError& error) { fail(error); });
        return QCoreApplication::exec();
    }
};

bool readLogin(const VCenterOptions& vcenter, const QCommandLineParser& parser, ConnectionParameters& parameters,
    QString& password, QTextStream& err)
{
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return false;
    }
    return true;
}

QString sizeText(qsizetype bytes)
{
    return bytes == 1 ? Cli::tr("1 byte") : Cli::tr("%1 bytes").arg(QLocale::c().toString(bytes));
}

int runPushGuestinfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, pushUsage,
        Cli::tr("Render <DIR>/<NAME>.yaml for cloud-init's VMware datasource and set the VM's guestinfo.metadata and "
                "guestinfo.userdata (gzip+base64) through a reconfigure; the keys are read back and compared. Data "
                "over guestinfo's size limits is refused before anything is sent. --clear removes the keys instead."));
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption clear(u"clear"_s, Cli::tr("Remove the VM's cloud-init guestinfo keys."));
    parser.addOptions({ vmOption(), directoryOption(), networkVersionOption(), clear });
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, pushUsage, err)) {
        return *stop;
    }
    const std::optional<Common> common = readCommon(parser, !parser.isSet(clear), pushUsage, err);
    ConnectionParameters parameters;
    QString password;
    if (!common || !readLogin(vcenter, parser, parameters, password, err)) {
        return ExitUsage;
    }
    std::optional<CloudInitPayload> payload;
    if (!parser.isSet(clear)) {
        payload = CloudInitPayload::build(common->directory, common->vm, CloudInitPayload::Channel::Guestinfo,
            common->networkVersion == 0 ? 2 : common->networkVersion);
        if (!payload->isValid()) {
            err << payload->error << '\n';
            return ExitFailure;
        }
    }

    VmRun run;
    GuestInfoChannel channel(&run.session, &run.actions);
    return run.exec(parameters, password, common->vm, [&](const ManagedObjectRef& vm) {
        if (!payload) {
            whenDone<VimError>(
                channel.clear(vm), &channel,
                [&, vm] {
                    whenDone<VimError>(
                        channel.read(vm), &channel,
                        [&](const GuestInfoChannel::Keys& keys) {
                            QStringList left;
                            for (const auto& [key, value] : GuestInfoChannel::clearingOptions()) {
                                if (keys.contains(key)) {
                                    left.append(key);
                                }
                            }
                            if (!left.isEmpty()) {
                                run.err << Cli::tr("still set after the clear: %1").arg(left.join(u", "_s)) << '\n';
                                run.finish(ExitFailure);
                                return;
                            }
                            run.out << Cli::tr("cleared the guestinfo keys of %1").arg(common->vm) << '\n'
                                    << Cli::tr("read back: no cloud-init keys left") << '\n';
                            run.finish(ExitOk);
                        },
                        [&](const VimError& error) { run.fail(error); });
                },
                [&](const VimError& error) { run.fail(error); });
            return;
        }
        whenDone<VimError>(
            channel.push(vm, payload->guestinfo), &channel,
            [&](const GuestInfoChannel::Keys&) {
                const QList<std::pair<QString, QString>> options = GuestInfoChannel::options(payload->guestinfo);
                for (const auto& [key, value] : options) {
                    if (key.endsWith(u".encoding"_s)) {
                        run.out << u"%1  %2"_s.arg(key, value) << '\n';
                        continue;
                    }
                    const QString kind = key == u"guestinfo.metadata"_s ? u"meta-data"_s : u"user-data"_s;
                    run.out << u"%1  %2"_s.arg(key, Cli::tr("%1 (%2)").arg(sizeText(value.size()), kind)) << '\n';
                }
                run.out << Cli::tr("read back: identical") << '\n';
                run.finish(ExitOk);
            },
            [&](const VimError& error) { run.fail(error); });
    });
}

int runImportGuestinfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, importUsage,
        Cli::tr("Read the VM's guestinfo.metadata, guestinfo.userdata and guestinfo.vendordata (any encoding "
                "cloud-init reads) and write them as <DIR>/<NAME>.yaml. An existing file is kept unless --force. "
                "What the document cannot hold is printed as a note."));
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption force(u"force"_s, Cli::tr("Replace an existing <NAME>.yaml."));
    parser.addOptions({ vmOption(), directoryOption(), force });
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, importUsage, err)) {
        return *stop;
    }
    const std::optional<Common> common = readCommon(parser, true, importUsage, err);
    ConnectionParameters parameters;
    QString password;
    if (!common || !readLogin(vcenter, parser, parameters, password, err)) {
        return ExitUsage;
    }
    const QString path = QDir(common->directory).filePath(common->vm + u".yaml"_s);
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        err << Cli::tr("%1 already exists: give --force to replace it").arg(path) << '\n';
        return ExitFailure;
    }

    VmRun run;
    GuestInfoChannel channel(&run.session, &run.actions);
    return run.exec(parameters, password, common->vm, [&](const ManagedObjectRef& vm) {
        whenDone<VimError>(
            channel.read(vm), &channel,
            [&](const GuestInfoChannel::Keys& keys) {
                const GuestInfoChannel::Decoded decoded = GuestInfoChannel::decode(keys);
                if (!decoded.problems.isEmpty()) {
                    run.err << decoded.problems.join(u'\n') << '\n';
                    run.finish(ExitFailure);
                    return;
                }
                if (!keys.contains(u"guestinfo.metadata"_s) && !keys.contains(u"guestinfo.userdata"_s)) {
                    run.err << Cli::tr("%1 has no guestinfo.metadata or guestinfo.userdata").arg(common->vm) << '\n';
                    run.finish(ExitFailure);
                    return;
                }
                QStringList notes;
                const QByteArray document
                    = GuestInfoCodec::importDocument(decoded.metadata, decoded.userdata, decoded.vendordata, &notes);
                for (const QString& note : std::as_const(notes)) {
                    run.err << Cli::tr("note: %1").arg(note) << '\n';
                }
                if (document.isEmpty()) {
                    run.err << Cli::tr("%1: nothing written").arg(path) << '\n';
                    run.finish(ExitFailure);
                    return;
                }
                for (const Finding& finding : DocumentValidator::validate(document).findings) {
                    run.err << u"%1:%2:%3: %4: %5"_s.arg(path, QString::number(finding.line),
                        QString::number(finding.column), finding.isError() ? u"error"_s : u"warning"_s, finding.message)
                            << '\n';
                }
                if (const QString problem = saveAtomically(path, document); !problem.isEmpty()) {
                    run.err << problem << '\n';
                    run.finish(ExitFailure);
                    return;
                }
                run.out << Cli::tr("wrote %1 from the guestinfo keys of %2").arg(path, common->vm) << '\n';
                run.finish(ExitOk);
            },
            [&](const VimError& error) { run.fail(error); });
    });
}

int runIso(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, isoUsage,
        Cli::tr("Write a VM's NoCloud seed image (volume id CIDATA: meta-data, user-data, network-config) from "
                "<DIR>/<NAME>.yaml. The network configuration has the version the document asks for unless "
                "--network-version is given. A document with errors is not written."));
    const QCommandLineOption output(
        u"output"_s, Cli::tr("The image to write (replaced whole or not at all)."), u"FILE.iso"_s);
    parser.addOptions({ directoryOption(), vmOption(), output, networkVersionOption() });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, isoUsage, err)) {
        return *stop;
    }
    const std::optional<Common> common = readCommon(parser, true, isoUsage, err);
    if (!common) {
        return ExitUsage;
    }
    if (!parser.isSet(output)) {
        err << Cli::tr("--output is required") << "\n\n" << isoUsage;
        return ExitUsage;
    }
    const CloudInitPayload payload
        = CloudInitPayload::build(common->directory, common->vm, CloudInitPayload::Channel::Iso, 0);
    if (!payload.isValid()) {
        err << payload.error << '\n';
        return ExitFailure;
    }
    const QString path = parser.value(output);
    QString problem;
    if (common->networkVersion == 0) {
        problem = saveAtomically(path, payload.isoImage);
    } else {
        // The payload serves the document's own version; another one is rendered from the same
        // (now known to be valid) document.
        QFile file(payload.documentPath);
        const DocumentValidator::Result result
            = DocumentValidator::validate(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        if (!result.document) {
            err << Cli::tr("%1 changed while it was read").arg(payload.documentPath) << '\n';
            return ExitFailure;
        }
        if (!SeedIso::write(path, SeedIso::render(*result.document, common->vm, common->networkVersion), &problem)
            && problem.isEmpty()) {
            problem = Cli::tr("cannot write %1").arg(path);
        }
    }
    if (!problem.isEmpty()) {
        err << problem << '\n';
        return ExitFailure;
    }
    out << Cli::tr("wrote %1 (%2)").arg(path, sizeText(QFileInfo(path).size())) << '\n';
    return ExitOk;
}

int runAttachIso(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, attachUsage,
        Cli::tr("Build the VM's NoCloud seed image from <DIR>/<NAME>.yaml, upload it beside the VM as "
                "<NAME>-cidata.iso and put it in the VM's CD-ROM (one is added when the VM has none)."));
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption datastore(
        u"datastore"_s, Cli::tr("Datastore for the image (default: the VM's own)."), u"DS"_s);
    parser.addOptions({ vmOption(), datastore, directoryOption() });
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, attachUsage, err)) {
        return *stop;
    }
    const std::optional<Common> common = readCommon(parser, true, attachUsage, err);
    ConnectionParameters parameters;
    QString password;
    if (!common || !readLogin(vcenter, parser, parameters, password, err)) {
        return ExitUsage;
    }
    const CloudInitPayload payload
        = CloudInitPayload::build(common->directory, common->vm, CloudInitPayload::Channel::Iso, 0);
    if (!payload.isValid()) {
        err << payload.error << '\n';
        return ExitFailure;
    }

    VmRun run;
    return run.exec(parameters, password, common->vm, [&](const ManagedObjectRef& vm) {
        // Made only now: its file transfers take the session's cookie, which the login set.
        auto* channel = new SeedIsoChannel(&run.session, &run.actions, &run.session);
        whenDone<VimError>(
            channel->attach(vm, payload.isoImage, parser.value(datastore)), channel,
            [&](const SeedIsoChannel::Attachment& attachment) {
                run.out << Cli::tr("uploaded %1 (%2)").arg(attachment.iso.toString(), sizeText(payload.isoImage.size()))
                        << '\n'
                        << Cli::tr("CD-ROM %1 of %2 holds it (%3)")
                               .arg(QString::number(attachment.deviceKey), common->vm,
                                   attachment.connected ? Cli::tr("connected") : Cli::tr("not connected"))
                        << '\n';
                run.finish(ExitOk);
            },
            [&](const VimError& error) { run.fail(error); });
    });
}

int runDetachIso(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, detachUsage,
        Cli::tr("Empty the CD-ROM that holds the VM's seed image (<NAME>-cidata.iso) and delete the image."));
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    parser.addOption(vmOption());
    QTextStream err(stderr);
    if (const std::optional<int> stop = parse(parser, arguments, detachUsage, err)) {
        return *stop;
    }
    const std::optional<Common> common = readCommon(parser, false, detachUsage, err);
    ConnectionParameters parameters;
    QString password;
    if (!common || !readLogin(vcenter, parser, parameters, password, err)) {
        return ExitUsage;
    }

    VmRun run;
    return run.exec(parameters, password, common->vm, [&](const ManagedObjectRef& vm) {
        // Made only now: its file transfers take the session's cookie, which the login set.
        auto* channel = new SeedIsoChannel(&run.session, &run.actions, &run.session);
        whenDone<VimError>(
            channel->current(vm), channel,
            [&, vm, channel](const std::optional<SeedIsoChannel::Attachment>& attachment) {
                if (!attachment) {
                    run.out << Cli::tr("%1 has no seed ISO in a CD-ROM: nothing to do").arg(common->vm) << '\n';
                    run.finish(ExitOk);
                    return;
                }
                const QString iso = attachment->iso.toString();
                whenDone<VimError>(
                    channel->detach(vm), channel,
                    [&, iso] {
                        run.out << Cli::tr("emptied the CD-ROM of %1 and deleted %2").arg(common->vm, iso) << '\n';
                        run.finish(ExitOk);
                    },
                    [&](const VimError& error) { run.fail(error); });
            },
            [&](const VimError& error) { run.fail(error); });
    });
}
} // namespace

QString metadataDeliveryUsage()
{
    return pushUsage + importUsage + isoUsage + attachUsage + detachUsage;
}

QList<std::pair<QString, std::function<int(const QStringList&)>>> metadataDeliveryCommands()
{
    return {
        { u"push-guestinfo"_s, runPushGuestinfo },
        { u"import-guestinfo"_s, runImportGuestinfo },
        { u"iso"_s, runIso },
        { u"attach-iso"_s, runAttachIso },
        { u"detach-iso"_s, runDetachIso },
    };
}
