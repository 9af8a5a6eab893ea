// SPDX-License-Identifier: GPL-3.0-or-later
// bench/editor_typing: a 100 KB cloud-config (many write_files and runcmd entries) in the user-data
// editor, shown offscreen with findings set; types characters at the start, the middle and the
// end and times each keystroke through to the repaint the event loop then does (highlighter,
// layout, extra selections, margin). Prints median, p99 and max per position: the max is the
// longest GUI-thread stall typing causes.
// With --page the same cloud-config is the `userdata: |` of a VM document open in the Metadata
// page, typed into at an admin's pace; besides each keystroke's own time it measures the longest
// stall of the event loop while typing, which includes what follows a keystroke asynchronously
// (validation results, the form's refresh, the preview). Asserts nothing.
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QWindow>

#include "benchloop.h"
#include "cloudinit/documentvalidator.h"
#include "codeeditor.h"
#include "metadataeditsession.h"
#include "metadatafilemodel.h"
#include "metadataform.h"
#include "metadatapage.h"
#include "metadatapreview.h"

using namespace Qt::StringLiterals;

namespace {
QString cloudConfig(int bytes)
{
    QString text = u"#cloud-config\n"
                   u"package_update: true\npackages:\n  - nginx\n  - qemu-guest-agent\n"
                   u"users:\n  - name: admin\n    groups: [sudo]\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                   u"    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample admin@example.com\n"
                   u"write_files:\n"_s;
    int file = 0;
    while (text.size() < bytes * 2 / 3) {
        text += u"  - path: /etc/app/conf.d/%1.conf\n    owner: root:root\n    permissions: '0644'\n"
                u"    content: |\n      # generated for service %1\n      [service]\n      name = app-%1\n"
                u"      listen = 0.0.0.0:%2\n      workers: 4\n      log_level = info\n"
                u"      upstream = \"http://10.0.%3.%4:8080\"\n\n"_s.arg(file)
                    .arg(8000 + file)
                    .arg(file / 250)
                    .arg(file % 250);
        ++file;
    }
    text += u"runcmd:\n"_s;
    for (int command = 0; text.size() < bytes; ++command) {
        text += u"  - [systemctl, enable, --now, app-%1.service]\n"
                u"  - echo \"started app-%1 on $(hostname)\" >> /var/log/app-setup.log  # progress\n"_s.arg(command);
    }
    return text;
}

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(const std::vector<double>& ms)
{
    return { percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0) };
}
// Paints what is left of the window's dirty region now, so that it counts in this keystroke's time.
// Sent to the top-level widget, not to its QWindow: there it would repaint the whole window.
void paintDirtyRegion(QWidget* widget)
{
    QEvent update(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(widget->window(), &update);
}

void typeKey(QWidget* widget, QChar c)
{
    if (c == u'\n') {
        QTest::keyClick(widget, Qt::Key_Return);
    } else {
        QTest::keyClick(widget, c.toLatin1());
    }
}

// The cloud-config as the `userdata: |` block of a VM document.
QByteArray vmDocument(const QString& cloudConfig)
{
    QByteArray document = "metadata:\n  instance-id: i-bench-01\n  local-hostname: bench-01\nuserdata: |\n";
    const QString body = cloudConfig.endsWith(u'\n') ? cloudConfig.chopped(1) : cloudConfig;
    for (const QString& line : body.split(u'\n')) {
        document += line.isEmpty() ? QByteArray("\n") : "  " + line.toUtf8() + "\n";
    }
    return document;
}

int typeIntoPage(const QString& cloudConfigText, int total, int paceMs)
{
    QTemporaryDir dir;
    const QByteArray document = vmDocument(cloudConfigText);
    QFile file(QDir(dir.path()).filePath(u"bench-01.yaml"_s));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(document) != document.size()) {
        std::printf("cannot write %s\n", qPrintable(file.fileName()));
        return 1;
    }
    file.close();

    MetadataPage page;
    page.resize(1300, 800);
    page.show();
    if (!QTest::qWaitForWindowExposed(&page)) {
        std::printf("the page was not shown\n");
        return 1;
    }
    MetadataEditSession* session = page.session();
    CodeEditor* editor = page.editor();
    bool scanned = false;
    int validations = 0;
    QObject::connect(page.fileModel(), &MetadataFileModel::scanFinished, [&] { scanned = true; });
    QObject::connect(session, &MetadataEditSession::validated, [&] { ++validations; });
    page.setDirectory(dir.path());
    if (!runUntil([&] { return scanned; }, 60000)) {
        std::printf("the folder was not scanned\n");
        return 1;
    }
    // Validation, the form and the preview have caught up with the text.
    const auto settled
        = [&] { return validations > 0 && !session->isValidationPending() && !page.preview()->isRendering(); };
    QElapsedTimer load;
    load.start();
    page.openVm(u"bench-01"_s);
    page.form()->setCurrentIndex(page.yamlTabIndex());
    if (!runUntil(settled, 120000)) {
        std::printf("the document was not validated\n");
        return 1;
    }
    const double loadMs = load.nsecsElapsed() / 1e6;
    const QTextDocument* text = editor->document();
    std::printf("editor_typing --page: document of %lld bytes, %d lines, %lld findings; open to first validation "
                "%.0f ms; one key every %d ms\n",
        static_cast<long long>(document.size()), text->blockCount(),
        static_cast<long long>(session->validation().findings.size()), loadMs, paceMs);

    // The end of a line in the packages list, of one inside a write_files content, and of the last
    // runcmd entry: new list entries there keep the user-data a valid cloud-config once typed.
    int start = 0;
    for (QTextBlock block = text->begin(); block.isValid() && start == 0; block = block.next()) {
        start = block.text() == u"    - nginx"_s ? block.blockNumber() + 1 : 0;
    }
    QTextBlock last = text->lastBlock();
    while (last.isValid() && last.text().trimmed().isEmpty()) {
        last = last.previous();
    }
    struct Position
    {
        const char* name;
        int line;
    };
    const Position positions[]
        = { { "start", start }, { "middle", text->blockCount() / 2 }, { "end", last.blockNumber() + 1 } };
    const QString typed = u"- echo hello world value # note\n"_s;
    std::vector<double> all;
    std::vector<double> allCpu;
    double longestStall = 0;
    double longestStallCpu = 0;
    bool followed = true;
    StallMeter stalls;
    std::printf("%-8s %6s %10s %8s %8s %12s %10s %14s\n", "where", "keys", "median ms", "p99 ms", "max ms",
        "max cpu ms", "stall ms", "stall cpu ms");
    for (const Position& position : positions) {
        editor->goToLine(position.line, text->findBlockByNumber(position.line - 1).length());
        editor->setFocus();
        runFor(100);
        std::vector<double> ms;
        std::vector<double> cpu;
        const int count = total / 3 + (&position == &positions[2] ? total % 3 : 0);
        stalls.start();
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            typeKey(editor, typed.at(i % typed.size()));
            QCoreApplication::processEvents();
            paintDirtyRegion(editor);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
            // The event loop runs until the next key, as it would between an admin's keystrokes.
            if (const qint64 left = paceMs - timer.elapsed(); left > 0) {
                runFor(int(left));
            }
        }
        // What typing set off still counts: the last validation, the form and the preview.
        runUntil(settled, 120000);
        runFor(300);
        const double stall = stalls.stop();
        longestStall = std::max(longestStall, stall);
        longestStallCpu = std::max(longestStallCpu, stalls.longestCpu());
        followed = followed && editor->toPlainText().toUtf8() == session->text()
            && session->validation().findings == DocumentValidator::validate(session->text()).findings;
        const Figures f = figures(ms);
        std::printf("%-8s %6zu %10.3f %8.3f %8.3f %12.3f %10.1f %14.1f\n", position.name, ms.size(), f.median, f.p99,
            f.max, figures(cpu).max, stall, stalls.longestCpu());
        std::fflush(stdout);
        all.insert(all.end(), ms.begin(), ms.end());
        allCpu.insert(allCpu.end(), cpu.begin(), cpu.end());
    }
    const Figures f = figures(all);
    std::printf("%-8s %6zu %10.3f %8.3f %8.3f %12.3f %10.1f %14.1f\n", "all", all.size(), f.median, f.p99, f.max,
        figures(allCpu).max, longestStall, longestStallCpu);
    std::printf("validation follows the text: %s (%lld findings at the end)\n", followed ? "yes" : "NO",
        static_cast<long long>(session->validation().findings.size()));
    QFile loadAverage(u"/proc/loadavg"_s);
    loadAverage.open(QIODevice::ReadOnly);
    std::printf("longest GUI-thread stall while typing into the Metadata page: %.1f ms (goal < 16 ms); the most CPU "
                "time the GUI thread spent in one stall: %.1f ms; load average %s\n",
        longestStall, longestStallCpu, loadAverage.readAll().trimmed().constData());
    return 0;
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sizeOption(u"kib"_s, u"Size of the document in KiB."_s, u"KIB"_s, u"100"_s);
    const QCommandLineOption charsOption(u"chars"_s, u"Characters typed in all."_s, u"N"_s, u"500"_s);
    const QCommandLineOption findingsOption(u"findings"_s, u"Findings spread over the text."_s, u"N"_s, u"60"_s);
    const QCommandLineOption repaintOption(
        u"full-repaint"_s, u"Also repaint the whole editor after every keystroke (an upper bound)."_s);
    const QCommandLineOption pageOption(
        u"page"_s, u"Type into the user-data of a VM document open in the Metadata page instead."_s);
    const QCommandLineOption paceOption(
        u"pace"_s, u"With --page: milliseconds from one keystroke to the next."_s, u"MS"_s, u"30"_s);
    parser.addOptions({ sizeOption, charsOption, findingsOption, repaintOption, pageOption, paceOption });
    parser.process(app);

    const QString text = cloudConfig(parser.value(sizeOption).toInt() * 1024);
    if (parser.isSet(pageOption)) {
        return typeIntoPage(text, parser.value(charsOption).toInt(), parser.value(paceOption).toInt());
    }
    CodeEditor editor;
    editor.resize(1100, 800);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor)) {
        std::printf("the editor was not shown\n");
        return 1;
    }
    QElapsedTimer load;
    load.start();
    editor.setPlainText(text);
    QCoreApplication::processEvents();
    const double loadMs = load.nsecsElapsed() / 1e6;

    const int lines = editor.document()->blockCount();
    QList<Finding> findings;
    const int findingCount = parser.value(findingsOption).toInt();
    for (int i = 0; i < findingCount; ++i) {
        Finding finding;
        finding.severity = i % 3 == 0 ? Finding::Severity::Error : Finding::Severity::Warning;
        finding.line = 2 + static_cast<int>(static_cast<qint64>(i) * (lines - 2) / std::max(1, findingCount));
        finding.column = 5;
        finding.message = u"finding %1"_s.arg(i);
        findings.append(finding);
    }
    QElapsedTimer findingsTimer;
    findingsTimer.start();
    editor.setFindings(findings);
    QCoreApplication::processEvents();
    const double findingsMs = findingsTimer.nsecsElapsed() / 1e6;

    std::printf("editor_typing: %lld characters, %d lines, %lld findings; load %.1f ms, setFindings %.2f ms\n",
        static_cast<long long>(text.size()), lines, static_cast<long long>(findings.size()), loadMs, findingsMs);

    // Words, an indented new line now and then (Enter keeps indentation), a key and a comment.
    const QString typed = u"echo hello world: value # note\n"_s;
    const int total = parser.value(charsOption).toInt();
    const bool fullRepaint = parser.isSet(repaintOption);
    struct Position
    {
        const char* name;
        int line;
    };
    const int middle = lines / 2;
    const Position positions[] = { { "start", 2 }, { "middle", middle }, { "end", lines } };
    std::vector<double> all;
    std::vector<double> allCpu;
    std::printf("%-8s %6s %10s %8s %8s %12s\n", "where", "keys", "median ms", "p99 ms", "max ms", "max cpu ms");
    for (const Position& position : positions) {
        const QTextBlock block = editor.document()->findBlockByNumber(position.line - 1);
        editor.goToLine(position.line, position.line == lines ? block.length() : 1);
        QCoreApplication::processEvents();
        std::vector<double> ms;
        std::vector<double> cpu;
        const int count = total / 3 + (&position == &positions[2] ? total % 3 : 0);
        for (int i = 0; i < count; ++i) {
            const QChar c = typed.at(i % typed.size());
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            typeKey(&editor, c);
            QCoreApplication::processEvents();
            // The window paints its dirty region when the platform's update timer fires, which may
            // be after the next keystroke; asking now puts that paint into this keystroke's time.
            if (fullRepaint) {
                editor.repaint();
            } else {
                QEvent update(QEvent::UpdateRequest);
                QCoreApplication::sendEvent(editor.windowHandle(), &update);
            }
            ms.push_back(timer.nsecsElapsed() / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
        }
        const Figures f = figures(ms);
        std::printf("%-8s %6zu %10.3f %8.3f %8.3f %12.3f\n", position.name, ms.size(), f.median, f.p99, f.max,
            figures(cpu).max);
        all.insert(all.end(), ms.begin(), ms.end());
        allCpu.insert(allCpu.end(), cpu.begin(), cpu.end());
    }
    const Figures f = figures(all);
    std::printf(
        "%-8s %6zu %10.3f %8.3f %8.3f %12.3f\n", "all", all.size(), f.median, f.p99, f.max, figures(allCpu).max);
    std::printf("longest GUI-thread stall while typing: %.2f ms (goal < 16 ms)%s\n", f.max,
        fullRepaint ? ", whole editor repainted each key" : "");
    return 0;
}
