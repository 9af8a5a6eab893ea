// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl guest …: a VM's files and processes through VMware Tools, as govc guest.* does.
int runGuestOpsCommand(const QStringList& arguments);
