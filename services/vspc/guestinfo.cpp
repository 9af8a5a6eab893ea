// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestinfo.h"

#include <QCoreApplication>

QString GuestInfo::stateName(State state)
{
    switch (state) {
    case State::Negotiating:
        return QCoreApplication::translate("GuestInfo", "negotiating");
    case State::Identified:
        return QCoreApplication::translate("GuestInfo", "identified");
    case State::Serving:
        return QCoreApplication::translate("GuestInfo", "serving");
    case State::VMotion:
        return QCoreApplication::translate("GuestInfo", "vMotion");
    case State::Closed:
        return QCoreApplication::translate("GuestInfo", "closed recently");
    }
    return {};
}
