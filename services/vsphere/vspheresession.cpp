// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspheresession.h"

#include <functional>
#include <memory>

#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

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

const QStringList vmPathList { u"name"_s, u"runtime.powerState"_s, u"config.guestFullName"_s, u"runtime.host"_s,
    u"guest.ipAddress"_s, u"config.hardware.numCPU"_s, u"config.hardware.memoryMB"_s, u"guest.toolsRunningStatus"_s,
    u"config.annotation"_s, u"config.uuid"_s, u"config.instanceUuid"_s, u"summary.storage.committed"_s,
    u"summary.storage.uncommitted"_s, u"parent"_s, u"customValue"_s };

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

// A WaitForUpdatesEx value in the shape the streaming parser gives RetrievePropertiesEx values.
PropertyValue toPropertyValue(const KDSoapValue& value)
{
    PropertyValue converted { value.value().toString(), VimClient::toReference(value).type, {} };
    for (const KDSoapValue& element : value.childValues()) {
        QHash<QString, QString> item;
        if (element.childValues().isEmpty()) {
            item.insert(QString(), element.value().toString());
        }
        for (const KDSoapValue& field : element.childValues()) {
            item.insert(field.name(), field.value().toString());
        }
        converted.items.append(item);
    }
    return converted;
}

void setVmProperty(VmSummary& vm, const QString& name, const PropertyValue& value)
{
    const QString& text = value.text;
    if (name == u"name"_s) {
        vm.name = text;
    } else if (name == u"runtime.powerState"_s) {
        vm.powerState = text;
    } else if (name == u"config.guestFullName"_s) {
        vm.guestFullName = text;
    } else if (name == u"runtime.host"_s) {
        vm.hostRef = value.reference();
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
    } else if (name == u"config.instanceUuid"_s) {
        vm.instanceUuid = text;
    } else if (name == u"summary.storage.committed"_s) {
        vm.committedBytes = text.toLongLong();
    } else if (name == u"summary.storage.uncommitted"_s) {
        vm.uncommittedBytes = text.toLongLong();
    } else if (name == u"parent"_s) {
        vm.folderRef = value.reference();
    } else if (name == u"customValue"_s) {
        vm.customValues.clear();
        for (const QHash<QString, QString>& field : value.items) {
            vm.customValues.insert(field.value(u"key"_s).toInt(), field.value(u"value"_s));
        }
    }
}

VmSummary toVmSummary(const ObjectContent& object)
{
    VmSummary vm;
    vm.ref = object.obj;
    for (auto property = object.properties.cbegin(); property != object.properties.cend(); ++property) {
        setVmProperty(vm, property.key(), property.value());
    }
    return vm;
}
} // namespace

