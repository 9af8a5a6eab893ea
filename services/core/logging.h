// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per service area; enable with QT_LOGGING_RULES="vmdesk.vsphere.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcVsphere)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcVspc)
Q_DECLARE_LOGGING_CATEGORY(lcCloudinit)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcKvp)
