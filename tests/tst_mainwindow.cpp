// SPDX-License-Identifier: GPL-3.0-or-later
// The main window and connect dialog offscreen, against the simulator; renders the README's screenshot.
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include "confirmaction.h"
#include "connectdialog.h"
#include "inventorymodel.h"
#include "inventorypage.h"
#include "mainwindow.h"
#include "secrets/memorysecretstore.h"
#include "support/futurewait.h"
#include "support/simulatorenvironment.h"
#include "support/testmain.h"
#include "tasklistmodel.h"
#include "vmdetailspane.h"
#include "vsphere/profilestore.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY2(SimulatorEnvironment::sdkUrl().isValid(), "run through ctest: the vcsim fixture provides the URL");
    }

    void connectsListsVmsAndRendersScreenshot()
    {
        VSphereSession session;
        MemorySecretStore secrets;
        MainWindow window({ &session, &secrets });
        window.resize(1440, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const ConnectionParameters parameters { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} };
        window.connectTo(parameters, SimulatorEnvironment::password(), true);
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), SimulatorEnvironment::vmCount(), 30000);
        QCOMPARE(session.state(), VCenterConnection::State::Connected);

        // The password went to the keychain (after the login succeeded), not to the settings.
        QTRY_COMPARE(secrets.readPassword(parameters.secretKey()).result(), SimulatorEnvironment::password());
        QSettings settings;
        QCOMPARE(settings.value(u"connection/lastUser"_s).toString(), SimulatorEnvironment::user());
        for (const QString& key : settings.allKeys()) {
            QVERIFY(!settings.value(key).toString().contains(SimulatorEnvironment::password()));
        }

        QTableView* table = window.inventoryPage()->table();
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), SimulatorEnvironment::vmCount());
        const QAbstractItemModel* inventory = window.inventoryModel();
        QVERIFY(inventory->index(0, InventoryModel::HostColumn).data().toString().startsWith(u"DC0_"_s));
        QCOMPARE(inventory->index(0, InventoryModel::CpuColumn).data().toInt(), 1);
        QCOMPARE(inventory->index(0, InventoryModel::UuidColumn).data().toString().size(), 36);
        bool statusShowsUser = false;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            statusShowsUser |= label->text().startsWith(SimulatorEnvironment::user() + u'@');
        }
        QVERIFY(statusShowsUser);

        // One VM with what the details pane is for: a serial port to the metadata server and
        // guestinfo keys, set through vCenter, then chosen in the tree.
        const QString chosen = u"DC0_C0_RP0_VM3"_s;
        const std::optional<VmSummary> vm = window.inventoryModel()->vmNamed(chosen);
        QVERIFY(vm);
        VmActions actions(&session);
        QVERIFY(!failureOf(actions.addNetworkSerialPort(vm->ref, u"vmdesk"_s, u"telnet://vmdesk.example.com:13370"_s)));
        QVERIFY(!failureOf(actions.setGuestInfo(vm->ref,
            { { u"guestinfo.metadata"_s, u"aW5zdGFuY2UtaWQ6IGktMDAz"_s },
                { u"guestinfo.metadata.encoding"_s, u"base64"_s } })));
        QTreeView* tree = window.inventoryPage()->tree();
        const QModelIndexList found = tree->model()->match(
            tree->model()->index(0, 0), Qt::DisplayRole, chosen, 1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        tree->scrollTo(found.first());
        tree->setCurrentIndex(found.first());
        QTRY_VERIFY(window.inventoryPage()->details()->text().contains(u"telnet://vmdesk.example.com:13370"_s));
        QVERIFY(window.inventoryPage()->details()->text().contains(u"guestinfo.metadata.encoding"_s));

        QTest::qWait(50); // let the layout settle before the picture
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        const QImage picture = window.grab().toImage();
        QVERIFY(picture.width() >= 1000);
        QVERIFY(picture.save(screenshots.filePath(u"main-window.png"_s)));
        // The whole pane, tall enough for every section.
        VmDetailsPane pane(&session);
        pane.resize(520, 640);
        pane.showVm(*window.inventoryModel()->vmNamed(chosen));
        QTRY_VERIFY(pane.text().contains(u"guestinfo.metadata.encoding"_s));
        QVERIFY(pane.grab().toImage().save(screenshots.filePath(u"vm-details.png"_s)));

        window.close();
        QTRY_COMPARE(session.state(), VCenterConnection::State::Disconnected);
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
    }

    void wrongPasswordShowsTheErrorAndStoresNothing()
    {
        VSphereSession session;
        MemorySecretStore secrets;
        MainWindow window({ &session, &secrets });
        const ConnectionParameters parameters { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} };
        window.connectTo(parameters, u"wrong-password"_s, true);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(u"password is wrong"_s));
        QCOMPARE(session.state(), VCenterConnection::State::Disconnected);
        bool stored = true;
        try {
            secrets.readPassword(parameters.secretKey()).waitForFinished();
        } catch (const SecretError&) {
            stored = false;
        }
        QVERIFY(!stored);
    }

    void powerActionsShowInRecentTasksAndTheInventory()
    {
        VSphereSession session;
        VmActions actions(&session);
        MainWindow window({ &session, nullptr, nullptr, nullptr, nullptr, nullptr, &actions });
        QAbstractItemModelTester tester(window.taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.connectTo({ SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} },
            SimulatorEnvironment::password(), false);
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), SimulatorEnvironment::vmCount(), 30000);
        const QString vm = u"DC0_C0_RP0_VM7"_s;
        auto powerStateOf = [&] {
            for (int row = 0; row < window.inventoryModel()->rowCount(); ++row) {
                if (window.inventoryModel()->index(row, InventoryModel::NameColumn).data().toString() == vm) {
                    return window.inventoryModel()->index(row, InventoryModel::PowerStateColumn).data().toString();
                }
            }
            return QString();
        };
        QCOMPARE(powerStateOf(), u"Powered on"_s);
        const QAbstractItemModel* tasks = window.taskModel();
        // vCenter's recent tasks are listed too: the ones on this VM are found by their target.
        const auto results = [&] {
            QStringList found;
            for (int row = 0; row < tasks->rowCount(); ++row) {
                if (tasks->index(row, TaskListModel::TargetColumn).data().toString() == vm) {
                    found.append(tasks->index(row, TaskListModel::TaskColumn).data().toString() + u" | "_s
                        + tasks->index(row, TaskListModel::ResultColumn).data().toString());
                }
            }
            return found;
        };
        window.runPowerAction({ vm }, VmActions::Power::Off, true);
        // Newest first; the simulator's earlier tasks on this VM (other tests) may follow.
        QTRY_COMPARE(results().value(0), u"Power off virtual machine | Completed"_s);
        QTRY_COMPARE(powerStateOf(), u"Powered off"_s); // read back from vCenter, not assumed
        window.runPowerAction({ vm }, VmActions::Power::Off, true); // already off: vCenter's error, in plain words
        QTRY_VERIFY(results().value(0).contains(u"Failed"_s));
        const QString failed = results().constFirst();
        QVERIFY2(failed.contains(u"Failed: The VM is not in a power state that allows this"_s), qPrintable(failed));
        QVERIFY(!failed.contains(u"types."_s));
        // One report for the batch, the raw fault in its details.
        QMessageBox* report = nullptr;
        QTRY_VERIFY((report = window.findChild<QMessageBox*>(u"failureReport"_s)));
        QVERIFY2(report->detailedText().contains(u"InvalidPowerState"_s), qPrintable(report->detailedText()));
        QVERIFY(report->text().contains(vm));
        report->close();
        window.runPowerAction({ vm }, VmActions::Power::On, true);
        QTRY_COMPARE(powerStateOf(), u"Powered on"_s);
    }

    void navigationOffersEveryArea()
    {
        VSphereSession session;
        MemorySecretStore secrets;
        MainWindow window({ &session, &secrets });
        auto* navigation = window.findChild<QListWidget*>();
        QVERIFY(navigation);
        QStringList areas;
        for (int row = 0; row < navigation->count(); ++row) {
            areas.append(navigation->item(row)->text());
        }
        QCOMPARE(areas, (QStringList { u"Inventory"_s, u"Transfers"_s, u"Metadata"_s, u"Guests"_s, u"KVP"_s }));
    }

    void firstStartFitsTheScreenAndARestoredWindowIsClamped()
    {
        QSettings().remove(u"mainWindow/geometry"_s);
        VSphereSession session;
        QRect available;
        {
            MainWindow window({ &session });
            available = window.screen()->availableGeometry();
            // 80 % of the screen, at least 1200×700 where the screen has room for it.
            const int width = std::min(available.width(), std::max(available.width() * 4 / 5, 1200));
            const int height = std::min(available.height(), std::max(available.height() * 4 / 5, 700));
            QCOMPARE(window.size(), QSize(width, height));
            QVERIFY(available.contains(window.frameGeometry().topLeft()));
            // Saved from a far bigger screen, far away:
            window.resize(available.width() * 3, available.height() * 3);
            window.move(available.right() + 2000, available.bottom() + 2000);
            window.close();
        }
        QVERIFY(QSettings().contains(u"mainWindow/geometry"_s));
        MainWindow restored({ &session });
        QVERIFY(restored.width() <= available.width() && restored.height() <= available.height());
        QVERIFY2(available.contains(restored.frameGeometry().topLeft()),
            qPrintable(u"%1,%2"_s.arg(restored.x()).arg(restored.y())));
    }

    void confirmationsSayTheActionAndTheCount()
    {
        QTranslator english; // as the application has it: "120 VMs", not "120 VM(s)"
        QVERIFY(english.load(u"vmdesk_en"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&english);
        QStringList many;
        for (int i = 0; i < 120; ++i) {
            many.append(u"DC0_C0_RP0_VM%1"_s.arg(i));
        }
        QCOMPARE(ConfirmAction::title(u"Power Off"_s, many), u"Power Off 120 VMs"_s);
        QCOMPARE(ConfirmAction::title(u"Restart Guest"_s, { u"DC0_C0_RP0_VM4"_s }), u"Restart Guest DC0_C0_RP0_VM4"_s);
        for (const bool accept : { false, true }) {
            QString title;
            QStringList buttons;
            QString details;
            QTimer::singleShot(0, this, [&] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                title = box->windowTitle();
                details = box->detailedText();
                for (QAbstractButton* button : box->buttons()) {
                    buttons.append(button->text());
                    if ((box->buttonRole(button) == QMessageBox::AcceptRole) == accept) {
                        button->click();
                        return;
                    }
                }
            });
            QCOMPARE(ConfirmAction::ask(nullptr, u"Power Off"_s, many, u"lost"_s), accept);
            QCOMPARE(title, u"Power Off 120 VMs?"_s);
            QVERIFY2(buttons.contains(u"Power Off 120 VMs"_s), qPrintable(buttons.join(u", "_s)));
            QCOMPARE(details.count(u'\n'), 119); // every name, one per line
        }
        QCoreApplication::removeTranslator(&english);
    }

    void ctrlFGoesToThePagesSearchBox()
    {
        VSphereSession session;
        MainWindow window({ &session });
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::ExportsArea);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto* page = window.findChild<InventoryPage*>();
        QTRY_VERIFY(page->filter()->hasFocus()); // no search on the Exports page: the inventory's
        QVERIFY(page->isVisible());
    }

    void recentTasksComeBackFromTheViewMenu()
    {
        VSphereSession session;
        MainWindow window({ &session });
        window.show();
        auto* dock = window.findChild<QDockWidget*>();
        QVERIFY(dock);
        QTRY_VERIFY(dock->isVisible());
        dock->close();
        QVERIFY(!dock->isVisible());
        QAction* toggle = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu()->actions()) {
                if (action == dock->toggleViewAction()) {
                    toggle = action;
                }
            }
        }
        QVERIFY2(toggle, "the View menu has no Recent Tasks toggle");
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }

    void germanTranslationApplies()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German), u"vmdesk"_s, u"_"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        VSphereSession session;
        MainWindow window({ &session });
        QCoreApplication::removeTranslator(&translator);
        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) {
            menus.append(action->text());
        }
        QCOMPARE(menus, (QStringList { u"&Datei"_s, u"&Ansicht"_s, u"&VM"_s, u"&Hilfe"_s }));
        QCOMPARE(window.findChild<QListWidget*>()->item(0)->text(), u"Inventar"_s);
    }

    void connectDialogFillsStoredPassword()
    {
        MemorySecretStore secrets;
        const ConnectionParameters parameters { QUrl(u"https://vc.lab/sdk"_s), u"admin"_s, {} };
        secrets.writePassword(parameters.secretKey(), u"from-keychain"_s).waitForFinished();
        ConnectDialog dialog(&secrets);
        dialog.setServer(u"vc.lab"_s, u"admin"_s);
        QTRY_COMPARE(dialog.password(), u"from-keychain"_s);
        QVERIFY(dialog.rememberPassword());
        QCOMPARE(dialog.parameters().url, parameters.url);
    }

    void connectDialogOffersTheLastServersProfile()
    {
        const ConnectionProfile saved { u"Lab vCenter"_s, QUrl(u"https://vc.lab/sdk"_s), u"admin"_s, {}, true };
        QVERIFY(ProfileStore::put(saved).isEmpty());
        QSettings settings;
        settings.setValue(u"connection/lastUrl"_s, saved.url.toString());
        settings.setValue(u"connection/lastUser"_s, saved.user);
        VSphereSession session;
        MemorySecretStore secrets;
        MainWindow window({ &session, &secrets });
        // As after a restart: the dialog opens on the last server, with its profile chosen.
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = window.findChild<ConnectDialog*>();
            QVERIFY(dialog);
            auto* profiles = dialog->findChild<QComboBox*>();
            QVERIFY(profiles);
            QCOMPARE(profiles->currentText(), saved.name);
            QCOMPARE(dialog->profileName(), saved.name);
            QCOMPARE(dialog->connectOnStart(), true);
            QCOMPARE(dialog->parameters().url, saved.url);
            dialog->reject();
        });
        window.showConnectDialog();
        QVERIFY(ProfileStore::save({}).isEmpty());
    }

    void connectDialogSaysWhenThereIsNoKeychain()
    {
        MemorySecretStore secrets;
        secrets.simulateMissingBackend(u"No usable keychain. Passwords will not be remembered."_s);
        ConnectDialog dialog(&secrets);
        dialog.setServer(u"vc.lab"_s, u"admin"_s);
        auto* remember = dialog.findChild<QCheckBox*>();
        QVERIFY(remember);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!dialog.rememberPassword());
        bool explained = false;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            explained |= !label->isHidden() && label->text().contains(u"will not be remembered"_s);
        }
        QVERIFY(explained);
    }
};

VMDESK_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
