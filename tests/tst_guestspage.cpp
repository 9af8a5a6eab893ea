// SPDX-License-Identifier: GPL-3.0-or-later
// The Guests page with emulated ESXi hosts connected; renders the README's screenshot.
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "guestspage.h"
#include "mainwindow.h"
#include "packetlogmodel.h"
#include "support/esxiemulator.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

class TestGuestsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QSettings().clear(); }

    void showsConnectedGuestsAndWhatTheyReceived()
    {
        QTemporaryDir dir;
        const QStringList vms { u"web-01"_s, u"web-02"_s, u"db-01"_s, u"cache-01"_s };
        for (const QString& vm : vms) {
            QSaveFile file(dir.filePath(vm + u".yaml"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("metadata:\n  instance_id: i-" + vm.toUtf8() + "\nnetwork:\n  address: 192.0.2."
                + QByteArray::number(vms.indexOf(vm) + 10) + "\n  netmask: 255.255.255.0\nuserdata: |\n"
                + "  #cloud-config\n  hostname: " + vm.toUtf8() + "\n");
            QVERIFY(file.commit());
        }

        VSphereSession session;
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        MainWindow window({ &session, nullptr, nullptr, &server, &registry });
        window.resize(1200, 760);
        window.showPage(MainWindow::GuestsArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GuestsPage* page = window.guestsPage();
        QVERIFY(page);
        page->setDirectory(dir.path());
        page->setListen(u"127.0.0.1"_s, 0);
        QVERIFY(page->startServer());
        QVERIFY(server.isListening());

        std::vector<std::unique_ptr<EsxiEmulator>> hosts;
        for (const QString& vm : vms) {
            EsxiEmulator::Vm identity;
            identity.name = vm.toUtf8();
            hosts.push_back(std::make_unique<EsxiEmulator>(identity));
            hosts.back()->connectToServer(server.serverPort());
        }
        for (auto& host : hosts) {
            QVERIFY(host->waitForSubOption(VmwareExtension::WillProxy));
            QVERIFY(host->request("METADATA"));
            QVERIFY(host->request("NETWORKDATA"));
        }
        const auto userData = hosts.front()->request("USERDATA");
        QVERIFY(userData);
        hosts.back()->sendData("!!REQUEST_FOO#\n"); // one failure, to show it
        QVERIFY(hosts.back()->waitForLine());

        QTableView* guests = page->guestTable();
        QTRY_COMPARE(guests->model()->rowCount(), 4);
        bool statusShown = false;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            statusShown |= label->text().contains(u"4 guest(s) connected"_s);
        }
        QVERIFY(statusShown);

        // Pick web-01 and its USERDATA response: the pane shows exactly the bytes the guest got.
        int web01 = -1;
        for (int row = 0; row < guests->model()->rowCount(); ++row) {
            if (guests->model()->index(row, 0).data().toString() == u"web-01"_s) {
                web01 = row;
            }
        }
        QVERIFY(web01 >= 0);
        guests->selectRow(web01);
        QTableView* log = page->logTable();
        QTRY_VERIFY(log->model()->rowCount() >= 6);
        int response = -1;
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            if (log->model()->index(row, PacketLogModel::SummaryColumn).data().toString() == u"USERDATA"_s
                && log->model()->index(row, PacketLogModel::KindColumn).data().toString() == u"response"_s) {
                response = row;
            }
        }
        QVERIFY(response >= 0);
        log->selectRow(response);
        auto* payload = page->findChild<QPlainTextEdit*>();
        QVERIFY(payload);
        QCOMPARE(payload->toPlainText().toUtf8(), *userData);

        QTest::qWait(50);
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(window.grab().save(screenshots.filePath(u"guests.png"_s)));

        page->stopServer();
        QTRY_COMPARE(registry.connectedCount(), 0);
        QVERIFY(QSettings().value(u"metadata/directory"_s).toString() == dir.path());
    }

    void refusesToStartWithoutAFolder()
    {
        VSphereSession session;
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        GuestsPage page(&server, &registry);
        page.setDirectory(u"/nonexistent/vmdesk"_s);
        QVERIFY(!page.startServer());
        QVERIFY(!server.isListening());
    }
};

VMDESK_TEST_MAIN(TestGuestsPage)
#include "tst_guestspage.moc"
