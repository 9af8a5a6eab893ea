// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory page against a private simulator stays current without F5: changes made by another
// client reach the table and the open details pane; F5 keeps the tree's open branches and the
// selection; the details show disks, port groups and snapshots.
#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include "inventorymodel.h"
#include "inventorypage.h"
#include "inventorytreemodel.h"
#include "support/futurewait.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vmdetailspane.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
// The first index below `parent` (depth first) whose text is `name`.
QModelIndex findIndex(const QAbstractItemModel* model, const QString& name, const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == name) {
            return index;
        }
        if (const QModelIndex below = findIndex(model, name, index); below.isValid()) {
            return below;
        }
    }
    return {};
}

void selectInTable(InventoryPage& page, const QString& name)
{
    QAbstractItemModel* shown = page.table()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, InventoryModel::NameColumn).data().toString() == name) {
            page.table()->selectRow(row);
            return;
        }
    }
    QFAIL("the VM is not in the table");
}
} // namespace

class TestLiveInventory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = std::make_unique<SimulatorInstance>(QStringList { u"--vms"_s, u"6"_s });
        QVERIFY(m_simulator->isReady());
    }

    void init()
    {
        m_session = std::make_unique<VSphereSession>();
        m_model = std::make_unique<InventoryModel>(m_session.get());
        m_page = std::make_unique<InventoryPage>(m_model.get(), m_session.get());
        m_page->resize(1400, 420);
        m_page->show();
        QVERIFY(!failureOf(m_session->login({ m_simulator->sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->rowCount() > 0 && !m_model->isLoading(), 30000);
    }

    void cleanup()
    {
        QVERIFY(!failureOf(m_session->logout()));
        m_page.reset();
        m_model.reset();
        m_session.reset();
    }

    void changesMadeElsewhereReachTheTableAndTheOpenDetails()
    {
        const VmSummary vm = m_model->vmAt(0);
        selectInTable(*m_page, vm.name);
        VmDetailsPane* pane = m_page->details();
        QTRY_VERIFY_WITH_TIMEOUT(pane->text().contains(u"No serial ports"_s), 10000);
        auto* browser = pane->findChild<QTextBrowser*>();
        QTRY_VERIFY(browser->verticalScrollBar()->maximum() > 40);
        browser->verticalScrollBar()->setValue(40);

        // Another client (its own session) adds a serial port and writes notes.
        VSphereSession other;
        QVERIFY(!failureOf(other.login({ m_simulator->sdkUrl(), u"someone-else"_s, {} }, u"secret"_s)));
        VmActions actions(&other);
        QVERIFY(!failureOf(actions.addNetworkSerialPort(vm.ref, u"vmdesk"_s, u"telnet://192.0.2.10:13370"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(pane->text().contains(u"telnet://192.0.2.10:13370"_s), 15000);
        QVERIFY(!pane->text().contains(u"No serial ports"_s));
        QCOMPARE(browser->verticalScrollBar()->value(), 40); // read again where the reader was

        const QString notes = u"Owned by the database team"_s;
        QVERIFY(!failureOf(actions.setAnnotation(vm.ref, notes)));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->vmNamed(vm.name)->annotation, notes, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(pane->text().contains(notes), 5000);
        QVERIFY(!failureOf(other.logout()));
    }

    void reloadKeepsOpenBranchesAndTheSelection()
    {
        QTreeView* tree = m_page->tree();
        QAbstractItemModel* shown = tree->model();
        QAbstractItemModelTester tester(shown, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const VmSummary vm = m_model->vmAt(m_model->rowCount() - 1);
        const QModelIndex host = findIndex(shown, vm.host);
        QVERIFY(host.isValid());
        QVERIFY(!tree->isExpanded(host)); // hosts start closed
        tree->expand(host);
        const QModelIndex vmIndex = findIndex(shown, vm.name, host);
        QVERIFY(vmIndex.isValid());
        tree->setCurrentIndex(vmIndex);
        QCOMPARE(m_page->selectedVmNames(), QStringList { vm.name });

        QSignalSpy resets(m_page->tree()->model(), &QAbstractItemModel::modelReset);
        QSignalSpy loading(m_model.get(), &InventoryModel::loadingChanged);
        m_model->reload(); // F5
        QTRY_VERIFY_WITH_TIMEOUT(loading.size() == 2, 30000);
        QCOMPARE(resets.size(), 0);
        QVERIFY(tree->isExpanded(findIndex(shown, vm.host)));
        QCOMPARE(tree->currentIndex().data().toString(), vm.name);
        QCOMPARE(m_page->selectedVmNames(), QStringList { vm.name });
    }

    void detailsShowDisksPortGroupsAndSnapshots()
    {
        const VmSummary vm = m_model->vmAt(1);
        VmActions actions(m_session.get());
        QVERIFY(!failureOf(actions.createSnapshot(vm.ref, u"before-upgrade"_s, {}, false)));
        QVERIFY(!failureOf(actions.createSnapshot(vm.ref, u"after-upgrade"_s, {}, false)));
        QFuture<VmDetails> read = m_session->vmDetails(vm.ref);
        QVERIFY(!failureOf(read));
        const VmDetails details = read.result();
        QVERIFY(!details.disks.isEmpty());
        QVERIFY(details.disks.first().capacityBytes > 0);
        QVERIFY(!details.disks.first().datastore.isEmpty());
        QVERIFY(details.disks.first().fileName.startsWith(u'[' + details.disks.first().datastore + u']'));
        QVERIFY(!details.networkAdapters.isEmpty());
        // The simulator's NICs are on a distributed port group: named, not by its key.
        QVERIFY(!details.networkAdapters.first().network.isEmpty());
        QVERIFY(!details.networkAdapters.first().network.startsWith(u"dvportgroup-"_s));
        QCOMPARE(details.snapshots.size(), 2);
        QCOMPARE(details.snapshots.at(0).name, u"before-upgrade"_s);
        QCOMPARE(details.snapshots.at(1).depth, 1);
        QVERIFY(!details.snapshots.at(0).current && details.snapshots.at(1).current);

        selectInTable(*m_page, vm.name);
        VmDetailsPane* pane = m_page->details();
        QTRY_VERIFY_WITH_TIMEOUT(pane->text().contains(u"after-upgrade"_s), 10000);
        const QString text = pane->text();
        QVERIFY(text.contains(u"Snapshots"_s));
        QVERIFY(text.contains(u"(you are here)"_s));
        QVERIFY(text.contains(details.disks.first().datastore));
        QVERIFY(text.contains(details.networkAdapters.first().network));
        QVERIFY(m_page->grab().save(u"/tmp/vmdesk-details-snapshots.png"_s));

        const VmSummary plain = m_model->vmAt(2);
        selectInTable(*m_page, plain.name);
        QTRY_VERIFY_WITH_TIMEOUT(pane->text().contains(u"No snapshots"_s), 10000);
    }

private:
    std::unique_ptr<SimulatorInstance> m_simulator;
    std::unique_ptr<VSphereSession> m_session;
    std::unique_ptr<InventoryModel> m_model;
    std::unique_ptr<InventoryPage> m_page;
};

VMDESK_TEST_MAIN(TestLiveInventory)
#include "tst_liveinventory.moc"
