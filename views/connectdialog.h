// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include "vsphere/connectionparameters.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SecretStore;

// Asks where to connect and as whom. The password comes from and goes to the keychain only.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(SecretStore* secrets, QWidget* parent = nullptr);

    ConnectionParameters parameters() const;
    QString password() const;
    bool rememberPassword() const;
    QString profileName() const;
    bool connectOnStart() const;

    void setServer(const QString& url, const QString& user);

Q_SIGNALS:
    // The user chose the built-in demo instead of a real vCenter.
    void demoRequested();

private:
    void lookUpStoredPassword();
    void updateAcceptable();
    void showKeychainState();

    QPointer<SecretStore> m_secrets;
    QLineEdit* m_url;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QCheckBox* m_connectOnStart;
    class QComboBox* m_profiles;
    QLabel* m_keychainState;
    QDialogButtonBox* m_buttons;
    QString m_lookedUpKey;
};
