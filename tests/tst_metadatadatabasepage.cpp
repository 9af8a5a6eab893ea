// SPDX-License-Identifier: GPL-3.0-or-later
// The Metadata page offscreen on a PostgreSQL store (a throwaway cluster): open the store (the
// password from the dialog, then from the keychain), open a document, edit and save it, and find
// exactly the editor's bytes in the database, announced to other servers by NOTIFY; another
// writer's change reaches the editor; a save with the database down keeps the text and says so;
// create and delete a document; the Deliver menu takes the database's document, not a file of the
// same name in the folder.
#include <QCheckBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "cloudinit/metadatastore.h"
#include "cloudinit/postgresdriver.h"
#include "codeeditor.h"
#include "deliverypayload.h"
#include "metadatadatabase.h"
#include "metadatadatabasemodel.h"
#include "metadatadelivery.h"
#include "metadataeditsession.h"
#include "metadatapage.h"
#include "metadatastorebar.h"
#include "openstoredialog.h"
#include "secrets/memorysecretstore.h"
#include "support/postgresinstance.h"
#include "support/testmain.h"
#include "support/toolrun.h"
#include "support/whenmodal.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;

template <typename T> T resultOf(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, waitMs) || future.resultCount() == 0) {
        return T {};
    }
    return future.result();
}

const QByteArray webDocument = "# the web server\nmetadata:\n  instance_id: i-web-01\n  hostname: web-01\n";

// The text the admin types: a comment, trailing spaces and a non-ASCII name, which a save that
// re-serialised the YAML or trimmed the text would not keep.
const QByteArray editedDocument
    = "# the web server, moved to the new rack  \nmetadata:\n  instance_id: i-web-01\n  hostname: web-01\n"
      "  region: Zürich\n";
} // namespace

class TestMetadataDatabasePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;
    MetadataStore m_store;
    std::unique_ptr<PostgresDriver> m_other; // another metadata server on the same database
    std::optional<MemorySecretStore> m_secrets;
    std::optional<MetadataPage> m_page;

    std::unique_ptr<PostgresDriver> connected()
    {
        auto driver = std::make_unique<PostgresDriver>(m_store, m_postgres->password());
        if (!QTest::qWaitFor([&] { return driver->isConnected(); }, waitMs)) {
            return nullptr;
        }
        return driver;
    }

    QByteArray stored(const QString& key)
    {
        // After an outage the test's own driver notices and reconnects on its own schedule: ask
        // until the database answers.
        PostgresDriver::Fetched fetched;
        const bool answered = QTest::qWaitFor(
            [&] {
                fetched = resultOf(m_other->fetch(key));
                return !fetched.unavailable;
            },
            waitMs);
        if (!answered) {
            return QByteArray("(no answer: ") + fetched.error.toUtf8() + ')';
        }
        return fetched.document ? fetched.document->yaml : QByteArray("(none: ") + fetched.error.toUtf8() + ')';
    }

    bool openInPage(const QString& key)
    {
        MetadataEditSession* session = m_page->session();
        m_page->openVm(key);
        return QTest::qWaitFor([&] { return session->isOpen() && session->key() == key; }, waitMs);
    }

    void typeText(const QByteArray& text)
    {
        m_page->editor()->setPlainText(QString::fromUtf8(text));
        QTRY_COMPARE(m_page->session()->text(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
        QString error;
        const auto store = MetadataStore::parse(m_postgres->url(), &error);
        QVERIFY2(store, qPrintable(error));
        m_store = *store;
        m_other = connected();
        QVERIFY(m_other);
    }

    void init()
    {
        QVERIFY(resultOf(m_other->save(u"web-01"_s, webDocument)).ok());
        m_secrets.emplace();
        m_page.emplace(nullptr, &*m_secrets);
        m_page->resize(1300, 800);
        m_page->show();
        m_page->openStore(m_store, m_postgres->password());
        QVERIFY(m_page->database());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->database()->model()->rowOf(u"web-01"_s) >= 0, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->database()->model()->isSettled(), waitMs);
        QCOMPARE(m_page->fileTable()->model()->rowCount(), m_page->database()->model()->rowCount());
    }

    void cleanup()
    {
        if (!m_postgres->isRunning()) {
            QVERIFY(m_postgres->start());
        }
        if (m_page && m_page->session()->isDirty()) {
            m_page->session()->reload(); // no "unsaved changes" question at the end
        }
        m_page.reset();
        m_secrets.reset();
        stored(u"web-01"_s); // waits for the database to answer again
        for (const QString& key : resultOf(m_other->keys()).keys) {
            QVERIFY(resultOf(m_other->remove(key)).ok());
        }
    }

    void savesTheEditorsBytesExactlyAndAnnouncesThem()
    {
        QVERIFY(openInPage(u"web-01"_s));
        QCOMPARE(m_page->session()->text(), webDocument);
        QVERIFY(m_page->storeBar()->stateLabel()->text().contains(m_store.display()));
        QVERIFY(!m_page->storeBar()->stateLabel()->text().contains(m_postgres->password()));

        typeText(editedDocument);
        QVERIFY(m_page->session()->isDirty());
        QSignalSpy notified(m_other.get(), &MetadataDriver::documentChanged);
        QSignalSpy saved(&*m_page, &MetadataPage::documentSaved);
        QVERIFY(m_page->save(false));
        QVERIFY(saved.wait(waitMs));
        QCOMPARE(saved.first().first().toString(), u"web-01"_s);
        QVERIFY(!m_page->session()->isDirty());
        QCOMPARE(stored(u"web-01"_s), editedDocument);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(notified.cbegin(), notified.cend(),
                [](const QList<QVariant>& args) { return args.first().toString() == u"web-01"_s; }),
            waitMs);
        // The list shows the saved document as it is, not as changed elsewhere.
        MetadataDatabaseModel* model = m_page->database()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(u"web-01"_s), 0)
                                      .data(MetadataFileModel::StatusRole)
                                      .value<MetadataFileModel::Status>(),
            MetadataFileModel::Status::Valid, waitMs);
    }

    void anotherWritersChangeReachesTheEditor()
    {
        QVERIFY(openInPage(u"web-01"_s));
        const QByteArray theirs = webDocument + "  region: lab\n";
        QVERIFY(resultOf(m_other->save(u"web-01"_s, theirs)).ok());
        // Nothing unsaved: theirs is taken, as an editor takes a file changed on disk.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->session()->text(), theirs, waitMs);
        QCOMPARE(m_page->editor()->toPlainText().toUtf8(), theirs);
        QVERIFY(!m_page->session()->isDirty());

        // With unsaved changes the admin is asked; keeping theirs out of the text until asked.
        typeText(editedDocument);
        QSignalSpy changed(m_page->session(), &MetadataEditSession::changedOnDisk);
        bool asked = false;
        whenModal<QMessageBox>(this, [&asked](QMessageBox* box) {
            asked = box->text().contains(u"changed in the database"_s);
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == u"Keep Mine"_s) {
                    button->click();
                }
            }
        });
        QVERIFY(resultOf(m_other->save(u"web-01"_s, webDocument)).ok());
        QVERIFY(changed.wait(waitMs));
        QTRY_VERIFY(asked);
        QCOMPARE(m_page->session()->text(), editedDocument);
        QCOMPARE(m_page->session()->diskText(), webDocument);
    }

    void aSaveWithTheDatabaseDownKeepsTheTextAndSaysSo()
    {
        QVERIFY(openInPage(u"web-01"_s));
        typeText(editedDocument);
        QVERIFY(m_postgres->stop());
        QSignalSpy messages(&*m_page, &MetadataPage::statusMessage);
        QVERIFY(m_page->save(false));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QMessageBox*>(u"saveFailed"_s), waitMs);
        auto* box = m_page->findChild<QMessageBox*>(u"saveFailed"_s);
        QVERIFY2(box->text().contains(u"web-01 was not saved"_s) && box->text().contains(u"still here"_s),
            qPrintable(box->text()));
        QVERIFY(!box->text().contains(m_postgres->password()));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(),
            [](const QList<QVariant>& args) { return args.first().toString().contains(u"was not saved"_s); }));
        QCOMPARE(m_page->session()->text(), editedDocument);
        QCOMPARE(m_page->editor()->toPlainText().toUtf8(), editedDocument);
        QVERIFY(m_page->session()->isDirty());
        box->close();

        // Once the database is back, the same text saves.
        QVERIFY(m_postgres->start());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->database()->isConnected(), waitMs);
        QSignalSpy saved(&*m_page, &MetadataPage::documentSaved);
        QVERIFY(m_page->save(false));
        QVERIFY(saved.wait(waitMs));
        QCOMPARE(stored(u"web-01"_s), editedDocument);
    }

    void createsAndDeletesADocument()
    {
        // A VM without a document opens with the starter; saving creates its row.
        m_page->setInventoryVms({ u"new-vm"_s });
        MetadataDatabaseModel* model = m_page->database()->model();
        QTRY_VERIFY(model->rowOf(u"new-vm"_s) >= 0);
        QVERIFY(openInPage(u"new-vm"_s));
        QVERIFY(!m_page->session()->existsOnDisk());
        QVERIFY(m_page->session()->text().contains("new-vm"));
        QSignalSpy saved(&*m_page, &MetadataPage::documentSaved);
        QVERIFY(m_page->save(false));
        QVERIFY(saved.wait(waitMs));
        QCOMPARE(stored(u"new-vm"_s), m_page->session()->text());
        QTRY_VERIFY(!model->index(model->rowOf(u"new-vm"_s), 0).data(MetadataFileModel::NeedsCreateRole).toBool());

        QVERIFY(m_page->storeBar()->deleteButton()->isEnabled());
        whenModal<QMessageBox>(this, [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        QSignalSpy removed(m_page->database(), &MetadataDatabase::removeFinished);
        m_page->storeBar()->deleteDocument();
        QVERIFY(removed.wait(waitMs));
        QCOMPARE(removed.first().at(1).toString(), QString());
        QVERIFY(stored(u"new-vm"_s).startsWith("(none"));
        QVERIFY(!m_page->session()->isOpen());
        QTRY_VERIFY(model->index(model->rowOf(u"new-vm"_s), 0).data(MetadataFileModel::NeedsCreateRole).toBool());
    }

    void deliveryTakesTheDatabasesDocumentNotTheFolders()
    {
        // The page's folder (still set, though the store is the database) has web-01.yaml with
        // other text, and a document the database does not have.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QByteArray folderDocument = "metadata:\n  instance_id: i-folder-99\n  hostname: folder-web\n";
        for (const QString& name : { u"web-01.yaml"_s, u"folder-only.yaml"_s }) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(folderDocument) == folderDocument.size());
        }
        m_page->setDirectory(folder.path());
        QVERIFY(m_page->database());
        using Channel = CloudInitPayload::Channel;
        const CloudInitPayload fromDatabase
            = CloudInitPayload::fromText(webDocument, u"expected"_s, u"web-01"_s, Channel::Iso, 0);
        const CloudInitPayload fromFolder
            = CloudInitPayload::fromText(folderDocument, u"folder"_s, u"web-01"_s, Channel::Iso, 0);
        QVERIFY2(fromDatabase.isValid() && fromFolder.isValid(), qPrintable(fromDatabase.error + fromFolder.error));
        QVERIFY(fromDatabase.files.metaData != fromFolder.files.metaData); // the check below can tell them apart

        // Save Seed ISO writes the database's document, read back by isoinfo.
        const QString isoPath = folder.filePath(u"web-01-seed.iso"_s);
        whenModal<QFileDialog>(this, [isoPath](QFileDialog* dialog) {
            dialog->selectFile(isoPath);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog's override is protected
        });
        MetadataDelivery* delivery = m_page->delivery();
        delivery->setVm(u"web-01"_s);
        QSignalSpy finished(delivery, &MetadataDelivery::finished);
        QVERIFY(delivery->saveIsoAction()->isEnabled());
        delivery->saveIsoAction()->trigger();
        QVERIFY(finished.size() == 1 || finished.wait(waitMs));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        for (const auto& [name, bytes] : { std::pair(u"/meta-data"_s, fromDatabase.files.metaData),
                 std::pair(u"/user-data"_s, fromDatabase.files.userData) }) {
            const ToolRun extract = runTool(u"isoinfo"_s, { u"-R"_s, u"-x"_s, name, u"-i"_s, isoPath });
            QVERIFY2(extract.exitCode == 0, extract.all().constData());
            QCOMPARE(extract.output, bytes);
        }

        // The other channels' payloads come from the same place, and name the database's document.
        const DeliveryPayload source = DeliveryPayload::database(m_page->database());
        const CloudInitPayload guestinfo = resultOf(source.build(u"web-01"_s, Channel::Guestinfo, 2));
        QVERIFY2(guestinfo.isValid(), qPrintable(guestinfo.error));
        QCOMPARE(guestinfo.guestinfo.metadata,
            CloudInitPayload::fromText(webDocument, {}, u"web-01"_s, Channel::Guestinfo, 2).guestinfo.metadata);
        QCOMPARE(guestinfo.documentPath, m_page->database()->location(u"web-01"_s));
        const CloudInitPayload kvp = resultOf(source.build(u"web-01"_s, Channel::Kvp, 0));
        QCOMPARE(kvp.files.metaData, fromDatabase.files.metaData);

        // A document only the folder has is none here: an error naming the database, and the
        // channels line says there is no saved document.
        const CloudInitPayload missing = resultOf(source.build(u"folder-only"_s, Channel::Kvp, 0));
        QVERIFY(!missing.isValid());
        QVERIFY2(missing.error.contains(m_store.display()), qPrintable(missing.error));
        QVERIFY(!missing.error.contains(m_postgres->password()));
        QSignalSpy read(delivery, &MetadataDelivery::channelsRead);
        delivery->setVm(u"folder-only"_s);
        QVERIFY(read.wait(waitMs));
        QVERIFY2(read.last().first().toString().contains(u"Serial file: none"_s),
            qPrintable(read.last().first().toString()));
        delivery->setVm(u"web-01"_s);
        QVERIFY(read.wait(waitMs));
        QVERIFY2(read.last().first().toString().contains(u"Serial file: saved"_s),
            qPrintable(read.last().first().toString()));

        // With the database closed, a payload says so instead of taking the folder's file.
        QVERIFY(m_postgres->stop());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->database()->isConnected(), waitMs);
        const CloudInitPayload down = resultOf(source.build(u"web-01"_s, Channel::Iso, 0));
        QVERIFY(!down.isValid());
        QVERIFY2(down.error.contains(u"could not be read from"_s), qPrintable(down.error));
    }

    void theOpenStoreDialogRemembersThePasswordInTheKeychain()
    {
        // First: the URL and the password, kept in the keychain.
        whenModal<OpenStoreDialog>(this, [this](OpenStoreDialog* dialog) {
            dialog->urlEdit()->setText(m_store.display());
            dialog->passwordEdit()->setText(m_postgres->password());
            dialog->findChild<QCheckBox*>()->setChecked(true);
            dialog->accept();
        });
        QSignalSpy chosen(m_page->storeBar(), &MetadataStoreBar::storeChosen);
        m_page->storeBar()->chooseStore();
        QTRY_COMPARE(chosen.size(), 1);
        QCOMPARE(resultOf(m_secrets->readPassword(m_store.secretKey())), m_postgres->password());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->database() && m_page->database()->isConnected(), waitMs);

        // Then: the URL alone; the password comes from the keychain.
        whenModal<OpenStoreDialog>(this, [this](OpenStoreDialog* dialog) {
            dialog->urlEdit()->setText(m_store.display());
            dialog->accept();
        });
        m_page->storeBar()->chooseStore();
        QTRY_COMPARE_WITH_TIMEOUT(chosen.size(), 2, waitMs);
        QCOMPARE(chosen.last().at(1).toString(), m_postgres->password());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->database() && m_page->database()->isConnected(), waitMs);
        QVERIFY(openInPage(u"web-01"_s));
        QCOMPARE(m_page->session()->text(), webDocument);

        // A URL with a password in it is refused without repeating it.
        whenModal<OpenStoreDialog>(this, [](OpenStoreDialog* dialog) {
            dialog->urlEdit()->setText(u"postgresql://vmdesk:Sekrit-77@127.0.0.1/vmdesk"_s);
            dialog->accept();
            const QString problem = dialog->findChild<QLabel*>(u"storeProblem"_s)->text();
            QVERIFY2(!problem.isEmpty() && !problem.contains(u"Sekrit-77"_s), qPrintable(problem));
            dialog->reject();
        });
        m_page->storeBar()->chooseStore();
        QCOMPARE(chosen.size(), 2);
    }

    // Save in the "unsaved changes" question must wait for the database before the next document
    // replaces the text, and without letting anything else switch meanwhile (the wait is modal).
    void switchingAwaySavesFirstAndWaitsForTheDatabase()
    {
        QVERIFY(resultOf(m_other->save(u"db-01"_s, webDocument)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->database()->model()->rowOf(u"db-01"_s) >= 0, waitMs);
        QVERIFY(openInPage(u"web-01"_s));
        typeText(editedDocument);
        // Save to every question on the way (save first?, save with errors?, the diff) but never
        // to the wait itself, which only the database's answer ends.
        QTimer answerer;
        connect(&answerer, &QTimer::timeout, this, [] {
            QWidget* modal = QApplication::activeModalWidget();
            if (auto* box = qobject_cast<QMessageBox*>(modal); box && box->isVisible()) {
                QVERIFY2(box->button(QMessageBox::Save), qPrintable(box->text())); // not some other question
                box->button(QMessageBox::Save)->click();
            } else if (auto* dialog = qobject_cast<QDialog*>(modal);
                       dialog && dialog->isVisible() && !qobject_cast<QProgressDialog*>(dialog)) {
                dialog->accept();
            }
        });
        answerer.start(20);
        QVERIFY(m_page->openVm(u"db-01"_s));
        QCOMPARE(stored(u"web-01"_s), editedDocument);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->session()->key(), u"db-01"_s, waitMs);
        QCOMPARE(m_page->session()->text(), webDocument);
    }

    // web-01 is the list's first row: a new name must not be taken for it.
    void newOnADatabaseStoreStartsANewDocument()
    {
        whenModal<QInputDialog>(this, [this](QInputDialog* name) {
            whenModal<QInputDialog>(this, [](QInputDialog* from) { from->accept(); });
            name->setTextValue(u"app-07"_s);
            name->accept();
        });
        m_page->newDocument();
        QTRY_COMPARE_WITH_TIMEOUT(m_page->session()->key(), u"app-07"_s, waitMs);
        QVERIFY(m_page->session()->isStored());
        QVERIFY(m_page->session()->text().contains("app-07"));
        QVERIFY(m_page->save(false));
        QTRY_VERIFY_WITH_TIMEOUT(stored(u"app-07"_s).contains("app-07"), waitMs);
        QCOMPARE(stored(u"web-01"_s), webDocument);
    }
};

VMDESK_TEST_MAIN(TestMetadataDatabasePage)
#include "tst_metadatadatabasepage.moc"
