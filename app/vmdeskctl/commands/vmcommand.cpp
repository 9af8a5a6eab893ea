// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmcommand.h"

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QTextStream>

#include "command.h"
#include "core/whendone.h"
#include "vcenteroptions.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString usageText
    = u"vmdeskctl vm power on|off|reset|suspend|shutdown|reboot --vm NAME [--vm NAME ...]\n"
      u"vmdeskctl vm snapshot create|list|revert|delete --vm NAME [--name SNAPSHOT] [--description TEXT] [--memory]\n"
      u"vmdeskctl vm annotate --vm NAME --text TEXT\n"_s;

// One step per VM, run one after another; the first failure ends the run.
struct Run
{
    VSphereSession& session;
    VmActions& actions;
    QTextStream& out;
    QTextStream& err;
    int exitCode = ExitOk;
};
} // namespace

int runVmCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Act on VMs: power, snapshots, notes.") + u"\n\n"_s + usageText);
    parser.addHelpOption();
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption vm(u"vm"_s, Cli::tr("The VM (repeatable for power)."), u"NAME"_s);
    const QCommandLineOption name(u"name"_s, Cli::tr("Snapshot name."), u"SNAPSHOT"_s);
    const QCommandLineOption description(u"description"_s, Cli::tr("Snapshot description."), u"TEXT"_s);
    const QCommandLineOption memory(u"memory"_s, Cli::tr("Include the VM's memory in the snapshot."));
    const QCommandLineOption text(u"text"_s, Cli::tr("The VM's notes (annotation)."), u"TEXT"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print JSON (snapshot list)."));
    parser.addOptions({ vm, name, description, memory, text, json });
    parser.addPositionalArgument(u"action"_s, Cli::tr("power <what>, snapshot <what> or annotate"));
    parser.process(arguments);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    const QString group = positional.value(0);
    const QString what = positional.value(1);
    const bool valid = (group == u"power"_s && VmActions::powerFromName(what))
        || (group == u"snapshot"_s && QStringList { u"create"_s, u"list"_s, u"revert"_s, u"delete"_s }.contains(what))
        || (group == u"annotate"_s && parser.isSet(text));
    if (!valid || !parser.isSet(vm) || (group == u"snapshot"_s && what != u"list"_s && !parser.isSet(name))) {
        err << usageText;
        return ExitUsage;
    }
    ConnectionParameters parameters;
    QString password;
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }

    VSphereSession session;
    VmActions actions(&session);
    QObject::connect(&actions, &VmActions::taskFinished, &session,
        [&](const QString& task, const QString&, bool succeeded, const QString& message) {
            if (succeeded) {
                err << task << ": " << Cli::tr("done") << Qt::endl;
            } else {
                err << task << ": " << message << Qt::endl;
            }
        });
    int exitCode = ExitOk;
    auto finish = [&](int code) { whenDone(session.logout(), &session, [code] { QCoreApplication::exit(code); }); };
    auto onError = [&](const VimError& error) {
        err << "vmdeskctl: " << error.message() << Qt::endl;
        finish(exitCodeFor(error));
    };

    // Resolves the names, then runs `step` for each VM in turn.
    auto forEachVm = [&](std::function<QFuture<void>(const VmSummary&)> step) {
        whenDone<VimError>(
            session.virtualMachinesNamed(parser.values(vm)), &session,
            [&, step](const VmSummaryList& vms) {
                auto queue = std::make_shared<QList<VmSummary>>();
                for (const QString& wanted : parser.values(vm)) {
                    const auto found
                        = std::find_if(vms.cbegin(), vms.cend(), [&](const VmSummary& s) { return s.name == wanted; });
                    if (found == vms.cend()) {
                        err << Cli::tr("there is no VM named \"%1\"").arg(wanted) << Qt::endl;
                        finish(ExitFailure);
                        return;
                    }
                    queue->append(*found);
                }
                auto next = std::make_shared<std::function<void()>>();
                *next = [&, queue, step, weak = std::weak_ptr(next)] {
                    if (queue->isEmpty()) {
                        finish(exitCode);
                        return;
                    }
                    const VmSummary current = queue->takeFirst();
                    whenDone<VimError>(
                        step(current), &session, [again = weak.lock()] { (*again)(); },
                        [&, current, again = weak.lock()](const VimError& error) {
                            err << current.name << ": " << error.message() << Qt::endl;
                            exitCode = ExitFailure;
                            (*again)();
                        });
                };
                (*next)();
            },
            onError);
    };

    whenDone<VimError>(
        session.login(parameters, password), &session,
        [&] {
            if (group == u"power"_s) {
                const VmActions::Power power = *VmActions::powerFromName(what);
                forEachVm([&, power](const VmSummary& target) { return actions.power(target.ref, power); });
            } else if (group == u"annotate"_s) {
                forEachVm(
                    [&](const VmSummary& target) { return actions.setAnnotation(target.ref, parser.value(text)); });
            } else if (what == u"create"_s) {
                forEachVm([&](const VmSummary& target) {
                    return actions.createSnapshot(
                        target.ref, parser.value(name), parser.value(description), parser.isSet(memory));
                });
            } else {
                // list, revert and delete look the snapshot up first.
                forEachVm([&](const VmSummary& target) {
                    auto promise = std::make_shared<QPromise<void>>();
                    promise->start();
                    whenDone<VimError>(
                        actions.snapshots(target.ref), &session,
                        [&, promise](const QList<VmActions::Snapshot>& snapshots) {
                            const auto done = [promise](const QFuture<void>& f, QObject* context) {
                                whenDone<VimError>(
                                    f, context, [promise] { promise->finish(); },
                                    [promise](const VimError& e) {
                                        promise->setException(e);
                                        promise->finish();
                                    });
                            };
                            if (what == u"list"_s) {
                                QJsonArray list;
                                for (const VmActions::Snapshot& s : snapshots) {
                                    if (parser.isSet(json)) {
                                        list.append(QJsonObject { { u"name"_s, s.name },
                                            { u"description"_s, s.description }, { u"created"_s, s.created },
                                            { u"depth"_s, s.depth }, { u"id"_s, s.ref.value } });
                                    } else {
                                        out << QString(s.depth * 2, u' ') << s.name << "  " << s.created << '\n';
                                    }
                                }
                                if (parser.isSet(json)) {
                                    out << QJsonDocument(list).toJson();
                                }
                                out.flush();
                                promise->finish();
                                return;
                            }
                            const auto found = std::find_if(snapshots.cbegin(), snapshots.cend(),
                                [&](const VmActions::Snapshot& s) { return s.name == parser.value(name); });
                            if (found == snapshots.cend()) {
                                promise->setException(VimError(VimError::Kind::Fault,
                                    Cli::tr("there is no snapshot named \"%1\"").arg(parser.value(name))));
                                promise->finish();
                                return;
                            }
                            done(what == u"revert"_s ? actions.revertToSnapshot(found->ref)
                                                     : actions.removeSnapshot(found->ref, false),
                                &session);
                        },
                        [promise](const VimError& e) {
                            promise->setException(e);
                            promise->finish();
                        });
                    return promise->future();
                });
            }
        },
        onError);
    return QCoreApplication::exec();
}
