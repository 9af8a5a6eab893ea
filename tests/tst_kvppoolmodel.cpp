// SPDX-License-Identifier: GPL-3.0-or-later
// The KVP pool model: a new reading merged row by row (so a selection survives), keys written twice
// and empty keys kept apart, and the partial-record/error state passed on.
#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include "kvppoolmodel.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
KvpPool::Contents contentsOf(const QList<std::pair<QByteArray, QByteArray>>& pairs)
{
    KvpPool::Contents contents;
    for (const auto& [key, value] : pairs) {
        contents.records.append(KvpRecord { key, value });
    }
    return contents;
}

QStringList keysOf(const QAbstractItemModel& model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys.append(model.index(row, KvpPoolModel::KeyColumn).data().toString());
    }
    return keys;
}
} // namespace

class TestKvpPoolModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsKeyValueAndSize()
    {
        KvpPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContents(contentsOf({ { "HostName", "guest-01" }, { "Bad", QByteArray("caf\xc3", 4) } }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(KvpPoolModel::SizeColumn, Qt::Horizontal).toString(), u"Size"_s);
        QCOMPARE(model.index(0, KvpPoolModel::ValueColumn).data().toString(), u"guest-01"_s);
        QCOMPARE(model.index(0, KvpPoolModel::SizeColumn).data().toString(), u"8"_s);
        QCOMPARE(model.index(0, KvpPoolModel::SizeColumn).data(KvpPoolModel::SortRole).toInt(), 8);
        // The invalid byte is shown escaped; the raw role keeps it as stored.
        QCOMPARE(model.index(1, KvpPoolModel::ValueColumn).data().toString(), u"caf\\xc3"_s);
        QCOMPARE(model.index(1, 0).data(KvpPoolModel::RawValueRole).toByteArray(), QByteArray("caf\xc3", 4));
        QCOMPARE(model.index(1, 0).data(KvpPoolModel::FilterRole).toString(),
            u"Bad\n"_s + model.index(1, KvpPoolModel::ValueColumn).data().toString());
    }

    void mergesRowByRowKeepingSelection()
    {
        KvpPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContents(contentsOf({ { "a", "1" }, { "b", "2" }, { "c", "3" }, { "d", "4" } }));
        const QPersistentModelIndex selected = model.index(2, 0); // "c"
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);

        // "b" deleted (later rows shift up, as the daemon does), "c" changed, "e" appended.
        model.setContents(contentsOf({ { "a", "1" }, { "c", "33" }, { "d", "4" }, { "e", "5" } }));
        QCOMPARE(keysOf(model), (QStringList { u"a"_s, u"c"_s, u"d"_s, u"e"_s }));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data(KvpPoolModel::RawValueRole).toByteArray(), "33");

        // A reordering moves rows rather than dropping them.
        model.setContents(contentsOf({ { "e", "5" }, { "a", "1" }, { "c", "33" }, { "d", "4" } }));
        QCOMPARE(keysOf(model), (QStringList { u"e"_s, u"a"_s, u"c"_s, u"d"_s }));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(selected.row(), 2);

        // The same reading again changes nothing.
        changed.clear();
        model.setContents(model.contents());
        QCOMPARE(changed.count(), 0);
        model.setContents({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!selected.isValid());
        QCOMPARE(resets.count(), 0);
    }

    void keepsDuplicateAndEmptyKeysApart()
    {
        KvpPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContents(contentsOf({ { "k", "first" }, { "", "no key" }, { "k", "second" }, { "", "" } }));
        QCOMPARE(model.rowCount(), 4);
        const QPersistentModelIndex second = model.index(2, 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setContents(contentsOf({ { "k", "first" }, { "", "no key" }, { "k", "second!" }, { "", "" } }));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(second.row(), 2);
        // The second empty-keyed record dropped: the first empty-keyed record stays where it was.
        const QPersistentModelIndex firstEmpty = model.index(1, 0);
        model.setContents(contentsOf({ { "k", "first" }, { "", "no key" }, { "k", "second!" } }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(firstEmpty.row(), 1);
        QCOMPARE(model.index(1, KvpPoolModel::ValueColumn).data().toString(), u"no key"_s);
        QCOMPARE(model.index(1, KvpPoolModel::KeyColumn).data().toString(), QString());
    }

    void passesOnPartialRecordAndError()
    {
        KvpPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy state(&model, &KvpPoolModel::stateChanged);
        KvpPool::Contents contents = contentsOf({ { "a", "1" } });
        contents.trailingBytes = 100;
        model.setContents(contents);
        QCOMPARE(model.trailingBytes(), 100);
        QCOMPARE(state.count(), 1);
        contents = {};
        contents.error = u"/x/.kvp_pool_1 does not exist."_s;
        model.setContents(contents);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.trailingBytes(), 0);
        QCOMPARE(model.error(), contents.error);
        QCOMPARE(state.count(), 2);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestKvpPoolModel)
#include "tst_kvppoolmodel.moc"
