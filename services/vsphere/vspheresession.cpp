// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspheresession.h"

#include <QtConcurrent/QtConcurrentRun>

#include "core/logging.h"
#include "core/whendone.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vmdetailsreader.h"
#include "vmproperties.h"

using namespace Qt::StringLiterals;

namespace {
// How many objects vCenter may put in one RetrievePropertiesEx page.
constexpr int pageSize = 1000;

KDSoapValue returnValue(const KDSoapValue& response)
{
    return response.childValues().child(u"returnval"_s);
}

ManagedObjectRef requiredReference(const KDSoapValue& parent, const QString& name)
{
    const ManagedObjectRef ref = VimClient::toReference(parent.childValues().child(name));
    if (ref.isNull()) {
        throw VimError(VimError::Kind::Protocol, QObject::tr("The server's ServiceContent has no %1.").arg(name));
    }
    return ref;
}

template <typename T> void reject(const std::shared_ptr<QPromise<T>>& promise, const VimError& error)
{
    promise->setException(error);
    promise->finish();
}

QList<KDSoapValue> viewFilterSpec(const ManagedObjectRef& view, const QString& type, const QStringList& paths)
{
    QList<KDSoapValue> propSet { VimClient::element(u"type"_s, type) };
    for (const QString& path : paths) {
        propSet.append(VimClient::element(u"pathSet"_s, path));
    }
    const KDSoapValue traversal = VimClient::typedElement(u"selectSet"_s, u"TraversalSpec"_s,
        { VimClient::element(u"name"_s, u"traverseEntities"_s), VimClient::element(u"type"_s, u"ContainerView"_s),
            VimClient::element(u"path"_s, u"view"_s), VimClient::element(u"skip"_s, false) });
    const KDSoapValue objectSet = VimClient::element(u"objectSet"_s,
        QList<KDSoapValue> { VimClient::reference(u"obj"_s, view), VimClient::element(u"skip"_s, true), traversal });
    return { VimClient::element(u"propSet"_s, propSet), objectSet };
}

} // namespace

VSphereSession::VSphereSession(QObject* parent)
    : VCenterConnection(parent)
    , m_feed(new PropertyFeed(this))
{
    connect(m_feed, &PropertyFeed::stopped, this, [this] {
        m_watching = false;
        m_watchingTasks = false;
    });
    m_keepalive.setInterval(5 * 60 * 1000);
    connect(&m_keepalive, &QTimer::timeout, this, &VSphereSession::keepAlive);
}

VimError VSphereSession::notConnected()
{
    return { VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.") };
}

bool VSphereSession::canCall() const
{
    // Disconnecting still has a session: a lease can be aborted while Logout is on its way.
    return m_client && (m_state == State::Connected || m_state == State::Disconnecting);
}

QFuture<KDSoapValue> VSphereSession::call(
    const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments)
{
    return canCall() ? m_client->call(method, target, arguments)
                     : QtFuture::makeExceptionalFuture<KDSoapValue>(notConnected());
}

QFuture<RetrieveResult> VSphereSession::collect(const QString& method, const QList<KDSoapValue>& arguments)
{
    return canCall() ? m_client->collect(method, m_content.propertyCollector, arguments)
                     : QtFuture::makeExceptionalFuture<RetrieveResult>(notConnected());
}

void VSphereSession::keepAlive()
{
    // The cheapest call that needs a session; a NotAuthenticated answer logs in again.
    whenDone<VimError>(
        call(u"CurrentTime"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }), this, [](const KDSoapValue&) {},
        [](const VimError& error) { qCInfo(lcVsphere).noquote() << "keepalive failed:" << error.message(); });
}

QFuture<void> VSphereSession::reauthenticate()
{
    if (m_reauthentication.isValid() && !m_reauthentication.isFinished()) {
        return m_reauthentication; // calls that failed together share one login
    }
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    m_reauthentication = promise->future();
    whenDone<VimError>(
        m_client->call(u"Login"_s, m_content.sessionManager,
            { VimClient::element(u"userName"_s, m_parameters.user), VimClient::element(u"password"_s, m_password) }),
        this,
        [this, promise](const KDSoapValue&) {
            qCInfo(lcVsphere).noquote() << "logged in again to" << m_parameters.url.host();
            Q_EMIT reauthenticated();
            promise->finish();
        },
        [this, promise](const VimError& error) {
            const VimError ended(
                error.kind(), tr("The vCenter session ended and logging in again failed: %1").arg(error.message()));
            m_keepalive.stop();
            m_password.clear();
            setState(State::Disconnected);
            fail(ended);
            promise->setException(ended);
            promise->finish();
        });
    return m_reauthentication;
}

