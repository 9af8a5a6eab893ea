// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementcatalog.h"

#include <QCoreApplication>
#include <QPromise>

#include "core/whendone.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int maxDepth = 64;

QString tr(const char* text)
{
    return QCoreApplication::translate("PlacementCatalog", text);
}
} // namespace

QFuture<PlacementCatalog> PlacementCatalog::read(VSphereSession* session)
{
    auto promise = std::make_shared<QPromise<PlacementCatalog>>();
    promise->start();
    auto catalog = std::make_shared<PlacementCatalog>();
    const QStringList types { u"Datacenter"_s, u"Folder"_s, u"ComputeResource"_s, u"HostSystem"_s, u"ResourcePool"_s,
        u"Datastore"_s, u"Network"_s };
    const QStringList paths { u"name"_s, u"parent"_s };
    // Type-specific properties come in separate passes: one property set per object type.
    struct Pass
    {
        QString type;
        QStringList paths;
    };
    const QList<Pass> passes { { u"ManagedEntity"_s, paths }, { u"Datacenter"_s, { u"vmFolder"_s } },
        { u"ComputeResource"_s, { u"resourcePool"_s } }, { u"Datastore"_s, { u"summary.freeSpace"_s } } };
    auto remaining = std::make_shared<int>(int(passes.size()));
    auto failed = std::make_shared<bool>(false);
    for (const Pass& pass : passes) {
        whenDone<VimError>(
            session->collectAll(types, pass.type, pass.paths,
                [catalog](const RetrieveResult& page) {
                    for (const ObjectContent& object : page.objects) {
                        Entity& entity = catalog->m_entities[object.obj.value];
                        entity.ref = object.obj;
                        if (object.properties.contains(u"name"_s)) {
                            entity.name = object.properties.value(u"name"_s).text;
                            entity.parent = object.properties.value(u"parent"_s).text;
                        }
                        if (object.properties.contains(u"vmFolder"_s)) {
                            entity.vmFolder = object.properties.value(u"vmFolder"_s).reference();
                        }
                        if (object.properties.contains(u"resourcePool"_s)) {
                            entity.rootPool = object.properties.value(u"resourcePool"_s).reference();
                        }
                        if (object.properties.contains(u"summary.freeSpace"_s)) {
                            entity.freeBytes = object.properties.value(u"summary.freeSpace"_s).text.toLongLong();
                        }
                    }
                }),
            session,
            [promise, catalog, remaining, failed] {
                if (--*remaining == 0 && !*failed) {
                    promise->addResult(*catalog);
                    promise->finish();
                }
            },
            [promise, failed](const VimError& error) {
                if (!*failed) {
                    *failed = true;
                    promise->setException(error);
                    promise->finish();
                }
            });
    }
    return promise->future();
}

QString PlacementCatalog::datacenterOf(const QString& id) const
{
    QString current = id;
    for (int depth = 0; depth < maxDepth && !current.isEmpty(); ++depth) {
        const auto found = m_entities.constFind(current);
        if (found == m_entities.cend()) {
            return {};
        }
        if (found->ref.type == u"Datacenter"_s) {
            return found->name;
        }
        current = found->parent;
    }
    return {};
}

QString PlacementCatalog::pathBelow(const QString& id, const QString& ancestor) const
{
    QStringList names;
    QString current = id;
    for (int depth = 0; depth < maxDepth && !current.isEmpty() && current != ancestor; ++depth) {
        const Entity entity = m_entities.value(current);
        names.prepend(entity.name);
        current = entity.parent;
    }
    return current == ancestor ? names.join(u'/') : QString();
}

const PlacementCatalog::Entity* PlacementCatalog::datacenterNamed(const QString& name) const
{
    const Entity* first = nullptr;
    for (const Entity& entity : m_entities) {
        if (entity.ref.type != u"Datacenter"_s) {
            continue;
        }
        if (entity.name == name) {
            return &entity;
        }
        if (!first || entity.name < first->name) {
            first = &entity;
        }
    }
    return name.isEmpty() ? first : nullptr;
}

