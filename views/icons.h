// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The app's icons: the desktop's icon theme where it has one, else the bundled SVG.
namespace Icons {
enum class Area { Inventory, Exports, Metadata, Guests, Kvp };
QIcon area(Area area);
// A VM's power state as vSphere shows it: a green play, a grey stop, an amber pause.
QIcon powerState(const QString& vimPowerState);
// Tree nodes by kind name: "datacenter", "cluster", "host", "folder", "vm".
QIcon node(const QString& kind);
} // namespace Icons
