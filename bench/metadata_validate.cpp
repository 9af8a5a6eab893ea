// SPDX-License-Identifier: GPL-3.0-or-later
// bench/metadata_validate: the test corpora (tests/data/documents: VM documents; tests/data/user-data:
// user-data, each wrapped into a document's `userdata: |`) scaled up to many <key>.yaml files with
// their own instance ids and host names. Prints DocumentValidator::validate per document (median,
// p99, total); the Metadata page's directory scan through MetadataFileModel (time to scanFinished
// and the longest stall of the event loop meanwhile); and `cloud-init schema -c` against our
// validation on the same user-data files, per file; last, the summary of `editor_typing --page` (the
// longest GUI-thread stall while typing into a 100 KB user-data in the Metadata page), run from
// beside this program. Asserts nothing.
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "benchloop.h"
#include "cloudinit/documentvalidator.h"
#include "cloudinit/userdatavalidator.h"
#include "metadatafilemodel.h"
#include "metadatafilterproxy.h"

using namespace Qt::StringLiterals;

namespace {
struct Source
{
    QString name;
    QByteArray text;
    bool isDocument = false;
};

QList<Source> readSources(const QString& directory, bool isDocument)
{
    QList<Source> sources;
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            sources.append({ name, file.readAll(), isDocument });
        }
    }
    return sources;
}

// A user-data file as the `userdata: |` block of a document; a first line that starts with spaces
// needs the indentation stated, or YAML would take those spaces as the block's indentation.
QByteArray wrapUserData(const QByteArray& userData, const QByteArray& id)
{
    QByteArray text = "metadata:\n  instance-id: i-" + id + "\n  local-hostname: " + id + "\n";
    const QList<QByteArray> lines = userData.split('\n');
    const auto firstLine
        = std::find_if(lines.cbegin(), lines.cend(), [](const QByteArray& l) { return !l.trimmed().isEmpty(); });
    text += firstLine != lines.cend() && firstLine->startsWith(' ') ? "userdata: |2\n" : "userdata: |\n";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines.at(i).isEmpty()) {
            break; // the final newline
        }
        text += lines.at(i).isEmpty() ? QByteArray("\n") : "  " + lines.at(i) + "\n";
    }
    return text;
}

// A VM document with this VM's instance id and host name, in whichever spelling it used.
QByteArray renameDocument(const QByteArray& document, const QByteArray& id)
{
    static const QRegularExpression instanceId(u"(instance[-_]id:\\s*)[^\\s,}#]+"_s);
    static const QRegularExpression hostname(u"((?:local-)?hostname:\\s*)[^\\s,}#]+"_s);
    QString text = QString::fromUtf8(document);
    text.replace(instanceId, u"\\1i-"_s + QString::fromLatin1(id));
    text.replace(hostname, u"\\1"_s + QString::fromLatin1(id));
    return text.toUtf8();
}

QByteArray corpusText(const Source& source, int index)
{
    const QByteArray id = u"vm-%1"_s.arg(index, 5, 10, QChar(u'0')).toLatin1();
    return source.isDocument ? renameDocument(source.text, id) : wrapUserData(source.text, id);
}

double msSince(const QElapsedTimer& timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// The median of several runs: one validation takes microseconds, below the noise of a single run.
double validationMs(const QByteArray& text, int repeats, bool document)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (document) {
            DocumentValidator::validate(text);
        } else {
            UserDataValidator::validate(text);
        }
        times.push_back(msSince(timer));
    }
    return percentile(times, 0.5);
}

struct ScanRun
{
    double ms = 0;
    double listedMs = 0;
    double stallMs = 0;
    int rows = 0;
    QMap<MetadataFileModel::Status, int> statuses;
};