QList<PlacementCatalog::Entity> PlacementCatalog::inDatacenter(
    const QString& datacenter, const QStringList& types) const
{
    QList<Entity> found;
    for (const Entity& entity : m_entities) {
        if (types.contains(entity.ref.type) && datacenterOf(entity.ref.value) == datacenter) {
            found.append(entity);
        }
    }
    std::sort(found.begin(), found.end(), [](const Entity& a, const Entity& b) { return a.name < b.name; });
    return found;
}

QStringList PlacementCatalog::datacenters() const
{
    QStringList names;
    for (const Entity& entity : m_entities) {
        if (entity.ref.type == u"Datacenter"_s) {
            names.append(entity.name);
        }
    }
    names.sort();
    return names;
}

QStringList PlacementCatalog::clusters(const QString& datacenter) const
{
    QStringList names;
    for (const Entity& entity : inDatacenter(datacenter, { u"ClusterComputeResource"_s })) {
        names.append(entity.name);
    }
    return names;
}

QStringList PlacementCatalog::hosts(const QString& datacenter) const
{
    QStringList names;
    for (const Entity& entity : inDatacenter(datacenter, { u"HostSystem"_s })) {
        names.append(entity.name);
    }
    return names;
}

QStringList PlacementCatalog::pools(const QString& datacenter, const QString& clusterOrHost) const
{
    QString computeId;
    for (const Entity& entity : inDatacenter(datacenter, { u"ClusterComputeResource"_s, u"ComputeResource"_s })) {
        if (entity.name == clusterOrHost) {
            computeId = entity.ref.value;
        }
    }
    for (const Entity& entity : inDatacenter(datacenter, { u"HostSystem"_s })) {
        if (entity.name == clusterOrHost && computeId.isEmpty()) {
            computeId = entity.parent;
        }
    }
    QStringList paths;
    for (const Entity& entity : inDatacenter(datacenter, { u"ResourcePool"_s })) {
        const QString path = pathBelow(entity.ref.value, computeId);
        if (!path.isEmpty()) {
            paths.append(path);
        }
    }
    paths.sort();
    return paths;
}

QStringList PlacementCatalog::datastores(const QString& datacenter) const
{
    QList<Entity> stores = inDatacenter(datacenter, { u"Datastore"_s });
    std::stable_sort(
        stores.begin(), stores.end(), [](const Entity& a, const Entity& b) { return a.freeBytes > b.freeBytes; });
    QStringList names;
    for (const Entity& entity : stores) {
        names.append(entity.name);
    }
    return names;
}

qint64 PlacementCatalog::freeBytes(const QString& datacenter, const QString& datastore) const
{
    for (const Entity& entity : inDatacenter(datacenter, { u"Datastore"_s })) {
        if (entity.name == datastore) {
            return entity.freeBytes;
        }
    }
    return -1;
}

QStringList PlacementCatalog::folders(const QString& datacenter) const
{
    const Entity* dc = datacenterNamed(datacenter);
    if (!dc) {
        return {};
    }
    QStringList paths { QString() };
    for (const Entity& entity : inDatacenter(datacenter, { u"Folder"_s })) {
        const QString path = pathBelow(entity.ref.value, dc->vmFolder.value);
        if (!path.isEmpty()) {
            paths.append(path);
        }
    }
    paths.sort();
    return paths;
}

QStringList PlacementCatalog::networks(const QString& datacenter) const
{
    QStringList names;
    for (const Entity& entity : inDatacenter(datacenter, { u"Network"_s, u"DistributedVirtualPortgroup"_s })) {
        names.append(entity.name);
    }
    names.removeDuplicates();
    return names;
}

