// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vsphere/guestoperations.h"

// One file to or from a guest, as the transfer queue runs it. Never saved: it carries the guest
// password, which lives only in memory and the keychain.
struct GuestTransferSpec
{
    ManagedObjectRef vm;
    QString vmName;
    GuestCredentials credentials;
    bool upload = true;
    QString localPath;
    QString guestPath;
    bool overwrite = false;
};
