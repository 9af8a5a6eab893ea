// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl metadata validate|render|apply|new: the metadata folder's <key>.yaml documents without a
// display, with the same validator, renderer and patcher as the editor and the metadata server.
int runMetadataCommand(const QStringList& arguments);
