// SPDX-License-Identifier: GPL-3.0-or-later
// The edit session: one text behind the form and the editor, one undo history, atomic saves, and
// changes on disk reported rather than lost.
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "metadataeditsession.h"
#include "support/testfiles.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
const QByteArray document = R"(# web server
metadata:
  instance-id: web-1   # keep
  local-hostname: web-1
userdata: |
  #cloud-config
  # packages first
  packages: [nginx]
  runcmd:
    - [systemctl, enable, nginx]
)";

} // namespace

class TestMetadataEditSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_path = m_dir->filePath(u"web-1.yaml"_s);
        QVERIFY(writeFile(m_path, document));
    }

    void formEditsChangeOneLineAndUndo()
    {
        MetadataEditSession session;
        QSignalSpy dirty(&session, &MetadataEditSession::dirtyChanged);
        QSignalSpy validated(&session, &MetadataEditSession::validated);
        QString error;
        QVERIFY(session.open(m_path, &error));
        QVERIFY(!session.isDirty());
        QVERIFY(validated.wait());
        QCOMPARE(dirty.count(), 0);
        QVERIFY(session.setValue({ u"metadata"_s, u"region"_s }, u"lab"_s, &error));
        QVERIFY(session.isDirty());
        QCOMPARE(dirty.count(), 1);
        QCOMPARE(session.text(),
            QByteArray(document).replace("  local-hostname: web-1\n", "  local-hostname: web-1\n  region: lab\n"));
        QVERIFY(session.setUserDataValue({ u"packages"_s }, QJsonArray { u"nginx"_s, u"curl"_s }, &error));
        QVERIFY(session.text().contains(
            "  # packages first\n  packages: [nginx, curl]\n  runcmd:\n    - [systemctl, enable, nginx]\n"));
        const QString diff = session.diffAgainstDisk();
        QVERIFY2(diff.contains(u"-  packages: [nginx]\n+  packages: [nginx, curl]\n"_s), qPrintable(diff));
        QVERIFY(diff.contains(u"+  region: lab\n"_s));
        session.undoStack()->undo();
        session.undoStack()->undo();
        QCOMPARE(session.text(), document);
        QVERIFY(!session.isDirty());
        QCOMPARE(dirty.count(), 2);
        session.undoStack()->redo();
        QVERIFY(session.text().contains("region: lab"));
    }

    void typingMergesIntoOneUndoStep()
    {
        MetadataEditSession session;
        QString error;
        QVERIFY(session.open(m_path, &error));
        session.setText(document + "#");
        session.setText(document + "#a");
        session.setText(document + "#ab");
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QCOMPARE(session.text(), document);
    }

    void validationFollowsTheText()
    {
        MetadataEditSession session;
        QSignalSpy validated(&session, &MetadataEditSession::validated);
        QString error;
        QVERIFY(session.open(m_path, &error));
        QVERIFY(validated.wait());
        QVERIFY(!Findings::hasError(session.validation().findings));
        session.setText(QByteArray(document).replace("packages: [nginx]", "packages: nginx"));
        QTRY_VERIFY(Findings::hasError(session.validation().findings));
        const Finding finding = session.validation().findings.constFirst();
        QCOMPARE(finding.line, 8);
    }

    void saveIsAtomicAndClean()
    {
        MetadataEditSession session;
        QSignalSpy saved(&session, &MetadataEditSession::saved);
        QString error;
        QVERIFY(session.open(m_path, &error));
        QVERIFY(session.setValue({ u"metadata"_s, u"instance-id"_s }, u"web-2"_s, &error));
        QVERIFY2(session.save(&error), qPrintable(error));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(readFile(m_path), QByteArray(document).replace("instance-id: web-1", "instance-id: web-2"));
        QVERIFY(!session.isDirty());
        QVERIFY(session.diffAgainstDisk().isEmpty());
    }

    void saveFailureKeepsTheText()
    {
        MetadataEditSession session;
        QString error;
        QVERIFY(session.open(m_path, &error));
        session.setText(document + "# mine\n");
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner);
        const bool written = session.save(&error);
        QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (geteuid() == 0) {
            QVERIFY(written); // root writes into read-only folders; tst_fulldisk covers a full disk
            return;
        }
        QVERIFY(!written);
        QVERIFY(!error.isEmpty());
        QVERIFY(session.isDirty());
        QCOMPARE(readFile(m_path), document);
    }

    void changeOnDiskWithUnsavedTextAsks()
    {
        MetadataEditSession session;
        QSignalSpy changed(&session, &MetadataEditSession::changedOnDisk);
        QString error;
        QVERIFY(session.open(m_path, &error));
        session.setText(document + "# mine\n");
        QVERIFY(writeFile(m_path, document + "# theirs\n"));
        QVERIFY(changed.wait());
        QCOMPARE(session.text(), document + "# mine\n"); // nothing replaced behind the admin's back
        QVERIFY(session.diffAgainstDisk().contains(u"-# theirs"_s));
        session.keepMine();
        QVERIFY(session.isDirty());
        session.reload();
        QCOMPARE(session.text(), document + "# theirs\n");
        session.undoStack()->undo(); // even a reload can be undone
        QCOMPARE(session.text(), document + "# mine\n");
    }

    void changeOnDiskWithoutUnsavedTextIsTaken()
    {
        MetadataEditSession session;
        QSignalSpy text(&session, &MetadataEditSession::textChanged);
        QSignalSpy changed(&session, &MetadataEditSession::changedOnDisk);
        QString error;
        QVERIFY(session.open(m_path, &error));
        QVERIFY(writeFile(m_path, document + "# theirs\n"));
        QTRY_COMPARE(session.text(), document + "# theirs\n");
        QCOMPARE(changed.count(), 0);
        QVERIFY(!session.isDirty());
    }

    void anOfferedStarterIsCleanUntilEdited()
    {
        MetadataEditSession session;
        const QString path = m_dir->filePath(u"vm-without-file.yaml"_s);
        session.openNew(path, "metadata: {instance-id: x}\n", MetadataEditSession::NewDocument::Offered);
        QVERIFY(!session.isDirty()); // browsing VMs without files asks nothing
        QVERIFY(!session.existsOnDisk());
        QString error;
        QVERIFY(session.setValue({ u"metadata"_s, u"region"_s }, u"lab"_s, &error));
        QVERIFY(session.isDirty());
        QVERIFY(session.save(&error));
        QVERIFY(session.existsOnDisk());
        QVERIFY(!session.isDirty());
    }

    void newDocumentIsDirtyUntilSaved()
    {
        MetadataEditSession session;
        const QString path = m_dir->filePath(u"new.yaml"_s);
        session.openNew(path, "metadata: {instance-id: n}\n");
        QVERIFY(session.isDirty());
        QCOMPARE(session.key(), u"new"_s);
        QString error;
        QVERIFY(session.save(&error));
        QCOMPARE(readFile(path), "metadata: {instance-id: n}\n");
        QVERIFY(!session.isDirty());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

VMDESK_TEST_GUILESS_MAIN(TestMetadataEditSession)
#include "tst_metadataeditsession.moc"
