// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "vsphere/guestoperations.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks who to be inside a VM's guest. Sign In does not close it: the owner checks the credentials
// with the guest (submitted) and then either closes it or shows why they were refused, so that a
// typo is fixed where it was made.
class GuestLoginDialog : public QDialog
{
    Q_OBJECT
public:
    GuestLoginDialog(const QString& vmName, const QString& user, bool canRemember, QWidget* parent = nullptr);

    GuestCredentials credentials() const;
    bool remember() const;
    // While the guest checks: the fields are locked and the dialog says so.
    void setChecking(bool checking);
    // Why the last attempt failed; an empty message hides it.
    void showMessage(const QString& message, const QString& details = {});
    QString message() const;

    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    // Signs in with what is entered (the Sign In button).
    void submit();

Q_SIGNALS:
    void submitted();

private:
    void updateButton();

    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    bool m_checking = false;
};
