// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "vspc/sitesnapshot.h"

class GuestRegistry;
class MetadataStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;
class SecretStore;
class SiteModel;
class SiteObserver;
class VspcServer;

// The Guests page's view of a whole site: given the PostgreSQL store several metadata servers
// share, every server (address, guests, heartbeat age, up or down) and every guest under the
// server holding it, live; this console's own server is one row among them. The store URL is
// kept in the settings; its password only in the keychain, when the user asks for that.
class SitePanel : public QWidget
{
    Q_OBJECT
public:
    SitePanel(VspcServer* server, GuestRegistry* registry, QWidget* parent = nullptr);
    ~SitePanel() override;

    // Where a password may be remembered and is looked up when the field is left empty.
    void setSecretStore(SecretStore* secrets);
    // Reads the site every `ms` (2 s unless changed); applies to the next Watch.
    void setPollInterval(int ms) { m_pollMs = ms; }

    QLineEdit* storeField() const { return m_store; }
    QLineEdit* passwordField() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QPushButton* watchButton() const { return m_watch; }
    QLabel* statusLabel() const { return m_status; }
    QLineEdit* filter() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    SiteModel* model() const { return m_model; }
    QWidget* emptyState() const { return m_emptyState; }
    bool isWatching() const { return m_observer != nullptr; }

    // Starts watching the store in the field; false (and the reason in the status line) when the
    // URL is not a PostgreSQL store. The keychain, when asked, answers later.
    bool watch();
    void stop();

protected:
    void changeEvent(QEvent* event) override;

private:
    void startObserver(const MetadataStore& store, const QString& password);
    void updateStatus();
    void updateControls();

    SiteModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_store;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QPushButton* m_watch;
    QLabel* m_status;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QStackedWidget* m_stack;
    QWidget* m_emptyState;
    QPointer<SecretStore> m_secrets;
    SiteObserver* m_observer = nullptr;
    quint64 m_attempt = 0; // a Stop or another Watch while the keychain answers wins
    bool m_readingKeychain = false;
    int m_pollMs = 2000;
    QString m_problem;
};
