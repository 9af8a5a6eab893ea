// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "vsphere/guestoperations.h"

class ExportQueue;
class GuestEnvironmentPanel;
class GuestFileBrowser;
class GuestLoginDialog;
class GuestProcessPanel;
class QLabel;
class QPushButton;
class QTabWidget;
class SecretStore;
class VimError;
class VSphereSession;

// A window of its own per VM for what VMware Tools let an admin do inside the guest: its files,
// processes and environment. Signs in to the guest once (asking, or with the password the
// keychain keeps for this vCenter, VM and guest user) and keeps the credentials in memory only.
class GuestWindow : public QWidget
{
    Q_OBJECT
public:
    enum Tab { FilesTab, ProcessesTab, EnvironmentTab };

    // `secrets` and `exports` may be null: then nothing is remembered, and transfers run here.
    GuestWindow(VSphereSession* session, const ManagedObjectRef& vm, const QString& vmName, SecretStore* secrets,
        ExportQueue* exports, QWidget* parent = nullptr);

    ManagedObjectRef vm() const { return m_vm; }
    QString vmName() const { return m_vmName; }
    void showTab(Tab tab);
    // Signs in unless it is signed in: with the keychain's password for the last guest user, else
    // (or when the guest refuses it) by asking. The tabs load once the guest accepted.
    void signIn();
    // The Processes tab with Run Command open, once signed in.
    void openRunCommand();
    bool isSignedIn() const { return m_signedIn; }

    // Where the keychain keeps a guest password: per vCenter, VM and guest user.
    static QString secretKey(const QString& host, const ManagedObjectRef& vm, const QString& user);

    QTabWidget* tabs() const { return m_tabs; }
    GuestFileBrowser* files() const { return m_files; }
    GuestProcessPanel* processes() const { return m_processes; }
    GuestEnvironmentPanel* environment() const { return m_environment; }
    // The dialog while it asks, else null.
    GuestLoginDialog* loginDialog() const;
    // What keeps the window from working (Tools not running, not signed in), above the tabs.
    QLabel* banner() const { return m_banner; }

Q_SIGNALS:
    void signedIn();

private:
    void ask(const QString& message);
    void check(const GuestCredentials& credentials, bool fromKeychain, bool remember, int generation);
    void accepted(const GuestCredentials& credentials, bool remember);
    void refused(const VimError& error, bool fromKeychain);
    void readEnvironment(bool openHome);
    void showBanner(const QString& message, const QString& details, const QString& action);
    QString host() const;
    QString userSetting() const;

    GuestOperations* m_operations;
    ManagedObjectRef m_vm;
    QString m_vmName;
    QPointer<SecretStore> m_secrets;
    GuestCredentials m_credentials;
    bool m_signedIn = false;
    bool m_signingIn = false;
    // Each sign-in (and each cancel) starts a new one: a keychain or guest answer for an older one is
    // dropped, so that a cancelled check neither signs in nor keeps the password.
    int m_signInGeneration = 0;
    bool m_runCommandPending = false;
    QPointer<GuestLoginDialog> m_login;
    QWidget* m_bannerFrame;
    QLabel* m_banner;
    QPushButton* m_bannerAction;
    QTabWidget* m_tabs;
    GuestFileBrowser* m_files;
    GuestProcessPanel* m_processes;
    GuestEnvironmentPanel* m_environment;
};
