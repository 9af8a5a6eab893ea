// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstoredialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

OpenStoreDialog::OpenStoreDialog(const QString& current, bool keychainAvailable, QWidget* parent)
    : QDialog(parent)
    , m_url(new QLineEdit(current, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the keychain"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open Metadata Store"));
    m_url->setObjectName(u"storeUrl"_s);
    m_url->setPlaceholderText(tr("file:/srv/metadata or postgresql://user@host/database"));
    m_url->setAccessibleName(tr("Store URL"));
    m_password->setObjectName(u"storePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    m_password->setPlaceholderText(
        keychainAvailable ? tr("empty: the one in the keychain") : tr("the keychain is not available"));
    m_remember->setEnabled(keychainAvailable);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(u"storeProblem"_s);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Store:"), m_url);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_url, &QLineEdit::textChanged, this, &OpenStoreDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

QString OpenStoreDialog::password() const
{
    return m_password->text();
}

bool OpenStoreDialog::rememberPassword() const
{
    const std::optional<MetadataStore> chosen = store();
    return chosen && chosen->kind() == MetadataStore::Kind::Postgres && m_remember->isEnabled()
        && m_remember->isChecked() && !m_password->text().isEmpty();
}

void OpenStoreDialog::updateFields()
{
    // A folder needs no password: do not invite one that would go nowhere.
    const bool database = m_url->text().trimmed().startsWith(u"postgres"_s, Qt::CaseInsensitive);
    m_password->setEnabled(database);
    m_remember->setVisible(database);
    m_problem->clear();
}

void OpenStoreDialog::accept()
{
    QString error;
    m_store = MetadataStore::parse(m_url->text().trimmed(), &error);
    if (!m_store) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}
