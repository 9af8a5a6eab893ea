// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QException>
#include <QFuture>
#include <QObject>

class SecretError : public QException
{
public:
    enum class Kind { NotFound, NoBackend, AccessDenied, Other };
    SecretError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    { }
    static SecretError cancelled() { return { Kind::Other, QStringLiteral("cancelled") }; }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    void raise() const override { throw *this; }
    SecretError* clone() const override { return new SecretError(*this); }

private:
    Kind m_kind;
    QString m_message;
};

// Where passwords live: the OS keychain, never a settings file. Futures fail with SecretError.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QFuture<QString> readPassword(const QString& key) = 0;
    virtual QFuture<void> writePassword(const QString& key, const QString& password) = 0;
    virtual QFuture<void> removePassword(const QString& key) = 0;

    // False once the store found it cannot keep secrets (no keyring); the UI then says so.
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void availabilityChanged(bool available, const QString& reason);

protected:
    void setAvailable(bool available, const QString& reason = {});

private:
    bool m_available = true;
    QString m_unavailableReason;
};
