// SPDX-License-Identifier: GPL-3.0-or-later
#include "liveupdates.h"

#include <algorithm>

#include <QTimer>

#include "core/logging.h"
#include "core/whendone.h"
#include "inventoryreader.h"
#include "objectcontent.h"
#include "propertyfeed.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vimtask.h"
#include "vmproperties.h"
#include "vspheresession.h"

using namespace Qt::StringLiterals;

LiveUpdates::LiveUpdates(VSphereSession* session, InventoryReader* inventory)
    : m_session(session)
    , m_inventory(inventory)
    , m_feed(new PropertyFeed(session))
{
    connect(m_feed, &PropertyFeed::stopped, this, [this] {
        m_watching = false;
        m_watchingTasks = false;
    });
}

void LiveUpdates::stop()
{
    m_feed->stop();
    ++m_watchGeneration;
    m_watching = false;
    m_watchingTasks = false;
    m_watched.clear();
}

void LiveUpdates::refreshVirtualMachine(const ManagedObjectRef& vm)
{
    const QList<KDSoapValue> propSet = [] {
        QList<KDSoapValue> set { VimClient::element(u"type"_s, u"VirtualMachine"_s) };
        for (const QString& path : VmProperties::summaryPaths()) {
            set.append(VimClient::element(u"pathSet"_s, path));
        }
        return set;
    }();
    const QList<KDSoapValue> specSet { VimClient::element(u"propSet"_s, propSet),
        VimClient::element(u"objectSet"_s, QList<KDSoapValue> { VimClient::reference(u"obj"_s, vm) }) };
    whenDone<VimError>(
        m_session->collect(u"RetrievePropertiesEx"_s,
            { VimClient::element(u"specSet"_s, specSet), VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
        this,
        [this](const RetrieveResult& result) {
            for (const ObjectContent& object : result.objects) {
                const VmSummary summary = VmProperties::toSummary(object);
                if (m_watching) {
                    m_watched.insert(summary.ref.value, summary);
                }
                announce(summary);
            }
        },
        [](const VimError& error) { qCInfo(lcVsphere).noquote() << "reading a VM again failed:" << error.message(); });
}

void LiveUpdates::watchVirtualMachines()
{
    if (m_watching || m_session->state() != VSphereSession::State::Connected) {
        return;
    }
    m_watching = true;
    const quint64 generation = m_watchGeneration;
    auto stop = [this, generation](const VimError& error) {
        if (generation == m_watchGeneration) {
            m_watching = false;
            qCWarning(lcVsphere).noquote() << "live updates of VMs stopped:" << error.message();
        }
    };
    whenDone<VimError>(
        m_inventory->containerView({ u"VirtualMachine"_s }), this,
        [this, generation, stop](const KDSoapValue& response) {
            if (generation != m_watchGeneration) {
                return; // logged out meanwhile
            }
            const ManagedObjectRef view = VimClient::toReference(response.childValues().child(u"returnval"_s));
            whenDone<VimError>(
                m_feed->addFilter(
                    InventoryReader::viewFilterSpec(view, u"VirtualMachine"_s, VmProperties::summaryPaths()),
                    [this](const KDSoapValue& update) { applyVmUpdate(update); }),
                this, [] {}, stop);
            // Asked for together, so that both filters come in the loop's first answer; and a VM task
            // ending makes the VM read again (see applyTaskUpdate).
            watchTasks();
        },
        stop);
}

void LiveUpdates::watchTasks()
{
    if (m_watchingTasks || m_session->state() != VSphereSession::State::Connected) {
        return;
    }
    m_watchingTasks = true;
    m_tasksPrimed = false;
    m_settledTasks.clear();
    // From the TaskManager along recentTask to each Task's info; the TaskManager itself is skipped.
    const KDSoapValue traversal = VimClient::typedElement(u"selectSet"_s, u"TraversalSpec"_s,
        { VimClient::element(u"name"_s, u"recentTasks"_s), VimClient::element(u"type"_s, u"TaskManager"_s),
            VimClient::element(u"path"_s, u"recentTask"_s), VimClient::element(u"skip"_s, false) });
    const QList<KDSoapValue> spec {
        VimClient::element(u"propSet"_s,
            QList<KDSoapValue> {
                VimClient::element(u"type"_s, u"Task"_s), VimClient::element(u"pathSet"_s, u"info"_s) }),
        VimClient::element(u"objectSet"_s,
            QList<KDSoapValue> { VimClient::reference(u"obj"_s, m_session->serviceContent().taskManager),
                VimClient::element(u"skip"_s, true), traversal }),
    };
    const quint64 generation = m_watchGeneration;
    whenDone<VimError>(
        m_feed->addFilter(spec, [this](const KDSoapValue& update) { applyTaskUpdate(update); }), this, [] {},
        [this, generation](const VimError& error) {
            if (generation == m_watchGeneration) {
                m_watchingTasks = false;
                qCWarning(lcVsphere).noquote() << "recent tasks are not followed:" << error.message();
            }
        });
}

void LiveUpdates::applyVmUpdate(const KDSoapValue& object)
{
    const ManagedObjectRef ref = VimClient::toReference(object.childValues().child(u"obj"_s));
    const QString kind = object.childValues().child(u"kind"_s).value().toString();
    if (ref.type != u"VirtualMachine"_s) {
        return;
    }
    if (kind == u"leave"_s) {
        m_watched.remove(ref.value);
        Q_EMIT m_session->vmRemoved(ref);
        return;
    }
    if (kind != u"enter"_s && !m_watched.contains(ref.value)) {
        // Changes to a VM whose whole state this session has not seen yet: read all of it.
        refreshVirtualMachine(ref);
        return;
    }
    VmSummary& vm = m_watched[ref.value];
    vm.ref = ref;
    for (const KDSoapValue& change : object.childValues()) {
        if (change.name() == u"changeSet"_s) {
            VmProperties::apply(vm, change.childValues().child(u"name"_s).value().toString(),
                VmProperties::fromUpdate(change.childValues().child(u"val"_s)));
        }
    }
    announce(vm);
    if (kind != u"enter"_s) {
        Q_EMIT m_session->vmDetailsChanged(ref);
    }
}

void LiveUpdates::applyTaskUpdate(const KDSoapValue& object)
{
    if (!std::exchange(m_tasksPrimed, true)) {
        // The first answer lists tasks that ended before this session looked: no VM to read again.
        m_tasksLive = false;
        QTimer::singleShot(0, this, [this] { m_tasksLive = true; });
    }
    if (object.childValues().child(u"kind"_s).value().toString() == u"leave"_s) {
        return; // vCenter forgets finished tasks after a while; the task list keeps its own
    }
    for (const KDSoapValue& change : object.childValues()) {
        if (change.name() != u"changeSet"_s || change.childValues().child(u"name"_s).value().toString() != u"info"_s) {
            continue;
        }
        const VimTask task = VimTask::fromInfo(change.childValues().child(u"val"_s));
        Q_EMIT m_session->taskChanged(task);
        if (!task.isFinished() || task.entity.type != u"VirtualMachine"_s || m_settledTasks.contains(task.ref.value)) {
            continue;
        }
        if (m_settledTasks.size() > 10000) {
            m_settledTasks.clear(); // only a bound: a task settles once anyway
        }
        m_settledTasks.insert(task.ref.value);
        if (m_tasksLive) {
            // Whoever made the change (another client, the command line), the VM may look different
            // now, also in what vCenter does not announce property by property.
            if (m_watching) {
                refreshVirtualMachine(task.entity);
            }
            Q_EMIT m_session->vmDetailsChanged(task.entity);
        }
    }
}

void LiveUpdates::announce(VmSummary vm)
{
    const auto keys = vm.customValues.keys();
    const InventoryPlacement& placement = m_inventory->placement();
    if (std::all_of(keys.cbegin(), keys.cend(), [&placement](int key) { return placement.knowsField(key); })) {
        placement.apply(vm);
        Q_EMIT m_session->vmChanged(vm);
        return;
    }
    // A custom attribute defined since the load: learn its name first (a failure leaves the key).
    const auto place = [this, vm] {
        VmSummary latest = m_watched.value(vm.ref.value, vm); // newer updates may have come meanwhile
        m_inventory->placement().apply(latest);
        Q_EMIT m_session->vmChanged(latest);
    };
    whenDone<VimError>(m_inventory->loadFieldNames(), this, place, [place](const VimError&) { place(); });
}
