// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl inventory: log in, print the VMs (plain names or --json), log out.
int runInventoryCommand(const QStringList& arguments);
