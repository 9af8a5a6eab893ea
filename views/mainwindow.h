// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "appservices.h"
#include "vsphere/vcenterconnection.h"
#include "vsphere/vmactions.h"

class InventoryModel;
class TaskListModel;
class VimError;
class VmCommands;
class ExportsPage;
class GuestsPage;
class GuestWindow;
class HelpWindow;
class MetadataPage;
class InventoryPage;
class QAction;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class SecretStore;
class SimulatorProcess;

// The console: a navigation of areas on the left, the chosen area's page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { InventoryArea, ExportsArea, MetadataArea, GuestsArea, KvpArea };

    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    InventoryModel* inventoryModel() const { return m_inventoryModel; }
    GuestsPage* guestsPage() const { return m_guestsPage; }
    MetadataPage* metadataPage() const { return m_metadataPage; }
    InventoryPage* inventoryPage() const { return m_inventoryPage; }
    ExportsPage* exportsPage() const { return m_exportsPage; }
    void showPage(Page page);

    void showConnectDialog();
    // At start: the profile marked "connect on start" with its keychain password, else the dialog.
    void connectOnStartOrAsk();
    void connectToDemo();
    // Connects and saves the connection as a profile; an unknown certificate is put to the user
    // (the trust decider), a changed one is refused.
    void connectTo(const ConnectionParameters& parameters, const QString& password, bool rememberPassword,
        const QString& profileName = {}, bool connectOnStart = false);
    // Decides whether to trust an unverifiable certificate; by default asks the user.
    void setTrustDecider(std::function<bool(const VimError&)> decider) { m_trustDecider = std::move(decider); }
    void disconnectFromServer();
    // Runs a power action on VMs by name; asks first for the ones that can lose work unless `confirmed`.
    void runPowerAction(const QStringList& vmNames, VmActions::Power action, bool confirmed = false);
    // Opens the deploy dialog (for a clone of `cloneOf` when given) and queues what it returns.
    void deployOrClone(const QString& cloneOf = {});
    // The VM's Guest window (one per VM, raised when open), signing in to its guest; with
    // `runCommand` on its Processes tab with Run Command open. Returns null without a vSphere session.
    GuestWindow* openGuestWindow(const VmSummary& vm, bool runCommand = false);
    TaskListModel* taskModel() const { return m_tasks; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPages();
    void updateConnectionState(VCenterConnection::State state);
    void startDemoMetadataServer();
    bool askToTrust(const VimError& error);
    void createTaskDock();
    void showError(const QString& message);
    void showAbout();
    void showHelp(const QString& page);
    void showPreferences();
    void restoreSettings();
    void focusSearch();
    void saveSettings() const;

    VCenterConnection* m_connection;
    SecretStore* m_secrets;
    SimulatorProcess* m_simulator;
    InventoryModel* m_inventoryModel;
    InventoryPage* m_inventoryPage = nullptr;
    GuestsPage* m_guestsPage = nullptr;
    MetadataPage* m_metadataPage = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_vmMenu = nullptr;
    HelpWindow* m_help = nullptr;
    ExportsPage* m_exportsPage = nullptr;
    ExportQueue* m_exports = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_connectionLabel;
    QLabel* m_metadataLabel;
    QAction* m_connectAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_disconnectAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_deployAction = nullptr;
    bool m_closing = false;
    VmActions* m_vmActions = nullptr;
    VmCommands* m_vmCommands = nullptr;
    VspcServer* m_metadataServer = nullptr;
    TaskListModel* m_tasks;
    QHash<QString, QPointer<GuestWindow>> m_guestWindows; // by the VM's MoRef
    std::function<bool(const VimError&)> m_trustDecider = [this](const VimError& error) { return askToTrust(error); };
};
