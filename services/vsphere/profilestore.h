// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

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
// Saves now; returns why that failed (the previous profiles stay on disk), or nothing.
QString save(const QList<ConnectionProfile>& profiles);
// The same on a given settings file (tests/fuzz reads hostile INI files through these).
QList<ConnectionProfile> load(QSettings& settings);
void save(QSettings& settings, const QList<ConnectionProfile>& profiles);
// Adds or replaces the profile with the same name.
QString put(const ConnectionProfile& profile);
std::optional<ConnectionProfile> forUrl(const QUrl& url);

} // namespace ProfileStore
