// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCoreApplication>

#include "inventorycommand.h"

using namespace Qt::StringLiterals;

QList<Command> allCommands()
{
    return {
        { u"inventory"_s, QCoreApplication::translate("vmdeskctl", "List the virtual machines of a vCenter"),
            runInventoryCommand },
    };
}
