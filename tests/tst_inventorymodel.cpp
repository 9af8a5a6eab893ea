// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "inventoryfilter.h"
#include "inventoryfilterproxy.h"
#include "inventorymodel.h"
#include "support/fakevcenterconnection.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
VmSummaryList sampleVms(int count)
{
    VmSummaryList vms;
    for (int i = 0; i < count; ++i) {
        vms.append({ { u"VirtualMachine"_s, u"vm-%1"_s.arg(i) }, u"vm%1"_s.arg(i),
            i % 2 ? u"poweredOff"_s : u"poweredOn"_s, u"Debian GNU/Linux 12"_s });
    }
    return vms;
}
} // namespace

class TestInventoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void loadsOnConnectAndEmptiesOnDisconnect()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &InventoryModel::loadingChanged);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(InventoryModel::ColumnCount));

        connection.vms = sampleVms(3);
        connection.setState(VCenterConnection::State::Connected);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        connection.deliver();
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 2);

        QCOMPARE(model.index(0, InventoryModel::NameColumn).data().toString(), u"vm0"_s);
        QCOMPARE(model.index(1, InventoryModel::PowerStateColumn).data().toString(), u"Powered off"_s);
        QCOMPARE(model.index(2, InventoryModel::GuestColumn).data().toString(), u"Debian GNU/Linux 12"_s);
        QCOMPARE(model.index(2, 0).data(InventoryModel::ManagedObjectIdRole).toString(), u"vm-2"_s);
        QCOMPARE(model.headerData(InventoryModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);

        connection.setState(VCenterConnection::State::Disconnected);
        QCOMPARE(model.rowCount(), 0);
    }

    void followsLiveUpdatesRowByRow()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connection.vms = sampleVms(3);
        connection.setState(VCenterConnection::State::Connected);
        connection.deliver();
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(connection.watchRequests, 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        VmSummary vm1 = connection.vms.at(1);
        vm1.powerState = u"poweredOn"_s;
        Q_EMIT connection.vmChanged(vm1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, InventoryModel::PowerStateColumn).data().toString(), u"Powered on"_s);
        Q_EMIT connection.vmChanged(vm1); // unchanged: no signal
        QCOMPARE(changed.size(), 1);

        Q_EMIT connection.vmChanged({ { u"VirtualMachine"_s, u"vm-99"_s }, u"new-vm"_s, u"poweredOff"_s, {} });
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        Q_EMIT connection.vmRemoved({ u"VirtualMachine"_s, u"vm-0"_s });
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, InventoryModel::NameColumn).data().toString(), u"vm1"_s);
        vm1.name = u"renamed"_s;
        Q_EMIT connection.vmChanged(vm1); // the index survived the removal above
        QCOMPARE(model.index(0, InventoryModel::NameColumn).data().toString(), u"renamed"_s);
        QCOMPARE(resets.size(), 0);
    }

    void reportsFailedLoad()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy failures(&model, &InventoryModel::loadFailed);
        connection.setState(VCenterConnection::State::Connected);
        connection.failDelivery(u"vCenter reported SystemError"_s);
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first().first().toString(), u"vCenter reported SystemError"_s);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void dropsSupersededLoads()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connection.setState(VCenterConnection::State::Connected);
        // The connection drops while the first load is under way: its late answer must not land.
        FakeVCenterConnection::State disconnected = VCenterConnection::State::Disconnected;
        connection.setState(disconnected);
        connection.vms = sampleVms(5);
        connection.deliver();
        QTest::qWait(20);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
    }

    void proxySortsNaturallyAndFilters()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        InventoryFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(InventoryModel::NameColumn);
        connection.vms = sampleVms(12);
        connection.setState(VCenterConnection::State::Connected);
        connection.deliver();
        QTRY_COMPARE(proxy.rowCount(), 12);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            names.append(proxy.index(row, InventoryModel::NameColumn).data().toString());
        }
        QCOMPARE(names.mid(0, 3), (QStringList { u"vm0"_s, u"vm1"_s, u"vm2"_s }));
        QCOMPARE(names.last(), u"vm11"_s);

        proxy.setFilterExpression(u"POWERED OFF"_s); // any column, any case
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setFilterExpression(u"vm1"_s);
        QCOMPARE(proxy.rowCount(), 3); // vm1, vm10, vm11
        proxy.setFilterExpression(u"name:vm1 power:on"_s);
        QCOMPARE(proxy.rowCount(), 1); // vm10
        proxy.setFilterExpression(u"power:off guest:debian"_s);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setFilterExpression(u"colour:c1"_s); // no such field: a plain word, which nothing contains
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(InventoryFilter(u"colour:c1"_s).unknownField(), u"colour"_s);
        proxy.setFilterExpression(QString());
        QCOMPARE(proxy.rowCount(), 12);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestInventoryModel)
#include "tst_inventorymodel.moc"
