// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspheresession.h"

#include <functional>
#include <memory>

#include <QPromise>

#include "core/logging.h"
#include "core/whendone.h"
#include "vimclient.h"
#include "vimerror.h"

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

QList<KDSoapValue> vmFilterSpec(const ManagedObjectRef& view);

QList<KDSoapValue> vmPropertySpec(const ManagedObjectRef& view)
{
    return { VimClient::element(u"specSet"_s, vmFilterSpec(view)),
        VimClient::element(u"options"_s, QList<KDSoapValue> { VimClient::element(u"maxObjects"_s, pageSize) }) };
}

QList<KDSoapValue> vmFilterSpec(const ManagedObjectRef& view)
{
    QList<KDSoapValue> propSet { VimClient::element(u"type"_s, u"VirtualMachine"_s) };
    for (const QString& path :
        { u"name"_s, u"runtime.powerState"_s, u"config.guestFullName"_s, u"runtime.host"_s, u"guest.ipAddress"_s,
            u"config.hardware.numCPU"_s, u"config.hardware.memoryMB"_s, u"guest.toolsRunningStatus"_s,
            u"config.annotation"_s, u"config.uuid"_s, u"summary.storage.committed"_s }) {
        propSet.append(VimClient::element(u"pathSet"_s, path));
    }
    const KDSoapValue traversal = VimClient::typedElement(u"selectSet"_s, u"TraversalSpec"_s,
        { VimClient::element(u"name"_s, u"traverseEntities"_s), VimClient::element(u"type"_s, u"ContainerView"_s),
            VimClient::element(u"path"_s, u"view"_s), VimClient::element(u"skip"_s, false) });
    const KDSoapValue objectSet = VimClient::element(u"objectSet"_s,
        QList<KDSoapValue> { VimClient::reference(u"obj"_s, view), VimClient::element(u"skip"_s, true), traversal });
    return { VimClient::element(u"propSet"_s, propSet), objectSet };
}

void setVmProperty(VmSummary& vm, const QString& name, const KDSoapValue& value)
{
    const QString text = value.value().toString();
    if (name == u"name"_s) {
        vm.name = text;
    } else if (name == u"runtime.powerState"_s) {
        vm.powerState = text;
    } else if (name == u"config.guestFullName"_s) {
        vm.guestFullName = text;
    } else if (name == u"runtime.host"_s) {
        vm.hostRef = VimClient::toReference(value);
    } else if (name == u"guest.ipAddress"_s) {
        vm.ipAddress = text;
    } else if (name == u"config.hardware.numCPU"_s) {
        vm.cpuCount = text.toInt();
    } else if (name == u"config.hardware.memoryMB"_s) {
        vm.memoryMb = text.toInt();
    } else if (name == u"guest.toolsRunningStatus"_s) {
        vm.toolsStatus = text;
    } else if (name == u"config.annotation"_s) {
        vm.annotation = text;
    } else if (name == u"config.uuid"_s) {
        vm.biosUuid = text;
    } else if (name == u"summary.storage.committed"_s) {
        vm.committedBytes = text.toLongLong();
    }
}
} // namespace

VSphereSession::VSphereSession(QObject* parent)
    : VCenterConnection(parent)
{
    m_keepalive.setInterval(5 * 60 * 1000);
    connect(&m_keepalive, &QTimer::timeout, this, &VSphereSession::keepAlive);
}

void VSphereSession::keepAlive()
{
    // The cheapest call that needs a session; a NotAuthenticated answer logs in again.
    whenDone<VimError>(
        m_client->call(u"CurrentTime"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }), this,
        [](const KDSoapValue&) {},
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
            VimClient::toReference(content.childValues().child(u"ovfManager"_s)) };
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

void VSphereSession::collectPage(const KDSoapValue& returnval, VmSummaryList& into)
{
    for (const KDSoapValue& object : returnval.childValues()) {
        if (object.name() != u"objects"_s) {
            continue;
        }
        VmSummary vm;
        vm.ref = VimClient::toReference(object.childValues().child(u"obj"_s));
        for (const KDSoapValue& property : object.childValues()) {
            if (property.name() != u"propSet"_s) {
                continue;
            }
            setVmProperty(
                vm, property.childValues().child(u"name"_s).value().toString(), property.childValues().child(u"val"_s));
        }
        into.append(vm);
    }
}

