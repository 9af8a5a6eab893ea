// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <variant>

#include <QFuture>
#include <QHash>
#include <QMap>
#include <QStringList>

#include "deployspec.h"
#include "vsphere/managedobjectref.h"

class VSphereSession;

// Where a new VM can go: datacenters, clusters and hosts, resource pools, datastores, VM folders and
// networks, read in one pass, and a DeploySpec's names resolved to the references vCenter wants.
// A value: the deploy dialog lists from it, the deploy job resolves with it.
class PlacementCatalog
{
public:
    struct Entity
    {
        ManagedObjectRef ref;
        QString name;
        QString parent; // id
        qint64 freeBytes = -1; // datastores
        ManagedObjectRef rootPool; // compute resources
        ManagedObjectRef vmFolder; // datacenters
    };

    // What CreateImportSpec, ImportVApp and CloneVM_Task take.
    struct Placement
    {
        ManagedObjectRef datacenter;
        QString datacenterPath;
        ManagedObjectRef folder;
        ManagedObjectRef pool;
        ManagedObjectRef host; // empty: vCenter (DRS) picks
        ManagedObjectRef datastore;
        QString datastoreName;
        QMap<QString, ManagedObjectRef> networks; // descriptor network → network
    };

    static QFuture<PlacementCatalog> read(VSphereSession* session);

    QStringList datacenters() const;
    // Clusters, and hosts (standalone or in a cluster), of a datacenter.
    QStringList clusters(const QString& datacenter) const;
    QStringList hosts(const QString& datacenter) const;
    // Pools as paths below their cluster or host ("Resources", "Resources/Web").
    QStringList pools(const QString& datacenter, const QString& clusterOrHost) const;
    QStringList datastores(const QString& datacenter) const; // most free space first
    qint64 freeBytes(const QString& datacenter, const QString& datastore) const;
    QStringList folders(const QString& datacenter) const; // paths below the VM folder; "" is the VM folder
    QStringList networks(const QString& datacenter) const;

    // The references for `spec`, or the reason it cannot be placed ("no datastore named X in DC0").
    // `sourceNetworks` are the descriptor's networks; each needs a mapping or a same-named network.
    std::variant<Placement, QString> resolve(const DeploySpec& spec, const QStringList& sourceNetworks = {}) const;

    void insert(const Entity& entity) { m_entities.insert(entity.ref.value, entity); }

private:
    QList<Entity> inDatacenter(const QString& datacenter, const QStringList& types) const;
    const Entity* datacenterNamed(const QString& name) const;
    QString datacenterOf(const QString& id) const;
    QString pathBelow(const QString& id, const QString& ancestor) const;

    QHash<QString, Entity> m_entities; // by id
};
Q_DECLARE_METATYPE(PlacementCatalog)
