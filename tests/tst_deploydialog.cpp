// SPDX-License-Identifier: GPL-3.0-or-later
// The deploy dialog against the simulator's inventory: placement choices, network mapping, the
// specs it returns, and a clone it queues as a Transfers page row; renders the README's screenshot.
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "deploydialog.h"
#include "export/exportqueue.h"
#include "exportjobmodel.h"
#include "exportspage.h"
#include "inventorymodel.h"
#include "inventorypage.h"
#include "provisioning/deployjob.h"
#include "support/simulatorenvironment.h"
#include "support/simulatorinstance.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString vm0 = u"DC0_C0_RP0_VM0"_s;

// An OVF descriptor as ovftool writes one, cut to what the dialog reads: two networks.
QByteArray descriptor()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/1\" "
           "xmlns:ovf=\"http://schemas.dmtf.org/ovf/envelope/1\">\n"
           "  <References/>\n"
           "  <NetworkSection>\n"
           "    <Info>The list of logical networks</Info>\n"
           "    <Network ovf:name=\"VM Network\"><Description>front</Description></Network>\n"
           "    <Network ovf:name=\"backend\"><Description>back</Description></Network>\n"
           "  </NetworkSection>\n"
           "  <VirtualSystem ovf:id=\"appliance\"><Info>A virtual machine</Info></VirtualSystem>\n"
           "</Envelope>\n";
}

QStringList items(const QComboBox* box, int role = Qt::DisplayRole)
{
    QStringList list;
    for (int i = 0; i < box->count(); ++i) {
        list.append(box->itemData(i, role).toString());
    }
    return list;
}

bool login(VSphereSession& session, const QUrl& url, const QString& user, const QString& password)
{
    QFuture<void> done = session.login({ url, user, {} }, password);
    return QTest::qWaitFor([&] { return done.isFinished(); }, 20000)
        && session.state() == VCenterConnection::State::Connected;
}

// Opens the dialog and waits until its placement choices are in.
bool loaded(DeployDialog& dialog)
{
    return QTest::qWaitFor([&] { return dialog.isCatalogLoaded() || !dialog.catalogError().isEmpty(); }, 20000);
}
} // namespace

class TestDeployDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY2(SimulatorEnvironment::sdkUrl().isValid(), "run through ctest: the vcsim fixture provides the URL");
        QVERIFY(login(
            m_session, SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), SimulatorEnvironment::password()));
    }

    void theCombosFillFromTheCatalog()
    {
        DeployDialog dialog(&m_session, { vm0 });
        QVERIFY(loaded(dialog));
        QVERIFY2(dialog.catalogError().isEmpty(), qPrintable(dialog.catalogError()));
        QCOMPARE(items(dialog.datacenterBox()), QStringList { u"DC0"_s });
        const QStringList computes = items(dialog.computeBox(), Qt::UserRole);
        QVERIFY2(computes.contains(u"DC0_C0"_s), qPrintable(computes.join(u',')));
        QVERIFY2(computes.contains(u"DC0_C0_H0"_s), qPrintable(computes.join(u',')));
        QVERIFY(items(dialog.computeBox()).contains(u"DC0_C0 (cluster)"_s));
        QVERIFY(items(dialog.computeBox()).contains(u"DC0_C0_H0 (host)"_s));
        QVERIFY(dialog.datastoreBox()->count() > 0);
        QCOMPARE(dialog.datastoreBox()->itemData(0).toString(), u"LocalDS_0"_s);
        QVERIFY2(
            dialog.datastoreBox()->itemText(0).contains(u"free"_s), qPrintable(dialog.datastoreBox()->itemText(0)));
        QCOMPARE(dialog.folderBox()->itemData(0).toString(), QString()); // the datacenter's VM folder
        QCOMPARE(dialog.cloneSourceBox()->findText(vm0), 0);
    }

    void choosingAHostFillsThePools()
    {
        DeployDialog dialog(&m_session, {});
        QVERIFY(loaded(dialog));
        QVERIFY(dialog.chooseCompute(u"DC0_C0"_s));
        const QStringList clusterPools = items(dialog.poolBox());
        QVERIFY2(clusterPools.contains(u"Resources"_s), qPrintable(clusterPools.join(u',')));
        // A host in the cluster runs the cluster's pools.
        QSignalSpy refilled(dialog.poolBox()->model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(dialog.chooseCompute(u"DC0_C0_H1"_s));
        QVERIFY(!refilled.isEmpty());
        QCOMPARE(items(dialog.poolBox()), clusterPools);
        QVERIFY(!dialog.chooseCompute(u"no-such-host"_s));
        dialog.setCloneSource(vm0);
        dialog.setNames({ u"a"_s });
        const DeploySpec spec = dialog.specs().value(0);
        QCOMPARE(spec.host, u"DC0_C0_H1"_s);
        QCOMPARE(spec.cluster, QString());
        QCOMPARE(spec.pool, u"Resources"_s);
    }

    void anOvfWithTwoNetworksShowsTwoMappingRows()
    {
        QTemporaryDir dir;
        const QString ovf = dir.filePath(u"appliance.ovf"_s);
        QVERIFY(writeFile(ovf, descriptor()));
        DeployDialog dialog(&m_session, {});
        QVERIFY(loaded(dialog));
        QSignalSpy read(&dialog, &DeployDialog::packageRead);
        dialog.setPackage(ovf);
        QVERIFY(read.wait(10000));
        QCOMPARE(dialog.packageNetworks(), (QStringList { u"VM Network"_s, u"backend"_s }));
        QTableWidget* table = dialog.networkTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"VM Network"_s);
        QCOMPARE(table->item(1, 0)->text(), u"backend"_s);
        auto* first = qobject_cast<QComboBox*>(table->cellWidget(0, 1));
        auto* second = qobject_cast<QComboBox*>(table->cellWidget(1, 1));
        QVERIFY(first && second);
        QCOMPARE(first->currentText(), u"VM Network"_s); // the same-named network
        QVERIFY(second->count() >= 2);
        second->setCurrentIndex(second->findText(u"DC0_DVPG0"_s));
        QCOMPARE(second->currentText(), u"DC0_DVPG0"_s);
        dialog.setNames({ u"app-01"_s });
        const DeploySpec spec = dialog.specs().value(0);
        QCOMPARE(spec.source, DeploySpec::Source::Ovf);
        QCOMPARE(spec.sourcePath, ovf);
        QCOMPARE(spec.networks.value(u"VM Network"_s), u"VM Network"_s);
        QCOMPARE(spec.networks.value(u"backend"_s), u"DC0_DVPG0"_s);
        QCOMPARE(dialog.okButton()->text(), u"Deploy 1 VM"_s);
        QVERIFY(dialog.okButton()->isEnabled());

        // The same descriptor inside an OVA made by tar, behind a disk: only the .ovf member is read.
        QVERIFY(writeFile(dir.filePath(u"disk1.vmdk"_s), QByteArray(256 * 1024, 'd')));
        QCOMPARE(QProcess::execute(u"tar"_s,
                     { u"-C"_s, dir.path(), u"-cf"_s, dir.filePath(u"appliance.ova"_s), u"disk1.vmdk"_s,
                         u"appliance.ovf"_s }),
            0);
        dialog.setPackage(dir.filePath(u"appliance.ova"_s));
        QVERIFY(read.wait(10000));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(dialog.specs().value(0).source, DeploySpec::Source::Ova);

        // Not a tar at all: said in the dialog, and OK stays off.
        QVERIFY(writeFile(dir.filePath(u"broken.ova"_s), "not a tar"));
        dialog.setPackage(dir.filePath(u"broken.ova"_s));
        QVERIFY(read.wait(10000));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void threeCloneNamesGiveThreeSpecs()
    {
        QTemporaryDir metadata;
        QVERIFY(writeFile(
            metadata.filePath(u"web-a.yaml"_s), "metadata:\n  instance-id: web-a-1\n  local-hostname: web-a\n"));
        DeployDialog dialog(&m_session, { vm0, u"DC0_C0_RP0_VM1"_s });
        QVERIFY(loaded(dialog));
        dialog.setCloneSource(vm0);
        dialog.setNames({ u"web-a"_s, u" web-b "_s, u""_s, u"web-c"_s });
        QVERIFY(dialog.chooseCompute(u"DC0_C0"_s));
        dialog.cloudInitBox()->setCurrentIndex(dialog.cloudInitBox()->findData(int(DeploySpec::CloudInit::Guestinfo)));
        dialog.metadataFolderEdit()->setText(metadata.path());
        QVERIFY2(dialog.metadataLabel()->text().contains(u"Found: web-a.yaml"_s),
            qPrintable(dialog.metadataLabel()->text()));
        QVERIFY2(dialog.metadataLabel()->text().contains(u"Missing: web-b.yaml, web-c.yaml"_s),
            qPrintable(dialog.metadataLabel()->text()));
        dialog.findChild<QCheckBox*>()->setChecked(true); // power on
        QCOMPARE(dialog.okButton()->text(), u"Clone 3 VMs"_s);
        // Two have no document: OK waits for a template to make them from.
        QVERIFY(!dialog.okButton()->isEnabled());
        QCOMPARE(dialog.missingDocuments(), (QStringList { u"web-b"_s, u"web-c"_s }));
        const int fromWebA = dialog.templateBox()->findData(metadata.filePath(u"web-a.yaml"_s));
        QVERIFY(fromWebA > 0);
        dialog.templateBox()->setCurrentIndex(fromWebA);
        QVERIFY(dialog.okButton()->isEnabled());
        QCOMPARE(dialog.createMissingDocuments(), QString());
        QVERIFY(dialog.missingDocuments().isEmpty());
        QFile made(metadata.filePath(u"web-c.yaml"_s));
        QVERIFY(made.open(QIODevice::ReadOnly));
        const QByteArray madeText = made.readAll();
        QVERIFY2(madeText.contains("web-c"), madeText.constData()); // its own instance-id and host name

        const QList<DeploySpec> specs = dialog.specs();
        QCOMPARE(specs.size(), 3);
        QStringList names;
        for (const DeploySpec& spec : specs) {
            names.append(spec.name);
            QCOMPARE(spec.source, DeploySpec::Source::Clone);
            QCOMPARE(spec.sourceVm, vm0);
            QCOMPARE(spec.datacenter, u"DC0"_s);
            QCOMPARE(spec.cluster, u"DC0_C0"_s);
            QCOMPARE(spec.host, QString());
            QCOMPARE(spec.datastore, u"LocalDS_0"_s);
            QCOMPARE(spec.folder, QString());
            QCOMPARE(spec.cloudInit, DeploySpec::CloudInit::Guestinfo);
            QCOMPARE(spec.metadataDir, metadata.path());
            QVERIFY(spec.networks.isEmpty());
            QVERIFY(spec.powerOn);
        }
        QCOMPARE(names, (QStringList { u"web-a"_s, u"web-b"_s, u"web-c"_s }));

        // Without cloud-init, no folder goes along; the deploy wording follows the source.
        dialog.cloudInitBox()->setCurrentIndex(dialog.cloudInitBox()->findData(int(DeploySpec::CloudInit::None)));
        QCOMPARE(dialog.specs().value(0).metadataDir, QString());
        dialog.setPackage(u"/nonexistent/x.ova"_s);
        QCOMPARE(dialog.okButton()->text(), u"Deploy 3 VMs"_s);
    }

    void saysWhenTheCatalogCannotBeRead()
    {
        VSphereSession offline;
        DeployDialog dialog(&offline, {});
        QSignalSpy done(&dialog, &DeployDialog::catalogLoaded);
        QVERIFY(done.wait(5000));
        QVERIFY(!dialog.isCatalogLoaded());
        QVERIFY(dialog.catalogError().contains(u"connect"_s));
        QCOMPARE(dialog.catalogLabel()->text(), dialog.catalogError());
        dialog.setCloneSource(vm0);
        dialog.setNames({ u"x"_s });
        QVERIFY(!dialog.okButton()->isEnabled());
    }

    void aQueuedCloneShowsOnTheTransfersPage()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--guest-ip-delay"_s, u"1s"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        QVERIFY(login(session, simulator.sdkUrl(), u"user"_s, u"pass"_s));
        QTemporaryDir metadata;
        QVERIFY(
            QFile::copy(QStringLiteral(VMDESK_DOCUMENTS_DIR "/web-01.yaml"), metadata.filePath(u"web-clone.yaml"_s)));

        DeployDialog dialog(&session, { vm0 });
        QVERIFY(loaded(dialog));
        dialog.setCloneSource(vm0);
        dialog.setNames({ u"web-clone"_s });
        dialog.cloudInitBox()->setCurrentIndex(dialog.cloudInitBox()->findData(int(DeploySpec::CloudInit::Guestinfo)));
        dialog.metadataFolderEdit()->setText(metadata.path());
        const QList<QCheckBox*> boxes = dialog.findChildren<QCheckBox*>();
        QCOMPARE(boxes.size(), 2);
        boxes.at(0)->setChecked(true); // power on
        boxes.at(1)->setChecked(true); // wait for the address
        QList<DeploySpec> specs = dialog.specs();
        QCOMPARE(specs.size(), 1);
        QCOMPARE(specs.first().waitIpSeconds, 300);

        ExportQueue queue(&session, QString());
        queue.setDeployJobFactory(DeployJob::factory(&session));
        ExportsPage page(&queue);
        QTableView* table = page.table();
        const quint64 clone = queue.add(specs.first());
        // A deploy of a package that is not there: its row says what it is all the same.
        DeploySpec deploy = specs.first();
        deploy.source = DeploySpec::Source::Ova;
        deploy.sourcePath = metadata.filePath(u"missing.ova"_s);
        deploy.name = u"from-ova"_s;
        queue.add(deploy);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, ExportJobModel::KindColumn).data().toString(), u"Clone"_s);
        QCOMPARE(table->model()->index(1, ExportJobModel::KindColumn).data().toString(), u"Deploy"_s);
        QCOMPARE(table->model()->index(0, ExportJobModel::VmColumn).data().toString(), u"web-clone"_s);
        QCOMPARE(table->model()->headerData(ExportJobModel::KindColumn, Qt::Horizontal).toString(), u"Type"_s);

        QSignalSpy finished(&page, &ExportsPage::jobFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!queue.job(clone)->isActive(), 120000);
        QCOMPARE(queue.job(clone)->state, ExportJobRecord::State::Completed);
        const QString address = queue.job(clone)->result;
        QVERIFY(!address.isEmpty());
        QCOMPARE(table->model()->index(0, ExportJobModel::OutputColumn).data().toString(), address);
        QVERIFY(std::any_of(finished.cbegin(), finished.cend(), [&](const QList<QVariant>& arguments) {
            return arguments.first().toString()
                == u"web-clone is cloned from %1; its address is %2."_s.arg(vm0, address);
        }));
    }

    void theTransfersPageAndTheInventoryOpenIt()
    {
        VSphereSession offline;
        ExportQueue queue(&offline, QString());
        ExportsPage page(&queue);
        QSignalSpy deploy(&page, &ExportsPage::deployRequested);
        const QList<QAction*> pageActions = page.table()->actions();
        const auto deployAction = std::find_if(pageActions.cbegin(), pageActions.cend(),
            [](const QAction* action) { return action->text() == u"Deploy OVF/OVA…"_s; });
        QVERIFY(deployAction != pageActions.cend());
        (*deployAction)->trigger();
        QCOMPARE(deploy.size(), 1);

        InventoryModel model(&m_session);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 20000);
        InventoryPage inventory(&model, &m_session);
        inventory.table()->selectRow(0);
        const QString first = inventory.selectedVmNames().value(0);
        QVERIFY(!first.isEmpty());
        QSignalSpy clone(&inventory, &InventoryPage::cloneRequested);
        const QList<QAction*> vmActions = inventory.vmActions();
        const auto cloneAction = std::find_if(
            vmActions.cbegin(), vmActions.cend(), [](const QAction* action) { return action->text() == u"C&lone…"_s; });
        QVERIFY(cloneAction != vmActions.cend());
        (*cloneAction)->trigger();
        QCOMPARE(clone.size(), 1);
        QCOMPARE(clone.first().first().toString(), first);
    }

    void rendersTheScreenshot()
    {
        QTemporaryDir dir;
        const QString ovf = dir.filePath(u"appliance.ovf"_s);
        QVERIFY(writeFile(ovf, descriptor()));
        QSettings().setValue(u"metadata/directory"_s, dir.path());
        QVERIFY(writeFile(dir.filePath(u"app-01.yaml"_s), "#cloud-config\n"));
        DeployDialog dialog(&m_session, { vm0 });
        QCOMPARE(dialog.metadataFolderEdit()->text(), dir.path()); // the Guests page's folder
        QVERIFY(loaded(dialog));
        QSignalSpy read(&dialog, &DeployDialog::packageRead);
        dialog.setPackage(ovf);
        QVERIFY(read.wait(10000));
        dialog.setNames({ u"app-01"_s, u"app-02"_s, u"app-03"_s });
        dialog.cloudInitBox()->setCurrentIndex(dialog.cloudInitBox()->findData(int(DeploySpec::CloudInit::Iso)));
        dialog.templateBox()->setCurrentIndex(dialog.templateBox()->findData(dir.filePath(u"app-01.yaml"_s)));
        QVERIFY(dialog.okButton()->isEnabled());
        dialog.resize(1000, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(dialog.grab().save(screenshots.filePath(u"deploy-dialog.png"_s)));
        QSettings().remove(u"metadata/directory"_s);
    }

private:
    VSphereSession m_session;
};

VMDESK_TEST_MAIN(TestDeployDialog)
#include "tst_deploydialog.moc"