VSphereSession::~VSphereSession()
{
    // Before QObject's destructor: requests still open end (cancelled) while this object can
    // still be told, instead of from a half-destroyed session.
    delete m_client;
}

void VSphereSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VSphereSession::fail(const VimError& error)
{
    qCWarning(lcVsphere).noquote() << m_parameters.url.host() << error.message();
    Q_EMIT errorOccurred(error.message());
}

QFuture<void> VSphereSession::login(const ConnectionParameters& parameters, const QString& password)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (m_state != State::Disconnected) {
        reject(promise, VimError(VimError::Kind::Protocol, tr("Already connected; log out first.")));
        return promise->future();
    }
    if (!parameters.url.isValid() || parameters.user.isEmpty() || password.isEmpty()) {
        const VimError error(VimError::Kind::InvalidLogin, tr("A server URL, a user name and a password are needed."));
        fail(error);
        reject(promise, error);
        return promise->future();
    }

    m_parameters = parameters;
    delete m_client;
    m_client = new VimClient(parameters.url, this);
    m_client->setPinnedCertificateSha256(parameters.pinnedCertificateSha256);
    setState(State::Connecting);
    qCInfo(lcVsphere).noquote() << "connecting to" << parameters.url.toString() << "as" << parameters.user;

    auto onError = [this, promise](const VimError& error) {
        setState(State::Disconnected);
        fail(error);
        reject(promise, error);
    };
    auto login = [this, promise, password, onError](const KDSoapValue& response) {
        const KDSoapValue content = returnValue(response);
        m_content = { requiredReference(content, u"rootFolder"_s), requiredReference(content, u"propertyCollector"_s),
            requiredReference(content, u"viewManager"_s), requiredReference(content, u"sessionManager"_s),
            VimClient::toReference(content.childValues().child(u"ovfManager"_s)),
            VimClient::toReference(content.childValues().child(u"customFieldsManager"_s)),
            VimClient::toReference(content.childValues().child(u"taskManager"_s)) };
        m_serverDescription
            = content.childValues().child(u"about"_s).childValues().child(u"fullName"_s).value().toString();
        whenDone<VimError>(
            m_client->call(u"Login"_s, m_content.sessionManager,
                { VimClient::element(u"userName"_s, m_parameters.user), VimClient::element(u"password"_s, password) }),
            this,
            [this, promise, password](const KDSoapValue&) {
                qCInfo(lcVsphere).noquote() << "logged in to" << m_serverDescription;
                m_password = password;
                m_client->setReauthenticator([this] { return reauthenticate(); });
                m_keepalive.start();
                setState(State::Connected);
                promise->finish();
            },
            onError);
    };
    whenDone<VimError>(m_client->call(u"RetrieveServiceContent"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }),
        this, login, onError);
    return promise->future();
}

const QStringList& VSphereSession::virtualMachinePaths()
{
    return VmProperties::summaryPaths();
}

QList<KDSoapValue> VSphereSession::retrieveArguments(
    const ManagedObjectRef& view, const QString& type, const QStringList& paths)
{
    return { VimClient::element(u"specSet"_s, viewFilterSpec(view, type, paths)),
        VimClient::element(u"options"_s, QList<KDSoapValue> { VimClient::element(u"maxObjects"_s, pageSize) }) };
}

QFuture<VmSummaryList> VSphereSession::virtualMachines()
{
    auto promise = std::make_shared<QPromise<VmSummaryList>>();
    promise->start();
    if (m_state != State::Connected) {
        reject(promise, notConnected());
        return promise->future();
    }
    auto onError = [this, promise](const VimError& error) {
        fail(error);
        reject(promise, error);
    };
    // Where every VM lives (datacenter, cluster, host, folder), the custom attributes' names and
    // the VMs themselves are read at once; the VMs are made complete on a worker thread at the end.
    auto pages = std::make_shared<QList<RetrieveResult>>();
    auto pending = std::make_shared<int>(3);
    auto failed = std::make_shared<bool>(false);
    auto partFailed = [this, promise, failed](const VimError& error) {
        if (!std::exchange(*failed, true)) {
            fail(error);
            reject(promise, error);
        }
    };
    auto partDone = [this, promise, pages, pending, failed, partFailed] {
        if (--*pending > 0 || *failed) {
            return;
        }
        // Tens of thousands of small strings to copy and free: not on the GUI thread.
        whenDone<VimError>(
            QtConcurrent::run([pages = std::move(*pages), placement = m_placement]() {
                VmSummaryList vms;
                for (const RetrieveResult& page : pages) {
                    for (const ObjectContent& object : page.objects) {
                        vms.append(VmProperties::toSummary(object));
                        placement.apply(vms.last());
                    }
                }
                return vms;
            }),
            this,
            [promise](const VmSummaryList& vms) {
                qCInfo(lcVsphere) << "read" << vms.size() << "virtual machines";
                promise->addResult(vms);
                promise->finish();
            },
            partFailed);
    };
    whenDone<VimError>(loadFieldNames(), this, partDone, partFailed);
    whenDone<VimError>(loadEntities(), this, partDone, partFailed);
    whenDone<VimError>(collectAll({ u"VirtualMachine"_s }, u"VirtualMachine"_s, VmProperties::summaryPaths(),
                           [pages](const RetrieveResult& page) { pages->append(page); }),
        this, partDone, partFailed);
    return promise->future();
}

