// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysecretstore.h"

#include <QFuture>

QFuture<QString> MemorySecretStore::readPassword(const QString& key)
{
    if (!m_missingBackend.isEmpty()) {
        return QtFuture::makeExceptionalFuture<QString>(SecretError(SecretError::Kind::NoBackend, m_missingBackend));
    }
    const auto found = m_passwords.constFind(key);
    if (found == m_passwords.cend()) {
        return QtFuture::makeExceptionalFuture<QString>(
            SecretError(SecretError::Kind::NotFound, tr("No password is stored for %1.").arg(key)));
    }
    return QtFuture::makeReadyFuture(*found);
}

QFuture<void> MemorySecretStore::writePassword(const QString& key, const QString& password)
{
    if (!m_missingBackend.isEmpty()) {
        return QtFuture::makeExceptionalFuture(SecretError(SecretError::Kind::NoBackend, m_missingBackend));
    }
    m_passwords.insert(key, password);
    return QtFuture::makeReadyFuture();
}

QFuture<void> MemorySecretStore::removePassword(const QString& key)
{
    m_passwords.remove(key);
    return QtFuture::makeReadyFuture();
}

void MemorySecretStore::simulateMissingBackend(const QString& reason)
{
    m_missingBackend = reason;
    setAvailable(false, reason);
}
