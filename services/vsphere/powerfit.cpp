// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerfit.h"

using namespace Qt::StringLiterals;

bool PowerFit::fits(VmActions::Power action, const VmSummary& vm)
{
    const bool on = vm.powerState == u"poweredOn"_s;
    switch (action) {
    case VmActions::Power::On:
        return vm.powerState == u"poweredOff"_s || vm.powerState == u"suspended"_s;
    case VmActions::Power::Off:
        return on || vm.powerState == u"suspended"_s; // vCenter powers a suspended VM off too
    case VmActions::Power::Reset:
    case VmActions::Power::Suspend:
        return on;
    case VmActions::Power::ShutdownGuest:
    case VmActions::Power::RebootGuest:
        // Only VMware Tools can pass the request to the guest (ToolsUnavailable otherwise).
        return on && (vm.toolsStatus.isEmpty() || vm.toolsStatus == u"guestToolsRunning"_s);
    }
    return false;
}

QList<VmSummary> PowerFit::fitting(VmActions::Power action, const QList<VmSummary>& vms)
{
    QList<VmSummary> result;
    for (const VmSummary& vm : vms) {
        if (fits(action, vm)) {
            result.append(vm);
        }
    }
    return result;
}