std::variant<PlacementCatalog::Placement, QString> PlacementCatalog::resolve(
    const DeploySpec& spec, const QStringList& sourceNetworks) const
{
    const Entity* dc = datacenterNamed(spec.datacenter);
    if (!dc) {
        return spec.datacenter.isEmpty() ? tr("vCenter has no datacenter.")
                                         : tr("There is no datacenter named %1.").arg(spec.datacenter);
    }
    Placement placement;
    placement.datacenter = dc->ref;
    // The datacenter's inventory path: the folders above it, if any, below the root folder.
    {
        QStringList names { dc->name };
        QString current = dc->parent;
        for (int depth = 0; depth < maxDepth && !current.isEmpty(); ++depth) {
            const Entity parent = m_entities.value(current);
            if (parent.parent.isEmpty()) {
                break; // the root folder is not part of the path
            }
            names.prepend(parent.name);
            current = parent.parent;
        }
        placement.datacenterPath = names.join(u'/');
    }

    // Compute: a host, a cluster, or the first of either.
    const Entity* compute = nullptr;
    if (!spec.host.isEmpty()) {
        for (const Entity& host : inDatacenter(dc->name, { u"HostSystem"_s })) {
            if (host.name == spec.host) {
                placement.host = host.ref;
                compute = &*m_entities.constFind(host.parent);
            }
        }
        if (placement.host.isNull()) {
            return tr("There is no host named %1 in %2.").arg(spec.host, dc->name);
        }
    } else {
        const QList<Entity> computes = inDatacenter(dc->name, { u"ClusterComputeResource"_s, u"ComputeResource"_s });
        for (const Entity& entity : computes) {
            if (spec.cluster.isEmpty() ? true : entity.name == spec.cluster) {
                compute = &*m_entities.constFind(entity.ref.value);
                break;
            }
        }
        if (!compute) {
            return spec.cluster.isEmpty() ? tr("%1 has no cluster or host to run a VM.").arg(dc->name)
                                          : tr("There is no cluster named %1 in %2.").arg(spec.cluster, dc->name);
        }
    }
    placement.pool = compute->rootPool;
    if (!spec.pool.isEmpty()) {
        placement.pool = {};
        for (const Entity& pool : inDatacenter(dc->name, { u"ResourcePool"_s })) {
            const QString path = pathBelow(pool.ref.value, compute->ref.value);
            if (!path.isEmpty() && (path == spec.pool || pool.name == spec.pool)) {
                placement.pool = pool.ref;
            }
        }
        if (placement.pool.isNull()) {
            return tr("There is no resource pool %1 in %2.").arg(spec.pool, compute->name);
        }
    }
    if (placement.pool.isNull()) {
        return tr("%1 has no resource pool.").arg(compute->name);
    }

    const QStringList stores = datastores(dc->name);
    placement.datastoreName = spec.datastore.isEmpty() ? stores.value(0) : spec.datastore;
    for (const Entity& store : inDatacenter(dc->name, { u"Datastore"_s })) {
        if (store.name == placement.datastoreName) {
            placement.datastore = store.ref;
        }
    }
    if (placement.datastore.isNull()) {
        return spec.datastore.isEmpty() ? tr("%1 has no datastore.").arg(dc->name)
                                        : tr("There is no datastore named %1 in %2.").arg(spec.datastore, dc->name);
    }

    placement.folder = dc->vmFolder;
    if (!spec.folder.isEmpty()) {
        placement.folder = {};
        for (const Entity& folder : inDatacenter(dc->name, { u"Folder"_s })) {
            if (pathBelow(folder.ref.value, dc->vmFolder.value) == spec.folder) {
                placement.folder = folder.ref;
            }
        }
        if (placement.folder.isNull()) {
            return tr("There is no VM folder %1 in %2.").arg(spec.folder, dc->name);
        }
    }

    const QList<Entity> networks = inDatacenter(dc->name, { u"Network"_s, u"DistributedVirtualPortgroup"_s });
    for (const QString& source : sourceNetworks) {
        const QString target = spec.networks.value(source, source);
        for (const Entity& network : networks) {
            if (network.name == target) {
                placement.networks.insert(source, network.ref);
            }
        }
        if (!placement.networks.contains(source)) {
            return tr("The package's network %1 has no match in %2: map it to one of %3.")
                .arg(source, dc->name, this->networks(dc->name).join(u", "_s));
        }
    }
    for (auto it = spec.networks.cbegin(); it != spec.networks.cend(); ++it) {
        if (!sourceNetworks.isEmpty() && !sourceNetworks.contains(it.key())) {
            return tr("The package has no network named %1 (it has %2).").arg(it.key(), sourceNetworks.join(u", "_s));
        }
    }
    return placement;
}
