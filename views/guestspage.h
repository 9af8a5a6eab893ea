// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class DemoGuests;
class FileDriver;
class GuestActivityChart;
class GuestConnectionModel;
class GuestRegistry;
class PacketLogModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class RequestActivityModel;
class SecretStore;
class SitePanel;
class VspcServer;

// The metadata server: where it listens and what it serves, its requests per second and latency,
// the guests connected to it live, and each guest's packet log with the exact payloads it
// received. With no guest yet, the steps that connect one instead of an empty table.
class GuestsPage : public QWidget
{
    Q_OBJECT
public:
    // `secrets` keeps the Site tab's store password; nullptr: nothing is remembered.
    GuestsPage(VspcServer* server, GuestRegistry* registry, SecretStore* secrets = nullptr, QWidget* parent = nullptr);

    QTableView* guestTable() const { return m_guestTable; }
    QTableView* logTable() const { return m_logTable; }
    QLineEdit* filter() const { return m_filter; }
    QWidget* emptyState() const { return m_emptyState; }
    bool isShowingEmptyState() const;
    // Says the selected guest's problem in full (word-wrapped) when it has one.
    QLabel* problemLabel() const { return m_problem; }
    // The selected guest's actions (context menu, buttons, Menu key or Shift+F10).
    QAction* createDocumentAction() const { return m_createDocument; }
    QAction* previewAction() const { return m_preview; }
    QMenu* rowMenu() const { return m_rowMenu; }
    GuestActivityChart* activityChart() const { return m_chart; }
    RequestActivityModel* activityModel() const { return m_activity; }
    DemoGuests* demoGuests() const { return m_demo; }
    // Every metadata server of a site sharing a PostgreSQL store, and their guests.
    SitePanel* sitePanel() const { return m_site; }
    // Starts serving `directory` with the settings in the form; false (and a message) on failure.
    bool startServer();
    void stopServer();
    bool isServerListening() const;
    void setDirectory(const QString& directory);
    QString directory() const;
    void setListen(const QString& address, int port);
    void refreshStatus();
    // The demo: the bundled sample documents copied where the user can edit them (and watch the
    // server pick up a change), served on loopback at `port` or, when taken, any free port, to a few
    // emulated guests (DemoGuests) that fetch now and then, one of them a VM without a document.
    // Empty when it runs, else what went wrong.
    QString startDemo(quint16 port);

Q_SIGNALS:
    void statusChanged(const QString& status);
    void directoryChanged(const QString& directory);
    // For the selected guest's VM: create its document / show what it is served. `vmName` is the
    // name its document is filed under: the VM's name, or its UUID when files are found by UUID.
    void createDocumentRequested(const QString& vmName);
    void previewRequested(const QString& vmName);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeEmptyState();
    void updateEmptyState();
    void updateRowActions();
    void showRowMenu(const QPoint& position);
    quint64 selectedGuest() const;
    QString documentKeyOf(quint64 id) const;
    void showSelectedGuest();
    void showSelectedPacket();
    void saveSettings() const;

    VspcServer* m_server;
    GuestRegistry* m_registry;
    FileDriver* m_driver = nullptr;
    GuestConnectionModel* m_guestModel;
    QSortFilterProxyModel* m_guestProxy;
    PacketLogModel* m_logModel;
    QLineEdit* m_address;
    QSpinBox* m_port;
    QLineEdit* m_uris;
    QLineEdit* m_allowed;
    QLineEdit* m_directory;
    QComboBox* m_key;
    QComboBox* m_lineEnding;
    QPushButton* m_startStop;
    QLabel* m_state;
    QLineEdit* m_filter;
    QTableView* m_guestTable;
    QTableView* m_logTable;
    QPlainTextEdit* m_payload;
    QStackedWidget* m_guestStack;
    QWidget* m_emptyState;
    QLabel* m_steps;
    QLabel* m_problem;
    QLabel* m_problemIcon;
    QWidget* m_problemRow;
    QAction* m_createDocument;
    QAction* m_preview;
    QMenu* m_rowMenu;
    RequestActivityModel* m_activity;
    GuestActivityChart* m_chart;
    DemoGuests* m_demo;
    quint64 m_shownRequests = 0;
    SitePanel* m_site = nullptr;
};
