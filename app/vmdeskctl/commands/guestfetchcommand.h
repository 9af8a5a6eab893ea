// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl guest-fetch: inside a VM, fetch the metadata over a serial port into a NoCloud seed.
int runGuestFetchCommand(const QStringList& arguments);
