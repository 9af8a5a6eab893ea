// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatastore.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QStringList sslModes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s };

QString postgresForm()
{
    return u"postgresql://USER@HOST[:PORT]/DATABASE"_s;
}
} // namespace

MetadataStore MetadataStore::fileStore(const QString& directory)
{
    MetadataStore store;
    store.m_kind = Kind::File;
    store.m_directory = QDir::cleanPath(QDir(directory).absolutePath());
    return store;
}

std::optional<MetadataStore> MetadataStore::parse(const QString& text, QString* error)
{
    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]*):"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("the store is empty: give file:DIRECTORY or %1").arg(postgresForm());
        return std::nullopt;
    }
    const QRegularExpressionMatch scheme = schemePattern.match(trimmed);
    if (!scheme.hasMatch()) {
        return fileStore(trimmed);
    }
    const QString name = scheme.captured(1).toLower();
    if (name == u"postgresql"_s || name == u"postgres"_s) {
        return parsePostgres(trimmed, error);
    }
    if (name != u"file"_s) {
        // Only the scheme is repeated: the rest may be a mistyped URL with a password in it.
        *error = tr("unknown store type \"%1:\": give file:DIRECTORY or %2").arg(scheme.captured(1), postgresForm());
        return std::nullopt;
    }
    QString directory = trimmed.mid(scheme.capturedLength());
    if (directory.startsWith(u"//"_s)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || !(url.host().isEmpty() || url.host() == u"localhost"_s)) {
            *error = tr("a file store is a local directory: give file:DIRECTORY or file:///absolute/directory");
            return std::nullopt;
        }
        directory = url.toLocalFile();
    }
    if (directory.isEmpty()) {
        *error = tr("the file store names no directory: give file:DIRECTORY");
        return std::nullopt;
    }
    return fileStore(directory);
}

std::optional<MetadataStore> MetadataStore::parsePostgres(const QString& text, QString* error)
{
    // Looked at before QUrl: its messages quote the URL, and this one holds a secret.
    const qsizetype authorityStart = text.indexOf(u"://"_s);
    if (authorityStart < 0) {
        *error = tr("malformed store URL: write %1").arg(postgresForm());
        return std::nullopt;
    }
    // Not only up to the first '/': an unencoded '/' in a password would hide it from that.
    const QString rest = text.mid(authorityStart + 3);
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0 && rest.left(at).contains(u':')) {
        *error = tr("the store URL contains a password; leave it out of the URL and keep it in the keychain "
                    "or pass it with --password-env VARIABLE");
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("malformed store URL (%1): write %2").arg(url.errorString(), postgresForm());
        return std::nullopt;
    }
    MetadataStore store;
    store.m_kind = Kind::Postgres;
    store.m_user = url.userName();
    store.m_host = url.host();
    if (store.m_user.isEmpty()) {
        *error = tr("the store URL names no user: write %1").arg(postgresForm());
        return std::nullopt;
    }
    if (store.m_host.isEmpty()) {
        *error = tr("the store URL names no host: write %1").arg(postgresForm());
        return std::nullopt;
    }
    if (url.port() == 0) {
        *error = tr("the store URL has port 0: give a port from 1 to 65535 or leave it out for %1")
                     .arg(defaultPostgresPort);
        return std::nullopt;
    }
    store.m_port = url.port() > 0 ? quint16(url.port()) : defaultPostgresPort;
    const QString path = url.path();
    store.m_database = path.mid(1);
    if (!path.startsWith(u'/') || store.m_database.isEmpty() || store.m_database.contains(u'/')) {
        *error = tr("the store URL names no database: write %1").arg(postgresForm());
        return std::nullopt;
    }
    if (url.hasFragment()) {
        *error = tr("the store URL has a #fragment, which means nothing here: write %1").arg(postgresForm());
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != u"sslmode"_s) {
            *error = tr("the store URL has an unknown option \"%1\": only sslmode is understood").arg(key);
            return std::nullopt;
        }
        if (!sslModes.contains(value)) {
            *error = tr("sslmode \"%1\" is not one of %2").arg(value, sslModes.join(u", "_s));
            return std::nullopt;
        }
        store.m_sslMode = value;
    }
    return store;
}

QString MetadataStore::display() const
{
    if (m_kind == Kind::File) {
        return u"file:"_s + m_directory;
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u"/"_s + m_database);
    if (!m_sslMode.isEmpty()) {
        url.setQuery(u"sslmode="_s + m_sslMode);
    }
    return url.toString(QUrl::RemovePassword);
}
