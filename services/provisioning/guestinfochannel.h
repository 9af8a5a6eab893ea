// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPointer>

#include "cloudinit/guestinfocodec.h"
#include "vsphere/managedobjectref.h"

class VSphereSession;
class VmActions;

// cloud-init's VMware datasource reads guestinfo.metadata / userdata / vendordata (each with its
// .encoding) from the VM's configuration. This pushes a rendered document there through
// ReconfigVM_Task, reads the keys back, clears them, and decodes what another tool left there.
// Futures fail with VimError.
class GuestInfoChannel : public QObject
{
    Q_OBJECT
public:
    using Keys = QMap<QString, QString>; // every guestinfo.* key of the VM, as vCenter holds it

    struct Decoded
    {
        QByteArray metadata;
        QByteArray userdata;
        QByteArray vendordata;
        QStringList problems; // a key that did not decode, in plain words
    };

    GuestInfoChannel(VSphereSession* session, VmActions* actions, QObject* parent = nullptr);

    // Refuses values over guestinfo's limits before any call; after the reconfigure reads the keys
    // back and fails unless they decode to exactly `values`' payloads.
    QFuture<Keys> push(const ManagedObjectRef& vm, const GuestInfoCodec::Values& values);
    QFuture<Keys> read(const ManagedObjectRef& vm);
    // Sets the six cloud-init keys to empty values, which is how vCenter removes a key.
    QFuture<void> clear(const ManagedObjectRef& vm);

    // The extraConfig entries that carry `values` (also used inside a clone's or deploy's spec).
    static QList<std::pair<QString, QString>> options(const GuestInfoCodec::Values& values);
    static QList<std::pair<QString, QString>> clearingOptions();
    // What cloud-init would read from these keys.
    static Decoded decode(const Keys& keys);
    // True when the keys hold exactly these payloads (decoded, so any encoding counts).
    static bool holds(const Keys& keys, const QByteArray& metadata, const QByteArray& userdata);

private:
    QPointer<VSphereSession> m_session;
    QPointer<VmActions> m_actions;
};
