// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervprofilestore.h"

#include <algorithm>

#include <QSettings>

#include "core/atomicwrite.h"

using namespace Qt::StringLiterals;

namespace {
const QString arrayName = u"hypervHosts"_s;
const QString basic = u"basic"_s;
const QString windows = u"windows"_s;
} // namespace

namespace HypervProfileStore {

QList<HypervHostProfile> load()
{
    QSettings settings;
    return load(settings);
}

QList<HypervHostProfile> load(QSettings& settings)
{
    // The entries the file holds, not as many as its "size" claims: a hostile or damaged
    // "size=2147483647" would otherwise keep the start of the app busy for hours (as ProfileStore).
    QList<int> indexes;
    settings.beginGroup(arrayName);
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

    QList<HypervHostProfile> profiles;
    settings.beginReadArray(arrayName);
    for (const int index : std::as_const(indexes)) {
        settings.setArrayIndex(index - 1); // entries are numbered from 1 in the file
        HypervHostProfile profile;
        profile.name = settings.value(u"name"_s).toString();
        profile.endpoint.url = settings.value(u"url"_s).toUrl();
        profile.endpoint.user = settings.value(u"user"_s).toString();
        profile.endpoint.authentication = settings.value(u"authentication"_s).toString() == windows
            ? WsManEndpoint::Authentication::Windows
            : WsManEndpoint::Authentication::Basic;
        profile.endpoint.pinnedCertificateSha256 = QByteArray::fromHex(settings.value(u"pinnedSha256"_s).toByteArray());
        const bool duplicate = std::any_of(profiles.cbegin(), profiles.cend(),
            [&](const HypervHostProfile& earlier) { return earlier.name == profile.name; });
        if (!profile.name.isEmpty() && profile.endpoint.url.isValid() && !duplicate) {
            profiles.append(profile);
        }
    }
    settings.endArray();
    return profiles;
}

QString save(const QList<HypervHostProfile>& profiles)
{
    QSettings settings;
    save(settings, profiles);
    return syncSettings(settings);
}

void save(QSettings& settings, const QList<HypervHostProfile>& profiles)
{
    settings.remove(arrayName);
    settings.beginWriteArray(arrayName, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const HypervHostProfile& profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, profile.name);
        settings.setValue(u"url"_s, profile.endpoint.url);
        settings.setValue(u"user"_s, profile.endpoint.user);
        settings.setValue(u"authentication"_s,
            profile.endpoint.authentication == WsManEndpoint::Authentication::Windows ? windows : basic);
        settings.setValue(u"pinnedSha256"_s, profile.endpoint.pinnedCertificateSha256.toHex());
    }
    settings.endArray();
}

QString put(const HypervHostProfile& profile, const QString& replacing)
{
    QList<HypervHostProfile> profiles = load();
    const QString old = replacing.isEmpty() ? profile.name : replacing;
    qsizetype at = std::find_if(profiles.cbegin(), profiles.cend(), [&](const HypervHostProfile& p) {
        return p.name == old;
    }) - profiles.cbegin();
    if (at < profiles.size()) {
        profiles[at] = profile;
    } else {
        profiles.append(profile);
    }
    // A rename onto another profile's name would leave two of that name: the edited one stays.
    for (qsizetype i = profiles.size() - 1; i >= 0; --i) {
        if (i != at && profiles.at(i).name == profile.name) {
            profiles.removeAt(i);
            at -= i < at ? 1 : 0;
        }
    }
    return save(profiles);
}

QString remove(const QString& name)
{
    QList<HypervHostProfile> profiles = load();
    profiles.removeIf([&](const HypervHostProfile& p) { return p.name == name; });
    return save(profiles);
}

std::optional<HypervHostProfile> find(const QString& name)
{
    for (const HypervHostProfile& profile : load()) {
        if (profile.name == name) {
            return profile;
        }
    }
    return std::nullopt;
}

} // namespace HypervProfileStore
