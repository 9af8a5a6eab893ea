// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "kvp/wsmanendpoint.h"

class QSettings;

// A saved Hyper-V host: a name to pick it by and how to reach it. Never the password, which lives
// in the keychain under endpoint.secretKey().
struct HypervHostProfile
{
    QString name;
    WsManEndpoint endpoint;
};

// The Hyper-V host profiles in QSettings ("hypervHosts" array), apart from vCenter's "profiles".
namespace HypervProfileStore {

QList<HypervHostProfile> load();
// Saves now; returns why that failed (the previous profiles stay on disk), or nothing.
QString save(const QList<HypervHostProfile>& profiles);
// The same on a given settings file.
QList<HypervHostProfile> load(QSettings& settings);
void save(QSettings& settings, const QList<HypervHostProfile>& profiles);
// Adds the profile, or replaces the one named `replacing` (or, when that is empty, the one with the
// same name), keeping its place in the list.
QString put(const HypervHostProfile& profile, const QString& replacing = {});
QString remove(const QString& name);
std::optional<HypervHostProfile> find(const QString& name);

} // namespace HypervProfileStore
