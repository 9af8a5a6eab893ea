// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>
#include <QTimer>

#include "command.h"
#include "core/unixsignalwatcher.h"
#include "core/whendone.h"
#include "export/batchfile.h"
#include "export/exportqueue.h"
#include "exportjobmodel.h"
#include "vcenteroptions.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
void emitJson(const QJsonObject& event)
{
    QTextStream(stdout) << QJsonDocument(event).toJson(QJsonDocument::Compact) << '\n' << Qt::flush;
}

QJsonObject jobJson(const ExportJobRecord& job, const QString& event)
{
    return { { u"event"_s, event }, { u"vm"_s, job.spec.vmName }, { u"state"_s, ExportJobRecord::stateName(job.state) },
        { u"phase"_s, job.phase }, { u"bytesDone"_s, job.bytesDone }, { u"bytesTotal"_s, job.bytesTotal },
        { u"bytesPerSecond"_s, qRound64(job.bytesPerSecond) }, { u"etaSeconds"_s, job.etaSeconds },
        { u"error"_s, job.error }, { u"output"_s, job.spec.ova ? job.spec.ovaPath() : job.spec.packageDir() } };
}

QString progressLine(const ExportJobRecord& job)
{
    const QLocale locale;
    const int percent = job.bytesTotal > 0 ? static_cast<int>(100 * job.bytesDone / job.bytesTotal) : 0;
    QString line = u"%1: %2 %3%"_s.arg(job.spec.vmName, job.phase).arg(percent);
    if (job.bytesTotal > 0) {
        line += u"  %1 / %2"_s.arg(locale.formattedDataSize(job.bytesDone), locale.formattedDataSize(job.bytesTotal));
    }
    if (job.bytesPerSecond > 0) {
        line += u"  %1/s"_s.arg(locale.formattedDataSize(qRound64(job.bytesPerSecond)));
    }
    if (job.etaSeconds >= 0) {
        line += u"  ETA "_s + ExportJobModel::formatDuration(job.etaSeconds);
    }
    return line;
}
} // namespace

int runExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Export VMs to OVF or OVA. Run it again on the same output to resume."));
    parser.addHelpOption();
    const VCenterOptions vcenter;
    vcenter.addTo(parser);
    const QCommandLineOption vm(u"vm"_s, Cli::tr("A VM to export (repeatable)."), u"NAME"_s);
    const QCommandLineOption file(u"file"_s, Cli::tr("A hypersdk batch file (YAML) of jobs."), u"FILE"_s);
    const QCommandLineOption output(u"output"_s, Cli::tr("Folder for the exports."), u"DIR"_s);
    const QCommandLineOption ova(u"ova"_s, Cli::tr("Also write an .ova per VM."));
    const QCommandLineOption parallelDisks(
        u"parallel-disks"_s, Cli::tr("Disks downloaded at once per VM."), u"N"_s, u"2"_s);
    const QCommandLineOption jobs(u"jobs"_s, Cli::tr("VMs exported at once."), u"N"_s, u"2"_s);
    const QCommandLineOption shutdown(
        u"shutdown"_s, Cli::tr("Shut running guests down first (never a hard power-off)."));
    const QCommandLineOption removeCdrom(u"remove-cdrom"_s, Cli::tr("Leave CD/DVD drives out of the descriptor."));
    const QCommandLineOption json(u"json"_s, Cli::tr("Print progress as JSON lines."));
    parser.addOptions({ vm, file, output, ova, parallelDisks, jobs, shutdown, removeCdrom, json });
    parser.process(arguments);

    QTextStream err(stderr);
    ConnectionParameters parameters;
    QString password;
    if (const QString problem = vcenter.read(parser, parameters, password); !problem.isEmpty()) {
        err << problem << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(output) || (!parser.isSet(vm) && !parser.isSet(file))) {
        err << Cli::tr("--output and one of --vm or --file are required") << '\n';
        return ExitUsage;
    }
    ExportSpec defaults;
    defaults.outputDir = QDir(parser.value(output)).absolutePath();
    defaults.ova = parser.isSet(ova);
    defaults.parallelDisks = qMax(1, parser.value(parallelDisks).toInt());
    defaults.shutdownGuest = parser.isSet(shutdown);
    defaults.removeCdrom = parser.isSet(removeCdrom);
    QList<ExportSpec> specs;
    for (const QString& name : parser.values(vm)) {
        ExportSpec spec = defaults;
        spec.vmName = name;
        specs.append(spec);
    }
    if (parser.isSet(file)) {
        QFile batch(parser.value(file));
        if (!batch.open(QIODevice::ReadOnly)) {
            err << Cli::tr("cannot read %1: %2").arg(batch.fileName(), batch.errorString()) << '\n';
            return ExitUsage;
        }
        QString error;
        const QList<ExportSpec> fromFile = readBatchFile(batch.readAll(), defaults, &error);
        if (!error.isEmpty()) {
            err << batch.fileName() << ": " << error << '\n';
            return ExitUsage;
        }
        specs += fromFile;
    }
    if (!QDir().mkpath(defaults.outputDir)) {
        err << Cli::tr("cannot create %1").arg(defaults.outputDir) << '\n';
        return ExitFailure;
    }

    const bool jsonOutput = parser.isSet(json);
    const bool tty = ::isatty(STDERR_FILENO) != 0;
    VSphereSession session;
    ExportQueue::Policy policy;
    policy.maxConcurrent = qMax(1, parser.value(jobs).toInt());
    ExportQueue queue(&session, QDir(defaults.outputDir).filePath(u".vmdesk-export-queue.json"_s), policy);
    if (!queue.loadError().isEmpty()) {
        err << queue.loadError() << '\n';
    }
    // A VM already in this folder's queue continues (or is done); only new ones are added.
    for (const ExportSpec& spec : std::as_const(specs)) {
        const auto known = std::find_if(queue.ids().cbegin(), queue.ids().cend(), [&](quint64 id) {
            return queue.job(id)->spec.vmName == spec.vmName && queue.job(id)->spec.outputDir == spec.outputDir;
        });
        if (known == queue.ids().cend()) {
            queue.add(spec);
        } else if (queue.job(*known)->state != ExportJobRecord::State::Completed) {
            queue.resume(*known);
        } else if (!jsonOutput) {
            err << Cli::tr("%1 was exported already").arg(spec.vmName) << '\n';
        }
    }

    QObject::connect(&queue, &ExportQueue::jobFinished, &queue, [&](quint64 id) {
        const ExportJobRecord& job = *queue.job(id);
        if (jsonOutput) {
            emitJson(jobJson(job, u"finished"_s));
        } else {
            err << (tty ? "\r\033[K" : "") << job.spec.vmName << ": " << job.phase
                << (job.error.isEmpty() ? QString() : u" ("_s + job.error + u')') << Qt::endl;
        }
    });
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &queue, [&] {
        for (const quint64 id : queue.ids()) {
            const ExportJobRecord& job = *queue.job(id);
            if (job.state != ExportJobRecord::State::Running) {
                continue;
            }
            if (jsonOutput) {
                emitJson(jobJson(job, u"progress"_s));
            } else {
                err << (tty ? "\r\033[K" : "") << progressLine(job) << (tty ? "" : "\n") << Qt::flush;
            }
        }
    });
    progress.start(jsonOutput || tty ? 1000 : 5000);

    int exitCode = ExitOk;
    auto finishRun = [&] {
        for (const quint64 id : queue.ids()) {
            const ExportJobRecord& job = *queue.job(id);
            if (job.state == ExportJobRecord::State::Failed || job.state == ExportJobRecord::State::Cancelled) {
                exitCode = ExitFailure;
            }
        }
        whenDone(session.logout(), &session, [&] { QCoreApplication::exit(exitCode); });
    };
    QObject::connect(&queue, &ExportQueue::idle, &queue, finishRun);

    UnixSignalWatcher signals { SIGINT, SIGTERM };
    QObject::connect(&signals, &UnixSignalWatcher::signalReceived, &queue, [&](int) {
        err << '\n' << Cli::tr("interrupted: run the same command again to resume") << Qt::endl;
        QCoreApplication::exit(130); // the queue keeps the running jobs as running: they resume
    });

    whenDone<VimError>(
        session.login(parameters, password), &session, [] {},
        [&](const VimError& error) {
            err << "vmdeskctl: " << error.message() << '\n';
            QCoreApplication::exit(exitCodeFor(error));
        });
    return QCoreApplication::exec();
}
