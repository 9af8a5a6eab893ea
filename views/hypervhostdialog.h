// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include "kvp/hypervprofilestore.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SecretStore;

// Adds or edits a Hyper-V host: a name, its WinRM address, user, authentication and, optionally,
// the password. Also asks for the password when connecting (setPasswordRequired). The password is
// handed to the caller, which stores it in the keychain only after it logged in.
class HypervHostDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HypervHostDialog(SecretStore* secrets, QWidget* parent = nullptr);

    // Shows this profile; its pinned certificate is kept unless the host changes or the user
    // forgets it (forgetCertificateBox), so that a renewed certificate can be trusted anew.
    void setProfile(const HypervHostProfile& profile);
    HypervHostProfile profile() const;
    QString password() const;
    bool rememberPassword() const;
    // Connecting: OK says "Connect" and needs a password.
    void setPasswordRequired(bool required);
    // A line above the form ("The password was not accepted").
    void setMessage(const QString& message);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* userEdit() const { return m_user; }
    QComboBox* authenticationBox() const { return m_authentication; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    // The pinned thumbprint, shown only when the profile has one.
    QLabel* certificateLabel() const { return m_certificate; }
    QCheckBox* forgetCertificateBox() const { return m_forgetCertificate; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateAcceptable();
    // Whether the typed address is still the one the pin was made for.
    bool sameAddress() const;
    QWidgetList certificateRow() const;

    QPointer<SecretStore> m_secrets;
    QLabel* m_message;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_user;
    QComboBox* m_authentication;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_certificateTitle;
    QLabel* m_certificate;
    QCheckBox* m_forgetCertificate;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    HypervHostProfile m_original;
    bool m_passwordRequired = false;
};
