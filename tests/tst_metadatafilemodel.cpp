// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QIcon>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "metadatafilemodel.h"
#include "metadatafilterproxy.h"

using namespace Qt::StringLiterals;
using Status = MetadataFileModel::Status;

namespace {
const QByteArray validDocument = "metadata:\n  instance-id: i-%1\n  local-hostname: %1\n"
                                 "userdata: |\n  #cloud-config\n  packages: [nginx]\n";
// No instance-id: served, but cloud-init will not run again when it changes.
const QByteArray warningDocument = "metadata:\n  local-hostname: %1\n";
const QByteArray badHostnameDocument = "metadata:\n  instance-id: i-%1\n  local-hostname: \"bad_host name\"\n";
const QByteArray badUserDataDocument = "metadata:\n  instance-id: i-%1\n"
                                       "userdata: |\n  #cloud-config\n  runcmd: [[echo, 1]]\n";
const QByteArray syntaxErrorDocument = "metadata: [unclosed\n";

QByteArray document(const QByteArray& pattern, const QString& key)
{
    return QString::fromUtf8(pattern).arg(key).toUtf8();
}

// As an editor that saves by renaming a new file over the old one.
void replaceFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

// As `echo > file`: the same inode, written in place.
void writeInPlace(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

Status statusOf(const QAbstractItemModel& model, int row)
{
    return model.index(row, MetadataFileModel::StatusColumn).data(MetadataFileModel::StatusRole).value<Status>();
}

Status statusOf(const MetadataFileModel& model, const QString& key)
{
    const int row = model.rowOf(key);
    return row < 0 ? Status(-1) : statusOf(model, row);
}

QStringList keysOf(const QAbstractItemModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys.append(model.index(row, 0).data(MetadataFileModel::KeyRole).toString());
    }
    return keys;
}

void scan(MetadataFileModel& model, const QString& directory)
{
    QSignalSpy finished(&model, &MetadataFileModel::scanFinished);
    model.setDirectory(directory);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
}
} // namespace

class TestMetadataFileModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void scanShowsEachFilesVerdict()
    {
        QTemporaryDir dir;
        replaceFile(dir.filePath(u"web-1.yaml"_s), document(validDocument, u"web-1"_s));
        replaceFile(dir.filePath(u"web-2.yaml"_s), document(warningDocument, u"web-2"_s));
        replaceFile(dir.filePath(u"web-3.yaml"_s), document(badHostnameDocument, u"web-3"_s));
        replaceFile(dir.filePath(u"web-4.yaml"_s), document(badUserDataDocument, u"web-4"_s));
        replaceFile(dir.filePath(u"web-5.yaml"_s), syntaxErrorDocument);
        replaceFile(dir.filePath(u"notes.txt"_s), "not a VM"); // not <key>.yaml: no row
        replaceFile(dir.filePath(u".hidden.yaml"_s), document(validDocument, u"hidden"_s)); // not a safe key
        replaceFile(dir.filePath(u"tab\tkey.yaml"_s), document(validDocument, u"tab"_s)); // nor this
        QTemporaryDir other;
        replaceFile(other.filePath(u"elsewhere.yaml"_s), document(validDocument, u"elsewhere"_s));

        MetadataFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &MetadataFileModel::scanFinished);
        model.setDirectory(other.path());
        model.setDirectory(dir.path()); // before the first scan is done: its answers must not show
        QVERIFY(model.isScanning());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toInt(), 5);
        QVERIFY(!model.isScanning());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QStringList keys = keysOf(model);
        keys.sort();
        QCOMPARE(keys, (QStringList { u"web-1"_s, u"web-2"_s, u"web-3"_s, u"web-4"_s, u"web-5"_s }));

        QCOMPARE(statusOf(model, u"web-1"_s), Status::Valid);
        QCOMPARE(statusOf(model, u"web-2"_s), Status::Warnings);
        QCOMPARE(statusOf(model, u"web-3"_s), Status::Errors);
        QCOMPARE(statusOf(model, u"web-4"_s), Status::Errors);
        QCOMPARE(statusOf(model, u"web-5"_s), Status::Errors);

        const int valid = model.rowOf(u"web-1"_s);
        QCOMPARE(model.index(valid, MetadataFileModel::KeyColumn).data().toString(), u"web-1"_s);
        QCOMPARE(model.index(valid, MetadataFileModel::StatusColumn).data().toString(), u"Valid"_s);
        QCOMPARE(model.index(valid, MetadataFileModel::FindingsColumn).data().toString(), QString());
        QCOMPARE(model.index(valid, MetadataFileModel::HostnameColumn).data().toString(), u"web-1"_s);
        QVERIFY(!model.index(valid, MetadataFileModel::ModifiedColumn).data().toString().isEmpty());
        QCOMPARE(model.index(valid, 0).data(MetadataFileModel::PathRole).toString(),
            QDir(dir.path()).absoluteFilePath(u"web-1.yaml"_s));
        QCOMPARE(model.index(valid, 0).data(MetadataFileModel::NeedsCreateRole).toBool(), false);
        const QVariant icon = model.index(valid, MetadataFileModel::StatusColumn).data(Qt::DecorationRole);
        QCOMPARE(icon.typeId(), QMetaType::QIcon);
        QVERIFY(!icon.value<QIcon>().isNull());

        const int warned = model.rowOf(u"web-2"_s);
        const auto warnings = model.index(warned, 0).data(MetadataFileModel::FindingsRole).value<QList<Finding>>();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!warnings.first().isError());
        QVERIFY(warnings.first().message.contains(u"instance-id"_s));
        QCOMPARE(model.index(warned, MetadataFileModel::FindingsColumn).data().toString(), u"1 warning(s)"_s);
        QVERIFY(model.index(warned, MetadataFileModel::StatusColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(warnings.first().message));

        // The user-data's error is at its line in the file, not in the user-data.
        const auto errors
            = model.index(model.rowOf(u"web-4"_s), 0).data(MetadataFileModel::FindingsRole).value<QList<Finding>>();
        QVERIFY(Findings::hasError(errors));
        QCOMPARE(errors.first().line, 5);
        QCOMPARE(model.index(model.rowOf(u"web-5"_s), 0).data(MetadataFileModel::ErrorCountRole).toInt(), 1);
        const auto syntax = model.index(model.rowOf(u"web-5"_s), 0)
                                .data(MetadataFileModel::FindingsRole)
                                .value<QList<Finding>>()
                                .first();
        QCOMPARE(model.index(model.rowOf(u"web-5"_s), MetadataFileModel::FindingsColumn).data(Qt::ToolTipRole),
            u"line %1: error: %2"_s.arg(syntax.line).arg(syntax.message));
    }

    void filesAddedChangedAndRemovedUpdateTheirRows()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(u"db-1.yaml"_s);
        replaceFile(first, document(validDocument, u"db-1"_s));
        MetadataFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        scan(model, dir.path());
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QList<Status> insertedAs;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex&, int first) { insertedAs.append(statusOf(model, first)); });

        const QString second = dir.filePath(u"db-2.yaml"_s);
        replaceFile(second, document(badHostnameDocument, u"db-2"_s));
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(insertedAs, QList<Status> { Status::Checking }); // listed first, validated after
        QTRY_COMPARE(statusOf(model, u"db-2"_s), Status::Errors);

        writeInPlace(first, document(warningDocument, u"db-1"_s));
        QTRY_COMPARE(statusOf(model, u"db-1"_s), Status::Warnings);
        replaceFile(first, document(badUserDataDocument, u"db-1"_s));
        QTRY_COMPARE(statusOf(model, u"db-1"_s), Status::Errors);
        // The rename replaced the watched file; an in-place write to the new one is still seen.
        writeInPlace(first, document(validDocument, u"db-1"_s));
        QTRY_COMPARE(statusOf(model, u"db-1"_s), Status::Valid);
        QCOMPARE(model.index(model.rowOf(u"db-1"_s), MetadataFileModel::HostnameColumn).data().toString(), u"db-1"_s);

        QVERIFY(QFile::remove(second));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(u"db-2"_s), -1);
        QCOMPARE(keysOf(model), QStringList { u"db-1"_s });
        QVERIFY(QFile::rename(first, dir.filePath(u"db-9.yaml"_s)));
        QTRY_COMPARE(keysOf(model), QStringList { u"db-9"_s });
        QTRY_COMPARE(statusOf(model, u"db-9"_s), Status::Valid);
        QCOMPARE(resets.size(), 0);
    }

    void inventoryVmsWithoutAFileAreMissing()
    {
        QTemporaryDir dir;
        replaceFile(dir.filePath(u"app-1.yaml"_s), document(validDocument, u"app-1"_s));
        MetadataFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Set before the scan: the missing rows follow it rather than showing every VM as missing first.
        model.setInventoryVms({ u"app-1"_s, u"app-2"_s, u"../etc/passwd"_s, u"a/b"_s, u".."_s });
        scan(model, dir.path());
        QCOMPARE(model.unsafeInventoryVms(), (QStringList { u"../etc/passwd"_s, u"a/b"_s, u".."_s }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(statusOf(model, u"app-1"_s), Status::Valid);
        QCOMPARE(statusOf(model, u"app-2"_s), Status::Missing);
        const QModelIndex missing = model.index(model.rowOf(u"app-2"_s), 0);
        QVERIFY(missing.data(MetadataFileModel::NeedsCreateRole).toBool());
        QCOMPARE(
            missing.data(MetadataFileModel::PathRole).toString(), QDir(dir.path()).absoluteFilePath(u"app-2.yaml"_s));

        replaceFile(dir.filePath(u"app-2.yaml"_s), document(warningDocument, u"app-2"_s));
        QTRY_COMPARE(statusOf(model, u"app-2"_s), Status::Warnings);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(model.rowOf(u"app-2"_s), 0).data(MetadataFileModel::NeedsCreateRole).toBool());

        QVERIFY(QFile::remove(dir.filePath(u"app-1.yaml"_s))); // still in vCenter: missing, not gone
        QTRY_COMPARE(statusOf(model, u"app-1"_s), Status::Missing);
        QCOMPARE(model.index(model.rowOf(u"app-1"_s), MetadataFileModel::FindingsColumn).data().toString(), QString());

        model.setInventoryVms({ u"app-2"_s, u"app-3"_s });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"app-1"_s), -1);
        QCOMPARE(statusOf(model, u"app-3"_s), Status::Missing);
        model.setInventoryVms({});
        QCOMPARE(keysOf(model), QStringList { u"app-2"_s }); // a file stays without its VM
    }

    void editorMarksAndUnsavedText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ed-1.yaml"_s);
        const QByteArray opened = document(validDocument, u"ed-1"_s);
        replaceFile(path, opened);
        MetadataFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        scan(model, dir.path());
        model.markOpened(u"ed-1"_s, MetadataFileModel::hashOf(opened));
        QCOMPARE(statusOf(model, u"ed-1"_s), Status::Valid);

        model.revalidate(u"ed-1"_s, document(badHostnameDocument, u"ed-1"_s));
        QTRY_COMPARE(statusOf(model, u"ed-1"_s), Status::Errors);
        QCOMPARE(model.index(0, MetadataFileModel::HostnameColumn).data().toString(), u"bad_host name"_s);
        model.revalidate(u"nobody"_s, syntaxErrorDocument); // no row: ignored

        const QByteArray elsewhere = document(warningDocument, u"ed-1"_s);
        writeInPlace(path, elsewhere); // somebody else changed the file
        QTRY_COMPARE(statusOf(model, u"ed-1"_s), Status::ChangedOnDisk);

        const QByteArray saved = document(validDocument, u"ed-1"_s) + "# saved\n";
        writeInPlace(path, saved);
        model.markSaved(u"ed-1"_s, MetadataFileModel::hashOf(saved));
        QTRY_COMPARE(statusOf(model, u"ed-1"_s), Status::Valid);
        QCOMPARE(model.index(0, MetadataFileModel::HostnameColumn).data().toString(), u"ed-1"_s);

        model.revalidate(u"ed-1"_s, elsewhere);
        QTRY_COMPARE(statusOf(model, u"ed-1"_s), Status::Warnings);
        model.markClosed(u"ed-1"_s); // the unsaved text is gone: the file's verdict again
        QCOMPARE(statusOf(model, u"ed-1"_s), Status::Valid);
        writeInPlace(path, elsewhere);
        QTRY_COMPARE(statusOf(model, u"ed-1"_s), Status::Warnings); // not ChangedOnDisk: nobody has it open
    }

    void proxyFiltersAndSortsEveryColumn()
    {
        QTemporaryDir dir;
        replaceFile(dir.filePath(u"vm10.yaml"_s), document(validDocument, u"alpha"_s));
        replaceFile(dir.filePath(u"vm2.yaml"_s), document(badUserDataDocument, u"vm2"_s));
        replaceFile(dir.filePath(u"VM3.yaml"_s), document(warningDocument, u"Bravo"_s));
        replaceFile(dir.filePath(u"vm4.yaml"_s), document(badHostnameDocument, u"vm4"_s));
        // Modified: vm4 oldest, vm10 newest.
        const QDateTime now = QDateTime::currentDateTime();
        const QStringList byAge { u"vm4"_s, u"vm2"_s, u"VM3"_s, u"vm10"_s };
        for (int i = 0; i < byAge.size(); ++i) {
            QFile file(dir.filePath(byAge.at(i) + u".yaml"_s));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(now.addSecs(-3600 * (byAge.size() - i)), QFileDevice::FileModificationTime));
        }
        MetadataFileModel model;
        MetadataFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(MetadataFileModel::KeyColumn);
        model.setInventoryVms({ u"vm1"_s });
        scan(model, dir.path());
        QCOMPARE(keysOf(proxy), (QStringList { u"vm1"_s, u"vm2"_s, u"VM3"_s, u"vm4"_s, u"vm10"_s }));

        proxy.sort(MetadataFileModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(statusOf(proxy, 0), Status::Errors);
        QCOMPARE(statusOf(proxy, 1), Status::Errors);
        QCOMPARE(keysOf(proxy).mid(2), (QStringList { u"VM3"_s, u"vm1"_s, u"vm10"_s }));
        proxy.sort(MetadataFileModel::HostnameColumn);
        // No host name first (the missing vm1, and vm2, which sets none).
        QCOMPARE(keysOf(proxy), (QStringList { u"vm1"_s, u"vm2"_s, u"vm10"_s, u"vm4"_s, u"VM3"_s }));
        proxy.sort(MetadataFileModel::ModifiedColumn);
        QCOMPARE(keysOf(proxy), (QStringList { u"vm1"_s, u"vm4"_s, u"vm2"_s, u"VM3"_s, u"vm10"_s }));
        proxy.sort(MetadataFileModel::FindingsColumn, Qt::DescendingOrder);
        QCOMPARE(keysOf(proxy).last(2), (QStringList { u"vm10"_s, u"vm1"_s })); // no findings, by name (reversed)
        QCOMPARE(keysOf(proxy).at(2), u"VM3"_s); // a warning is less than any error

        proxy.sort(MetadataFileModel::KeyColumn);
        proxy.setFilterText(u"BRAV"_s); // a host name, any case
        QCOMPARE(keysOf(proxy), QStringList { u"VM3"_s });
        proxy.setFilterText(u"vm1"_s);
        QCOMPARE(keysOf(proxy), (QStringList { u"vm1"_s, u"vm10"_s }));
        proxy.setFilterText({});
        proxy.setStatusFilter(MetadataFilterProxy::StatusFilter::WithErrors);
        QCOMPARE(keysOf(proxy), (QStringList { u"vm2"_s, u"vm4"_s }));
        proxy.setStatusFilter(MetadataFilterProxy::StatusFilter::WithWarnings);
        QCOMPARE(keysOf(proxy), QStringList { u"VM3"_s });
        proxy.setStatusFilter(MetadataFilterProxy::StatusFilter::Missing);
        QCOMPARE(keysOf(proxy), QStringList { u"vm1"_s });
        proxy.setStatusFilter(MetadataFilterProxy::StatusFilter::ChangedOnDisk);
        QCOMPARE(proxy.rowCount(), 0);
        model.markOpened(u"vm10"_s, MetadataFileModel::hashOf("what the editor saw"));
        QCOMPARE(keysOf(proxy), QStringList { u"vm10"_s }); // follows dataChanged
        proxy.setStatusFilter(MetadataFilterProxy::StatusFilter::WithErrors);
        proxy.setFilterText(u"4"_s);
        QCOMPARE(keysOf(proxy), QStringList { u"vm4"_s });

        // A file fixed on disk leaves the "with errors" view by itself.
        replaceFile(dir.filePath(u"vm4.yaml"_s), document(validDocument, u"vm4"_s));
        QTRY_COMPARE(proxy.rowCount(), 0);
    }

    void fiveThousandFilesArriveInBatches()
    {
        constexpr int files = 5000;
        QTemporaryDir dir;
        for (int i = 0; i < files; ++i) {
            const QString key = u"vm-%1"_s.arg(i, 4, 10, QChar(u'0'));
            // Every 97th has an error, every 89th a warning.
            const QByteArray& pattern
                = i % 97 == 0 ? badHostnameDocument : (i % 89 == 0 ? warningDocument : validDocument);
            QFile file(dir.filePath(key + u".yaml"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(document(pattern, key));
        }
        MetadataFileModel model;
        MetadataFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(MetadataFileModel::StatusColumn, Qt::DescendingOrder);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&model, &MetadataFileModel::scanFinished);
        model.setDirectory(dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 300000);
        QCOMPARE(finished.first().at(0).toInt(), files);
        QCOMPARE(model.rowCount(), files);
        QCOMPARE(proxy.rowCount(), files);
        // Every row is listed (as Checking) in chunks before any is validated; then only statuses change.
        QCOMPARE(inserted.size(), files / MetadataFileModel::listingChunk);
        for (const QList<QVariant>& chunk : std::as_const(inserted)) {
            QCOMPARE(chunk.at(2).toInt() - chunk.at(1).toInt() + 1, MetadataFileModel::listingChunk);
        }
        QCOMPARE(statusOf(model, u"vm-0194"_s), Status::Errors);
        QCOMPARE(statusOf(model, u"vm-0178"_s), Status::Warnings);
        QCOMPARE(statusOf(model, u"vm-4999"_s), Status::Valid);
        const int errors = (files + 96) / 97;
        for (int row = 0; row < errors; ++row) {
            QCOMPARE(statusOf(proxy, row), Status::Errors);
        }
        QCOMPARE(statusOf(proxy, errors), Status::Warnings);
        proxy.setStatusFilter(MetadataFilterProxy::StatusFilter::WithErrors);
        QCOMPARE(proxy.rowCount(), errors);
    }
};

// Icons are pixmaps, which need a QGuiApplication; offscreen, so that no display is needed.
int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    TestMetadataFileModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_metadatafilemodel.moc"