// As the Metadata page has it: the model behind a proxy sorted by status.
ScanRun scanDirectory(const QString& directory)
{
    MetadataFileModel model;
    MetadataFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(MetadataFileModel::StatusColumn, Qt::DescendingOrder);
    ScanRun run;
    bool finished = false;
    QObject::connect(&model, &MetadataFileModel::listingFinished, [&](int, qint64 ms) { run.listedMs = double(ms); });
    QObject::connect(&model, &MetadataFileModel::scanFinished, [&](int, qint64 ms) {
        finished = true;
        run.ms = double(ms);
    });
    StallMeter stalls;
    stalls.start();
    model.setDirectory(directory);
    runUntil([&] { return finished; }, 600000);
    run.stallMs = stalls.stop();
    run.rows = proxy.rowCount();
    for (int row = 0; row < model.rowCount(); ++row) {
        ++run.statuses[model.index(row, 0).data(MetadataFileModel::StatusRole).value<MetadataFileModel::Status>()];
    }
    return run;
}
// A program of its own, as it needs widgets and a window; built with this one (add_dependencies).
void typeIntoTheMetadataPage()
{
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(u"editor_typing"_s);
    if (!QFileInfo(program).isExecutable()) {
        std::printf("typing into the Metadata page: %s is missing, so there is no figure for it (build the "
                    "editor_typing target)\n",
            qPrintable(QDir::toNativeSeparators(program)));
        return;
    }
    std::printf("typing into the Metadata page (%s --page):\n", qPrintable(QDir::toNativeSeparators(program)));
    std::fflush(stdout);
    QProcess typing;
    typing.setProcessChannelMode(QProcess::SeparateChannels);
    typing.start(program, { u"--page"_s });
    if (!typing.waitForFinished(600000) || typing.exitStatus() != QProcess::NormalExit || typing.exitCode() != 0) {
        std::printf("  editor_typing --page failed: %s\n%s", qPrintable(typing.errorString()),
            typing.readAllStandardOutput().constData());
        return;
    }
    for (const QByteArray& line : typing.readAllStandardOutput().trimmed().split('\n')) {
        std::printf("  %s\n", line.constData());
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Validation and directory-scan figures for the Metadata page"_s);
    parser.addHelpOption();
    const QCommandLineOption filesOption(u"files"_s, u"Documents in the scanned directory."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption cloudInitOption(
        u"cloud-init"_s, u"User-data files checked with cloud-init schema -c as well."_s, u"n"_s, u"50"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"Directory scans."_s, u"n"_s, u"3"_s);
    const QCommandLineOption documentsOption(
        u"documents"_s, u"VM documents to scale up."_s, u"dir"_s, QStringLiteral(VMDESK_DOCUMENTS_DIR));
    const QCommandLineOption userDataOption(
        u"user-data"_s, u"User-data files to scale up."_s, u"dir"_s, QStringLiteral(VMDESK_USER_DATA_DIR));
    parser.addOptions({ filesOption, cloudInitOption, roundsOption, documentsOption, userDataOption });
    parser.process(app);
    const int fileCount = parser.value(filesOption).toInt();
    const int cloudInitCount = parser.value(cloudInitOption).toInt();

    std::printf("reproduce: %s --files %d --cloud-init %d --rounds %s --documents %s --user-data %s\n",
        qPrintable(QCoreApplication::applicationFilePath()), fileCount, cloudInitCount,
        qPrintable(parser.value(roundsOption)), qPrintable(parser.value(documentsOption)),
        qPrintable(parser.value(userDataOption)));
    QFile loadAverage(u"/proc/loadavg"_s);
    loadAverage.open(QIODevice::ReadOnly);
    std::printf("worker threads: %d, load average before: %s\n", QThread::idealThreadCount(),
        loadAverage.readAll().trimmed().constData());

    const QList<Source> userData = readSources(parser.value(userDataOption), false);
    QList<Source> sources = readSources(parser.value(documentsOption), true) + userData;
    if (sources.isEmpty() || fileCount <= 0) {
        std::printf("no corpus\n");
        return 1;
    }
    QTemporaryDir work;
    const QString corpusDir = work.filePath(u"documents"_s);
    QDir().mkpath(corpusDir);
    QList<QByteArray> texts;
    texts.reserve(fileCount);
    for (int i = 0; i < fileCount; ++i) {
        texts.append(corpusText(sources.at(i % sources.size()), i));
        QFile file(QDir(corpusDir).filePath(u"vm-%1.yaml"_s.arg(i, 5, 10, QChar(u'0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(texts.last()) != texts.last().size()) {
            std::printf("cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    std::printf("corpus: %d files from %lld documents and %lld user-data files, %s\n", fileCount,
        qlonglong(sources.size() - userData.size()), qlonglong(userData.size()), qPrintable(corpusDir));

    // One thread, one document after the other: the cost of one validation.
    std::vector<double> perDocument;
    perDocument.reserve(texts.size());
    int withErrors = 0;
    QElapsedTimer total;
    total.start();
    for (const QByteArray& text : std::as_const(texts)) {
        QElapsedTimer timer;
        timer.start();
        const DocumentValidator::Result result = DocumentValidator::validate(text);
        perDocument.push_back(msSince(timer));
        withErrors += Findings::hasError(result.findings) ? 1 : 0;
    }
    // Which sources the slow documents come from: the median of each source's copies.
    QList<std::pair<double, QString>> bySource;
    for (qsizetype source = 0; source < sources.size(); ++source) {
        std::vector<double> copies;
        for (size_t i = source; i < perDocument.size(); i += sources.size()) {
            copies.push_back(perDocument[i]);
        }
        bySource.append({ percentile(copies, 0.5), sources.at(source).name });
    }
    std::sort(bySource.begin(), bySource.end(), std::greater<>());
    std::printf("DocumentValidator::validate, one thread: median %.3f ms, p99 %.3f ms, max %.3f ms, total %.0f ms "
                "(%d of %d with errors)\n",
        percentile(perDocument, 0.5), percentile(perDocument, 0.99), percentile(perDocument, 1.0), msSince(total),
        withErrors, fileCount);
    for (qsizetype i = 0; i < std::min<qsizetype>(3, bySource.size()); ++i) {
        std::printf("  slowest source %lld: %s, median %.3f ms\n", qlonglong(i + 1), qPrintable(bySource.at(i).second),
            bySource.at(i).first);
    }

    std::vector<double> scanMs;
    std::vector<double> listedMs;
    std::vector<double> stallMs;
    for (int round = 0; round < parser.value(roundsOption).toInt(); ++round) {
        const ScanRun run = scanDirectory(corpusDir);
        scanMs.push_back(run.ms);
        listedMs.push_back(run.listedMs);
        stallMs.push_back(run.stallMs);
        std::printf("scan %d: %.0f ms until every file is listed, %.0f ms to scanFinished, %d rows (valid %d, warnings "
                    "%d, errors %d), longest "
                    "event-loop stall %.1f ms\n",
            round + 1, run.listedMs, run.ms, run.rows, run.statuses.value(MetadataFileModel::Status::Valid),
            run.statuses.value(MetadataFileModel::Status::Warnings),
            run.statuses.value(MetadataFileModel::Status::Errors), run.stallMs);
        std::fflush(stdout);
    }
    std::printf("directory scan of %d files: listed in %.0f ms (median), all validated in %.0f ms (median); longest "
                "stall median %.1f ms, worst %.1f ms\n\n",
        fileCount, percentile(listedMs, 0.5), percentile(scanMs, 0.5), percentile(stallMs, 0.5),
        percentile(stallMs, 1.0));

    // cloud-init on the same user-data: a process per file, as an admin (or a CI job) would run it.
    const QString udDir = work.filePath(u"user-data"_s);
    QDir().mkpath(udDir);
    std::vector<double> ours;
    std::vector<double> oursUserData;
    std::vector<double> theirs;
    std::vector<double> ratios;
    int agreed = 0;
    std::printf(
        "%-42s %10s %10s %12s %8s %s\n", "user-data file", "ours doc", "ours ud", "cloud-init", "ratio", "verdicts");
    const int checkedByBoth = std::min<int>(cloudInitCount, int(userData.size()));
    for (int i = 0; i < checkedByBoth; ++i) {
        // Spread over the (alphabetical) corpus, so that good and bad files both take part.
        const Source& source = userData.at(qsizetype(i) * userData.size() / checkedByBoth);
        const QString path = QDir(udDir).filePath(source.name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(source.text) != source.text.size()) {
            std::printf("cannot write %s\n", qPrintable(path));
            return 1;
        }
        file.close();
        const QByteArray document = wrapUserData(source.text, "vm-ud-" + QByteArray::number(i));
        ours.push_back(validationMs(document, 21, true));
        oursUserData.push_back(validationMs(source.text, 21, false));

        QProcess cloudInit;
        QElapsedTimer timer;
        timer.start();
        cloudInit.start(u"cloud-init"_s, { u"schema"_s, u"-c"_s, path });
        if (!cloudInit.waitForFinished(120000)) {
            std::printf("cloud-init did not run: %s\n", qPrintable(cloudInit.errorString()));
            return 1;
        }
        theirs.push_back(msSince(timer));
        ratios.push_back(ours.back() / theirs.back());
        // The verdict UserDataValidator documents as equal to cloud-init's exit status.
        const bool oursValid = !Findings::hasError(UserDataValidator::validate(source.text))
            && UserDataValidator::kindOf(source.text) == UserDataValidator::UserDataKind::CloudConfig;
        const bool theirsValid = cloudInit.exitStatus() == QProcess::NormalExit && cloudInit.exitCode() == 0;
        agreed += oursValid == theirsValid ? 1 : 0;
        std::printf("%-42s %8.3f ms %7.3f ms %9.0f ms %8.5f %s\n", qPrintable(source.name), ours.back(),
            oursUserData.back(), theirs.back(), ratios.back(),
            oursValid == theirsValid ? "agree" : (oursValid ? "DIFFER: ours valid" : "DIFFER: cloud-init valid"));
        std::fflush(stdout);
    }
    if (!theirs.empty()) {
        std::printf("\n%zu user-data files: ours (whole document) median %.3f ms, ours (user-data alone) median %.3f "
                    "ms, cloud-init schema -c median %.0f ms (process start included)\n",
            theirs.size(), percentile(ours, 0.5), percentile(oursUserData, 0.5), percentile(theirs, 0.5));
        std::printf("ratio ours/theirs per file: median %.5f, max %.5f; verdicts agree on %d of %zu\n",
            percentile(ratios, 0.5), percentile(ratios, 1.0), agreed, theirs.size());
    }
    std::printf("peak RSS: %.0f MiB\n\n", peakRssMiB());
    std::fflush(stdout);
    typeIntoTheMetadataPage();
    return 0;
}
