// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

// The `metadata` subcommands that deliver a VM's document (guestinfo keys, seed ISO) or import it
// from a VM; `metadata` itself dispatches to them.
QString metadataDeliveryUsage();
QList<std::pair<QString, std::function<int(const QStringList&)>>> metadataDeliveryCommands();