QFuture<void> VSphereSession::collectAll(const QStringList& viewTypes, const QString& type, const QStringList& paths,
    const std::function<void(const RetrieveResult&)>& onPage)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto onError = [promise](const VimError& error) { reject(promise, error); };
    whenDone<VimError>(
        containerView(viewTypes), this,
        [this, type, paths, onPage, promise, onError](const KDSoapValue& response) {
            const ManagedObjectRef view = VimClient::toReference(returnValue(response));
            // Pages arrive with a token while more remain; the view is destroyed once all are read.
            auto readPage = std::make_shared<std::function<void(const RetrieveResult&)>>();
            *readPage
                = [this, view, onPage, promise, onError, next = std::weak_ptr(readPage)](const RetrieveResult& page) {
                      onPage(page);
                      if (page.token.isEmpty()) {
                          call(u"DestroyView"_s, view);
                          promise->finish();
                          return;
                      }
                      whenDone<VimError>(
                          collect(u"ContinueRetrievePropertiesEx"_s, { VimClient::element(u"token"_s, page.token) }),
                          this, [readPage = next.lock()](const RetrieveResult& more) { (*readPage)(more); }, onError);
                  };
            whenDone<VimError>(
                collect(u"RetrievePropertiesEx"_s, retrieveArguments(view, type, paths)), this,
                [readPage](const RetrieveResult& page) { (*readPage)(page); }, onError);
        },
        onError);
    return promise->future();
}

QFuture<void> VSphereSession::loadEntities()
{
    auto entities = std::make_shared<QHash<QString, InventoryPlacement::Entity>>();
    QFuture<void> done = collectAll(
        { u"Folder"_s, u"Datacenter"_s, u"ComputeResource"_s, u"ClusterComputeResource"_s, u"HostSystem"_s },
        u"ManagedEntity"_s, { u"name"_s, u"parent"_s }, [entities](const RetrieveResult& page) {
            for (const ObjectContent& object : page.objects) {
                entities->insert(object.obj.value,
                    { object.obj.type, object.properties.value(u"name"_s).text,
                        object.properties.value(u"parent"_s).text });
            }
        });
    // Finished only once the placement knows them, so whoever waits can use them.
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    whenDone<VimError>(
        done, this,
        [this, entities, promise] {
            m_placement.setEntities(std::move(*entities));
            promise->finish();
        },
        [promise](const VimError& error) { reject(promise, error); });
    return promise->future();
}

