// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include "vsphere/vcenterconnection.h"

class InventoryModel;
class InventoryPage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class SecretStore;
class SimulatorProcess;

// The console: a navigation of areas on the left, the chosen area's page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { InventoryArea, ExportsArea, MetadataArea, GuestsArea, KvpArea };

    MainWindow(
        VCenterConnection* connection, SecretStore* secrets, SimulatorProcess* simulator, QWidget* parent = nullptr);
    ~MainWindow() override;

    InventoryModel* inventoryModel() const { return m_inventoryModel; }
    void showPage(Page page);

    void showConnectDialog();
    void connectToDemo();
    void connectTo(const ConnectionParameters& parameters, const QString& password, bool rememberPassword);
    void disconnectFromServer();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createPages();
    void updateConnectionState(VCenterConnection::State state);
    void showError(const QString& message);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    VCenterConnection* m_connection;
    SecretStore* m_secrets;
    SimulatorProcess* m_simulator;
    InventoryModel* m_inventoryModel;
    InventoryPage* m_inventoryPage = nullptr;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_connectionLabel;
    QAction* m_connectAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_disconnectAction = nullptr;
    QAction* m_reloadAction = nullptr;
    bool m_closing = false;
};
