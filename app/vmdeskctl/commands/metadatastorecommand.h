// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

// The `metadata` subcommands that keep documents in a store (put, get, list, rm), a folder or a
// PostgreSQL database shared by several metadata servers; `metadata` itself dispatches to them.
QString metadataStoreUsage();
QList<std::pair<QString, std::function<int(const QStringList&)>>> metadataStoreCommands();