QFuture<void> VSphereSession::loadFieldNames()
{
    if (m_content.customFieldsManager.isNull()) {
        return QtFuture::makeReadyFuture(); // an ESXi host without vCenter has none
    }
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    const QList<KDSoapValue> spec {
        VimClient::element(u"propSet"_s,
            QList<KDSoapValue> { VimClient::element(u"type"_s, u"CustomFieldsManager"_s),
                VimClient::element(u"pathSet"_s, u"field"_s) }),
        VimClient::element(
            u"objectSet"_s, QList<KDSoapValue> { VimClient::reference(u"obj"_s, m_content.customFieldsManager) }),
    };
    whenDone<VimError>(
        collect(u"RetrievePropertiesEx"_s,
            { VimClient::element(u"specSet"_s, spec), VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
        this,
        [this, promise](const RetrieveResult& result) {
            m_placement.clearFieldNames();
            for (const ObjectContent& object : result.objects) {
                for (const QHash<QString, QString>& field : object.properties.value(u"field"_s).items) {
                    m_placement.setFieldName(field.value(u"key"_s).toInt(), field.value(u"name"_s));
                }
            }
            promise->finish();
        },
        [promise](const VimError& error) { reject(promise, error); });
    return promise->future();
}

QFuture<void> VSphereSession::logout()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (m_state != State::Connected) {
        promise->finish();
        return promise->future();
    }
    setState(State::Disconnecting);
    m_keepalive.stop();
    m_feed->stop();
    ++m_watchGeneration;
    m_watching = false;
    m_watchingTasks = false;
    m_watched.clear();
    m_password.clear();
    auto done = [this, promise] {
        setState(State::Disconnected);
        m_client->deleteLater();
        promise->finish();
    };
    whenDone<VimError>(
        m_client->call(u"Logout"_s, m_content.sessionManager), this, [done](const KDSoapValue&) { done(); },
        [done](const VimError& error) {
            // The session is gone either way; say why the server did not confirm it.
            qCInfo(lcVsphere).noquote() << "logout was not confirmed:" << error.message();
            done();
        });
    return promise->future();
}

QFuture<VmSummaryList> VSphereSession::virtualMachinesNamed(const QStringList& names)
{
    // Only names and power states, without placement: what finding a VM to act on needs.
    auto found = std::make_shared<VmSummaryList>();
    const QSet<QString> wanted(names.cbegin(), names.cend());
    return collectAll({ u"VirtualMachine"_s }, u"VirtualMachine"_s, { u"name"_s, u"runtime.powerState"_s },
        [found, wanted](const RetrieveResult& page) {
            for (const ObjectContent& object : page.objects) {
                if (wanted.contains(object.properties.value(u"name"_s).text)) {
                    found->append(VmProperties::toSummary(object));
                }
            }
        })
        .then([found] { return *found; });
}

void VSphereSession::refreshVirtualMachine(const ManagedObjectRef& vm)
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
        collect(u"RetrievePropertiesEx"_s,
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

QFuture<QHash<QString, KDSoapValue>> VSphereSession::retrieveProperties(
    const ManagedObjectRef& object, const QStringList& paths)
{
    return VmDetailsReader::retrieveProperties(this, object, paths);
}

QFuture<VmDetails> VSphereSession::vmDetails(const ManagedObjectRef& vm)
{
    return VmDetailsReader::read(this, vm);
}

void VSphereSession::watchVirtualMachines()
{
    if (m_watching || m_state != State::Connected) {
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
        containerView({ u"VirtualMachine"_s }), this,
        [this, generation, stop](const KDSoapValue& response) {
            if (generation != m_watchGeneration) {
                return; // logged out meanwhile
            }
            const ManagedObjectRef view = VimClient::toReference(returnValue(response));
            whenDone<VimError>(
                m_feed->addFilter(viewFilterSpec(view, u"VirtualMachine"_s, VmProperties::summaryPaths()),
                    [this](const KDSoapValue& update) { applyVmUpdate(update); }),
                this, [] {}, stop);
            // Asked for together, so that both filters come in the loop's first answer; and a VM task
            // ending makes the VM read again (see applyTaskUpdate).
            watchTasks();
        },
        stop);
}

void VSphereSession::watchTasks()
{
    if (m_watchingTasks || m_state != State::Connected) {
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
            QList<KDSoapValue> { VimClient::reference(u"obj"_s, m_content.taskManager),
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

void VSphereSession::applyVmUpdate(const KDSoapValue& object)
{
    const ManagedObjectRef ref = VimClient::toReference(object.childValues().child(u"obj"_s));
    const QString kind = object.childValues().child(u"kind"_s).value().toString();
    if (ref.type != u"VirtualMachine"_s) {
        return;
    }
    if (kind == u"leave"_s) {
        m_watched.remove(ref.value);
        Q_EMIT vmRemoved(ref);
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
        Q_EMIT vmDetailsChanged(ref);
    }
}

void VSphereSession::applyTaskUpdate(const KDSoapValue& object)
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
        Q_EMIT taskChanged(task);
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
            Q_EMIT vmDetailsChanged(task.entity);
        }
    }
}

void VSphereSession::announce(VmSummary vm)
{
    const auto keys = vm.customValues.keys();
    if (std::all_of(keys.cbegin(), keys.cend(), [this](int key) { return m_placement.knowsField(key); })) {
        m_placement.apply(vm);
        Q_EMIT vmChanged(vm);
        return;
    }
    // A custom attribute defined since the load: learn its name first (a failure leaves the key).
    const auto place = [this, vm] {
        VmSummary latest = m_watched.value(vm.ref.value, vm); // newer updates may have come meanwhile
        m_placement.apply(latest);
        Q_EMIT vmChanged(latest);
    };
    whenDone<VimError>(loadFieldNames(), this, place, [place](const VimError&) { place(); });
}

QFuture<KDSoapValue> VSphereSession::containerView(const QStringList& types)
{
    QList<KDSoapValue> arguments { VimClient::reference(u"container"_s, m_content.rootFolder) };
    for (const QString& type : types) {
        arguments.append(VimClient::element(u"type"_s, type));
    }
    arguments.append(VimClient::element(u"recursive"_s, true));
    return call(u"CreateContainerView"_s, m_content.viewManager, arguments);
}
