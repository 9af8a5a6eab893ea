// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>

#include "secretstore.h"

// Keeps secrets in this process only: for tests and for a session without a keyring.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    QFuture<QString> readPassword(const QString& key) override;
    QFuture<void> writePassword(const QString& key, const QString& password) override;
    QFuture<void> removePassword(const QString& key) override;

    // Makes every later call fail as a machine without a keyring does.
    void simulateMissingBackend(const QString& reason);

private:
    QHash<QString, QString> m_passwords;
    QString m_missingBackend;
};
