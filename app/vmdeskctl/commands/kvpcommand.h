// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl kvp: inside a Hyper-V guest, read the KVP pool files as go-hvkvp does (without its
// bugs), and set or delete items in pool 1 under the daemon's lock.
int runKvpCommand(const QStringList& arguments);
