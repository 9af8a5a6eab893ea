// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include "managedobjectref.h"

// What the details pane shows of one VM beyond its inventory row, read when it is selected.
struct VmDetails
{
    struct NetworkAdapter
    {
        QString label; // "Network adapter 1"
        QString network; // the port group's name
        bool distributed = false; // on a distributed switch's port group
        QString macAddress;
        QStringList ipAddresses; // from VMware Tools (guest.net)
        bool connected = false;
    };
    struct SerialPort
    {
        QString label;
        QString backing; // "network", "file", "device", "pipe"
        QString direction; // network: client or server
        QString serviceUri; // network: e.g. "vSPC.py" or "telnet://:2001"
        QString proxyUri; // network: the vSPC, e.g. "telnet://vmdesk.example.com:13370"
        bool connected = false;
    };
    struct Disk
    {
        QString label;
        qint64 capacityBytes = 0;
        QString fileName;
        QString datastore; // from the file name's "[datastore1] vm/vm.vmdk"
        QString provisioning; // "thin", "thick" or "thick, eager zeroed"; empty for RDMs and the like
    };
    struct Snapshot
    {
        ManagedObjectRef ref;
        QString name;
        QString description;
        QString created; // xsd:dateTime as vCenter sends it
        int depth = 0; // 0 for a root snapshot, 1 for its children, ...
        bool current = false; // the one the VM runs from
    };

    ManagedObjectRef ref;
    QString guestId;
    QString guestHostName;
    QString firmware;
    QString hardwareVersion;
    QString bootTime;
    QList<NetworkAdapter> networkAdapters;
    QList<SerialPort> serialPorts;
    QList<Disk> disks;
    QList<Snapshot> snapshots; // depth first, as the snapshot tree is
    QList<std::pair<QString, QString>> guestInfo; // extraConfig keys guestinfo.*, sorted
};
Q_DECLARE_METATYPE(VmDetails)
