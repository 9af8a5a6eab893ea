// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

class QSettings;

// The settings file's schema: its version and what each key vmdesk keeps may hold. Checked once at
// start so that a hand-edited file, or one from another vmdesk version, is never misread: a value
// that does not fit its key is dropped (its reader falls back to its default), a key vmdesk does
// not know is left alone and ignored; each is logged.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    // 1: the first versioned layout; files without a version have the same keys.
    static constexpr int schemaVersion = 1;
    static QString versionKey(); // "settings/version"

    // The keys validated one by one ("metadata/port", ...), and the groups other classes own whole
    // (window state, connection profiles...), whose keys are accepted as they are.
    static const QStringList& knownKeys();
    static const QStringList& ownedGroups();

    // Empty when `value` suits `key`, otherwise why not, for the user. Unknown keys are refused.
    static QString validate(const QString& key, const QVariant& value);

    // The start-up check described above; writes the current version unless the file comes from a
    // newer vmdesk. Returns what it logged.
    static QStringList check(QSettings& settings);
};
