// SPDX-License-Identifier: GPL-3.0-or-later
// "Apply to several VMs" on three documents in a temporary folder, and the diff view it shows:
// diffs against hand-written results, an invalid result refused and its file untouched, only the
// accepted files written, a file changed after the preview left alone. Renders
// docs/screenshots/metadata-bulk-apply.png.
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTranslator>

#include "bulkapplydialog.h"
#include "cloudinit/documentpatch.h"
#include "core/unifieddiff.h"
#include "diffview.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
const QByteArray webA = R"(# web-a: front end, DMZ
metadata:
  instance-id: web-a-2026-11   # bump to re-run cloud-init
  local-hostname: web-a

# Static address on the DMZ network.
network:
  name: ens192
  address: 192.0.2.11/24
  gateway: 192.0.2.254
  nameservers: [192.0.2.53]   # internal resolvers
  search: example.com

x-ticket: OPS-1234  # unknown to vmdesk, kept as is
)";

const QByteArray webB = R"(metadata: {instance-id: web-b, local-hostname: web-b}
network:
  name: ens192
  address: 192.0.2.12/24
  gateway: 192.0.2.254
  nameservers:
    - 192.0.2.53
    - 192.0.2.54
userdata: |
  #cloud-config
  packages: [nginx]
)";

// On another subnet: the patch's gateway is not reachable from it.
const QByteArray storageC = R"(# storage-c: NFS server
metadata:
  instance-id: storage-c
network:
  address: 198.51.100.30/24
  gateway: 198.51.100.1
  nameservers: [198.51.100.53]
)";

const QByteArray patch = R"(# New resolvers and gateway for the DMZ.
network:
  gateway: 192.0.2.1
  nameservers: [192.0.2.153, 192.0.2.154]
)";

// What the patch must make of the two DMZ documents, written by hand.
const QByteArray webAPatched = R"(# web-a: front end, DMZ
metadata:
  instance-id: web-a-2026-11   # bump to re-run cloud-init
  local-hostname: web-a

# Static address on the DMZ network.
network:
  name: ens192
  address: 192.0.2.11/24
  gateway: 192.0.2.1
  nameservers: [192.0.2.153, 192.0.2.154]   # internal resolvers
  search: example.com

x-ticket: OPS-1234  # unknown to vmdesk, kept as is
)";

const QByteArray webBPatched = R"(metadata: {instance-id: web-b, local-hostname: web-b}
network:
  name: ens192
  address: 192.0.2.12/24
  gateway: 192.0.2.1
  nameservers:
    - 192.0.2.153
    - 192.0.2.154
userdata: |
  #cloud-config
  packages: [nginx]
)";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QString expectedDiff(const QString& key, const QByteArray& before, const QByteArray& after)
{
    const QString name = key + u".yaml"_s;
    return UnifiedDiff::diff(QString::fromUtf8(before), QString::fromUtf8(after), u"a/"_s + name, u"b/"_s + name);
}

struct Folder
{
    QTemporaryDir dir;
    QString path(const QString& key) const { return dir.filePath(key + u".yaml"_s); }
    bool fill()
    {
        return dir.isValid() && writeAll(path(u"web-a"_s), webA) && writeAll(path(u"web-b"_s), webB)
            && writeAll(path(u"storage-c"_s), storageC);
    }
};

const QStringList keys { u"web-a"_s, u"web-b"_s, u"storage-c"_s };

bool waitIdle(BulkApplyDialog& dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 30000);
}

QString resultText(const BulkApplyDialog& dialog, int row)
{
    return dialog.resultTable()->item(row, BulkApplyDialog::ResultColumn)->text();
}
} // namespace

class TestBulkApplyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: English plural forms ("changes 2 lines").
        QVERIFY(m_english.load(u"vmdesk_en"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&m_english);
        QCOMPARE(BulkApplyDialog::tr("changes %n line(s)", nullptr, 2), u"changes 2 lines"_s);
    }

    void diffViewColoursEachKindOfLine()
    {
        // The removed line "--- x" is content, not a file header: the hunk's counts say so.
        const QString diff = u"--- a/x.yaml\n+++ b/x.yaml\n@@ -1,3 +1,3 @@\n keep\n--- x\n-old\n+new\n"
                             "\\ No newline at end of file\n"_s;
        const QList<DiffView::LineKind> expected { DiffView::LineKind::Header, DiffView::LineKind::Header,
            DiffView::LineKind::Hunk, DiffView::LineKind::Context, DiffView::LineKind::Removed,
            DiffView::LineKind::Removed, DiffView::LineKind::Added, DiffView::LineKind::Note };
        DiffView view;
        view.setDiff(diff);
        QCOMPARE(view.lineKinds(), expected);
        QCOMPARE(view.toPlainText() + u'\n', diff);
        QCOMPARE(view.font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QVERIFY(view.isReadOnly());
        const auto checkBlocks = [&] {
            QTextBlock block = view.document()->firstBlock();
            for (const DiffView::LineKind kind : expected) {
                if (!block.isValid() || block.blockFormat().background() != view.background(kind)
                    || block.begin().fragment().charFormat().foreground().color() != view.foreground(kind)) {
                    return false;
                }
                block = block.next();
            }
            return !block.isValid();
        };
        QVERIFY(checkBlocks());
        const QColor added = view.background(DiffView::LineKind::Added).color();
        const QColor removed = view.background(DiffView::LineKind::Removed).color();
        QVERIFY(added.green() > added.red() && removed.red() > removed.green());
        QCOMPARE(view.background(DiffView::LineKind::Context).style(), Qt::NoBrush);

        // A dark palette gets its own colours, and the lines shown follow.
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(dark);
        QVERIFY(view.background(DiffView::LineKind::Added).color() != added);
        QVERIFY(view.background(DiffView::LineKind::Added).color().lightness() < 128);
        QVERIFY(checkBlocks());

        view.setDiff({});
        QVERIFY(view.document()->isEmpty());
        QCOMPARE(view.placeholderText(), DiffView::tr("No changes"));
    }

    void previewRefusesInvalidResultsAndApplyWritesTheOthers()
    {
        Folder folder;
        QVERIFY(folder.fill());
        BulkApplyDialog dialog(folder.dir.path(), keys);
        QCOMPARE(dialog.patchEditor()->placeholderText(), u"network:\n  nameservers: [192.0.2.53]"_s);
        dialog.patchEditor()->setPlainText(QString::fromUtf8(patch));
        QSignalSpy previewed(&dialog, &BulkApplyDialog::previewed);
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(previewed.count(), 1);

        const QList<BulkApplyDialog::Outcome> outcomes = dialog.outcomes();
        QCOMPARE(outcomes.size(), 3);
        using State = BulkApplyDialog::Outcome::State;
        QCOMPARE(outcomes.at(0).state, State::Changes);
        QCOMPARE(outcomes.at(0).result, webAPatched);
        QCOMPARE(outcomes.at(0).diff, expectedDiff(u"web-a"_s, webA, webAPatched));
        QCOMPARE(outcomes.at(0).changedLines, 2);
        QCOMPARE(outcomes.at(1).state, State::Changes);
        QCOMPARE(outcomes.at(1).result, webBPatched);
        QCOMPARE(outcomes.at(1).changedLines, 3);
        QCOMPARE(outcomes.at(2).state, State::Refused);
        QVERIFY2(
            outcomes.at(2).message.contains(u"gateway 192.0.2.1 is not inside"_s), qPrintable(outcomes.at(2).message));

        // The table says it, in red for the refusal; selecting a VM shows its diff.
        QTableWidget* table = dialog.resultTable();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, BulkApplyDialog::VmColumn)->text(), u"web-a"_s);
        QCOMPARE(resultText(dialog, 0), BulkApplyDialog::tr("changes %n line(s)", nullptr, 2));
        QCOMPARE(resultText(dialog, 2), BulkApplyDialog::tr("refused: %1").arg(outcomes.at(2).message));
        QCOMPARE(table->item(2, BulkApplyDialog::ResultColumn)->foreground().color(), QColor(0xc0, 0x1c, 0x28));
        QCOMPARE(dialog.diffView()->diff(), outcomes.at(0).diff); // the first change is selected
        table->selectRow(1);
        QCOMPARE(dialog.diffView()->diff(), expectedDiff(u"web-b"_s, webB, webBPatched));
        QVERIFY(dialog.diffView()->lineKinds().contains(DiffView::LineKind::Added));

        QSignalSpy applied(&dialog, &BulkApplyDialog::applied);
        dialog.apply();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(readAll(folder.path(u"web-a"_s)), webAPatched);
        QCOMPARE(readAll(folder.path(u"web-b"_s)), webBPatched);
        QCOMPARE(readAll(folder.path(u"storage-c"_s)), storageC);
        QVERIFY(readAll(folder.path(u"web-a"_s)).contains("# internal resolvers"));
        QCOMPARE(dialog.outcomes().at(0).state, State::Written);
        QCOMPARE(dialog.outcomes().at(2).state, State::Refused);
        QVERIFY2(dialog.summary().contains(u"Written: 2."_s), qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains(u"Refused: 1."_s));
        // Only the result files: no temporary file left beside them.
        QCOMPARE(QDir(folder.dir.path()).entryList(QDir::Files).size(), 3);

        // The same patch again changes nothing more.
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.outcomes().at(0).state, State::NoChange);
        QCOMPARE(dialog.outcomes().at(1).state, State::NoChange);
        QCOMPARE(resultText(dialog, 0), BulkApplyDialog::tr("no change"));
        QCOMPARE(dialog.outcomes().at(2).state, State::Refused);
    }

    void aFileChangedAfterThePreviewIsNotWritten()
    {
        Folder folder;
        QVERIFY(folder.fill());
        BulkApplyDialog dialog(folder.dir.path(), keys);
        dialog.patchEditor()->setPlainText(QString::fromUtf8(patch));
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        const QByteArray editedMeanwhile = webB + "# edited by hand\n";
        QVERIFY(writeAll(folder.path(u"web-b"_s), editedMeanwhile));
        dialog.apply();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.outcomes().at(1).state, BulkApplyDialog::Outcome::State::ChangedOnDisk);
        QCOMPARE(resultText(dialog, 1), BulkApplyDialog::tr("changed on disk, not written"));
        QCOMPARE(readAll(folder.path(u"web-b"_s)), editedMeanwhile);
        QCOMPARE(readAll(folder.path(u"web-a"_s)), webAPatched);
        QVERIFY(dialog.summary().contains(u"Changed on disk, not written: 1."_s));
    }

    void aPatchEditedAfterThePreviewMustBePreviewedAgain()
    {
        Folder folder;
        QVERIFY(folder.fill());
        BulkApplyDialog dialog(folder.dir.path(), keys);
        dialog.patchEditor()->setPlainText(QString::fromUtf8(patch));
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        dialog.patchEditor()->appendPlainText(u"  search: corp.example.com"_s);
        dialog.apply(); // refused: the preview is for another patch
        QVERIFY(!dialog.isBusy());
        QCOMPARE(readAll(folder.path(u"web-a"_s)), webA);
    }

    void badPatchesAreReported()
    {
        Folder folder;
        QVERIFY(folder.fill());
        BulkApplyDialog dialog(folder.dir.path(), keys);
        const QByteArray broken = "network: [unclosed\n";
        QString readError;
        QVERIFY(!DocumentPatch::read(broken, &readError));
        dialog.patchEditor()->setPlainText(QString::fromUtf8(broken));
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        QVERIFY(dialog.outcomes().isEmpty());
        QCOMPARE(dialog.resultTable()->rowCount(), 0);
        QVERIFY2(dialog.summary().contains(readError), qPrintable(dialog.summary()));

        QVERIFY(!dialog.loadPatch(folder.dir.filePath(u"missing.yaml"_s)));
        QVERIFY(dialog.summary().contains(u"missing.yaml"_s));
        const QString patchFile = folder.dir.filePath(u"dmz.patch.yaml"_s);
        QVERIFY(writeAll(patchFile, patch));
        QVERIFY(dialog.loadPatch(patchFile));
        QCOMPARE(dialog.patchEditor()->toPlainText().toUtf8(), patch);
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.outcomes().size(), 3);
    }

    void rendersScreenshot()
    {
        Folder folder;
        QVERIFY(folder.fill());
        BulkApplyDialog dialog(folder.dir.path(), keys);
        dialog.resize(1000, 650);
        dialog.patchEditor()->setPlainText(QString::fromUtf8(patch));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.preview();
        QVERIFY(waitIdle(dialog));
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        const QImage picture = dialog.grab().toImage();
        QCOMPARE(picture.size(), QSize(1000, 650));
        QVERIFY(picture.save(screenshots.filePath(u"metadata-bulk-apply.png"_s)));
    }

private:
    QTranslator m_english;
};

VMDESK_TEST_MAIN(TestBulkApplyDialog)
#include "tst_bulkapplydialog.moc"
