// SPDX-License-Identifier: GPL-3.0-or-later
// The Exports page with a live queue against the simulator; renders the README's screenshot.
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "export/exportqueue.h"
#include "exportdialog.h"
#include "exportspage.h"
#include "inventorymodel.h"
#include "mainwindow.h"
#include "support/fakevcenterconnection.h"
#include "support/simulatorinstance.h"
#include "support/smalldisk.h"
#include "support/testmain.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

class TestExportsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void showsTheQueueLive()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"8"_s, u"--powered-off"_s, u"4"_s, u"--disk-mb"_s, u"8"_s,
            u"--throttle-kbps"_s, u"6144"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        QFuture<void> login = session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s);
        QTRY_VERIFY(login.isFinished());
        QTemporaryDir out;
        ExportQueue::Policy policy;
        policy.maxConcurrent = 2;
        ExportQueue queue(&session, QString(), policy);
        QSettings().setValue(u"export/concurrent"_s, 2);
        MainWindow window({ &session, nullptr, nullptr, nullptr, nullptr, &queue });
        window.resize(1200, 700);
        window.showPage(MainWindow::ExportsArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto add = [&](const QString& vm, int priority, bool ova) {
            ExportSpec spec;
            spec.vmName = vm;
            spec.outputDir = out.path();
            spec.priority = priority;
            spec.ova = ova;
            return queue.add(spec);
        };
        const quint64 first = add(u"DC0_C0_RP0_VM0"_s, 9, true);
        add(u"DC0_C0_RP0_VM1"_s, 5, false);
        add(u"DC0_C0_RP0_VM2"_s, 4, false);
        add(u"DC0_C0_RP0_VM3"_s, 1, false);
        const quint64 running = add(u"DC0_C0_RP0_VM7"_s, 8, false); // powered on: fails at once
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(first)->state == ExportJobRecord::State::Completed, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(queue.ids().cbegin(), queue.ids().cend(),
                                     [&](quint64 id) {
                                         const ExportJobRecord* job = queue.job(id);
                                         return job->state == ExportJobRecord::State::Running && job->bytesTotal > 0
                                             && job->bytesDone > job->bytesTotal / 4 && job->bytesPerSecond > 0;
                                     }),
            30000);
        QCOMPARE(queue.job(running)->state, ExportJobRecord::State::Failed);

        QTableView* table = window.exportsPage()->table();
        QCOMPARE(table->model()->rowCount(), 5);
        table->selectRow(0);
        QTest::qWait(100);
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(window.grab().save(screenshots.filePath(u"exports.png"_s)));
    }

    void saysWhenTheQueueCannotBeSaved()
    {
        SmallDisk disk(64 * 1024);
        QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
        VSphereSession session;
        ExportQueue queue(&session, disk.filePath(u"queue.json"_s));
        ExportsPage page(&queue);
        page.resize(900, 600);
        page.show();
        auto* warning = page.findChild<QLabel*>(u"storageWarning"_s);
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());

        QFile filler(disk.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        while (filler.write(QByteArray(4096, 'x')) == 4096) { }
        ExportSpec spec;
        spec.vmName = u"web-01"_s;
        spec.outputDir = disk.path();
        queue.add(spec);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"No space left on device"_s), qPrintable(warning->text()));

        filler.remove();
        spec.vmName = u"web-02"_s;
        queue.add(spec);
        QVERIFY(!warning->isVisible());
    }

    void inventoryDragsCarryVmNames()
    {
        FakeVCenterConnection connection;
        connection.vms = { { { u"VirtualMachine"_s, u"vm-1"_s }, u"web-01"_s, u"poweredOff"_s, {} },
            { { u"VirtualMachine"_s, u"vm-2"_s }, u"db-01"_s, u"poweredOff"_s, {} } };
        InventoryModel model(&connection);
        connection.setState(VCenterConnection::State::Connected);
        connection.deliver();
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0, 0), model.index(0, 1), model.index(1, 0) }));
        QCOMPARE(data->data(QString::fromLatin1(InventoryModel::vmNamesMimeType)), QByteArray("web-01\ndb-01"));
    }

    void exportDialogBuildsOneJobPerVm()
    {
        QTemporaryDir out;
        ExportDialog dialog({ u"web-01"_s, u"db-01"_s });
        dialog.findChild<QLineEdit*>()->setText(out.path());
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            box->setChecked(box->text().contains(u"OVA"_s));
        }
        const QList<ExportSpec> specs = dialog.specs();
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs[1].vmName, u"db-01"_s);
        QCOMPARE(specs[1].outputDir, out.path());
        QVERIFY(specs[1].ova);
        QVERIFY(!specs[1].shutdownGuest); // never unless asked
    }
};

VMDESK_TEST_MAIN(TestExportsPage)
#include "tst_exportspage.moc"
