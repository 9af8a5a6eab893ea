// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "vmactions.h"
#include "vmsummary.h"

// Which power actions suit a VM's state, so the UI offers only those vCenter would accept.
namespace PowerFit {
bool fits(VmActions::Power action, const VmSummary& vm);
// The VMs among `vms` that the action suits, in the same order.
QList<VmSummary> fitting(VmActions::Power action, const QList<VmSummary>& vms);
} // namespace PowerFit
