// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "secrets/secretstore.h"
#include "vsphere/profilestore.h"

ConnectDialog::ConnectDialog(SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_connectOnStart(new QCheckBox(tr("Connect when vmdesk &starts"), this))
    , m_profiles(new QComboBox(this))
    , m_keychainState(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to vCenter"));
    m_url->setPlaceholderText(tr("vcenter.example.com or https://host/sdk"));
    m_user->setPlaceholderText(tr("administrator@vsphere.local"));
    m_password->setEchoMode(QLineEdit::Password);
    m_keychainState->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton* demo = m_buttons->addButton(tr("Try the &demo"), QDialogButtonBox::ActionRole);
    demo->setToolTip(tr("Starts the bundled vCenter simulator and connects to it"));

    m_profiles->setEditable(true);
    m_profiles->setToolTip(tr("A name for this connection; saved connections are listed here"));
    for (const ConnectionProfile& profile : ProfileStore::load()) {
        m_profiles->addItem(profile.name);
    }
    m_profiles->setCurrentIndex(-1);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        for (const ConnectionProfile& profile : ProfileStore::load()) {
            if (profile.name == m_profiles->itemText(index)) {
                m_password->clear();
                m_connectOnStart->setChecked(profile.connectOnStart);
                setServer(profile.url.toString(), profile.user);
            }
        }
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Pro&file:"), m_profiles);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_connectOnStart);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainState);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(demo, &QPushButton::clicked, this, [this] {
        Q_EMIT demoRequested();
        reject();
    });
    for (QLineEdit* edit : { m_url, m_user, m_password }) {
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::updateAcceptable);
    }
    connect(m_url, &QLineEdit::editingFinished, this, &ConnectDialog::lookUpStoredPassword);
    connect(m_user, &QLineEdit::editingFinished, this, &ConnectDialog::lookUpStoredPassword);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::availabilityChanged, this, &ConnectDialog::showKeychainState);
    }
    showKeychainState();
    updateAcceptable();
}

ConnectionParameters ConnectDialog::parameters() const
{
    return { ConnectionParameters::normalizedSdkUrl(m_url->text()), m_user->text().trimmed(), {} };
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

QString ConnectDialog::profileName() const
{
    const QString typed = m_profiles->currentText().trimmed();
    return typed.isEmpty() ? parameters().url.host() : typed;
}

bool ConnectDialog::connectOnStart() const
{
    return m_connectOnStart->isChecked();
}

bool ConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectDialog::setServer(const QString& url, const QString& user)
{
    m_url->setText(url);
    m_user->setText(user);
    // The saved profile of that server shown as chosen, so a restart offers what was used last.
    const QUrl wanted = ConnectionParameters::normalizedSdkUrl(url);
    for (const ConnectionProfile& profile : ProfileStore::load()) {
        if (wanted.isValid() && profile.url == wanted && profile.user == user) {
            m_profiles->setCurrentIndex(m_profiles->findText(profile.name));
            m_connectOnStart->setChecked(profile.connectOnStart);
            break;
        }
    }
    (url.isEmpty() ? m_url : user.isEmpty() ? m_user : m_password)->setFocus();
    lookUpStoredPassword();
}

void ConnectDialog::lookUpStoredPassword()
{
    const ConnectionParameters wanted = parameters();
    if (!m_secrets || !m_secrets->isAvailable() || !wanted.url.isValid() || wanted.user.isEmpty()
        || wanted.secretKey() == m_lookedUpKey) {
        return;
    }
    m_lookedUpKey = wanted.secretKey();
    whenDone<SecretError>(
        m_secrets->readPassword(m_lookedUpKey), this,
        [this, key = m_lookedUpKey](const QString& stored) {
            if (key == parameters().secretKey() && m_password->text().isEmpty()) {
                m_password->setText(stored);
                m_remember->setChecked(true);
            }
        },
        [](const SecretError&) {
            // Nothing stored (or no keychain, which showKeychainState explains): the user types it.
        });
}

void ConnectDialog::updateAcceptable()
{
    const ConnectionParameters wanted = parameters();
    QString why;
    if (!m_url->text().trimmed().isEmpty()) {
        ConnectionParameters::normalizedSdkUrl(m_url->text(), &why);
    }
    // Why Connect is greyed out, where the eye goes when it is.
    m_url->setToolTip(why);
    m_url->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(wanted.url.isValid() && !wanted.user.isEmpty() && !m_password->text().isEmpty());
    ok->setToolTip(why);
}

void ConnectDialog::showKeychainState()
{
    const bool available = m_secrets && m_secrets->isAvailable();
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
    }
    m_keychainState->setText(available
            ? QString()
            : (m_secrets ? m_secrets->unavailableReason() : tr("No keychain: the password will not be remembered.")));
    m_keychainState->setVisible(!available);
}
