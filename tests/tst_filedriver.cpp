// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/filedriver.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
MetadataDriver::Lookup lookUp(FileDriver& driver, const QString& key)
{
    QFuture<MetadataDriver::Lookup> future = driver.lookup(key);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000)) {
        return { std::nullopt, u"timed out"_s };
    }
    return future.result();
}

void write(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    QVERIFY(file.commit());
}
} // namespace

class TestFileDriver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheVmsFile()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"test-vm.yaml"_s), "metadata:\n  instance_id: i-1\n");
        FileDriver driver(dir.path());
        const MetadataDriver::Lookup found = lookUp(driver, u"test-vm"_s);
        QVERIFY2(found.document, qPrintable(found.error));
        QCOMPARE(found.document->instanceId, u"i-1"_s);
    }

    void missingAndInvalidFilesAreClearErrors()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"broken.yaml"_s), "metadata: [\n");
        FileDriver driver(dir.path());
        const MetadataDriver::Lookup missing = lookUp(driver, u"nobody"_s);
        QVERIFY(!missing.document);
        QVERIFY(missing.error.contains(u"no metadata file"_s));
        QVERIFY(missing.error.contains(u"nobody.yaml"_s));
        const MetadataDriver::Lookup broken = lookUp(driver, u"broken"_s);
        QVERIFY(!broken.document);
        QVERIFY2(broken.error.contains(u"invalid YAML at line"_s), qPrintable(broken.error));
    }

    void failedLookupsAreRememberedWithinABound()
    {
        // Anybody can ask for names that have no file: remembering every one grew the heap by
        // about 5 MB per 3,000 names until the folder changed.
        QTemporaryDir dir;
        FileDriver driver(dir.path());
        for (int i = 0; i < FileDriver::maxRememberedFailures + 200; ++i) {
            QVERIFY(!lookUp(driver, u"unknown-%1"_s.arg(i)).document);
        }
        QCOMPARE(driver.rememberedFailures(), FileDriver::maxRememberedFailures);
        // The guest hears no server path; the log does.
        const MetadataDriver::Lookup missing = lookUp(driver, u"unknown-1"_s);
        QCOMPARE(missing.guestError, u"no document for this VM"_s);
        QVERIFY(missing.error.contains(dir.path()));
    }

    void refusesKeysOutsideTheDirectory_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("parent") << u".."_s;
        QTest::newRow("traversal") << u"../secret"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s;
        QTest::newRow("backslash") << u"a\\b"_s;
        QTest::newRow("nul") << QString(u"a"_s + QChar(0) + u"b"_s);
        QTest::newRow("control") << u"a\nb"_s;
        QTest::newRow("hidden") << u".profile"_s;
        QTest::newRow("empty") << QString();
    }

    void refusesKeysOutsideTheDirectory()
    {
        QFETCH(QString, key);
        QTemporaryDir parent;
        QDir(parent.path()).mkdir(u"data"_s);
        write(parent.filePath(u"secret.yaml"_s), "userdata: secret\n");
        FileDriver driver(parent.filePath(u"data"_s));
        QVERIFY(!FileDriver::isSafeKey(key));
        const MetadataDriver::Lookup refused = lookUp(driver, key);
        QVERIFY(!refused.document);
        QVERIFY(refused.error.contains(u"unsafe"_s));
    }

    void reloadsWhenTheFileChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vm.yaml"_s);
        write(path, "metadata:\n  instance_id: first\n");
        FileDriver driver(dir.path());
        QSignalSpy changed(&driver, &MetadataDriver::documentChanged);
        QCOMPARE(lookUp(driver, u"vm"_s).document->instanceId, u"first"_s);
        write(path, "metadata:\n  instance_id: second\n"); // atomic replace, as editors do
        QTRY_VERIFY(changed.size() >= 1);
        QCOMPARE(changed.first().first().toString(), u"vm"_s);
        QCOMPARE(lookUp(driver, u"vm"_s).document->instanceId, u"second"_s);

        // A file that did not exist at first is found once it appears.
        QVERIFY(!lookUp(driver, u"later"_s).document);
        write(dir.filePath(u"later.yaml"_s), "userdata: hi\n");
        QTRY_VERIFY(lookUp(driver, u"later"_s).document.has_value());
    }
};

VMDESK_TEST_GUILESS_MAIN(TestFileDriver)
#include "tst_filedriver.moc"
