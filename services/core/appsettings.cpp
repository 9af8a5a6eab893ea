// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <algorithm>
#include <limits>
#include <optional>

#include <QDir>
#include <QHostAddress>
#include <QSettings>

#include "core/logging.h"
#include "vspc/vspcconfig.h"

using namespace Qt::StringLiterals;

namespace {
using Validator = QString (*)(const QVariant&);

// QSettings gives back what an INI file holds as strings: "13370", "true".
std::optional<int> integer(const QVariant& value)
{
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

QString range(const QVariant& value, int low, int high)
{
    const std::optional<int> number = integer(value);
    if (!number || *number < low || *number > high) {
        return AppSettings::tr("Enter a whole number from %1 to %2.").arg(low).arg(high);
    }
    return {};
}

QString boolean(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool) {
        return {};
    }
    const QString text = value.toString();
    return text == u"true"_s || text == u"false"_s ? QString() : AppSettings::tr("Expected true or false.");
}

QString folder(const QVariant& value)
{
    const QString path = value.toString();
    // Not required to exist: a removable or network drive may be away when vmdesk starts.
    return path.isEmpty() || QDir::isAbsolutePath(path) ? QString() : AppSettings::tr("Enter a full path to a folder.");
}

QString listenAddress(const QVariant& value)
{
    return QHostAddress(value.toString().trimmed()).isNull()
        ? AppSettings::tr("\"%1\" is not an IP address.").arg(value.toString())
        : QString();
}

QString portUris(const QVariant& value)
{
    // As the Guests page reads them: separated by commas, each what a VM's serial port names.
    for (const QString& uri : value.toString().split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = uri.trimmed();
        if (trimmed.isEmpty()
            || std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isSpace() || !c.isPrint(); })) {
            return AppSettings::tr("\"%1\" is not a port URI: separate URIs with commas, without spaces inside.")
                .arg(uri.trimmed());
        }
    }
    return {};
}

QString allowedNetworks(const QVariant& value)
{
    QString error;
    return VspcConfig::parseNetworks(value.toString(), &error) ? QString() : error;
}

QString lookupKey(const QVariant& value)
{
    return VspcConfig::keyFromName(value.toString()) ? QString()
                                                     : AppSettings::tr("Expected name, vc-uuid or bios-uuid.");
}

QString theme(const QVariant& value)
{
    const QString text = value.toString();
    return text == u"system"_s || text == u"light"_s || text == u"dark"_s
        ? QString()
        : AppSettings::tr("Expected system, light or dark.");
}

const QList<std::pair<QString, Validator>>& validators()
{
    static const QList<std::pair<QString, Validator>> table {
        { u"settings/version"_s, [](const QVariant& v) { return range(v, 0, std::numeric_limits<int>::max()); } },
        { u"metadata/address"_s, listenAddress },
        { u"metadata/port"_s, [](const QVariant& v) { return range(v, 0, 65535); } },
        { u"metadata/uris"_s, portUris },
        { u"metadata/allowed"_s, allowedNetworks },
        { u"metadata/directory"_s, folder },
        { u"metadata/key"_s, lookupKey },
        { u"metadata/lfcr"_s, boolean },
        { u"export/output"_s, folder },
        { u"export/concurrent"_s, [](const QVariant& v) { return range(v, 1, 16); } },
        { u"export/parallelDisks"_s, [](const QVariant& v) { return range(v, 1, 16); } },
        { u"export/ova"_s, boolean },
        { u"export/removeCdrom"_s, boolean },
        { u"export/removeSerial"_s, boolean },
        { u"appearance/theme"_s, theme },
    };
    return table;
}

Validator validatorOf(const QString& key)
{
    for (const auto& [name, validator] : validators()) {
        if (name == key) {
            return validator;
        }
    }
    return nullptr;
}

bool inOwnedGroup(const QString& key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash > 0 && AppSettings::ownedGroups().contains(key.left(slash));
}

QString logged(QStringList& log, const QString& message)
{
    qCWarning(lcCore).noquote() << message;
    log.append(message);
    return message;
}
} // namespace

QString AppSettings::versionKey()
{
    return u"settings/version"_s;
}

const QStringList& AppSettings::knownKeys()
{
    static const QStringList keys = [] {
        QStringList names;
        for (const auto& [name, validator] : validators()) {
            names.append(name);
        }
        return names;
    }();
    return keys;
}

const QStringList& AppSettings::ownedGroups()
{
    // mainWindow and inventory: saved widget state (MainWindow); connection: the last server asked
    // for; profiles: ProfileStore's array.
    static const QStringList groups { u"mainWindow"_s, u"inventory"_s, u"connection"_s, u"profiles"_s };
    return groups;
}

QString AppSettings::validate(const QString& key, const QVariant& value)
{
    const Validator validator = validatorOf(key);
    return validator ? validator(value) : tr("vmdesk has no setting \"%1\".").arg(key);
}

QStringList AppSettings::check(QSettings& settings)
{
    QStringList log;
    const QVariant stored = settings.value(versionKey());
    const std::optional<int> version = stored.isValid() ? integer(stored) : std::optional(0);
    const bool newer = version && *version > schemaVersion;
    if (!version) {
        logged(log,
            u"settings: the version \"%1\" is not a number; the file is read as one from before versioning"_s.arg(
                stored.toString()));
    } else if (newer) {
        logged(log,
            u"settings: written by a newer vmdesk (schema %1, this one knows %2); settings it added are ignored"_s
                .arg(*version)
                .arg(schemaVersion));
    }
    for (const QString& key : settings.allKeys()) {
        if (key == versionKey() || inOwnedGroup(key)) {
            continue;
        }
        const Validator validator = validatorOf(key);
        if (!validator) {
            logged(log, u"settings: ignoring the unknown key %1"_s.arg(key));
            continue;
        }
        if (const QString problem = validator(settings.value(key)); !problem.isEmpty()) {
            logged(log, u"settings: ignoring %1 = \"%2\": %3"_s.arg(key, settings.value(key).toString(), problem));
            settings.remove(key); // its reader falls back to its default
        }
    }
    if (!newer) {
        // Version 0 (no version) has the same layout as 1: nothing to convert, only to stamp.
        settings.setValue(versionKey(), schemaVersion);
    }
    return log;
}
