// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestlogindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GuestLoginDialog::GuestLoginDialog(const QString& vmName, const QString& user, bool canRemember, QWidget* parent)
    : QDialog(parent)
    , m_user(new QLineEdit(user, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign In to the Guest — %1").arg(vmName));
    m_user->setObjectName(u"guestUser"_s);
    m_password->setObjectName(u"guestPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"guestRemember"_s);
    m_remember->setEnabled(canRemember);
    if (!canRemember) {
        m_remember->setToolTip(tr("No keychain is available, so the password is kept only while the window is open."));
    }
    m_message->setObjectName(u"guestLoginMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));

    auto* intro = new QLabel(
        tr("Guest operations act inside %1 as a user of its operating system, through VMware Tools.").arg(vmName),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GuestLoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &GuestLoginDialog::updateButton);
    updateButton();
    (user.isEmpty() ? m_user : m_password)->setFocus();
}

GuestCredentials GuestLoginDialog::credentials() const
{
    return { m_user->text().trimmed(), m_password->text() };
}

bool GuestLoginDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void GuestLoginDialog::submit()
{
    if (m_checking || m_user->text().trimmed().isEmpty()) {
        return;
    }
    Q_EMIT submitted();
}

void GuestLoginDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_user->setReadOnly(checking);
    m_password->setReadOnly(checking);
    if (checking) {
        showMessage(tr("Checking with the guest…"));
    }
    updateButton();
}

void GuestLoginDialog::showMessage(const QString& message, const QString& details)
{
    m_message->setText(message);
    m_message->setToolTip(details);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty() && !m_checking) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

QString GuestLoginDialog::message() const
{
    return m_message->text();
}

void GuestLoginDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_checking && !m_user->text().trimmed().isEmpty());
}
