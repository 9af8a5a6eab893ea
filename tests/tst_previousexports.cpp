// SPDX-License-Identifier: GPL-3.0-or-later
// An earlier export that a new one replaces: moved aside, deleted only when the new one is done.
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "previousexports.h"
#include "support/testfiles.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

class TestPreviousExports : public QObject
{
    Q_OBJECT
private:
    static ExportSpec spec(const QString& folder, const QString& vm)
    {
        ExportSpec spec;
        spec.outputDir = folder;
        spec.vmName = vm;
        return spec;
    }

private Q_SLOTS:
    void findsFoldersAndOvaFiles()
    {
        QTemporaryDir out;
        QVERIFY(!PreviousExports::exists(spec(out.path(), u"web-01"_s)));
        QVERIFY(QDir(out.path()).mkdir(u"web-01"_s));
        QVERIFY(!PreviousExports::exists(spec(out.path(), u"web-01"_s))); // an empty folder holds nothing
        QVERIFY(writeFile(out.filePath(u"web-01/web-01.ovf"_s), "<Envelope/>"));
        QVERIFY(PreviousExports::exists(spec(out.path(), u"web-01"_s)));
        QVERIFY(writeFile(out.filePath(u"db-01.ova"_s), "tar"));
        QVERIFY(PreviousExports::exists(spec(out.path(), u"db-01"_s)));
        QVERIFY(!PreviousExports::exists(spec(out.path(), u"web"_s)));
    }

    void movesAsideAndDeletesOnlyOnCompletion()
    {
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkdir(u"web-01"_s));
        QVERIFY(writeFile(out.filePath(u"web-01/web-01-disk-0.vmdk"_s), "old disk"));
        QVERIFY(writeFile(out.filePath(u"web-01.ova"_s), "old ova"));
        QString error;
        const QString aside = PreviousExports::moveAside(spec(out.path(), u"web-01"_s), &error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(aside).fileName().startsWith(u"web-01.previous-"_s));
        QCOMPARE(QFileInfo(aside).path(), out.path());
        QVERIFY(!QFileInfo::exists(out.filePath(u"web-01"_s)));
        QVERIFY(!QFileInfo::exists(out.filePath(u"web-01.ova"_s)));
        QCOMPARE(readFile(aside + u"/web-01/web-01-disk-0.vmdk"_s), QByteArray("old disk"));
        QCOMPARE(readFile(aside + u"/web-01.ova"_s), QByteArray("old ova"));
        QVERIFY(!PreviousExports::exists(spec(out.path(), u"web-01"_s)));

        PreviousExports previous;
        previous.track(4, aside);
        QCOMPARE(previous.settle(4, false), aside); // failed: kept, and still tracked for a retry
        QVERIFY(QFileInfo::exists(aside));
        QCOMPARE(previous.settle(4, true), QString());
        QVERIFY(!QFileInfo::exists(aside));
        QCOMPARE(previous.asidePath(4), QString());
    }

    void twoReplacementsInOneSecondDoNotCollide()
    {
        QTemporaryDir out;
        QString error;
        QVERIFY(writeFile(out.filePath(u"a.ova"_s), "first"));
        const QString first = PreviousExports::moveAside(spec(out.path(), u"a"_s), &error);
        QVERIFY(writeFile(out.filePath(u"a.ova"_s), "second"));
        const QString second = PreviousExports::moveAside(spec(out.path(), u"a"_s), &error);
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(error));
        QVERIFY(first != second);
        QCOMPARE(readFile(first + u"/a.ova"_s), QByteArray("first"));
        QCOMPARE(readFile(second + u"/a.ova"_s), QByteArray("second"));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestPreviousExports)
#include "tst_previousexports.moc"
