// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// vmdeskctl deploy: new VMs from an OVA, an OVF or clones, through the desktop app's DeployJob:
// placed, given their cloud-init data, powered on and waited for until they have an address.
int runDeployCommand(const QStringList& arguments);
