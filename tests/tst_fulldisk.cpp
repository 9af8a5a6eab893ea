// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk, made on purpose with a small tmpfs: every way vmdesk writes a file must report it
// (with the path and "No space left on device") and leave the previous file whole.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "core/atomicwrite.h"
#include "export/exportqueue.h"
#include "support/smalldisk.h"
#include "support/testmain.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString noSpace = u"No space left on device"_s;

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Takes what room is left on the disk, and gives it back when destroyed.
class Filler
{
public:
    explicit Filler(const QString& path)
        : m_file(path)
    {
        m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        const QByteArray block(4096, 'x');
        while (m_file.write(block) == block.size()) { }
    }
    ~Filler() { m_file.remove(); }
    void release() { m_file.remove(); }

private:
    QFile m_file;
};
} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFailedSaveKeepsThePreviousFileAndSaysWhy_data()
    {
        QTest::addColumn<bool>("onWorker");
        QTest::newRow("saveAtomically") << false;
        QTest::newRow("writeFileAtomically") << true;
    }

    void aFailedSaveKeepsThePreviousFileAndSaysWhy()
    {
        QFETCH(bool, onWorker);
        SmallDisk disk(64 * 1024);
        QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
        const QString path = disk.filePath(u"state.json"_s);
        const QByteArray previous(732, 'p');
        QCOMPARE(saveAtomically(path, previous), QString());

        Filler filler(disk.filePath(u"filler"_s));
        // Smaller than Qt's 16 KiB write buffer: the case where QSaveFile lost the error in commit().
        const QByteArray next(6000, 'n');
        QString error;
        if (onWorker) {
            QFuture<QString> write = writeFileAtomically(path, next);
            write.waitForFinished();
            error = write.result();
        } else {
            error = saveAtomically(path, next);
        }
        QVERIFY2(error.contains(noSpace) && error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), previous);
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files).size(), 2); // no temporary file left behind

        filler.release();
        QCOMPARE(saveAtomically(path, next), QString());
        QCOMPARE(contents(path), next);
    }

    void theExportQueueKeepsItsFileAndSaysSo()
    {
        SmallDisk disk(64 * 1024);
        QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
        const QString store = disk.filePath(u"export-queue.json"_s);
        VSphereSession session; // not connected: jobs wait in the queue
        ExportQueue queue(&session, store);
        queue.setMaxConcurrent(1);
        ExportSpec spec;
        spec.vmName = u"web-01"_s;
        spec.outputDir = disk.path();
        queue.add(spec);
        const QByteArray saved = contents(store);
        QVERIFY(QJsonDocument::fromJson(saved).isObject());
        QCOMPARE(queue.saveError(), QString());

        QSignalSpy saveErrors(&queue, &ExportQueue::saveErrorChanged);
        Filler filler(disk.filePath(u"filler"_s));
        for (int i = 0; i < 20; ++i) { // enough jobs that the file outgrows the little room left
            spec.vmName = u"db-%1"_s.arg(i);
            queue.add(spec);
        }
        QCOMPARE(saveErrors.size(), 1); // said once, not once per failed save
        QVERIFY2(
            queue.saveError().contains(noSpace) && queue.saveError().contains(store), qPrintable(queue.saveError()));
        QCOMPARE(contents(store), saved);

        filler.release();
        spec.vmName = u"last"_s;
        queue.add(spec);
        QCOMPARE(saveErrors.size(), 2);
        QCOMPARE(saveErrors.last().first().toString(), QString());
        QCOMPARE(QJsonDocument::fromJson(contents(store))[u"jobs"_s].toArray().size(), 22);
    }

    void settingsKeepThePreviousFileAndSayWhy()
    {
        SmallDisk disk(64 * 1024);
        QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
        const QString path = disk.filePath(u"vmdesk.conf"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.setValue(u"profiles/1/name"_s, u"lab"_s);
            QCOMPARE(syncSettings(settings), QString());
        }
        const QByteArray previous = contents(path);
        QVERIFY(previous.contains("lab"));

        Filler filler(disk.filePath(u"filler"_s));
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(u"inventory/header"_s, QByteArray(9000, 'h'));
        const QString error = syncSettings(settings);
        QVERIFY2(error.contains(noSpace) && error.contains(path), qPrintable(error));
        QCOMPARE(contents(path), previous);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
