// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcVsphere, "vmdesk.vsphere", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "vmdesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCore, "vmdesk.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcVspc, "vmdesk.vspc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloudinit, "vmdesk.cloudinit", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "vmdesk.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKvp, "vmdesk.kvp", QtInfoMsg)
