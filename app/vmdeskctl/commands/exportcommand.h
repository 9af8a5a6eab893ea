// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl export: export VMs to OVF/OVA through the same job queue as the desktop app. The queue
// lives in the output folder, so running the same command again resumes what was left.
int runExportCommand(const QStringList& arguments);
