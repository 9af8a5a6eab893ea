// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl kvp host …: a Hyper-V host's VMs and their KVP items over WS-Management (WinRM).
// `arguments` start with "vmdeskctl kvp host".
int runKvpHostCommand(const QStringList& arguments);
