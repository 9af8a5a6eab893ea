// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

// One VM to make: from an OVA, an OVF or a clone of a VM or template, placed, optionally given its
// cloud-init document, powered on and waited for until it has an address.
struct DeploySpec
{
    enum class Source { Ova, Ovf, Clone };
    enum class CloudInit { None, Guestinfo, Iso };

    Source source = Source::Ova;
    QString sourcePath; // the .ova or .ovf
    QString sourceVm; // for a clone
    QString name; // the new VM
    QString datacenter; // empty: the only one, else the first
    QString cluster;
    QString host;
    QString pool; // resource pool name or path below the cluster or host ("Resources/Web")
    QString datastore; // empty: the one with the most free space
    QString folder; // path below the datacenter's VM folder; empty: the VM folder itself
    QMap<QString, QString> networks; // the descriptor's network → vCenter's network
    QString metadataDir; // where <name>.yaml is; empty: no cloud-init data
    CloudInit cloudInit = CloudInit::None;
    int networkVersion = 2;
    bool powerOn = false;
    int waitIpSeconds = 0; // 0: do not wait
    int priority = 0;

    QString sourceText() const; // the file name, or "clone of <vm>"
    QJsonObject toJson() const;
    static DeploySpec fromJson(const QJsonObject& object);
};
