// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestopscommand.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "command.h"
#include "core/whendone.h"
#include "guestops/guestcommand.h"
#include "guestops/guestfiletransfer.h"
#include "vcenteroptions.h"
#include "vsphere/guestoperations.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString usage = u"vmdeskctl guest ls       … --vm NAME [--json] PATH\n"
                      "vmdeskctl guest upload   … --vm NAME [--overwrite] LOCAL GUEST-PATH\n"
                      "vmdeskctl guest download … --vm NAME [--overwrite] GUEST-PATH LOCAL\n"
                      "vmdeskctl guest mkdir    … --vm NAME [-p] PATH\n"
                      "vmdeskctl guest rm       … --vm NAME PATH          (rmdir [-r] PATH for a folder)\n"
                      "vmdeskctl guest mv       … --vm NAME [--overwrite] SOURCE TARGET\n"
                      "vmdeskctl guest chmod    … --vm NAME MODE PATH     (touch PATH; mktemp [-d])\n"
                      "vmdeskctl guest run      … --vm NAME [--timeout S] [--dir PATH] -- PROGRAM [ARGS…]\n"
                      "vmdeskctl guest start    … --vm NAME [--dir PATH] [--env NAME=VALUE …] -- PROGRAM [ARGS…]\n"
                      "vmdeskctl guest ps       … --vm NAME [--pid PID …] [--json]\n"
                      "vmdeskctl guest kill     … --vm NAME PID\n"
                      "vmdeskctl guest getenv   … --vm NAME [NAME…]\n"
                      "(… is --url URL --user USER --password-env VAR --guest-user USER --guest-password-env VAR)\n"_s;

QString mode(const std::optional<qint64>& permissions, const QString& type)
{
    if (!permissions) {
        return u"?"_s;
    }
    QString text = type == u"directory"_s ? u"d"_s : type == u"symlink"_s ? u"l"_s : u"-"_s;
    static const char* letters = "rwxrwxrwx";
    for (int bit = 8; bit >= 0; --bit) {
        text += (*permissions & (1 << bit)) ? QChar::fromLatin1(letters[8 - bit]) : u'-';
    }
    return text;
}

QJsonObject fileJson(const GuestFileInfo& file)
{
    QJsonObject object { { u"name"_s, file.path }, { u"type"_s, file.type }, { u"size"_s, file.size },
        { u"modified"_s, file.modified.toString(Qt::ISODate) } };
    if (file.permissions) {
        object.insert(u"mode"_s, QString::number(*file.permissions, 8));
    }
    if (file.owner) {
        object.insert(u"owner"_s, *file.owner);
    }
    if (file.group) {
        object.insert(u"group"_s, *file.group);
    }
    if (!file.symlinkTarget.isEmpty()) {
        object.insert(u"target"_s, file.symlinkTarget);
    }
    return object;
}

// Logged in with a VM found: runs one subcommand, which ends with done(code).
struct GuestRun
{
    VSphereSession session;
    GuestOperations operations { &session };
    QTextStream out { stdout };
    QTextStream err { stderr };

    void done(int code)
    {
        out.flush();
        whenDone<VimError>(
            session.logout(), &session, [code] { QCoreApplication::exit(code); },
            [code](const VimError&) { QCoreApplication::exit(code); });
    }

    void fail(const VimError& error)
    {
        err << "vmdeskctl: " << error.message() << Qt::endl;
        if (!error.details().isEmpty() && error.details() != error.message()) {
            err << "  (" << error.details() << ')' << Qt::endl;
        }
        const int code = exitCodeFor(error);
        if (session.state() == VCenterConnection::State::Connected) {
            done(code);
        } else {
            QCoreApplication::exit(code);
        }
    }

    std::function<void(const VimError&)> failer()
    {
        return [this](const VimError& error) { fail(error); };
    }
};
} // namespace

int runGuestOpsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("A VM's files and processes through VMware Tools (the VM powered on, Tools running), with govc's "
                "argument order. The guest password is read from the variable named by --guest-password-env.\n"
                "run prints the command's output and exits with its exit code; otherwise exit codes: 0 done, 1 "
                "failed, 2 usage, 3 login refused (vCenter), 4 connection.\n\n")
        + usage);
    parser.addHelpOption();
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption vm(u"vm"_s, Cli::tr("The VM."), u"NAME"_s);
    const QCommandLineOption guestUser(u"guest-user"_s, Cli::tr("User in the guest."), u"USER"_s);
    const QCommandLineOption guestPasswordEnv(
        u"guest-password-env"_s, Cli::tr("Name of the environment variable holding the guest password."), u"VAR"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print JSON (ls, ps)."));
    const QCommandLineOption overwrite(u"overwrite"_s, Cli::tr("Replace an existing target."));
    const QCommandLineOption parents(u"p"_s, Cli::tr("mkdir: create missing parent folders."));
    const QCommandLineOption recursive(u"r"_s, Cli::tr("rmdir: remove the folder with its contents."));
    const QCommandLineOption directory(u"d"_s, Cli::tr("mktemp: make a folder."));
    const QCommandLineOption timeout(
        u"timeout"_s, Cli::tr("run: seconds to wait for the command (default 300)."), u"S"_s, u"300"_s);
    const QCommandLineOption workingDirectory(u"dir"_s, Cli::tr("run, start: the working folder."), u"PATH"_s);
    const QCommandLineOption environment(u"env"_s, Cli::tr("start: an environment variable."), u"NAME=VALUE"_s);
    const QCommandLineOption pid(u"pid"_s, Cli::tr("ps: only this process (repeatable)."), u"PID"_s);
    parser.addOptions({ vm, guestUser, guestPasswordEnv, json, overwrite, parents, recursive, directory, timeout,
        workingDirectory, environment, pid });
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usage;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.value(0);
    const QStringList rest = positional.mid(1);
    static const QHash<QString, std::pair<int, int>> arity { { u"ls"_s, { 1, 1 } }, { u"upload"_s, { 2, 2 } },
        { u"download"_s, { 2, 2 } }, { u"mkdir"_s, { 1, 1 } }, { u"rm"_s, { 1, 1 } }, { u"rmdir"_s, { 1, 1 } },
        { u"mv"_s, { 2, 2 } }, { u"chmod"_s, { 2, 2 } }, { u"touch"_s, { 1, 1 } }, { u"mktemp"_s, { 0, 0 } },
        { u"run"_s, { 1, 9999 } }, { u"start"_s, { 1, 9999 } }, { u"ps"_s, { 0, 0 } }, { u"kill"_s, { 1, 1 } },
        { u"getenv"_s, { 0, 9999 } } };
    const auto expected = arity.constFind(subcommand);
    if (expected == arity.cend() || rest.size() < expected->first || rest.size() > expected->second) {
        err << (expected == arity.cend() ? Cli::tr("unknown or missing subcommand \"%1\"").arg(subcommand)
                                         : Cli::tr("wrong number of arguments for %1").arg(subcommand))
            << "\n\n"
            << usage;
        return ExitUsage;
    }
    ConnectionParameters parameters;
    QString password;
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(vm) || !parser.isSet(guestUser) || !parser.isSet(guestPasswordEnv)) {
        err << Cli::tr("--vm, --guest-user and --guest-password-env are required") << "\n\n" << usage;
        return ExitUsage;
    }
    const GuestCredentials credentials { parser.value(guestUser),
        qEnvironmentVariable(parser.value(guestPasswordEnv).toLocal8Bit().constData()) };
    if (credentials.password.isEmpty()) {
        err << Cli::tr("The environment variable %1 is empty or not set.").arg(parser.value(guestPasswordEnv)) << '\n';
        return ExitUsage;
    }
    bool numbersOk = true;
    QList<qint64> pids;
    for (const QString& value : parser.values(pid) + (subcommand == u"kill"_s ? rest : QStringList())) {
        pids.append(value.toLongLong(&numbersOk));
        if (!numbersOk) {
            err << Cli::tr("%1 is not a process id").arg(value) << '\n';
            return ExitUsage;
        }
    }
    bool permissionsOk = true;
    const qint64 permissions = subcommand == u"chmod"_s ? rest.at(0).toLongLong(&permissionsOk, 8) : 0;
    if (!permissionsOk) {
        err << Cli::tr("%1 is not an octal mode such as 0644").arg(rest.at(0)) << '\n';
        return ExitUsage;
    }
    if ((subcommand == u"download"_s) && QFileInfo::exists(rest.at(1)) && !parser.isSet(overwrite)) {
        err << Cli::tr("%1 exists; give --overwrite to replace it").arg(rest.at(1)) << '\n';
        return ExitFailure;
    }

    GuestRun run;
    const bool asJson = parser.isSet(json);
    const auto act = [&](const ManagedObjectRef& ref) {
        GuestOperations& ops = run.operations;
        const auto ok = [&run] { run.done(ExitOk); };
        if (subcommand == u"ls"_s) {
            whenDone<VimError>(
                ops.listAllFiles(ref, credentials, rest.at(0)), &run.session,
                [&run, asJson](const QList<GuestFileInfo>& files) {
                    QJsonArray array;
                    for (const GuestFileInfo& file : files) {
                        if (asJson) {
                            array.append(fileJson(file));
                            continue;
                        }
                        run.out << mode(file.permissions, file.type) << ' '
                                << QString::number(file.owner.value_or(-1)).rightJustified(5) << ' '
                                << QString::number(file.group.value_or(-1)).rightJustified(5) << ' '
                                << QString::number(file.size).rightJustified(12) << ' '
                                << file.modified.toString(u"yyyy-MM-dd HH:mm"_s) << ' ' << file.path
                                << (file.symlinkTarget.isEmpty() ? QString() : u" -> "_s + file.symlinkTarget) << '\n';
                    }
                    if (asJson) {
                        run.out << QJsonDocument(array).toJson();
                    }
                    run.done(ExitOk);
                },
                run.failer());
        } else if (subcommand == u"upload"_s || subcommand == u"download"_s) {
            const bool up = subcommand == u"upload"_s;
            auto* transfer = new GuestFileTransfer(&ops, ref, credentials,
                up ? GuestFileTransfer::Direction::Upload : GuestFileTransfer::Direction::Download,
                up ? rest.at(0) : rest.at(1), up ? rest.at(1) : rest.at(0), parser.isSet(overwrite), &run.session);
            QObject::connect(transfer, &GuestFileTransfer::finished, transfer, [&run, transfer] {
                run.err << Cli::tr("%1 bytes %2")
                               .arg(transfer->bytesTotal())
                               .arg(transfer->direction() == GuestFileTransfer::Direction::Upload
                                       ? Cli::tr("uploaded")
                                       : Cli::tr("downloaded"))
                        << Qt::endl;
                run.done(ExitOk);
            });
            QObject::connect(transfer, &GuestFileTransfer::failed, transfer, [&run](const QString& message) {
                run.err << "vmdeskctl: " << message << Qt::endl;
                run.done(ExitFailure);
            });
            transfer->start();
        } else if (subcommand == u"mkdir"_s) {
            whenDone<VimError>(
                ops.makeDirectory(ref, credentials, rest.at(0), parser.isSet(parents)), &run.session, ok, run.failer());
        } else if (subcommand == u"rm"_s) {
            whenDone<VimError>(ops.deleteFile(ref, credentials, rest.at(0)), &run.session, ok, run.failer());
        } else if (subcommand == u"rmdir"_s) {
            whenDone<VimError>(ops.deleteDirectory(ref, credentials, rest.at(0), parser.isSet(recursive)), &run.session,
                ok, run.failer());
        } else if (subcommand == u"mv"_s) {
            // A folder moves with MoveDirectoryInGuest, a file with MoveFileInGuest; the guest says which it is.
            whenDone<VimError>(ops.moveDirectory(ref, credentials, rest.at(0), rest.at(1)), &run.session, ok,
                [&run, &ops, ref, credentials, rest, force = parser.isSet(overwrite), ok](const VimError& error) {
                    if (!error.faultType().contains(u"NotADirectory"_s)) {
                        run.fail(error);
                        return;
                    }
                    whenDone<VimError>(
                        ops.moveFile(ref, credentials, rest.at(0), rest.at(1), force), &run.session, ok, run.failer());
                });
        } else if (subcommand == u"chmod"_s) {
            GuestFileAttributes attributes;
            attributes.permissions = permissions;
            whenDone<VimError>(
                ops.changeAttributes(ref, credentials, rest.at(1), attributes), &run.session, ok, run.failer());
        } else if (subcommand == u"touch"_s) {
            GuestFileAttributes attributes;
            attributes.modified = QDateTime::currentDateTimeUtc();
            attributes.accessed = attributes.modified;
            whenDone<VimError>(
                ops.changeAttributes(ref, credentials, rest.at(0), attributes), &run.session, ok, run.failer());
        } else if (subcommand == u"mktemp"_s) {
            const auto made = parser.isSet(directory) ? ops.createTemporaryDirectory(ref, credentials, u"vmdesk-"_s, {})
                                                      : ops.createTemporaryFile(ref, credentials, u"vmdesk-"_s, {});
            whenDone<VimError>(
                made, &run.session,
                [&run](const QString& path) {
                    run.out << path << '\n';
                    run.done(ExitOk);
                },
                run.failer());
        } else if (subcommand == u"run"_s) {
            auto* command = new GuestCommand(&ops, &run.session);
            whenDone<VimError>(
                command->run(ref, credentials, rest, parser.value(workingDirectory),
                    std::chrono::seconds(parser.value(timeout).toInt())),
                &run.session,
                [&run](const GuestCommandResult& result) {
                    std::fwrite(result.output.constData(), 1, size_t(result.output.size()), stdout);
                    std::fflush(stdout);
                    std::fwrite(result.errors.constData(), 1, size_t(result.errors.size()), stderr);
                    run.done(result.exitCode < 0 ? ExitFailure : result.exitCode);
                },
                run.failer());
        } else if (subcommand == u"start"_s) {
            GuestProgramSpec spec;
            spec.program = rest.at(0);
            QStringList quoted;
            for (const QString& argument : rest.mid(1)) {
                quoted.append(GuestCommand::shellQuoted(argument));
            }
            spec.arguments = quoted.join(u' ');
            spec.workingDirectory = parser.value(workingDirectory);
            spec.environment = parser.values(environment);
            whenDone<VimError>(
                ops.startProgram(ref, credentials, spec), &run.session,
                [&run](qint64 started) {
                    run.out << started << '\n';
                    run.done(ExitOk);
                },
                run.failer());
        } else if (subcommand == u"ps"_s) {
            whenDone<VimError>(
                ops.listProcesses(ref, credentials, pids), &run.session,
                [&run, asJson](const QList<GuestProcessInfo>& processes) {
                    QJsonArray array;
                    for (const GuestProcessInfo& p : processes) {
                        if (asJson) {
                            QJsonObject object { { u"pid"_s, p.pid }, { u"name"_s, p.name }, { u"owner"_s, p.owner },
                                { u"cmdLine"_s, p.commandLine }, { u"started"_s, p.started.toString(Qt::ISODate) } };
                            if (p.hasEnded()) {
                                object.insert(u"ended"_s, p.ended.toString(Qt::ISODate));
                                object.insert(u"exitCode"_s, p.exitCode.value_or(-1));
                            }
                            array.append(object);
                            continue;
                        }
                        run.out << QString::number(p.pid).rightJustified(7) << ' ' << p.owner.leftJustified(10) << ' '
                                << (p.hasEnded() ? Cli::tr("exit %1").arg(p.exitCode.value_or(-1)) : Cli::tr("running"))
                                       .leftJustified(9)
                                << ' ' << p.commandLine << '\n';
                    }
                    if (asJson) {
                        run.out << QJsonDocument(array).toJson();
                    }
                    run.done(ExitOk);
                },
                run.failer());
        } else if (subcommand == u"kill"_s) {
            whenDone<VimError>(ops.terminateProcess(ref, credentials, pids.first()), &run.session, ok, run.failer());
        } else {
            whenDone<VimError>(
                ops.readEnvironment(ref, credentials, rest), &run.session,
                [&run](const QStringList& lines) {
                    for (const QString& line : lines) {
                        run.out << line << '\n';
                    }
                    run.done(ExitOk);
                },
                run.failer());
        }
    };
    const QString vmName = parser.value(vm);
    whenDone<VimError>(
        run.session.login(parameters, password), &run.session,
        [&] {
            whenDone<VimError>(
                run.session.virtualMachinesNamed({ vmName }), &run.session,
                [&](const VmSummaryList& vms) {
                    const auto found = std::find_if(
                        vms.cbegin(), vms.cend(), [&](const VmSummary& summary) { return summary.name == vmName; });
                    if (found == vms.cend()) {
                        run.err << Cli::tr("there is no VM named \"%1\"").arg(vmName) << Qt::endl;
                        run.done(ExitFailure);
                        return;
                    }
                    act(found->ref);
                },
                run.failer());
        },
        run.failer());
    return QCoreApplication::exec();
}
