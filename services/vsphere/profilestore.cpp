// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <algorithm>

#include <QSettings>

#include "core/atomicwrite.h"

using namespace Qt::StringLiterals;

namespace ProfileStore {

QList<ConnectionProfile> load()
{
    QSettings settings;
    return load(settings);
}

QList<ConnectionProfile> load(QSettings& settings)
{
    // The entries the file holds, not as many as its "size" claims: "size=2147483647" kept the loop,
    // and the app's start, busy for hours (found by tests/fuzz/fuzz_profiles.cpp).
    QList<int> indexes;
    settings.beginGroup(u"profiles"_s);
    const int size = settings.value(u"size"_s).toInt();
    for (const QString& group : settings.childGroups()) {
        bool number = false;
        const int index = group.toInt(&number);
        if (number && index >= 1 && index <= size && group == QString::number(index)) {
            indexes.append(index);
        }
    }
    settings.endGroup();
    std::sort(indexes.begin(), indexes.end());

    QList<ConnectionProfile> profiles;
    settings.beginReadArray(u"profiles"_s);
    for (const int index : std::as_const(indexes)) {
        settings.setArrayIndex(index - 1); // entries are numbered from 1 in the file
        ConnectionProfile profile;
        profile.name = settings.value(u"name"_s).toString();
        profile.url = settings.value(u"url"_s).toUrl();
        profile.user = settings.value(u"user"_s).toString();
        profile.pinnedCertificateSha256 = QByteArray::fromHex(settings.value(u"pinnedSha256"_s).toByteArray());
        profile.connectOnStart = settings.value(u"connectOnStart"_s).toBool();
        if (!profile.name.isEmpty() && profile.url.isValid()) {
            profiles.append(profile);
        }
    }
    settings.endArray();
    return profiles;
}

QString save(const QList<ConnectionProfile>& profiles)
{
    QSettings settings;
    save(settings, profiles);
    return syncSettings(settings);
}

void save(QSettings& settings, const QList<ConnectionProfile>& profiles)
{
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, profile.name);
        settings.setValue(u"url"_s, profile.url);
        settings.setValue(u"user"_s, profile.user);
        settings.setValue(u"pinnedSha256"_s, profile.pinnedCertificateSha256.toHex());
        settings.setValue(u"connectOnStart"_s, profile.connectOnStart);
    }
    settings.endArray();
}

QString put(const ConnectionProfile& profile)
{
    QList<ConnectionProfile> profiles = load();
    const auto same = std::find_if(
        profiles.begin(), profiles.end(), [&](const ConnectionProfile& p) { return p.name == profile.name; });
    if (same != profiles.end()) {
        *same = profile;
    } else {
        profiles.append(profile);
    }
    if (profile.connectOnStart) {
        for (ConnectionProfile& other : profiles) {
            other.connectOnStart = other.name == profile.name; // one profile connects on start
        }
    }
    return save(profiles);
}

std::optional<ConnectionProfile> forUrl(const QUrl& url)
{
    for (const ConnectionProfile& profile : load()) {
        if (profile.url == url) {
            return profile;
        }
    }
    return std::nullopt;
}

} // namespace ProfileStore