VSphereSession::VSphereSession(QObject* parent)
    : VCenterConnection(parent)
{
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
            VimClient::toReference(content.childValues().child(u"customFieldsManager"_s)) };
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
    return vmPathList;
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
                        vms.append(toVmSummary(object));
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
    whenDone<VimError>(collectAll({ u"VirtualMachine"_s }, u"VirtualMachine"_s, vmPathList,
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

QFuture<VmSummaryList> VSphereSession::virtualMachinesNamed(const QStringList& names)
{
    // Only names and power states, without placement: what finding a VM to act on needs.
    auto found = std::make_shared<VmSummaryList>();
    const QSet<QString> wanted(names.cbegin(), names.cend());
    return collectAll({ u"VirtualMachine"_s }, u"VirtualMachine"_s, { u"name"_s, u"runtime.powerState"_s },
        [found, wanted](const RetrieveResult& page) {
            for (const ObjectContent& object : page.objects) {
                if (wanted.contains(object.properties.value(u"name"_s).text)) {
                    found->append(toVmSummary(object));
                }
            }
        })
        .then([found] { return *found; });
}

void VSphereSession::refreshVirtualMachine(const ManagedObjectRef& vm)
{
    const QList<KDSoapValue> propSet = [] {
        QList<KDSoapValue> set { VimClient::element(u"type"_s, u"VirtualMachine"_s) };
        for (const QString& path : vmPathList) {
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
                const VmSummary summary = toVmSummary(object);
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
        call(u"RetrievePropertiesEx"_s, m_content.propertyCollector,
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

QFuture<VmDetails> VSphereSession::vmDetails(const ManagedObjectRef& vm)
{
    static const QStringList paths { u"config.hardware.device"_s, u"config.extraConfig"_s, u"config.guestId"_s,
        u"config.firmware"_s, u"config.version"_s, u"guest.net"_s, u"guest.hostName"_s, u"runtime.bootTime"_s };
    return retrieveProperties(vm, paths).then([vm](const QHash<QString, KDSoapValue>& properties) {
        const auto text = [&](const QString& path) { return properties.value(path).value().toString(); };
        VmDetails details { vm, text(u"config.guestId"_s), text(u"guest.hostName"_s), text(u"config.firmware"_s),
            text(u"config.version"_s), text(u"runtime.bootTime"_s), {}, {}, {}, {} };
        QHash<QString, QStringList> addressesByMac;
        for (const KDSoapValue& nic : properties.value(u"guest.net"_s).childValues()) {
            QStringList addresses;
            for (const KDSoapValue& address : nic.childValues()) {
                if (address.name() == u"ipAddress"_s) {
                    addresses.append(address.value().toString());
                }
            }
            addressesByMac.insert(nic.childValues().child(u"macAddress"_s).value().toString(), addresses);
        }
        for (const KDSoapValue& device : properties.value(u"config.hardware.device"_s).childValues()) {
            const KDSoapValueList& fields = device.childValues();
            const QString label = fields.child(u"deviceInfo"_s).childValues().child(u"label"_s).value().toString();
            const KDSoapValue backing = fields.child(u"backing"_s);
            const bool connected
                = fields.child(u"connectable"_s).childValues().child(u"connected"_s).value().toString() == u"true"_s;
            const QString type = device.type();
            if (type == u"VirtualSerialPort"_s) {
                const QString backingType = backing.type();
                const auto field
                    = [&](const QString& name) { return backing.childValues().child(name).value().toString(); };
                details.serialPorts.append({ label,
                    backingType.contains(u"URI"_s)        ? u"network"_s
                        : backingType.contains(u"Pipe"_s) ? u"pipe"_s
                        : backingType.contains(u"File"_s) ? u"file"_s
                                                          : u"device"_s,
                    field(u"direction"_s), field(u"serviceURI"_s), field(u"proxyURI"_s), connected });
            } else if (type == u"VirtualDisk"_s) {
                details.disks.append({ label, fields.child(u"capacityInBytes"_s).value().toLongLong(),
                    backing.childValues().child(u"fileName"_s).value().toString() });
            } else if (!fields.child(u"macAddress"_s).isNull()) {
                const QString mac = fields.child(u"macAddress"_s).value().toString();
                details.networkAdapters.append({ label, backing.childValues().child(u"deviceName"_s).value().toString(),
                    mac, addressesByMac.value(mac), connected });
            }
        }
        for (const KDSoapValue& option : properties.value(u"config.extraConfig"_s).childValues()) {
            const QString key = option.childValues().child(u"key"_s).value().toString();
            if (key.startsWith(u"guestinfo."_s)) {
                details.guestInfo.append({ key, option.childValues().child(u"value"_s).value().toString() });
            }
        }
        std::sort(details.guestInfo.begin(), details.guestInfo.end());
        return details;
    });
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
        containerView({ u"VirtualMachine"_s }), this,
        [this, generation, stop](const KDSoapValue& response) {
            if (generation != m_watchGeneration) {
                return; // logged out or watching anew meanwhile
            }
            const ManagedObjectRef view = VimClient::toReference(returnValue(response));
            whenDone<VimError>(
                call(u"CreateFilter"_s, m_content.propertyCollector,
                    { VimClient::element(u"spec"_s, viewFilterSpec(view, u"VirtualMachine"_s, vmPathList)),
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
        call(u"WaitForUpdatesEx"_s, m_content.propertyCollector,
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
                        toPropertyValue(change.childValues().child(u"val"_s)));
                }
            }
            announce(vm);
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
