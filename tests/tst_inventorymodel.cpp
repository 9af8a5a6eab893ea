// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "inventoryexport.h"
#include "inventoryfilter.h"
#include "inventoryfilterproxy.h"
#include "inventorymodel.h"
#include "inventorytreemodel.h"
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
VmSummary placedVm(int i, const QString& host, const QString& cluster, const QString& folder)
{
    VmSummary vm;
    vm.ref = { u"VirtualMachine"_s, u"vm-%1"_s.arg(i) };
    vm.name = u"vm%1"_s.arg(i);
    vm.datacenter = u"DC0"_s;
    vm.host = host;
    vm.cluster = cluster;
    vm.folder = folder;
    return vm;
}

// The tree as text, one node per line, indented by depth: "DC0 (3)".
QStringList treeLines(const QAbstractItemModel& model, const QModelIndex& parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines.append(QString(depth * 2, u' ') + index.data().toString() + u" ("_s
            + QString::number(index.data(InventoryTreeModel::VmCountRole).toInt()) + u')');
        lines.append(treeLines(model, index, depth + 1));
    }
    return lines;
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

    void treeGroupsByDatacenterClusterHostFolder()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        InventoryTreeModel tree(&model);
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connection.vms = { placedVm(0, u"esx1"_s, u"C1"_s, {}), placedVm(1, u"esx1"_s, u"C1"_s, u"Web"_s),
            placedVm(2, u"esx9"_s, {}, {}) };
        connection.setState(VCenterConnection::State::Connected);
        connection.deliver();
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(treeLines(tree),
            (QStringList { u"DC0 (3)"_s, u"  C1 (2)"_s, u"    esx1 (2)"_s, u"      vm0 (1)"_s, u"      Web (1)"_s,
                u"        vm1 (1)"_s, u"  esx9 (1)"_s, u"    vm2 (1)"_s }));
        const QModelIndex vm1 = tree.indexOfVm(u"vm-1"_s);
        QCOMPARE(vm1.data(InventoryTreeModel::KindRole).value<InventoryTreeModel::Kind>(),
            InventoryTreeModel::Kind::VirtualMachine);
        QCOMPARE(vm1.parent().data(InventoryTreeModel::KindRole).value<InventoryTreeModel::Kind>(),
            InventoryTreeModel::Kind::Folder);

        // vMotion of vm1 to the standalone host: it leaves its branch, which goes, and joins esx9.
        QSignalSpy resets(&tree, &QAbstractItemModel::modelReset);
        Q_EMIT connection.vmChanged(placedVm(1, u"esx9"_s, {}, {}));
        QCOMPARE(treeLines(tree),
            (QStringList { u"DC0 (3)"_s, u"  C1 (1)"_s, u"    esx1 (1)"_s, u"      vm0 (1)"_s, u"  esx9 (2)"_s,
                u"    vm2 (1)"_s, u"    vm1 (1)"_s }));
        // A rename stays in place; a new VM in a new datacenter makes its branch; removals prune.
        VmSummary renamed = placedVm(2, u"esx9"_s, {}, {});
        renamed.name = u"db"_s;
        Q_EMIT connection.vmChanged(renamed);
        VmSummary other = placedVm(7, u"esx2"_s, {}, {});
        other.datacenter = u"DC1"_s;
        Q_EMIT connection.vmChanged(other);
        Q_EMIT connection.vmRemoved({ u"VirtualMachine"_s, u"vm-0"_s });
        QCOMPARE(treeLines(tree),
            (QStringList { u"DC0 (2)"_s, u"  esx9 (2)"_s, u"    db (1)"_s, u"    vm1 (1)"_s, u"DC1 (1)"_s,
                u"  esx2 (1)"_s, u"    vm7 (1)"_s }));
        QCOMPARE(resets.size(), 0);
        QVERIFY(!tree.indexOfVm(u"vm-0"_s).isValid());
        QCOMPARE(tree.indexOfVm(u"vm-7"_s).data().toString(), u"vm7"_s);

        connection.setState(VCenterConnection::State::Disconnected);
        QCOMPARE(tree.rowCount(), 0);
    }

    void exportsWhatIsShown()
    {
        FakeVCenterConnection connection;
        InventoryModel model(&connection);
        InventoryFilterProxy proxy;
        proxy.setSourceModel(&model);
        VmSummary web = placedVm(1, u"esx1"_s, u"C1"_s, {});
        web.name = u"web, \"front\""_s;
        web.memoryMb = 4096;
        web.attributes = { { u"Owner"_s, u"alice"_s } };
        VmSummary db = placedVm(2, u"esx1"_s, u"C1"_s, {});
        db.name = u"db"_s;
        db.memoryMb = 512;
        connection.vms = { web, db };
        connection.setState(VCenterConnection::State::Connected);
        connection.deliver();
        QTRY_COMPARE(model.rowCount(), 2);
        proxy.sort(InventoryModel::MemoryColumn); // by the number, not by "512 MiB" > "4 GiB"
        QCOMPARE(proxy.index(0, InventoryModel::NameColumn).data().toString(), u"db"_s);
        const QList<int> columns { InventoryModel::NameColumn, InventoryModel::MemoryColumn,
            InventoryModel::AttributesColumn };
        QCOMPARE(QString::fromUtf8(InventoryExport::csv(proxy, columns)),
            u"name,memoryMB,attributes\r\ndb,512,\r\n\"web, \"\"front\"\"\",4096,Owner=alice\r\n"_s);
        const QJsonArray json = QJsonDocument::fromJson(InventoryExport::json(proxy, columns, { 1 })).array();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json.first().toObject().value(u"memoryMB"_s).toInt(), 4096);
        QCOMPARE(json.first().toObject().value(u"attributes"_s).toObject().value(u"Owner"_s).toString(), u"alice"_s);
        QCOMPARE(InventoryExport::clipboardText(proxy, { InventoryModel::NameColumn, InventoryModel::MemoryColumn }),
            u"Name\tMemory\ndb\t512 MiB\nweb, \"front\"\t4 GiB\n"_s);
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
