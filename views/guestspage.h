// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class FileDriver;
class GuestConnectionModel;
class GuestRegistry;
class PacketLogModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class VspcServer;

// The metadata server: where it listens and what it serves, the guests connected to it live, and
// each guest's packet log with the exact payloads it received.
class GuestsPage : public QWidget
{
    Q_OBJECT
public:
    GuestsPage(VspcServer* server, GuestRegistry* registry, QWidget* parent = nullptr);

    QTableView* guestTable() const { return m_guestTable; }
    QTableView* logTable() const { return m_logTable; }
    QLineEdit* filter() const { return m_filter; }
    // Starts serving `directory` with the settings in the form; false (and a message) on failure.
    bool startServer();
    void stopServer();
    bool isServerListening() const;
    void setDirectory(const QString& directory);
    QString directory() const;
    void setListen(const QString& address, int port);
    void refreshStatus();
    // The demo: the bundled sample documents copied where the user can edit them (and watch the
    // server pick up a change), served on loopback at `port` or, when taken, any free port.
    // Empty when it runs, else what went wrong.
    QString startDemo(quint16 port);

Q_SIGNALS:
    void statusChanged(const QString& status);
    void directoryChanged(const QString& directory);

private:
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
};
