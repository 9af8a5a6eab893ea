// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory page offscreen over a fake vCenter: tree scope, details pane, chosen columns,
// copy and export of what is shown.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "inventorymodel.h"
#include "inventorypage.h"
#include "inventorytreemodel.h"
#include "support/fakevcenterconnection.h"
#include "support/testmain.h"
#include "vmdetailspane.h"

using namespace Qt::StringLiterals;

namespace {
VmSummary vmOn(int i, const QString& host, const QString& cluster)
{
    VmSummary vm;
    vm.ref = { u"VirtualMachine"_s, u"vm-%1"_s.arg(i) };
    vm.name = u"vm%1"_s.arg(i);
    vm.powerState = u"poweredOn"_s;
    vm.datacenter = u"DC0"_s;
    vm.host = host;
    vm.cluster = cluster;
    vm.memoryMb = 1024 * (i + 1);
    vm.instanceUuid = u"5012%1"_s.arg(i);
    return vm;
}

QModelIndex findInTree(const QAbstractItemModel& model, const QString& name, const QModelIndex& parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name) {
            return index;
        }
        if (const QModelIndex below = findInTree(model, name, index); below.isValid()) {
            return below;
        }
    }
    return {};
}
} // namespace

class TestInventoryPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_connection = std::make_unique<FakeVCenterConnection>();
        m_model = std::make_unique<InventoryModel>(m_connection.get());
        m_page = std::make_unique<InventoryPage>(m_model.get(), m_connection.get());
        m_page->resize(1200, 600);
        m_connection->vms = { vmOn(0, u"esx1"_s, u"C1"_s), vmOn(1, u"esx1"_s, u"C1"_s), vmOn(2, u"esx2"_s, {}) };
        VmDetails details;
        details.ref = m_connection->vms.at(1).ref;
        details.serialPorts.append(
            { u"Serial port 1"_s, u"network"_s, u"client"_s, u"vmdesk"_s, u"telnet://vmdesk.example:13370"_s, true });
        details.networkAdapters.append({ u"Network adapter 1"_s, u"VM Network"_s, false, u"00:50:56:aa:bb:01"_s,
            { u"10.0.0.21"_s, u"fe80::1"_s }, true });
        details.guestInfo.append({ u"guestinfo.metadata.encoding"_s, u"base64"_s });
        m_connection->details.insert(u"vm-1"_s, details);
        m_connection->setState(VCenterConnection::State::Connected);
        m_connection->deliver();
        QTRY_COMPARE(m_model->rowCount(), 3);
    }

    void treeScopesTheTableAndChoosesTheVm()
    {
        QAbstractItemModelTester tester(
            m_page->tree()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView* table = m_page->table();
        QCOMPARE(table->model()->rowCount(), 3);
        QTreeView* tree = m_page->tree();
        tree->setCurrentIndex(findInTree(*tree->model(), u"esx2"_s));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, InventoryModel::NameColumn).data().toString(), u"vm2"_s);
        tree->setCurrentIndex(findInTree(*tree->model(), u"C1"_s));
        QCOMPARE(table->model()->rowCount(), 2);

        // A VM in the tree: its row is chosen, and the details pane reads its devices.
        tree->setCurrentIndex(findInTree(*tree->model(), u"vm1"_s));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QTRY_VERIFY(m_page->details()->text().contains(u"telnet://vmdesk.example:13370"_s));
        const QString text = m_page->details()->text();
        QVERIFY(text.contains(u"vm1"_s));
        QVERIFY(text.contains(u"10.0.0.21, fe80::1"_s));
        QVERIFY(text.contains(u"guestinfo.metadata.encoding"_s));

        // A VM vCenter cannot describe says so, and the pane keeps the row's summary.
        tree->setCurrentIndex(findInTree(*tree->model(), u"vm0"_s));
        QTRY_VERIFY(m_page->details()->text().contains(u"ManagedObjectNotFound"_s));
        QVERIFY(m_page->details()->text().contains(u"vm0"_s));
    }

    void theSummarySaysWhatNarrowsTheList()
    {
        m_page->show();
        QTreeView* tree = m_page->tree();
        tree->setCurrentIndex(findInTree(*tree->model(), u"esx2"_s));
        m_page->filter()->setText(u"host:esx1"_s);
        QCOMPARE(m_page->table()->model()->rowCount(), 0);
        QVERIFY2(
            m_page->summary()->text().contains(u"esx2, chosen in the tree"_s), qPrintable(m_page->summary()->text()));
        QVERIFY(m_page->searchError()->isHidden());
        m_page->filter()->setText(u"hots:esx1"_s); // a typo
        QVERIFY(m_page->searchError()->isVisible());
        QVERIFY2(m_page->searchError()->text().contains(u"“hots” is not a search field"_s),
            qPrintable(m_page->searchError()->text()));
        m_page->filter()->clear();
        QVERIFY(m_page->searchError()->isHidden());
    }

    void tabLeavesTheTable()
    {
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->table()->setFocus();
        m_page->table()->setCurrentIndex(m_page->table()->model()->index(0, 0));
        QTest::keyClick(m_page->table(), Qt::Key_Tab);
        QVERIFY(!m_page->table()->hasFocus());
    }

    void theTableGetsTheRoomAndTheDetailsPaneCollapses()
    {
        m_page->show();
        QSplitter* splitter = m_page->splitter();
        const int emptyDetails = splitter->sizes().at(2);
        QVERIFY2(emptyDetails > 0 && emptyDetails < splitter->sizes().at(1) / 2, "narrow until a VM is chosen");
        m_page->table()->selectRow(1);
        QTRY_VERIFY(splitter->sizes().at(2) > emptyDetails); // room for the chosen VM's details
        const int table = splitter->sizes().at(1);
        m_page->detailsAction()->setChecked(false);
        QCOMPARE(splitter->sizes().at(2), 0);
        QVERIFY(splitter->sizes().at(1) > table); // the table took its place
        m_page->detailsAction()->setChecked(true);
        QVERIFY(splitter->sizes().at(2) > 0);
        // A small window: the side panes give way, the table stays usable.
        m_page->resize(800, 600);
        QTRY_VERIFY(splitter->sizes().at(1) >= m_page->table()->minimumWidth());
    }

    void chosenColumnsAreWhatIsCopiedAndExported()
    {
        QHeaderView* header = m_page->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(InventoryModel::InstanceUuidColumn)); // hidden until chosen
        QVERIFY(!m_page->visibleColumns().contains(InventoryModel::InstanceUuidColumn));
        header->setSectionHidden(InventoryModel::InstanceUuidColumn, false);
        for (int column = InventoryModel::GuestColumn; column < InventoryModel::ColumnCount; ++column) {
            if (column != InventoryModel::MemoryColumn && column != InventoryModel::InstanceUuidColumn) {
                header->setSectionHidden(column, true);
            }
        }
        header->moveSection(header->visualIndex(InventoryModel::MemoryColumn), 0);
        QCOMPARE(m_page->visibleColumns(),
            (QList<int> { InventoryModel::MemoryColumn, InventoryModel::NameColumn, InventoryModel::PowerStateColumn,
                InventoryModel::InstanceUuidColumn }));

        m_page->filter()->setText(u"vm1"_s);
        QCOMPARE(m_page->copyText(), u"Memory\tName\tPower state\tInstance UUID\n2 GiB\tvm1\tPowered on\t50121\n"_s);

        QTemporaryDir dir;
        QSignalSpy written(m_page.get(), &InventoryPage::exportFinished);
        m_page->exportShown(dir.filePath(u"shown.json"_s));
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(written.first().at(1).toString(), QString());
        QFile file(dir.filePath(u"shown.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().keys(),
            (QStringList { u"instanceUuid"_s, u"memoryMB"_s, u"name"_s, u"powerState"_s }));
        QCOMPARE(rows.first().toObject().value(u"memoryMB"_s).toInt(), 2048);

        // A folder that cannot be written to is reported, not ignored.
        m_page->exportShown(dir.filePath(u"missing/dir/shown.csv"_s));
        QTRY_COMPARE(written.size(), 2);
        QVERIFY(!written.last().at(1).toString().isEmpty());

        // The layout survives a restart; a state from another version is ignored.
        const QByteArray state = m_page->saveState();
        InventoryPage again(m_model.get(), m_connection.get());
        again.restoreState(state);
        QCOMPARE(again.visibleColumns(), m_page->visibleColumns());
        InventoryPage fresh(m_model.get(), m_connection.get());
        fresh.restoreState(m_page->table()->horizontalHeader()->saveState());
        QVERIFY(fresh.table()->horizontalHeader()->isSectionHidden(InventoryModel::InstanceUuidColumn));
    }

private:
    std::unique_ptr<FakeVCenterConnection> m_connection;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<InventoryPage> m_page;
};

VMDESK_TEST_MAIN(TestInventoryPage)
#include "tst_inventorypage.moc"
