// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct ExportJobRecord;

// How a deploy or clone of the transfer queue ended, as a whole sentence for the status bar, the
// task list and the desktop notification.
class DeployMessage
{
    Q_DECLARE_TR_FUNCTIONS(DeployMessage)
public:
    static QString finished(const ExportJobRecord& job);
};
