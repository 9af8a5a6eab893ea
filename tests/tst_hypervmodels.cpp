// SPDX-License-Identifier: GPL-3.0-or-later
// The Hyper-V VM and item models: columns and roles, sorting through a proxy, and a new reading
// merged by key (a selection survives a refresh), each under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "hypervitemmodel.h"
#include "hypervvmmodel.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
const QString web = u"4E8B2A10-0000-4000-8000-000000000001"_s;
const QString db = u"4E8B2A10-0000-4000-8000-000000000002"_s;
const QString mail = u"4E8B2A10-0000-4000-8000-000000000003"_s;

QStringList column(const QAbstractItemModel& model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        texts.append(model.index(row, column).data().toString());
    }
    return texts;
}
} // namespace

class TestHypervModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vmModelShowsNameStateAndGuid()
    {
        HypervVmModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVms({ { web, u"web01"_s, 2 }, { db, u"db01"_s, 3 } });
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(HypervVmModel::StateColumn, Qt::Horizontal).toString(), u"State"_s);
        QCOMPARE(column(model, HypervVmModel::NameColumn), QStringList({ u"web01"_s, u"db01"_s }));
        QCOMPARE(column(model, HypervVmModel::StateColumn), QStringList({ u"Running"_s, u"Off"_s }));
        QCOMPARE(model.index(1, HypervVmModel::IdColumn).data().toString(), db);
        QCOMPARE(model.index(1, HypervVmModel::NameColumn).data(HypervVmModel::IdRole).toString(), db);
        QCOMPARE(model.rowOf(db.toLower()), 1);
        QCOMPARE(model.rowOf(mail), -1);
    }

    void vmModelSortsNamesWithoutCase()
    {
        HypervVmModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HypervVmModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVms({ { web, u"web01"_s, 2 }, { db, u"DB01"_s, 3 }, { mail, u"mail"_s, 2 } });
        proxy.sort(HypervVmModel::NameColumn);
        QCOMPARE(column(proxy, HypervVmModel::NameColumn), QStringList({ u"DB01"_s, u"mail"_s, u"web01"_s }));
        proxy.sort(HypervVmModel::StateColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(2, HypervVmModel::StateColumn).data().toString(), u"Off"_s);
    }

    void vmModelMergesByGuid()
    {
        HypervVmModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVms({ { web, u"web01"_s, 2 }, { db, u"db01"_s, 2 }, { mail, u"mail"_s, 2 } });
        const QPersistentModelIndex dbRow = model.index(1, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // web01 deleted, db01 turned off, a new VM: the db01 row is the same row afterwards.
        model.setVms({ { db, u"db01"_s, 3 }, { mail, u"mail"_s, 2 }, { web.left(35) + u'9', u"new"_s, 2 } });
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(dbRow.isValid());
        QCOMPARE(dbRow.data().toString(), u"db01"_s);
        QCOMPARE(model.index(dbRow.row(), HypervVmModel::StateColumn).data().toString(), u"Off"_s);
        QCOMPARE(column(model, HypervVmModel::NameColumn), QStringList({ u"db01"_s, u"mail"_s, u"new"_s }));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!dbRow.isValid());
    }

    void itemModelShowsSourceKeyValueAndUtf8Size()
    {
        HypervItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HypervKvpItems items;
        items.host = { { u"role"_s, u"web"_s } };
        items.guest = { { u"city"_s, u"Zürich"_s } };
        items.intrinsic = { { u"OSName"_s, u"Debian\nGNU/Linux"_s } };
        items.unreadable = { u"an item without a Name"_s };
        model.setItems(items);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(HypervItemModel::SizeColumn, Qt::Horizontal).toString(), u"Size"_s);
        QCOMPARE(column(model, HypervItemModel::SourceColumn), QStringList({ u"Host"_s, u"Guest"_s, u"Intrinsic"_s }));
        QCOMPARE(column(model, HypervItemModel::KeyColumn), QStringList({ u"role"_s, u"city"_s, u"OSName"_s }));
        // "ü" is two bytes in UTF-8: the size is what the guest's pool holds, not the characters.
        QCOMPARE(model.index(1, HypervItemModel::SizeColumn).data().toString(), u"7"_s);
        QCOMPARE(model.index(1, HypervItemModel::SizeColumn).data(HypervItemModel::SortRole).toLongLong(), 7);
        QVERIFY(!model.index(2, HypervItemModel::ValueColumn).data().toString().contains(u'\n'));
        QCOMPARE(model.index(2, 0).data(HypervItemModel::FullValueRole).toString(), u"Debian\nGNU/Linux"_s);
        QCOMPARE(model.index(2, 0).data(HypervItemModel::SourceRole).value<HypervItemModel::Source>(),
            HypervItemModel::Source::Intrinsic);
        QCOMPARE(model.source(0), HypervItemModel::Source::Host);
        QCOMPARE(model.item(1), (HypervKvpItem { u"city"_s, u"Zürich"_s }));
        QCOMPARE(model.unreadable(), items.unreadable);
    }

    void itemModelKeepsTheSameKeyFromTwoSourcesApart()
    {
        HypervItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HypervKvpItems items;
        items.host = { { u"k"_s, u"from host"_s }, { u"k"_s, u"again"_s } };
        items.guest = { { u"k"_s, u"from guest"_s } };
        model.setItems(items);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.item(model.rowOf(HypervItemModel::Source::Host, u"k"_s)).data, u"again"_s);
        QCOMPARE(model.item(model.rowOf(HypervItemModel::Source::Guest, u"k"_s)).data, u"from guest"_s);
    }

    void itemModelRefreshKeepsSelection()
    {
        HypervItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model);
        HypervKvpItems items;
        items.host = { { u"a"_s, u"1"_s }, { u"b"_s, u"2"_s }, { u"c"_s, u"3"_s } };
        model.setItems(items);
        selection.select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // "a" removed, "c" changed, "d" new: "c" stays selected with its new value.
        items.host = { { u"b"_s, u"2"_s }, { u"c"_s, u"33"_s }, { u"d"_s, u"4"_s } };
        model.setItems(items);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(column(model, HypervItemModel::KeyColumn), QStringList({ u"b"_s, u"c"_s, u"d"_s }));
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(HypervItemModel::KeyRole).toString(), u"c"_s);
        QCOMPARE(model.index(selected.first().row(), HypervItemModel::ValueColumn).data().toString(), u"33"_s);
        QCOMPARE(model.unreadable(), QStringList());
    }

    void itemModelSortsSizesAsNumbers()
    {
        HypervItemModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(HypervItemModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HypervKvpItems items;
        items.host = { { u"ten"_s, QString(10, u'x') }, { u"nine"_s, QString(9, u'x') },
            { u"hundred"_s, QString(100, u'x') } };
        model.setItems(items);
        proxy.sort(HypervItemModel::SizeColumn);
        QCOMPARE(column(proxy, HypervItemModel::KeyColumn), QStringList({ u"nine"_s, u"ten"_s, u"hundred"_s }));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestHypervModels)
#include "tst_hypervmodels.moc"
