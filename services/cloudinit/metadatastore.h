// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

// Where metadata documents live, as given to --store: `file:DIR` (a directory of <key>.yaml, the
// default), or `postgresql://user@host[:port]/database[?sslmode=MODE]` shared by several servers.
// A password is never part of it: it comes from the keychain or an environment variable, so that
// the store can be shown, logged and kept in settings as it is.
class MetadataStore
{
    Q_DECLARE_TR_FUNCTIONS(MetadataStore)
public:
    enum class Kind { File, Postgres };

    static constexpr quint16 defaultPostgresPort = 5432;

    // A bare path without a scheme is a file store too. On failure returns nothing and sets `error`
    // to a message that says what is wrong and never repeats a password.
    static std::optional<MetadataStore> parse(const QString& text, QString* error);
    static MetadataStore fileStore(const QString& directory);

    Kind kind() const { return m_kind; }
    QString directory() const { return m_directory; } // File only, absolute

    // Postgres only.
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString database() const { return m_database; }
    QString sslMode() const { return m_sslMode; } // empty: libpq's default (prefer)

    // What to show and log: file:/abs/dir or postgresql://user@host:port/db[?sslmode=...].
    QString display() const;
    // Where the keychain keeps this store's password: one entry for every view that asks for it.
    QString secretKey() const { return QStringLiteral("metadata-store ") + display(); }

    friend bool operator==(const MetadataStore&, const MetadataStore&) = default;

private:
    static std::optional<MetadataStore> parsePostgres(const QString& text, QString* error);

    Kind m_kind = Kind::File;
    QString m_directory;
    QString m_user;
    QString m_host;
    quint16 m_port = defaultPostgresPort;
    QString m_database;
    QString m_sslMode;
};
