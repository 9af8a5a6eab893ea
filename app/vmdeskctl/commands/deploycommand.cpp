// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploycommand.h"

#include <csignal>
#include <memory>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include "cloudinit/documenttemplate.h"
#include "cloudinit/documentvalidator.h"
#include "cloudinit/filedriver.h"
#include "command.h"
#include "core/atomicwrite.h"
#include "core/unixsignalwatcher.h"
#include "core/whendone.h"
#include "provisioning/deployjob.h"
#include "vcenteroptions.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString usageText
    = u"vmdeskctl deploy (--ova FILE | --ovf FILE | --clone VM) --name NAME [--name NAME ... with --clone]\n"
      u"    [--host H | --cluster C] [--pool P] [--datacenter DC] [--datastore DS] [--folder PATH]\n"
      u"    [--network SRC=DST ...] [--metadata-dir DIR [--via guestinfo|iso] [--template FILE]\n"
      u"    [--network-version 1|2]] [--power-on [--wait-ip SECONDS]] [--json]\n"_s;

enum { ExitTimedOut = 5, ExitInterrupted = 130 };

// How one VM's deploy ended, for the summary and --json.
struct Outcome
{
    QString name;
    QString vm;
    QString address;
    QStringList log;
    QString error;
    bool succeeded = false;
    bool timedOut = false;

    QJsonObject toJson() const
    {
        return { { u"name"_s, name }, { u"vm"_s, vm }, { u"address"_s, address },
            { u"state"_s, succeeded ? u"succeeded"_s : (timedOut ? u"timed-out"_s : u"failed"_s) },
            { u"error"_s, error }, { u"log"_s, QJsonArray::fromStringList(log) } };
    }
};

QString progressLine(const DeployJob& job)
{
    const QLocale locale;
    QString line = u"%1: %2"_s.arg(job.spec().name, job.phaseText());
    if (job.bytesTotal() > 0) {
        line += u" %1%  %2 / %3"_s.arg(QString::number(100 * job.bytesDone() / job.bytesTotal()),
            locale.formattedDataSize(job.bytesDone()), locale.formattedDataSize(job.bytesTotal()));
    }
    if (job.bytesPerSecond() > 0) {
        line += u"  %1/s"_s.arg(locale.formattedDataSize(qRound64(job.bytesPerSecond())));
    }
    return line;
}

// <name>.yaml from the template for every name that has none, each with its own instance-id and
// host name. False (with the reason printed) when one cannot be made.
bool instantiateDocuments(
    const QString& directory, const QStringList& names, const QString& templatePath, QTextStream& err, int* exitCode)
{
    std::optional<QByteArray> templateText;
    for (const QString& name : names) {
        const QString path = QDir(directory).filePath(name + u".yaml"_s);
        if (QFileInfo::exists(path)) {
            continue;
        }
        if (!templateText) {
            QFile file(templatePath);
            if (!file.open(QIODevice::ReadOnly)) {
                err << Cli::tr("cannot read %1: %2").arg(templatePath, file.errorString()) << '\n';
                *exitCode = ExitUsage;
                return false;
            }
            templateText = file.readAll();
        }
        QString error;
        const std::optional<QByteArray> document = DocumentTemplate::instantiate(*templateText, name, &error);
        const DocumentValidator::Result result = DocumentValidator::validate(document.value_or(QByteArray()));
        if (!document || Findings::hasError(result.findings)) {
            err << Cli::tr("%1: cannot make %2 from it: %3")
                       .arg(templatePath, path, document ? Cli::tr("the document would have errors") : error)
                << '\n';
            *exitCode = ExitFailure;
            return false;
        }
        if (const QString problem = saveAtomically(path, *document); !problem.isEmpty()) {
            err << problem << '\n';
            *exitCode = ExitFailure;
            return false;
        }
        err << Cli::tr("created %1 (instance-id %2, host name %3)")
                   .arg(path, result.document->instanceId, result.document->hostname)
            << Qt::endl;
    }
    return true;
}
} // namespace

int runDeployCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usageText + u"\n"_s
        + Cli::tr("Deploy a VM from an OVA or OVF package (disks uploaded to vCenter) or clone one (or several "
                  "with repeated --name). With --metadata-dir the VM gets <DIR>/<NAME>.yaml as guestinfo keys or a "
                  "seed ISO; --template makes a missing <NAME>.yaml from a template. Progress goes to stderr; the "
                  "address found with --wait-ip goes to stdout (with several VMs: a name and address per line). "
                  "An interrupted deploy removes the half-made VM.")
        + u"\n"_s
        + Cli::tr("Exit codes: 0 done, 1 failed, 2 usage, 3 login refused, 4 vCenter cannot be reached, 5 no address "
                  "within --wait-ip, 130 interrupted."));
    parser.addHelpOption();
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption ova(u"ova"_s, Cli::tr("Deploy this OVA file."), u"FILE"_s);
    const QCommandLineOption ovf(u"ovf"_s, Cli::tr("Deploy this OVF descriptor (its files beside it)."), u"FILE"_s);
    const QCommandLineOption clone(u"clone"_s, Cli::tr("Clone this VM or template."), u"VM"_s);
    const QCommandLineOption name(u"name"_s, Cli::tr("The new VM's name (repeatable with --clone)."), u"NAME"_s);
    const QCommandLineOption host(u"host"_s, Cli::tr("Run it on this host."), u"H"_s);
    const QCommandLineOption cluster(u"cluster"_s, Cli::tr("Run it in this cluster."), u"C"_s);
    const QCommandLineOption pool(
        u"pool"_s, Cli::tr("Resource pool (name or path below the cluster or host)."), u"P"_s);
    const QCommandLineOption datacenter(u"datacenter"_s, Cli::tr("Datacenter (default: the first)."), u"DC"_s);
    const QCommandLineOption datastore(
        u"datastore"_s, Cli::tr("Datastore (default: the one with the most free space)."), u"DS"_s);
    const QCommandLineOption folder(
        u"folder"_s, Cli::tr("VM folder path below the datacenter's VM folder."), u"PATH"_s);
    const QCommandLineOption network(
        u"network"_s, Cli::tr("Map the package's network SRC to vCenter's network DST (repeatable)."), u"SRC=DST"_s);
    const QCommandLineOption metadataDir(
        u"metadata-dir"_s, Cli::tr("Folder with the new VM's cloud-init document <NAME>.yaml."), u"DIR"_s);
    const QCommandLineOption via(
        u"via"_s, Cli::tr("Deliver the document as guestinfo keys or a seed ISO."), u"guestinfo|iso"_s);
    const QCommandLineOption templateFile(
        u"template"_s, Cli::tr("Make a missing <NAME>.yaml from this document."), u"FILE"_s);
    const QCommandLineOption networkVersion(
        u"network-version"_s, Cli::tr("Network configuration version for guestinfo (default 2)."), u"1|2"_s);
    const QCommandLineOption powerOn(u"power-on"_s, Cli::tr("Power the VM on."));
    const QCommandLineOption waitIp(
        u"wait-ip"_s, Cli::tr("Wait this long for the guest's address (needs --power-on)."), u"SECONDS"_s);
    const QCommandLineOption json(u"json"_s, Cli::tr("Print one JSON object per VM on stdout, no progress."));
    parser.addOptions({ ova, ovf, clone, name, host, cluster, pool, datacenter, datastore, folder, network, metadataDir,
        via, templateFile, networkVersion, powerOn, waitIp, json });

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n\n" << usageText;
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(ExitOk);
    }
    auto usageError = [&](const QString& message) {
        err << message << "\n\n" << usageText;
        return ExitUsage;
    };
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));
    }
    const int sources = int(parser.isSet(ova)) + int(parser.isSet(ovf)) + int(parser.isSet(clone));
    if (sources != 1 || parser.values(ova).size() > 1 || parser.values(ovf).size() > 1
        || parser.values(clone).size() > 1) {
        return usageError(Cli::tr("give one of --ova, --ovf or --clone"));
    }
    QStringList names = parser.values(name);
    if (names.isEmpty()) {
        return usageError(Cli::tr("--name is required"));
    }
    if (names.size() > 1 && !parser.isSet(clone)) {
        return usageError(Cli::tr("several --name are for clones only"));
    }
    if (names.size() != QSet<QString>(names.cbegin(), names.cend()).size()) {
        return usageError(Cli::tr("each --name once"));
    }
    if (parser.isSet(host) && parser.isSet(cluster)) {
        return usageError(Cli::tr("give --host or --cluster, not both"));
    }
    if ((parser.isSet(via) || parser.isSet(templateFile) || parser.isSet(networkVersion))
        && !parser.isSet(metadataDir)) {
        return usageError(Cli::tr("--via, --template and --network-version need --metadata-dir"));
    }
    if (parser.isSet(via) && parser.value(via) != u"guestinfo"_s && parser.value(via) != u"iso"_s) {
        return usageError(Cli::tr("--via is guestinfo or iso"));
    }
    if (parser.isSet(networkVersion) && parser.value(networkVersion) != u"1"_s
        && parser.value(networkVersion) != u"2"_s) {
        return usageError(Cli::tr("--network-version must be 1 or 2"));
    }
    bool numeric = false;
    const int waitSeconds = parser.isSet(waitIp) ? parser.value(waitIp).toInt(&numeric) : 0;
    if (parser.isSet(waitIp) && (!numeric || waitSeconds <= 0)) {
        return usageError(Cli::tr("--wait-ip needs a number of seconds above 0"));
    }
    if (parser.isSet(waitIp) && !parser.isSet(powerOn)) {
        return usageError(Cli::tr("--wait-ip needs --power-on: a VM that is off has no address"));
    }
    DeploySpec base;
    for (const QString& mapping : parser.values(network)) {
        const qsizetype equals = mapping.indexOf(u'=');
        if (equals <= 0 || equals == mapping.size() - 1) {
            return usageError(Cli::tr("--network %1: give SRC=DST").arg(mapping));
        }
        base.networks.insert(mapping.left(equals), mapping.mid(equals + 1));
    }
    if (parser.isSet(metadataDir)) {
        if (!QFileInfo(parser.value(metadataDir)).isDir()) {
            return usageError(Cli::tr("--metadata-dir %1: no such folder").arg(parser.value(metadataDir)));
        }
        for (const QString& vmName : std::as_const(names)) {
            if (!FileDriver::isSafeKey(vmName)) {
                return usageError(Cli::tr("--name %1: not a name a document can have").arg(vmName));
            }
        }
    }
    ConnectionParameters parameters;
    QString password;
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }

    base.source = parser.isSet(clone) ? DeploySpec::Source::Clone
                                      : (parser.isSet(ova) ? DeploySpec::Source::Ova : DeploySpec::Source::Ovf);
    if (!parser.isSet(clone)) {
        base.sourcePath = QFileInfo(parser.value(parser.isSet(ova) ? ova : ovf)).absoluteFilePath();
    }
    base.sourceVm = parser.value(clone);
    base.datacenter = parser.value(datacenter);
    base.cluster = parser.value(cluster);
    base.host = parser.value(host);
    base.pool = parser.value(pool);
    base.datastore = parser.value(datastore);
    base.folder = parser.value(folder);
    base.metadataDir = parser.isSet(metadataDir) ? QDir(parser.value(metadataDir)).absolutePath() : QString();
    base.cloudInit = !parser.isSet(metadataDir) ? DeploySpec::CloudInit::None
        : parser.value(via) == u"iso"_s         ? DeploySpec::CloudInit::Iso
                                                : DeploySpec::CloudInit::Guestinfo;
    base.networkVersion = parser.isSet(networkVersion) ? parser.value(networkVersion).toInt() : 2;
    base.powerOn = parser.isSet(powerOn);
    base.waitIpSeconds = waitSeconds;
    if (parser.isSet(templateFile)) {
        int exitCode = ExitOk;
        if (!instantiateDocuments(base.metadataDir, names, parser.value(templateFile), err, &exitCode)) {
            return exitCode;
        }
    }

    const bool jsonOutput = parser.isSet(json);
    const bool bulk = names.size() > 1;
    VSphereSession session;
    std::unique_ptr<DeployJob> job;
    QList<Outcome> outcomes;
    bool interrupted = false;
    auto finish = [&](int code) {
        out.flush();
        err.flush();
        whenDone<VimError>(
            session.logout(), &session, [code] { QCoreApplication::exit(code); },
            [code](const VimError&) { QCoreApplication::exit(code); });
    };
    auto summaryCode = [&] {
        bool timedOut = false;
        for (const Outcome& outcome : std::as_const(outcomes)) {
            if (!outcome.succeeded && !outcome.timedOut) {
                return int(ExitFailure);
            }
            timedOut = timedOut || outcome.timedOut;
        }
        return timedOut ? int(ExitTimedOut) : int(ExitOk);
    };
    auto report = [&](const Outcome& outcome) {
        outcomes.append(outcome);
        if (jsonOutput) {
            out << QJsonDocument(outcome.toJson()).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
            if (!outcome.succeeded) {
                err << outcome.name << ": " << outcome.error << Qt::endl;
            }
        } else if (!outcome.succeeded) {
            err << outcome.name << ": " << Cli::tr("failed: %1").arg(outcome.error) << Qt::endl;
        } else if (bulk) {
            out << outcome.name << '\t' << (outcome.address.isEmpty() ? u"-"_s : outcome.address) << '\n' << Qt::flush;
        } else if (!outcome.address.isEmpty()) {
            out << outcome.address << '\n' << Qt::flush;
        }
    };

    qsizetype next = 0;
    std::function<void()> startNext = [&] {
        if (interrupted) {
            return;
        }
        if (next == names.size()) {
            finish(summaryCode());
            return;
        }
        DeploySpec spec = base;
        spec.name = names.at(next++);
        job = std::make_unique<DeployJob>(&session, spec);
        auto outcome = std::make_shared<Outcome>();
        outcome->name = spec.name;
        DeployJob* current = job.get();
        QObject::connect(current, &DeployJob::logLine, current, [&, outcome, current](const QString& line) {
            outcome->log.append(line);
            if (!jsonOutput) {
                err << current->spec().name << ": " << line << Qt::endl;
            }
        });
        QObject::connect(current, &DeployJob::succeeded, current, [&, outcome, current] {
            outcome->succeeded = true;
            outcome->vm = current->vm().value;
            outcome->address = current->address();
            report(*outcome);
            QMetaObject::invokeMethod(&session, startNext, Qt::QueuedConnection);
        });
        QObject::connect(current, &DeployJob::failed, current, [&, outcome, current](const QString& message, bool) {
            outcome->error = message;
            outcome->timedOut = current->timedOutWaitingForAddress();
            outcome->vm = current->vm().value;
            report(*outcome);
            QMetaObject::invokeMethod(&session, startNext, Qt::QueuedConnection);
        });
        current->start();
    };

    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &session, [&] {
        if (!jsonOutput && job && job->phase() == DeployJob::Phase::Uploading) {
            err << progressLine(*job) << Qt::endl;
        }
    });
    progress.start(1000);

    UnixSignalWatcher signals { SIGINT, SIGTERM };
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, &session, [&](int) {
        if (interrupted) {
            return;
        }
        interrupted = true;
        err << '\n' << Cli::tr("interrupted: stopping the deploy") << Qt::endl;
        const ManagedObjectRef before = job ? job->vm() : ManagedObjectRef();
        if (job) {
            job->stop(false);
        }
        // The job asked vCenter to remove its half-made VM; wait until it is gone, so that the
        // request is not cut off by the exit and the admin learns whether it worked.
        const bool removing = !before.isNull() && job->vm().isNull();
        if (!removing) {
            finish(ExitInterrupted);
            return;
        }
        const QDeadlineTimer deadline(30000);
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [&, before, deadline, weak = std::weak_ptr(poll)] {
            const auto gone = [&, before] {
                err << Cli::tr("removed the half-made VM %1").arg(before.value) << Qt::endl;
                finish(ExitInterrupted);
            };
            whenDone<VimError>(
                session.retrieveProperties(before, { u"name"_s }), &session,
                [&, before, deadline, gone, again = weak.lock()](const QHash<QString, KDSoapValue>& properties) {
                    if (properties.isEmpty()) {
                        gone();
                    } else if (deadline.hasExpired()) {
                        err << Cli::tr("the half-made VM %1 is still there: remove it in vCenter").arg(before.value)
                            << Qt::endl;
                        finish(ExitInterrupted);
                    } else {
                        // The timer holds the poll alive until it runs; the next answer's callback then does.
                        QTimer::singleShot(300, &session, [again] { (*again)(); });
                    }
                },
                [&, gone](const VimError& error) {
                    if (error.kind() == VimError::Kind::Fault) {
                        gone(); // ManagedObjectNotFound
                        return;
                    }
                    err << "vmdeskctl: " << error.message() << Qt::endl;
                    finish(ExitInterrupted);
                });
        };
        (*poll)();
    });

    whenDone<VimError>(
        session.login(parameters, password), &session, [&] { startNext(); },
        [&](const VimError& error) {
            err << "vmdeskctl: " << error.message() << Qt::endl;
            QCoreApplication::exit(exitCodeFor(error));
        });
    return QCoreApplication::exec();
}
