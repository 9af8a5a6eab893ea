// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>

#include "cloudinit/metadatastore.h"

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks where the metadata documents live: a URL as `--store` takes it (file:DIR or
// postgresql://user@host[:port]/db), and for PostgreSQL the password, which is never part of the
// URL, with an offer to remember it in the keychain. Left empty, the keychain's is used.
class OpenStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenStoreDialog(const QString& current, bool keychainAvailable, QWidget* parent = nullptr);

    std::optional<MetadataStore> store() const { return m_store; }
    QString password() const;
    bool rememberPassword() const;

    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* passwordEdit() const { return m_password; }

    // Where the keychain keeps a store's password.

    void accept() override;

private:
    void updateFields();

    QLineEdit* m_url;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_problem;
    std::optional<MetadataStore> m_store;
};
