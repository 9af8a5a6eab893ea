// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl serve-metadata: the vSPC metadata server without a display, until SIGTERM/SIGINT.
int runServeMetadataCommand(const QStringList& arguments);
