// SPDX-License-Identifier: GPL-3.0-or-later
// The KVP page over a crafted pool directory: the five pools fill their tabs and follow changes on
// disk, the filter, base64 decoding of a value, writes to the guest-to-host pool (and the refusal
// of a value the host could not read), and what it says where there are no pool files.
#include <QClipboard>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "kvppage.h"
#include "kvppoolmodel.h"
#include "support/testmain.h"
#include "support/whenmodal.h"

using namespace Qt::StringLiterals;

namespace {
const QByteArray networking = R"({"interfaces":[{"macAddress":"00-15-5D-01-02-03","ipv4":"10.0.0.4"}]})";

bool writePool(const QString& directory, int pool, const QList<KvpRecord>& records, const QByteArray& tail = {})
{
    QFile file(KvpPool::path(directory, pool));
    return file.open(QIODevice::WriteOnly) && file.write(KvpPool::serialize(records) + tail) >= 0;
}

void fillPairDialog(QDialog* dialog, const QString& key, const QString& value)
{
    auto* keyEdit = dialog->findChild<QLineEdit*>(u"kvpKey"_s);
    auto* valueEdit = dialog->findChild<QPlainTextEdit*>(u"kvpValue"_s);
    QVERIFY(keyEdit && valueEdit);
    if (!key.isNull()) {
        keyEdit->setText(key);
    }
    valueEdit->setPlainText(value);
    dialog->accept();
}

QStringList keysIn(const QString& path)
{
    QStringList keys;
    for (const KvpRecord& record : KvpPool::read(path).records) {
        keys.append(record.keyText());
    }
    return keys;
}

int sourceRowOf(const KvpPoolModel* model, const QString& key)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, KvpPoolModel::KeyColumn).data().toString() == key) {
            return row;
        }
    }
    return -1;
}

void selectKey(KvpPage& page, int pool, const QString& key)
{
    const int row = sourceRowOf(page.model(pool), key);
    QVERIFY(row >= 0);
    page.table(pool)->selectRow(page.proxy(pool)->mapFromSource(page.model(pool)->index(row, 0)).row());
}
} // namespace

class TestKvpPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString dir = m_dir->path();
        QVERIFY(writePool(dir, 0, { { "VirtualMachineName", "web-01" }, { "HostName", "hv-host-7" } }));
        QVERIFY(writePool(dir, 1, { { "AppState", "ready" } }));
        QVERIFY(writePool(dir, 2, { { "OSName", "Debian GNU/Linux" }, { "OSVersion", "12" }, { "Empty", "" } },
            QByteArray(100, 'x')));
        QVERIFY(writePool(dir, 3, { { "PROVISION_NETWORKING", networking.toBase64() }, { "Note", "plain text!" } }));
        QVERIFY(writePool(dir, 4, {}));
    }

    void tabsFillAndFollowChanges()
    {
        KvpPage page;
        page.setDirectory(m_dir->path());
        QCOMPARE(QSettings().value(u"kvp/directory"_s).toString(), m_dir->path());
        QCOMPARE(page.tabs()->count(), 5);
        QCOMPARE(page.tabs()->tabText(1), u"Guest to host"_s);
        QCOMPARE(page.tabs()->tabText(3), u"Host facts"_s);
        QTRY_COMPARE(page.model(0)->rowCount(), 2);
        QTRY_COMPARE(page.model(2)->rowCount(), 3);
        QTRY_COMPARE(page.model(3)->rowCount(), 2);
        QCOMPARE(page.model(1)->rowCount(), 1);
        QCOMPARE(page.model(4)->rowCount(), 0);
        QCOMPARE(page.status(0)->text(), KvpPage::tr("%n item(s)", nullptr, 2));
        QCOMPARE(page.status(4)->text(), KvpPage::tr("%n item(s)", nullptr, 0));
        QVERIFY2(page.status(2)->text().contains(u"partial record of 100 byte"_s), qPrintable(page.status(2)->text()));

        // A change on disk shows up, and the selected row stays selected.
        selectKey(page, 0, u"HostName"_s);
        QCOMPARE(page.valueView()->toPlainText(), u"hv-host-7"_s);
        QCOMPARE(KvpPool::set(KvpPool::path(m_dir->path(), 0), "HostName", "hv-host-8"), QString());
        QCOMPARE(KvpPool::set(KvpPool::path(m_dir->path(), 0), "Extra", "1"), QString());
        QTRY_COMPARE(page.model(0)->rowCount(), 3);
        QTRY_COMPARE(page.valueView()->toPlainText(), u"hv-host-8"_s);
        QCOMPARE(page.selectedPairs(), u"HostName=hv-host-8"_s);
        QCOMPARE(page.status(0)->text(), KvpPage::tr("%n item(s)", nullptr, 3));

        // A new page starts where the last one looked.
        KvpPage again;
        QCOMPARE(again.directory(), m_dir->path());
        QCOMPARE(again.directoryEdit()->text(), m_dir->path());
    }

    void filtersOverKeyAndValue()
    {
        KvpPage page;
        page.setDirectory(m_dir->path());
        QTRY_COMPARE(page.model(2)->rowCount(), 3);
        page.filter(2)->setText(u"debian"_s); // a value
        QCOMPARE(page.proxy(2)->rowCount(), 1);
        QCOMPARE(page.proxy(2)->index(0, KvpPoolModel::KeyColumn).data().toString(), u"OSName"_s);
        page.filter(2)->setText(u"os"_s); // keys
        QCOMPARE(page.proxy(2)->rowCount(), 2);
        page.filter(2)->clear();
        QCOMPARE(page.proxy(2)->rowCount(), 3);
        page.table(2)->sortByColumn(KvpPoolModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(page.proxy(2)->index(0, KvpPoolModel::KeyColumn).data().toString(), u"OSName"_s);
    }

    void decodesBase64AndCopies()
    {
        KvpPage page;
        page.setDirectory(m_dir->path());
        QTRY_COMPARE(page.model(3)->rowCount(), 2);
        page.tabs()->setCurrentIndex(KvpPage::HostFacts);
        QVERIFY(!page.addButton()->isVisibleTo(&page));
        selectKey(page, 3, u"PROVISION_NETWORKING"_s);
        QCOMPARE(page.valueView()->toPlainText(), QString::fromLatin1(networking.toBase64()));
        QCOMPARE(page.base64View()->toPlainText(), QString::fromUtf8(networking));
        selectKey(page, 3, u"Note"_s);
        QCOMPARE(page.base64View()->toPlainText(), u"This value is not base64."_s);

        page.table(3)->selectAll();
        QVERIFY(page.copyButton()->isEnabled());
        page.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(),
            u"PROVISION_NETWORKING="_s + QString::fromLatin1(networking.toBase64()) + u"\nNote=plain text!"_s);
    }

    void addsEditsAndDeletesInGuestToHost()
    {
        KvpPage page;
        page.setDirectory(m_dir->path());
        const QString path = KvpPool::path(m_dir->path(), KvpPage::GuestToHost);
        QTRY_COMPARE(page.model(1)->rowCount(), 1);
        page.tabs()->setCurrentIndex(KvpPage::GuestToHost);
        QVERIFY(page.addButton()->isVisibleTo(&page));
        QSignalSpy written(&page, &KvpPage::writeFinished);

        whenModal<QDialog>(this, [](QDialog* dialog) { fillPairDialog(dialog, u"Deployed"_s, u"2026-11-30"_s); });
        page.addButton()->click();
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toString(), QString());
        QCOMPARE(keysIn(path), (QStringList { u"AppState"_s, u"Deployed"_s }));
        QTRY_COMPARE(page.model(1)->rowCount(), 2);

        selectKey(page, 1, u"AppState"_s);
        QVERIFY(page.editButton()->isEnabled());
        whenModal<QDialog>(this, [](QDialog* dialog) { fillPairDialog(dialog, QString(), u"stopping"_s); });
        page.editButton()->click();
        QTRY_COMPARE(written.count(), 2);
        QCOMPARE(KvpPool::read(path).records.first(), (KvpRecord { "AppState", "stopping" }));
        QTRY_COMPARE(page.valueView()->toPlainText(), u"stopping"_s);

        // Delete asks first; No leaves the pool alone.
        selectKey(page, 1, u"Deployed"_s);
        whenModal<QMessageBox>(this, [](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
        page.deleteButton()->click();
        QCOMPARE(keysIn(path).size(), 2);
        whenModal<QMessageBox>(this, [](QMessageBox* box) {
            QVERIFY(box->text().contains(u"Deployed"_s));
            box->button(QMessageBox::Yes)->click();
        });
        page.deleteButton()->click();
        QTRY_COMPARE(written.count(), 3);
        QCOMPARE(keysIn(path), QStringList { u"AppState"_s });
        QTRY_COMPARE(page.model(1)->rowCount(), 1);
    }

    void refusesAValueTheHostCannotRead()
    {
        KvpPage page;
        page.setDirectory(m_dir->path());
        const QString path = KvpPool::path(m_dir->path(), KvpPage::GuestToHost);
        QTRY_COMPARE(page.model(1)->rowCount(), 1);
        page.tabs()->setCurrentIndex(KvpPage::GuestToHost);
        const QString tooLong(KvpPool::hostValueLimit + 1, u'v');
        const QString expected = KvpPool::checkLimits("Big", tooLong.toUtf8());
        QVERIFY(expected.contains(u"1022"_s));
        QString shown;
        whenModal<QDialog>(this, [&](QDialog* dialog) {
            whenModal<QMessageBox>(this, [&](QMessageBox* box) {
                shown = box->text();
                box->accept();
            });
            fillPairDialog(dialog, u"Big"_s, tooLong);
        });
        QSignalSpy written(&page, &KvpPage::writeFinished);
        page.addButton()->click();
        QTRY_COMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toString(), expected);
        QCOMPARE(shown, expected);
        QCOMPARE(keysIn(path), QStringList { u"AppState"_s });
    }

    void saysWhenThereAreNoPoolFiles()
    {
        KvpPage page;
        const QString missing = m_dir->filePath(u"hyperv"_s);
        page.setDirectory(missing);
        const QString expected
            = u"No KVP pool files in %1 — this is not a Hyper-V guest, or hv_kvp_daemon does not run."_s.arg(missing);
        for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
            QCOMPARE(page.status(pool)->text(), expected);
        }
        QTest::qWait(100); // the watcher's reads of the missing files, when they come, change nothing
        QCOMPARE(page.status(1)->text(), expected);
        QCOMPARE(page.model(1)->rowCount(), 0);
    }

    void screenshot()
    {
        KvpPage page;
        page.setDirectory(m_dir->path());
        QTRY_COMPARE(page.model(3)->rowCount(), 2);
        page.tabs()->setCurrentIndex(KvpPage::HostFacts);
        selectKey(page, 3, u"PROVISION_NETWORKING"_s);
        QWidget* detailTabs = page.base64View();
        while (detailTabs && !qobject_cast<QTabWidget*>(detailTabs)) {
            detailTabs = detailTabs->parentWidget();
        }
        QVERIFY(detailTabs && detailTabs != page.tabs());
        static_cast<QTabWidget*>(detailTabs)->setCurrentWidget(page.base64View());
        page.resize(900, 560);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(page.grab().save(screenshots.filePath(u"kvp.png"_s)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

VMDESK_TEST_MAIN(TestKvpPage)
#include "tst_kvppage.moc"
