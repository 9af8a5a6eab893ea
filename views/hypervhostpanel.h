// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QPointer>
#include <QSet>
#include <QWidget>

#include "kvp/hypervprofilestore.h"
#include "kvp/wsmanerror.h"

class HypervItemsPane;
class HypervKvp;
class HypervVmModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class SecretStore;

// The host side of Hyper-V KVP: saved Hyper-V hosts, a connection to one over WinRM, its VMs and
// the selected VM's items (host, guest, intrinsic). Host items can be pushed (added or changed)
// and removed; the others are read-only. All of it through HypervKvp's futures, never blocking.
// The password comes from the keychain or is asked for, and is stored only after it logged in.
class HypervHostPanel : public QWidget
{
    Q_OBJECT
public:
    // `secrets` may be null: passwords are then asked for each connection and never remembered.
    explicit HypervHostPanel(SecretStore* secrets, QWidget* parent = nullptr);
    ~HypervHostPanel() override;

    // Whether to trust a host certificate that does not verify and is not pinned; asks by default.
    void setTrustDecider(std::function<bool(const WsManError&)> decider) { m_trustDecider = std::move(decider); }

    bool isConnected() const;
    bool isBusy() const { return m_busy; }
    // The connected host's service and name (null and empty when not connected).
    HypervKvp* kvp() const { return isConnected() ? m_kvp : nullptr; }
    QString connectedHostName() const { return m_connected.name; }
    // The profile chosen in the host box, or an empty one.
    HypervHostProfile currentProfile() const;
    QString selectedVmId() const;

    QComboBox* hostBox() const { return m_hosts; }
    QPushButton* addHostButton() const { return m_addHost; }
    QPushButton* editHostButton() const { return m_editHost; }
    QPushButton* removeHostButton() const { return m_removeHost; }
    QPushButton* connectButton() const { return m_connect; }
    QPushButton* refreshButton() const { return m_refresh; }
    QTableView* vmTable() const { return m_vmTable; }
    HypervVmModel* vmModel() const { return m_vms; }
    QSortFilterProxyModel* vmProxy() const { return m_vmProxy; }
    // The selected VM's items, with their filter and the Push, Edit, Remove and Copy buttons.
    HypervItemsPane* itemsPane() const { return m_itemsPane; }
    // The items' search box.
    QLineEdit* filter() const;
    QLabel* statusLabel() const { return m_status; }
    // What the panel says instead of the VM list: no hosts yet, not connected.
    QLabel* emptyState() const { return m_emptyState; }

    // Reads the saved hosts again, keeping the chosen one when it is still there.
    void reloadHosts();
    void addHost();
    void editHost();
    void removeHost();
    // Connects to the chosen host with the keychain's password, or asks for one. While it is under
    // way the host cannot be changed and Connect says Cancel.
    void connectToHost();
    // Disconnects, or cancels the attempt under way (which then finishes with an error).
    void disconnectFromHost();
    // Reads the VM list and the selected VM's items again.
    void refresh();

Q_SIGNALS:
    void connectionChanged(bool connected);
    // A connection attempt ended; `error` is empty when it went through.
    void connectFinished(const QString& error);

private:
    void login(const HypervHostProfile& profile, const QString& password, bool remember, bool fromKeychain);
    void loginFailed(const WsManError& error, const HypervHostProfile& profile, const QString& password, bool remember,
        bool fromKeychain);
    void askPasswordAndLogin(const HypervHostProfile& profile, const QString& message);
    bool askTrust(const WsManError& error);
    void loadVms();
    void showSelectedVm();
    void saveProfile(const HypervHostProfile& profile, const QString& replacing);
    // The keychain entry is named after user and address: it follows them or it is orphaned.
    void movePassword(const QString& from, const QString& to);
    void forgetPassword(const QString& key);
    // Ends the connection or attempt without a word: what disconnectFromHost() and every new attempt do.
    void dropConnection();
    void showError(const WsManError& error);
    void setStatus(const QString& text, const QString& details = {});
    void setBusy(bool busy);
    void updateView();
    void updateActions();

    QPointer<SecretStore> m_secrets;
    std::function<bool(const WsManError&)> m_trustDecider;
    QObject* m_session
        = nullptr; // owns the client and HypervKvp of the connection; results of an older one are dropped
    HypervKvp* m_kvp = nullptr;
    HypervHostProfile m_connected;
    // Keychain keys whose stored password the host refused: asked for next time instead.
    QSet<QString> m_refusedPasswords;
    bool m_busy = false;
    // Bumped by every drop: a keychain answer for an older attempt is dropped, not logged in with.
    quint64 m_attempt = 0;

    QComboBox* m_hosts;
    QPushButton* m_addHost;
    QPushButton* m_editHost;
    QPushButton* m_removeHost;
    QPushButton* m_connect;
    QPushButton* m_refresh;
    QStackedWidget* m_stack;
    QLabel* m_emptyState;
    HypervVmModel* m_vms;
    QSortFilterProxyModel* m_vmProxy;
    QTableView* m_vmTable;
    HypervItemsPane* m_itemsPane;
    QLabel* m_status;
};
