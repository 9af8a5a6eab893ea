// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// A saved connection: where, as whom, which certificate is trusted. Never the password, which
// lives in the keychain under ConnectionParameters::secretKey().
struct ConnectionProfile
{
    QString name;
    QUrl url;
    QString user;
    QByteArray pinnedCertificateSha256; // raw digest; empty: the certificate must verify normally
    bool connectOnStart = false;
};

// The profiles in QSettings ("profiles" array).
namespace ProfileStore {

QList<ConnectionProfile> load();
void save(const QList<ConnectionProfile>& profiles);
// Adds or replaces the profile with the same name.
void put(const ConnectionProfile& profile);
std::optional<ConnectionProfile> forUrl(const QUrl& url);

} // namespace ProfileStore
