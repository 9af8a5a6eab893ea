// SPDX-License-Identifier: GPL-3.0-or-later
// The Guests page with emulated ESXi hosts connected; renders the README's screenshot.
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "guestactivitychart.h"
#include "guestconnectionmodel.h"
#include "guestspage.h"
#include "mainwindow.h"
#include "packetlogmodel.h"
#include "requestactivitymodel.h"
#include "support/testmain.h"
#include "vspc/demoguests.h"
#include "vspc/esxiemulator.h"
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

    void emptyStateHighlightingAndRowActions()
    {
        QTemporaryDir dir;
        QSaveFile file(dir.filePath(u"web-01.yaml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("metadata:\n  instance_id: i-web-01\n");
        QVERIFY(file.commit());
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        VspcConfig config = server.config();
        config.closedRetentionMs = 50; // so that "all left" comes quickly
        server.setConfig(config);
        GuestsPage page(&server, &registry);
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setDirectory(dir.path());
        page.setListen(u"127.0.0.1"_s, 0);
        QVERIFY(page.isShowingEmptyState());
        QVERIFY(page.emptyState()->isVisible());
        auto* steps = page.emptyState()->findChildren<QLabel*>().last();
        QVERIFY(steps->text().contains(u"Start the server"_s));
        QVERIFY(page.startServer());

        // The steps say where the server really is, and that loopback is out of the hosts' reach.
        const QString port = QString::number(server.serverPort());
        QTRY_VERIFY(steps->text().contains(u"<b>"_s + port + u"</b>"_s));
        QVERIFY(steps->text().contains(u"<b>127.0.0.1</b>"_s));
        QVERIFY(steps->text().contains(u"my-metadata"_s));
        QVERIFY(steps->text().contains(u"Connect Serial Port to Metadata Server"_s));
        QVERIFY(steps->text().contains(u"telnet://"_s));
        QVERIFY(steps->text().contains(u"127.0.0.1 only"_s));
        QVERIFY(steps->text().contains(u"<ol>"_s));

        EsxiEmulator::Vm served;
        served.name = "web-01";
        EsxiEmulator::Vm missing;
        missing.name = "db-without-a-document";
        EsxiEmulator first(served);
        EsxiEmulator second(missing);
        first.connectToServer(server.serverPort());
        second.connectToServer(server.serverPort());
        QVERIFY(first.waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(second.waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(!page.isShowingEmptyState());
        QVERIFY(page.guestTable()->isVisible());
        QVERIFY(first.request("METADATA"));
        QVERIFY(!second.request("METADATA")); // an !!ERROR, not a response

        QAbstractItemModel* guests = page.guestTable()->model();
        QTRY_COMPARE(guests->rowCount(), 2);
        const auto rowOf = [guests](const QString& name) {
            for (int row = 0; row < guests->rowCount(); ++row) {
                if (guests->index(row, 0).data().toString() == name) {
                    return row;
                }
            }
            return -1;
        };
        const int bad = rowOf(u"db-without-a-document"_s);
        const int good = rowOf(u"web-01"_s);
        const QString problem = guests->index(bad, 0).data(GuestConnectionModel::ProblemRole).toString();
        QVERIFY2(problem.contains(dir.filePath(u"db-without-a-document.yaml"_s)), qPrintable(problem));
        QVERIFY(guests->index(bad, GuestConnectionModel::RequestsColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(guests->index(bad, 0).data(Qt::DecorationRole).canConvert<QIcon>());
        QVERIFY(guests->index(bad, GuestConnectionModel::PeerColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(problem.toHtmlEscaped()));
        QVERIFY(!guests->index(good, 0).data(Qt::BackgroundRole).isValid());

        // Selected, its whole error is below the table, wrapped.
        page.guestTable()->selectRow(bad);
        QVERIFY(page.problemLabel()->isVisible());
        QVERIFY(page.problemLabel()->wordWrap());
        QVERIFY(page.problemLabel()->text().contains(problem));
        QVERIFY(page.createDocumentAction()->isEnabled());
        page.guestTable()->selectRow(good);
        QVERIFY(!page.problemLabel()->isVisible());
        QVERIFY(!page.createDocumentAction()->isEnabled()); // it has its document
        QVERIFY(page.previewAction()->isEnabled());

        // The row's menu from the keyboard; its actions name the VM.
        QSignalSpy create(&page, &GuestsPage::createDocumentRequested);
        QSignalSpy preview(&page, &GuestsPage::previewRequested);
        page.guestTable()->setFocus();
        page.guestTable()->selectRow(bad);
        QTest::keyClick(page.guestTable(), Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(page.rowMenu()->isVisible());
        QVERIFY(page.rowMenu()->actions().contains(page.createDocumentAction()));
        page.rowMenu()->close();
        QTest::keyClick(page.guestTable(), Qt::Key_Menu);
        QTRY_VERIFY(page.rowMenu()->isVisible());
        page.createDocumentAction()->trigger();
        page.rowMenu()->close();
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.first().first().toString(), u"db-without-a-document"_s);
        page.previewAction()->trigger();
        QCOMPARE(preview.size(), 1);
        QCOMPARE(preview.first().first().toString(), u"db-without-a-document"_s);

        // The chart draws what the server counted.
        QTRY_VERIFY(page.activityChart()->summary().contains(u"requests/s"_s));
        page.activityModel()->sample();
        QVERIFY(page.activityModel()->sampleCount() > 0);

        // All gone: the steps again.
        first.socket().abort();
        second.socket().abort();
        QTRY_COMPARE(guests->rowCount(), 0);
        QVERIFY(page.isShowingEmptyState());
    }

    void demoGuestsLookRight()
    {
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        GuestsPage page(&server, &registry);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.demoGuests()->setFetchInterval(200, 400);
        QCOMPARE(page.startDemo(0), QString());
        QTRY_COMPARE(page.guestTable()->model()->rowCount(), 4);
        QAbstractItemModel* guests = page.guestTable()->model();
        int bad = -1;
        QTRY_VERIFY([&] {
            for (int row = 0; row < guests->rowCount(); ++row) {
                if (!guests->index(row, 0).data(GuestConnectionModel::ProblemRole).toString().isEmpty()) {
                    bad = row;
                }
            }
            return bad >= 0;
        }());
        QCOMPARE(guests->index(bad, 0).data().toString(), u"DC0_C0_RP0_VM3"_s);
        page.guestTable()->selectRow(bad);
        QTRY_VERIFY(page.activityModel()->sampleCount() >= 3);
        QTest::qWait(100);
        QVERIFY(page.grab().save(u"/tmp/vmdesk-guests-demo.png"_s));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Base, QColor(0x24, 0x24, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2c, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        page.setPalette(dark);
        QTest::qWait(100);
        QVERIFY(page.grab().save(u"/tmp/vmdesk-guests-demo-dark.png"_s));
        page.stopServer();
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