QFuture<VmSummaryList> VSphereSession::virtualMachines()
{
    auto promise = std::make_shared<QPromise<VmSummaryList>>();
    promise->start();
    if (m_state != State::Connected) {
        reject(promise, VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        return promise->future();
    }
    auto vms = std::make_shared<VmSummaryList>();
    auto view = std::make_shared<ManagedObjectRef>();
    auto onError = [this, promise](const VimError& error) {
        fail(error);
        reject(promise, error);
    };
    // Pages arrive with a token while more remain; the view is destroyed once all are read.
    auto onPage = std::make_shared<std::function<void(const KDSoapValue&)>>();
    *onPage = [this, promise, vms, view, onError, weakOnPage = std::weak_ptr(onPage)](const KDSoapValue& response) {
        const KDSoapValue page = returnValue(response);
        collectPage(page, *vms);
        const QString token = page.childValues().child(u"token"_s).value().toString();
        if (!token.isEmpty()) {
            whenDone<VimError>(
                m_client->call(u"ContinueRetrievePropertiesEx"_s, m_content.propertyCollector,
                    { VimClient::element(u"token"_s, token) }),
                this, [next = weakOnPage.lock()](const KDSoapValue& more) { (*next)(more); }, onError);
            return;
        }
        m_client->call(u"DestroyView"_s, *view);
        qCInfo(lcVsphere) << "read" << vms->size() << "virtual machines";
        // VMs name their host by id; the table shows the host's name.
        const auto deliver = [this, promise, vms] {
            for (VmSummary& vm : *vms) {
                vm.host = m_hostNames.value(vm.hostRef.value, vm.hostRef.value);
            }
            promise->addResult(*vms);
            promise->finish();
        };
        whenDone<VimError>(loadHostNames(), this, deliver, [deliver](const VimError&) { deliver(); });
    };
    whenDone<VimError>(
        containerView(u"VirtualMachine"_s), this,
        [this, view, onPage, onError](const KDSoapValue& response) {
            *view = VimClient::toReference(returnValue(response));
            whenDone<VimError>(
                m_client->call(u"RetrievePropertiesEx"_s, m_content.propertyCollector, vmPropertySpec(*view)), this,
                [onPage](const KDSoapValue& page) { (*onPage)(page); }, onError);
        },
        onError);
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
    ++m_watchGeneration;
    m_watching = false;
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

QFuture<QHash<QString, KDSoapValue>> VSphereSession::retrieveProperties(
    const ManagedObjectRef& object, const QStringList& paths)
{
    if (m_state != State::Connected) {
        return QtFuture::makeExceptionalFuture<QHash<QString, KDSoapValue>>(
            VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
    }
    QList<KDSoapValue> propSet { VimClient::element(u"type"_s, object.type) };
    for (const QString& path : paths) {
        propSet.append(VimClient::element(u"pathSet"_s, path));
    }
    const QList<KDSoapValue> specSet {
        VimClient::element(u"propSet"_s, propSet),
        VimClient::element(u"objectSet"_s, QList<KDSoapValue> { VimClient::reference(u"obj"_s, object) }),
    };
    auto promise = std::make_shared<QPromise<QHash<QString, KDSoapValue>>>();
    promise->start();
    whenDone<VimError>(
        m_client->call(u"RetrievePropertiesEx"_s, m_content.propertyCollector,
            { VimClient::element(u"specSet"_s, specSet), VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
        this,
        [promise](const KDSoapValue& response) {
            QHash<QString, KDSoapValue> properties;
            const KDSoapValue objects = returnValue(response).childValues().child(u"objects"_s);
            for (const KDSoapValue& property : objects.childValues()) {
                if (property.name() == u"propSet"_s) {
                    properties.insert(property.childValues().child(u"name"_s).value().toString(),
                        property.childValues().child(u"val"_s));
                }
            }
            promise->addResult(properties);
            promise->finish();
        },
        [promise](const VimError& error) { reject(promise, error); });
    return promise->future();
}

void VSphereSession::watchVirtualMachines()
{
    if (m_watching || m_state != State::Connected) {
        return;
    }
    m_watching = true;
    const quint64 generation = ++m_watchGeneration;
    auto stop = [this, generation](const VimError& error) {
        if (generation == m_watchGeneration) {
            m_watching = false;
            qCWarning(lcVsphere).noquote() << "live updates stopped:" << error.message();
        }
    };
    whenDone<VimError>(
        containerView(u"VirtualMachine"_s), this,
        [this, generation, stop](const KDSoapValue& response) {
            const ManagedObjectRef view = VimClient::toReference(returnValue(response));
            whenDone<VimError>(
                m_client->call(u"CreateFilter"_s, m_content.propertyCollector,
                    { VimClient::element(u"spec"_s, vmFilterSpec(view)),
                        VimClient::element(u"partialUpdates"_s, false) }),
                this,
                [this, generation](const KDSoapValue& filter) {
                    waitForUpdates(generation, VimClient::toReference(returnValue(filter)), QString());
                },
                stop);
        },
        stop);
}

void VSphereSession::waitForUpdates(quint64 generation, const ManagedObjectRef& filter, const QString& version)
{
    if (generation != m_watchGeneration || m_state != State::Connected) {
        return;
    }
    // vCenter holds the call until something changes or maxWaitSeconds pass; then we ask again.
    whenDone<VimError>(
        m_client->call(u"WaitForUpdatesEx"_s, m_content.propertyCollector,
            { VimClient::element(u"version"_s, version),
                VimClient::element(u"options"_s, QList<KDSoapValue> { VimClient::element(u"maxWaitSeconds"_s, 20) }) }),
        this,
        [this, generation, filter, version](const KDSoapValue& response) {
            const KDSoapValue updates = returnValue(response);
            QString next = version;
            if (!updates.isNull() && !updates.childValues().isEmpty()) {
                applyUpdates(updates);
                next = updates.childValues().child(u"version"_s).value().toString();
            }
            waitForUpdates(generation, filter, next);
        },
        [this, generation](const VimError& error) {
            if (generation == m_watchGeneration) {
                m_watching = false;
                qCWarning(lcVsphere).noquote() << "live updates stopped:" << error.message();
            }
        });
}

void VSphereSession::applyUpdates(const KDSoapValue& updateSet)
{
    for (const KDSoapValue& filterSet : updateSet.childValues()) {
        if (filterSet.name() != u"filterSet"_s) {
            continue;
        }
        for (const KDSoapValue& object : filterSet.childValues()) {
            if (object.name() != u"objectSet"_s) {
                continue;
            }
            const ManagedObjectRef ref = VimClient::toReference(object.childValues().child(u"obj"_s));
            const QString kind = object.childValues().child(u"kind"_s).value().toString();
            if (ref.type != u"VirtualMachine"_s) {
                continue;
            }
            if (kind == u"leave"_s) {
                m_watched.remove(ref.value);
                Q_EMIT vmRemoved(ref);
                continue;
            }
            VmSummary& vm = m_watched[ref.value];
            vm.ref = ref;
            for (const KDSoapValue& change : object.childValues()) {
                if (change.name() == u"changeSet"_s) {
                    setVmProperty(vm, change.childValues().child(u"name"_s).value().toString(),
                        change.childValues().child(u"val"_s));
                }
            }
            vm.host = m_hostNames.value(vm.hostRef.value, vm.hostRef.value);
            Q_EMIT vmChanged(vm);
        }
    }
}

QFuture<KDSoapValue> VSphereSession::containerView(const QString& type)
{
    return m_client->call(u"CreateContainerView"_s, m_content.viewManager,
        { VimClient::reference(u"container"_s, m_content.rootFolder), VimClient::element(u"type"_s, type),
            VimClient::element(u"recursive"_s, true) });
}

QFuture<void> VSphereSession::loadHostNames()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto fail = [promise](const VimError& error) { reject(promise, error); };
    whenDone<VimError>(
        containerView(u"HostSystem"_s), this,
        [this, promise, fail](const KDSoapValue& response) {
            const ManagedObjectRef view = VimClient::toReference(returnValue(response));
            const KDSoapValue traversal = VimClient::typedElement(u"selectSet"_s, u"TraversalSpec"_s,
                { VimClient::element(u"name"_s, u"traverseEntities"_s),
                    VimClient::element(u"type"_s, u"ContainerView"_s), VimClient::element(u"path"_s, u"view"_s),
                    VimClient::element(u"skip"_s, false) });
            const QList<KDSoapValue> spec {
                VimClient::element(u"propSet"_s,
                    QList<KDSoapValue> {
                        VimClient::element(u"type"_s, u"HostSystem"_s), VimClient::element(u"pathSet"_s, u"name"_s) }),
                VimClient::element(u"objectSet"_s,
                    QList<KDSoapValue> {
                        VimClient::reference(u"obj"_s, view), VimClient::element(u"skip"_s, true), traversal }),
            };
            whenDone<VimError>(
                m_client->call(u"RetrievePropertiesEx"_s, m_content.propertyCollector,
                    { VimClient::element(u"specSet"_s, spec),
                        VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
                this,
                [this, promise, view, fail](const KDSoapValue& result) { readHostPage(result, view, promise, fail); },
                fail);
        },
        fail);
    return promise->future();
}

void VSphereSession::readHostPage(const KDSoapValue& response, const ManagedObjectRef& view,
    const std::shared_ptr<QPromise<void>>& promise, const std::function<void(const VimError&)>& fail)
{
    const KDSoapValue page = returnValue(response);
    for (const KDSoapValue& object : page.childValues()) {
        if (object.name() == u"objects"_s) {
            m_hostNames.insert(VimClient::toReference(object.childValues().child(u"obj"_s)).value,
                object.childValues().child(u"propSet"_s).childValues().child(u"val"_s).value().toString());
        }
    }
    const QString token = page.childValues().child(u"token"_s).value().toString();
    if (!token.isEmpty()) {
        whenDone<VimError>(
            m_client->call(u"ContinueRetrievePropertiesEx"_s, m_content.propertyCollector,
                { VimClient::element(u"token"_s, token) }),
            this, [this, view, promise, fail](const KDSoapValue& more) { readHostPage(more, view, promise, fail); },
            fail);
        return;
    }
    m_client->call(u"DestroyView"_s, view);
    promise->finish();
}
