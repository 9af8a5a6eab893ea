// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// vim25 faults in words an admin can act on. vCenter's own texts are often the fault's type name
// ("*types.InvalidPowerState" from the simulator, "The attempted operation cannot be performed in
// the current state (Powered on)." from vCenter); the raw text stays available as the details.
namespace FaultMessage {
// What the fault means and what to do, or empty for a fault type without a plain text.
QString plain(const QString& faultType);
// The plain text if there is one, else vCenter's own text with its fault type.
QString describe(const QString& faultType, const QString& rawText);
// The raw fault for a details area: type and vCenter's text.
QString details(const QString& faultType, const QString& rawText);
} // namespace FaultMessage
