// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl vm: power, snapshot and annotate VMs, for scripts.
int runVmCommand(const QStringList& arguments);
