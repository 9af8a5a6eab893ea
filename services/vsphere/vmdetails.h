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
        QString network; // the port group, as the device's backing names it
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
    QList<std::pair<QString, QString>> guestInfo; // extraConfig keys guestinfo.*, sorted
};
Q_DECLARE_METATYPE(VmDetails)
