// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "core/unifieddiff.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {

// diff -u writes "--- old\t<modification time>": the time is the one thing we leave out.
QByteArray withoutTimestamps(const QByteArray& diff)
{
    QList<QByteArray> lines = diff.split('\n');
    for (qsizetype i = 0; i < std::min<qsizetype>(2, lines.size()); ++i) {
        lines[i] = lines[i].left(lines[i].indexOf('\t'));
    }
    return lines.join('\n');
}

QString numbered(int from, int to)
{
    QString text;
    for (int i = from; i <= to; ++i) {
        text += u"line "_s + QString::number(i) + u'\n';
    }
    return text;
}

// A long file with edits strewn over it: lines changed, removed and added, every line unique.
std::pair<QString, QString> scatteredEdits()
{
    QRandomGenerator random(20240611);
    QString before;
    QString after;
    for (int i = 0; i < 3000; ++i) {
        const QString line = u"entry %1: value %2\n"_s.arg(i).arg(i * 7 % 101);
        before += line;
        const quint32 dice = random.bounded(100);
        if (dice < 3) {
            after += u"entry %1: changed\n"_s.arg(i);
        } else if (dice < 5) {
            continue;
        } else if (dice < 7) {
            after += line + u"inserted after %1 — ünïcode\n"_s.arg(i);
        } else {
            after += line;
        }
    }
    return { before, after };
}

} // namespace

class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(u"/usr/bin/diff"_s)); }

    void matchesDiffAndPatchApplies_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<int>("context");
        const QString ten = numbered(1, 10);
        QTest::newRow("equal") << ten << ten << 3;
        QTest::newRow("edit at start") << ten << QString(ten).replace(u"line 1\n"_s, u"first\n"_s) << 3;
        QTest::newRow("edit in middle") << ten << QString(ten).replace(u"line 5\n"_s, u"five\n"_s) << 3;
        QTest::newRow("edit at end") << ten << QString(ten).replace(u"line 10\n"_s, u"ten\n"_s) << 3;
        QTest::newRow("insert at start") << ten << QString(u"new\n"_s + ten) << 3;
        QTest::newRow("insert in middle") << ten << QString(numbered(1, 4) + u"a\nb\n"_s + numbered(5, 10)) << 3;
        QTest::newRow("append") << ten << QString(ten + u"11\n12\n"_s) << 3;
        QTest::newRow("delete at start") << ten << numbered(3, 10) << 3;
        QTest::newRow("delete in middle") << ten << QString(numbered(1, 3) + numbered(8, 10)) << 3;
        QTest::newRow("delete at end") << ten << numbered(1, 7) << 3;
        QTest::newRow("old lacks final newline") << ten.chopped(1) << ten << 3;
        QTest::newRow("new lacks final newline") << ten << ten.chopped(1) << 3;
        QTest::newRow("both lack, last differs") << ten.chopped(1) << QString(numbered(1, 9) + u"ten"_s) << 3;
        QTest::newRow("both lack, middle differs")
            << ten.chopped(1) << QString(ten.chopped(1)).replace(u"line 2\n"_s, u"2\n"_s) << 3;
        QTest::newRow("from empty") << QString() << ten << 3;
        QTest::newRow("to empty") << ten << QString() << 3;
        QTest::newRow("to one line without newline") << QString() << u"x"_s << 3;
        QTest::newRow("six apart merge") << numbered(
            1, 20) << QString(numbered(1, 20)).replace(u"line 5\n"_s, u"5\n"_s).replace(u"line 12\n"_s, u"12\n"_s)
                                         << 3;
        QTest::newRow("seven apart split")
            << numbered(1, 20)
            << QString(numbered(1, 20)).replace(u"line 5\n"_s, u"5\n"_s).replace(u"line 13\n"_s, u"13\n"_s) << 3;
        QTest::newRow("context 0")
            << numbered(1, 20)
            << QString(QString(numbered(1, 20)).replace(u"line 5\n"_s, u"5\n"_s).replace(u"line 6\n"_s, QString())
                   + u"x\n"_s)
            << 0;
        QTest::newRow("context 1") << numbered(
            1, 20) << QString(numbered(1, 20)).replace(u"line 5\n"_s, u"5\n"_s).replace(u"line 8\n"_s, u"8\n"_s)
                                   << 1;
        QTest::newRow("cloud-config")
            << u"#cloud-config\nusers:\n  - name: ops\n    sudo: ALL=(ALL) NOPASSWD:ALL\npackages: [htop]\n"_s
            << u"#cloud-config\nusers:\n  - name: ops\n    shell: /bin/bash\n    sudo: ALL=(ALL) NOPASSWD:ALL\npackages: [htop, jq]\nruncmd:\n  - echo héllo\n"_s
            << 3;
        const auto [before, after] = scatteredEdits();
        QTest::newRow("large, scattered edits") << before << after << 3;
    }

    void matchesDiffAndPatchApplies()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(int, context);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"old"_s), before.toUtf8()));
        QVERIFY(writeFile(dir.filePath(u"new"_s), after.toUtf8()));
        const QString ours = UnifiedDiff::diff(before, after, u"old"_s, u"new"_s, context);

        const ToolRun diff
            = runTool(u"diff"_s, { u"-U"_s + QString::number(context), u"old"_s, u"new"_s }, {}, dir.path());
        QCOMPARE(diff.exitCode, before == after ? 0 : 1);
        QCOMPARE(ours.toUtf8(), withoutTimestamps(diff.output));

        if (before == after) {
            QVERIFY(ours.isEmpty());
            return;
        }
        if (!QFile::exists(u"/usr/bin/patch"_s)) {
            qInfo("patch is not installed: checked against diff -u only");
            return;
        }
        const ToolRun patch = runTool(
            u"/usr/bin/patch"_s, { u"--quiet"_s, u"--output=patched"_s, u"old"_s }, ours.toUtf8(), dir.path());
        QVERIFY2(patch.exitCode == 0, patch.all().constData());
        QCOMPARE(readFile(dir.filePath(u"patched"_s)), after.toUtf8());
    }
};

VMDESK_TEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
