// SPDX-License-Identifier: GPL-3.0-or-later
// The Metadata page offscreen: the list, the form and the YAML as two views of one document (a
// form edit changes only its line; a typed change shows in the form), one undo history, saves,
// findings in the list and the editor. Renders the README's screenshots of the page.
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "cloudinit/userdatavalidator.h"
#include "codeeditor.h"
#include "metadataeditsession.h"
#include "metadatafilemodel.h"
#include "metadataform.h"
#include "metadatapage.h"
#include "multipartdialog.h"
#include "support/changedlines.h"
#include "support/testfiles.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
void copyDocuments(const QString& to)
{
    for (const QFileInfo& file : QDir(QStringLiteral(VMDESK_DEMO_DIR)).entryInfoList({ u"*.yaml"_s })) {
        QFile::copy(file.filePath(), to + u'/' + file.fileName());
        QFile::setPermissions(to + u'/' + file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    }
}

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qFatal("no %s", name);
    }
    return found;
}
} // namespace

class TestMetadataPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // As the application does: English plural forms ("1 error", not "1 error(s)").
        QVERIFY(m_english.load(u"vmdesk_en"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        m_dir.emplace();
        copyDocuments(m_dir->path());
        m_page.emplace();
        m_page->resize(1300, 800);
        m_page->show();
        QSignalSpy scanned(m_page->fileModel(), &MetadataFileModel::scanFinished);
        m_page->setDirectory(m_dir->path());
        QVERIFY(scanned.wait());
    }

    void cleanup()
    {
        m_page.reset();
        m_dir.reset();
    }

    void listsEveryDocumentWithItsStatus()
    {
        MetadataFileModel* model = m_page->fileModel();
        QCOMPARE(model->rowCount(), 3);
        QTRY_COMPARE(
            model->index(model->rowOf(u"DC0_C0_RP0_VM2"_s), MetadataFileModel::FindingsColumn).data().toString(),
            u"1 error"_s);
        const int broken = model->rowOf(u"DC0_C0_RP0_VM2"_s);
        QTRY_COMPARE(model->index(broken, 0).data(MetadataFileModel::StatusRole).value<MetadataFileModel::Status>(),
            MetadataFileModel::Status::Errors);
    }

    void formEditChangesOnlyItsLineAndUndoes()
    {
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM0"_s));
        MetadataEditSession* session = m_page->session();
        QSignalSpy validated(session, &MetadataEditSession::validated);
        QVERIFY(validated.wait());
        auto* hostname = child<QLineEdit>(m_page->form(), "hostname");
        QCOMPARE(hostname->text(), u"web-01"_s);
        const QByteArray before = session->text();
        hostname->setText(u"web-99"_s);
        hostname->setModified(true);
        Q_EMIT hostname->editingFinished();
        const auto [removed, added] = changedLines(before, session->text());
        QCOMPARE(removed, QStringList { u"  hostname: web-01"_s });
        QCOMPARE(added, QStringList { u"  hostname: web-99"_s });
        QCOMPARE(m_page->editor()->toPlainText().toUtf8(), session->text()); // the YAML view follows
        QVERIFY(session->isDirty());
        session->undoStack()->undo();
        QCOMPARE(session->text(), before);
        QCOMPARE(m_page->editor()->toPlainText().toUtf8(), before);
        QVERIFY(!session->isDirty());
    }

    void networkCellEditsChangeOnlyTheirLine_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("check");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("added");
        QTest::newRow("MTU") << 1 << 7 << u"1500"_s << false << QStringList { u"      mtu: 9000"_s }
                             << QStringList { u"      mtu: 1500"_s };
        QTest::newRow("name keeps its comment")
            << 1 << 0 << u"ens224"_s << false
            << QStringList { u"    - name: eth1            # storage network, jumbo frames"_s }
            << QStringList { u"    - name: ens224            # storage network, jumbo frames"_s };
        QTest::newRow("addresses stay a flow list")
            << 0 << 4 << u"192.0.2.21/24, 2001:db8::21/64"_s << false
            << QStringList { u"      addresses: [192.0.2.20/24, \"2001:db8::20/64\"]"_s }
            << QStringList { u"      addresses: [192.0.2.21/24, \"2001:db8::21/64\"]"_s };
        QTest::newRow("DHCPv4 added as a new line")
            << 1 << 2 << QString() << true << QStringList {} << QStringList { u"      dhcp4: true"_s };
    }

    void networkCellEditsChangeOnlyTheirLine()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(bool, check);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, added);
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM2"_s));
        MetadataEditSession* session = m_page->session();
        QSignalSpy validated(session, &MetadataEditSession::validated);
        QVERIFY(validated.wait());
        auto* interfaces = child<QTableWidget>(m_page->form(), "interfaces");
        const QByteArray before = session->text();
        QTableWidgetItem* item = interfaces->item(row, column);
        if (check) {
            item->setCheckState(Qt::Checked);
        } else {
            item->setText(text);
        }
        const auto [gone, came] = changedLines(before, session->text());
        QCOMPARE(gone, removed);
        QCOMPARE(came, added);
    }

    void tagsAndKeysFromTheForm()
    {
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM0"_s));
        MetadataEditSession* session = m_page->session();
        QSignalSpy validated(session, &MetadataEditSession::validated);
        QVERIFY(validated.wait());
        auto* tags = child<QTableWidget>(m_page->form(), "tags");
        QCOMPARE(tags->rowCount(), 2);
        const QByteArray before = session->text();
        const int owner = tags->item(0, 0)->text() == u"owner"_s ? 0 : 1;
        tags->item(owner, 1)->setText(u"platform"_s); // owner: demo -> platform
        const auto [gone, came] = changedLines(before, session->text());
        QCOMPARE(gone, QStringList { u"    owner: demo"_s });
        QCOMPARE(came, QStringList { u"    owner: platform"_s });
        auto* keys = child<QTableWidget>(m_page->form(), "sshKeys");
        QTRY_COMPARE(keys->rowCount(), 1);
        // The demo key's type, bits and comment as ssh-keygen -lf shows them (tst_sshpublickey checks
        // the parser against ssh-keygen itself); a broken key is flagged, not dropped.
        QCOMPARE(keys->item(0, 1)->text(), u"(ED25519)"_s);
        QCOMPARE(keys->item(0, 2)->text(), u"256"_s);
        QCOMPARE(keys->item(0, 3)->text(), u"admin@lab"_s);
        QVERIFY(keys->item(0, 4)->text().startsWith(u"SHA256:"_s));
        keys->item(0, 0)->setText(u"ssh-ed25519 AAAAnotbase64!! admin@lab"_s);
        QVERIFY(session->text().contains("AAAAnotbase64!!"));
        QTRY_COMPARE(keys->item(0, 1)->text(), tr("invalid"));
    }

    void typedYamlShowsInTheForm()
    {
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM2"_s));
        MetadataEditSession* session = m_page->session();
        QSignalSpy validated(session, &MetadataEditSession::validated);
        QVERIFY(validated.wait());
        auto* interfaces = child<QTableWidget>(m_page->form(), "interfaces");
        QCOMPARE(interfaces->rowCount(), 2);
        QCOMPARE(interfaces->item(1, 7)->text(), u"9000"_s);
        CodeEditor* editor = m_page->editor();
        const QString text = editor->toPlainText();
        editor->setPlainText(QString(text).replace(u"mtu: 9000"_s, u"mtu: 1500"_s));
        QTRY_COMPARE(interfaces->item(1, 7)->text(), u"1500"_s);
        QVERIFY(session->text().contains("mtu: 1500"));
    }

    void findingsAreListedAndMarked()
    {
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM2"_s));
        QSignalSpy validated(m_page->session(), &MetadataEditSession::validated);
        QVERIFY(validated.wait());
        QListWidget* findings = m_page->findingsList();
        QCOMPARE(findings->count(), 1);
        QVERIFY(findings->item(0)->text().contains(u"line 24"_s));
        QCOMPARE(m_page->editor()->lineMarks().size(), 1);
        QCOMPARE(m_page->editor()->lineMarks().constFirst().line, 24);
        Q_EMIT findings->itemActivated(findings->item(0));
        QCOMPARE(m_page->form()->currentIndex(), m_page->yamlTabIndex());
        QCOMPARE(m_page->editor()->textCursor().blockNumber() + 1, 24);
    }

    void saveWritesTheTextAtomically()
    {
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM1"_s));
        MetadataEditSession* session = m_page->session();
        QString error;
        QVERIFY(session->setValue({ u"metadata"_s, u"region"_s }, u"lab"_s, &error));
        QVERIFY(m_page->save(false));
        QCOMPARE(readFile(m_dir->filePath(u"DC0_C0_RP0_VM1.yaml"_s)), session->text());
        QVERIFY(!session->isDirty());
    }

    void userDataPartsBecomeOneMultipartMessage()
    {
        const QByteArray cloudConfig = "#cloud-config\npackages: [nginx]\n";
        MultipartDialog dialog(cloudConfig);
        QCOMPARE(dialog.parts().size(), 1);
        QCOMPARE(dialog.parts().constFirst().contentType, u"text/cloud-config"_s);
        QCOMPARE(dialog.userData(), cloudConfig); // one part needs no MIME
        dialog.addPart(u"text/x-shellscript"_s, "#!/bin/sh\necho hello\n");
        const QByteArray message = dialog.userData();
        QString error;
        const std::optional<QList<MimePart>> parts = MimeMultipart::parse(message, &error);
        QVERIFY2(parts, qPrintable(error));
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(0).content, cloudConfig);
        QCOMPARE(parts->at(1).contentType, u"text/x-shellscript"_s);
        QVERIFY(!Findings::hasError(UserDataValidator::validate(message)));
        MultipartDialog reopened(message); // an existing message opens as its parts
        QCOMPARE(reopened.parts(), *parts);
        reopened.removePart(1);
        QCOMPARE(reopened.userData(), cloudConfig);
    }

    void rendersScreenshots()
    {
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(m_page->openVm(u"DC0_C0_RP0_VM2"_s));
        QSignalSpy validated(m_page->session(), &MetadataEditSession::validated);
        QVERIFY(validated.wait());
        m_page->fileTable()->selectRow(m_page->fileModel()->rowOf(u"DC0_C0_RP0_VM2"_s));
        m_page->form()->setCurrentIndex(2); // Network
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(screenshots.filePath(u"metadata-form.png"_s)));
        m_page->form()->setCurrentIndex(m_page->yamlTabIndex());
        m_page->editor()->goToLine(24, 13);
        QTest::qWait(100);
        QVERIFY(m_page->grab().save(screenshots.filePath(u"metadata-yaml-error.png"_s)));
    }

private:
    QTranslator m_english;
    std::optional<QTemporaryDir> m_dir;
    std::optional<MetadataPage> m_page;
};

VMDESK_TEST_MAIN(TestMetadataPage)
#include "tst_metadatapage.moc"
