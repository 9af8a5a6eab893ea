// SPDX-License-Identifier: GPL-3.0-or-later
// The Guest window's models: a guest folder's entries (folders first in both orders, ls-style
// modes), processes updated in place by pid, and the environment; all under the model tester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "guestenvironmentmodel.h"
#include "guestfilemodel.h"
#include "guestfilesortproxy.h"
#include "guestprocessmodel.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
GuestFileInfo entry(const QString& name, const QString& type, qint64 size, qint64 mode = 0644)
{
    GuestFileInfo info;
    info.path = name;
    info.type = type;
    info.size = size;
    info.permissions = mode;
    info.owner = 0;
    info.group = 0;
    info.modified = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC).addSecs(size);
    return info;
}

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, column).data().toString());
    }
    return values;
}

GuestProcessInfo process(qint64 pid, const QString& commandLine)
{
    GuestProcessInfo info;
    info.pid = pid;
    info.name = commandLine.section(u' ', 0, 0);
    info.commandLine = commandLine;
    info.owner = u"root"_s;
    info.started = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    return info;
}
} // namespace

class TestGuestOpsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dotEntriesAreHiddenAndFoldersComeFirst()
    {
        GuestFileModel model;
        GuestFileSortProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setListing(u"/root"_s,
            { entry(u"."_s, u"directory"_s, 4096, 0755), entry(u".."_s, u"directory"_s, 4096, 0755),
                entry(u"log10.txt"_s, u"file"_s, 10), entry(u"etc"_s, u"directory"_s, 4096, 0755),
                entry(u"log2.txt"_s, u"file"_s, 2000), entry(u"bin"_s, u"directory"_s, 4096, 0700) });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(u"."_s), -1);
        proxy.sort(GuestFileModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, GuestFileModel::NameColumn),
            (QStringList { u"bin"_s, u"etc"_s, u"log2.txt"_s, u"log10.txt"_s }));
        proxy.sort(GuestFileModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, GuestFileModel::NameColumn),
            (QStringList { u"etc"_s, u"bin"_s, u"log10.txt"_s, u"log2.txt"_s }));
        // By size: bytes, not the text ("10 bytes" after "1.95 KiB" as text).
        proxy.sort(GuestFileModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(column(proxy, GuestFileModel::NameColumn).mid(2), (QStringList { u"log10.txt"_s, u"log2.txt"_s }));
        proxy.sort(GuestFileModel::SizeColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy, GuestFileModel::NameColumn).mid(2), (QStringList { u"log2.txt"_s, u"log10.txt"_s }));
        QCOMPARE(model.pathOf(u"etc"_s), u"/root/etc"_s);
    }

    void modeOwnerAndSizeReadAsLsPrintsThem()
    {
        GuestFileModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GuestFileInfo link = entry(u"current"_s, u"symlink"_s, 7, 0777);
        link.symlinkTarget = u"/opt/app-2"_s;
        GuestFileInfo unknown = entry(u"odd"_s, u"file"_s, 1);
        unknown.permissions.reset();
        unknown.owner.reset();
        unknown.group = 5;
        model.setListing(u"/"_s,
            { entry(u"bin"_s, u"directory"_s, 4096, 0755), entry(u"secret"_s, u"file"_s, 2048, 0600), link, unknown });
        const auto cell = [&model](const QString& name, int column) {
            return model.index(model.rowOf(name), column).data().toString();
        };
        QCOMPARE(cell(u"bin"_s, GuestFileModel::ModeColumn), u"drwxr-xr-x"_s);
        QCOMPARE(cell(u"secret"_s, GuestFileModel::ModeColumn), u"-rw-------"_s);
        QCOMPARE(cell(u"current"_s, GuestFileModel::ModeColumn), u"lrwxrwxrwx"_s);
        QCOMPARE(cell(u"odd"_s, GuestFileModel::ModeColumn), QString());
        QCOMPARE(cell(u"secret"_s, GuestFileModel::OwnerColumn), u"0:0"_s);
        QCOMPARE(cell(u"odd"_s, GuestFileModel::OwnerColumn), u"?:5"_s);
        QCOMPARE(cell(u"bin"_s, GuestFileModel::SizeColumn), QString());
        QCOMPARE(cell(u"secret"_s, GuestFileModel::SizeColumn), QLocale().formattedDataSize(2048));
        QCOMPARE(model.index(model.rowOf(u"current"_s), 0).data(Qt::ToolTipRole).toString(), u"Link to /opt/app-2"_s);
        QCOMPARE(model.pathOf(u"bin"_s), u"/bin"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.folder(), QString());
    }

    void processesUpdateInPlaceByPid()
    {
        GuestProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses({ process(1, u"/sbin/init"_s), process(42, u"sleep 30"_s), process(7, u"sshd"_s) });
        QCOMPARE(column(model, GuestProcessModel::PidColumn), (QStringList { u"1"_s, u"42"_s, u"7"_s }));
        QCOMPARE(model.index(1, GuestProcessModel::StateColumn).data().toString(), u"running"_s);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex sleeper = model.index(1, 0);
        GuestProcessInfo ended = process(42, u"sleep 30"_s);
        ended.ended = ended.started.addSecs(3);
        ended.exitCode = 143;
        model.setProcesses({ process(99, u"/bin/sh -c true"_s), ended, process(1, u"/sbin/init"_s) });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1); // sshd
        QCOMPARE(inserted.size(), 1); // the shell
        QCOMPARE(changed.size(), 1); // only the sleep changed
        QVERIFY(sleeper.isValid());
        QCOMPARE(sleeper.row(), model.rowOfPid(42));
        QCOMPARE(model.index(sleeper.row(), GuestProcessModel::StateColumn).data().toString(), u"exit 143"_s);
        QCOMPARE(model.index(sleeper.row(), 0).data(GuestProcessModel::RunningRole).toBool(), false);
        QCOMPARE(column(model, GuestProcessModel::PidColumn), (QStringList { u"1"_s, u"42"_s, u"99"_s }));
        QCOMPARE(model.index(2, GuestProcessModel::NameColumn).data().toString(), u"/bin/sh -c true"_s);
        QCOMPARE(model.rowOfPid(7), -1);
        model.setProcesses({});
        QCOMPARE(model.rowCount(), 0);
    }

    void environmentSplitsAtTheFirstEqualsSign()
    {
        GuestEnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVariables({ u"PATH=/usr/bin:/bin"_s, u"HOSTNAME=vm1"_s, u"EMPTY="_s, u"B64=YQ=="_s, u"junk"_s });
        QCOMPARE(column(model, GuestEnvironmentModel::NameColumn),
            (QStringList { u"B64"_s, u"EMPTY"_s, u"HOSTNAME"_s, u"PATH"_s }));
        QCOMPARE(model.value(u"B64"_s), u"YQ=="_s);
        QCOMPARE(model.value(u"EMPTY"_s), QString());
        QVERIFY(model.value(u"EMPTY"_s).has_value());
        QVERIFY(!model.value(u"junk"_s).has_value());
        QCOMPARE(model.headerData(GuestEnvironmentModel::ValueColumn, Qt::Horizontal).toString(), u"Value"_s);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestGuestOpsModels)
#include "tst_guestopsmodels.moc"
