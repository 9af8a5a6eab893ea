// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include <memory>

#include <QPromise>
#include <qt6keychain/keychain.h>

#include "core/logging.h"

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : SecretStore(parent)
    , m_service(service)
{ }

SecretError KeychainSecretStore::errorOf(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return { SecretError::Kind::NotFound, tr("No password is stored for %1.").arg(job->key()) };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { SecretError::Kind::AccessDenied, tr("The keychain denied access: %1").arg(job->errorString()) };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default: {
        // On Linux a missing or locked Secret Service shows up as OtherError, not NoBackendAvailable.
        const QString reason = tr("No usable keychain (%1). Passwords will not be remembered.").arg(job->errorString());
        qCWarning(lcSecrets).noquote() << reason;
        setAvailable(false, reason);
        return { SecretError::Kind::NoBackend, reason };
    }
    }
}

QFuture<QString> KeychainSecretStore::readPassword(const QString& key)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            setAvailable(true);
            promise->addResult(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
        } else {
            promise->setException(errorOf(finished));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<void> KeychainSecretStore::writePassword(const QString& key, const QString& password)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError) {
            setAvailable(true);
            qCInfo(lcSecrets).noquote() << "stored the password for" << finished->key();
        } else {
            promise->setException(errorOf(finished));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}

QFuture<void> KeychainSecretStore::removePassword(const QString& key)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, promise](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            promise->setException(errorOf(finished));
        }
        promise->finish();
    });
    job->start();
    return promise->future();
}
