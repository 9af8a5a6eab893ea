// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QPromise>

#include <KDSoapClient/KDSoapValue.h>

#include "vmdetails.h"

class VSphereSession;

// Reads what the details pane shows of one VM: its devices, guest networking, guestinfo keys and
// snapshots in one read, then the names of distributed port groups its NICs only name by key.
class VmDetailsReader
{
public:
    static QFuture<VmDetails> read(VSphereSession* session, const ManagedObjectRef& vm);
    // VSphereSession::retrieveProperties: `paths` of one object, name → value element.
    static QFuture<QHash<QString, KDSoapValue>> retrieveProperties(
        VSphereSession* session, const ManagedObjectRef& object, const QStringList& paths);

private:
    static void nameDistributedPortgroups(
        VSphereSession* session, VmDetails details, const std::shared_ptr<QPromise<VmDetails>>& promise);
};
