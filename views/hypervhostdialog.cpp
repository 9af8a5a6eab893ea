// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervhostdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

HypervHostDialog::HypervHostDialog(SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_message(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_authentication(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_certificateTitle(new QLabel(tr("Trusted certificate:"), this))
    , m_certificate(new QLabel(this))
    , m_forgetCertificate(new QCheckBox(tr("&Forget the trusted certificate"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Hyper-V Host"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_name->setPlaceholderText(tr("the host name when empty"));
    m_address->setPlaceholderText(tr("hyperv01.example.com or https://hyperv01:5986/wsman"));
    m_user->setPlaceholderText(tr("Administrator or DOMAIN\\user"));
    m_authentication->addItem(tr("Basic"), int(WsManEndpoint::Authentication::Basic));
    m_authentication->addItem(tr("Windows (Negotiate/NTLM)"), int(WsManEndpoint::Authentication::Windows));
    m_authentication->setToolTip(tr("Basic needs WinRM's Auth/Basic=true and a local account; Windows uses "
                                    "Kerberos or NTLM with a domain or local account. Both over HTTPS."));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("asked when connecting when empty"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetCertificate->setToolTip(tr("The next connection asks again whether to trust the host's certificate: "
                                       "for a renewed certificate, which the old pin refuses."));

    const bool keychain = m_secrets && m_secrets->isAvailable();
    m_remember->setEnabled(keychain);
    if (!keychain) {
        m_remember->setToolTip(
            m_secrets ? m_secrets->unavailableReason() : tr("No keychain: the password will not be remembered."));
    }

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Au&thentication:"), m_authentication);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(m_certificateTitle, m_certificate);
    form->addRow(QString(), m_forgetCertificate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_address, m_user, m_password }) {
        connect(edit, &QLineEdit::textChanged, this, &HypervHostDialog::updateAcceptable);
    }
    connect(m_authentication, &QComboBox::currentIndexChanged, this, &HypervHostDialog::updateAcceptable);
    for (QWidget* widget : certificateRow()) {
        widget->hide(); // until setProfile() brings a pinned certificate
    }
    updateAcceptable();
}

void HypervHostDialog::setProfile(const HypervHostProfile& profile)
{
    m_original = profile;
    m_name->setText(profile.name);
    m_address->setText(profile.endpoint.url.toString());
    m_user->setText(profile.endpoint.user);
    m_authentication->setCurrentIndex(m_authentication->findData(int(profile.endpoint.authentication)));
    const QByteArray& pin = profile.endpoint.pinnedCertificateSha256;
    m_certificate->setText(tr("SHA-256 %1").arg(QString::fromLatin1(pin.toHex(':').toUpper())));
    m_forgetCertificate->setChecked(false);
    for (QWidget* widget : certificateRow()) {
        widget->setVisible(!pin.isEmpty());
    }
    (profile.endpoint.url.isEmpty() ? m_address : profile.endpoint.user.isEmpty() ? m_user : m_password)->setFocus();
    updateAcceptable();
}

QWidgetList HypervHostDialog::certificateRow() const
{
    return QWidgetList() << m_certificateTitle << m_certificate << m_forgetCertificate;
}

bool HypervHostDialog::sameAddress() const
{
    const QUrl& before = m_original.endpoint.url;
    const QUrl now = WsManEndpoint::normalizedUrl(m_address->text());
    return before.host() == now.host() && before.port() == now.port();
}

HypervHostProfile HypervHostDialog::profile() const
{
    HypervHostProfile profile;
    profile.endpoint.url = WsManEndpoint::normalizedUrl(m_address->text());
    profile.endpoint.user = m_user->text().trimmed();
    profile.endpoint.authentication
        = static_cast<WsManEndpoint::Authentication>(m_authentication->currentData().toInt());
    // A pin belongs to the address it was made for: another host must earn its own trust. Forgotten,
    // the next connection asks again, which is how a renewed certificate gets trusted.
    if (sameAddress() && !m_forgetCertificate->isChecked()) {
        profile.endpoint.pinnedCertificateSha256 = m_original.endpoint.pinnedCertificateSha256;
    }
    const QString typed = m_name->text().trimmed();
    profile.name = typed.isEmpty() ? profile.endpoint.url.host() : typed;
    return profile;
}

QString HypervHostDialog::password() const
{
    return m_password->text();
}

bool HypervHostDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked() && !m_password->text().isEmpty();
}

void HypervHostDialog::setPasswordRequired(bool required)
{
    m_passwordRequired = required;
    m_buttons->button(QDialogButtonBox::Ok)->setText(required ? tr("&Connect") : tr("OK"));
    m_password->setPlaceholderText(required ? QString() : tr("asked when connecting when empty"));
    if (required) {
        m_password->setFocus();
    }
    updateAcceptable();
}

void HypervHostDialog::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void HypervHostDialog::updateAcceptable()
{
    QString why;
    const QUrl url
        = m_address->text().trimmed().isEmpty() ? QUrl() : WsManEndpoint::normalizedUrl(m_address->text(), &why);
    if (why.isEmpty() && url.isValid()) {
        why = profile().endpoint.problem();
    }
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    // Another address drops the pin anyway; the box would suggest it could be kept.
    m_forgetCertificate->setEnabled(sameAddress());
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(url.isValid() && why.isEmpty() && !m_user->text().trimmed().isEmpty()
        && (!m_passwordRequired || !m_password->text().isEmpty()));
    ok->setToolTip(why);
}
