// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). Never falls back to plaintext: with no keyring it reports NoBackend.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(const QString& service, QObject* parent = nullptr);

    QFuture<QString> readPassword(const QString& key) override;
    QFuture<void> writePassword(const QString& key, const QString& password) override;
    QFuture<void> removePassword(const QString& key) override;

private:
    SecretError errorOf(const QKeychain::Job* job);

    QString m_service;
};
