// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmactions.h"

#include <QPromise>
#include <QTimer>

#include "core/logging.h"
#include "core/promises.h"
#include "core/whendone.h"
#include "faultmessage.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int taskPollMs = 500;
constexpr int taskPolls = 2 * 60 * 30; // half an hour

void collectSnapshots(const KDSoapValue& list, int depth, QList<VmActions::Snapshot>& into)
{
    for (const KDSoapValue& tree : list.childValues()) {
        if (tree.name() != u"rootSnapshotList"_s && tree.name() != u"childSnapshotList"_s) {
            continue;
        }
        const auto field = [&tree](const QString& name) { return tree.childValues().child(name).value().toString(); };
        into.append({ VimClient::toReference(tree.childValues().child(u"snapshot"_s)), field(u"name"_s),
            field(u"description"_s), field(u"createTime"_s), depth });
        collectSnapshots(tree, depth + 1, into);
    }
}
} // namespace

VmActions::VmActions(VSphereSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

std::optional<VmActions::Power> VmActions::powerFromName(const QString& name)
{
    static const QList<std::pair<QString, Power>> names { { u"on"_s, Power::On }, { u"off"_s, Power::Off },
        { u"reset"_s, Power::Reset }, { u"suspend"_s, Power::Suspend }, { u"shutdown"_s, Power::ShutdownGuest },
        { u"reboot"_s, Power::RebootGuest } };
    for (const auto& [key, value] : names) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

QFuture<void> VmActions::power(const ManagedObjectRef& vm, Power action)
{
    switch (action) {
    case Power::On:
        return runTask(tr("Power on"), u"PowerOnVM_Task"_s, vm);
    case Power::Off:
        return runTask(tr("Power off"), u"PowerOffVM_Task"_s, vm);
    case Power::Reset:
        return runTask(tr("Reset"), u"ResetVM_Task"_s, vm);
    case Power::Suspend:
        return runTask(tr("Suspend"), u"SuspendVM_Task"_s, vm);
    case Power::ShutdownGuest:
    case Power::RebootGuest:
        break;
    }
    // Guest operations are not tasks: the call returns once VMware Tools has the request.
    return runCall(action == Power::ShutdownGuest ? tr("Shut down guest") : tr("Restart guest"),
        action == Power::ShutdownGuest ? u"ShutdownGuest"_s : u"RebootGuest"_s, vm);
}

QFuture<void> VmActions::runCall(const QString& description, const QString& method, const ManagedObjectRef& target,
    const QList<KDSoapValue>& arguments)
{
    return run(description, method, target, arguments, false);
}

QFuture<void> VmActions::runTask(const QString& description, const QString& method, const ManagedObjectRef& target,
    const QList<KDSoapValue>& arguments)
{
    return run(description, method, target, arguments, true);
}

QFuture<void> VmActions::run(const QString& description, const QString& method, const ManagedObjectRef& target,
    const QList<KDSoapValue>& arguments, bool isTask)
{
    auto promise = startedPromise<void>();
    if (!isTask) {
        if (!m_session) {
            promise->setException(VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
            promise->finish();
            return promise->future();
        }
        qCInfo(lcVsphere).noquote() << description << target.value;
        whenDone<VimError>(
            m_session->call(method, target, arguments), this,
            [this, promise, description, target](const KDSoapValue&) {
                Q_EMIT taskFinished(description, target.value, true, {}, {});
                promise->finish();
            },
            [this, promise, description, target](const VimError& error) {
                Q_EMIT taskFinished(description, target.value, false, error.message(), {});
                promise->setException(error);
                promise->finish();
            });
        return promise->future();
    }
    whenDone<VimError>(
        startTask(description, method, target, arguments), this, [promise](const KDSoapValue&) { promise->finish(); },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

QFuture<KDSoapValue> VmActions::startTask(const QString& description, const QString& method,
    const ManagedObjectRef& target, const QList<KDSoapValue>& arguments)
{
    auto promise = startedPromise<KDSoapValue>();
    if (!m_session) {
        promise->setException(VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        promise->finish();
        return promise->future();
    }
    qCInfo(lcVsphere).noquote() << description << target.value;
    whenDone<VimError>(
        m_session->call(method, target, arguments), this,
        [this, promise, description, target](const KDSoapValue& response) {
            waitForTask(VimClient::toReference(response.childValues().child(u"returnval"_s)), description, target.value,
                promise, taskPolls);
        },
        [this, promise, description, target](const VimError& error) {
            Q_EMIT taskFinished(description, target.value, false, error.message(), {});
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

void VmActions::waitForTask(const ManagedObjectRef& task, const QString& description, const QString& object,
    std::shared_ptr<QPromise<KDSoapValue>> promise, int attemptsLeft)
{
    whenDone<VimError>(
        m_session->retrieveProperties(task, { u"info.state"_s, u"info.error"_s, u"info.result"_s }), this,
        [=, this](const QHash<QString, KDSoapValue>& properties) {
            const QString state = properties.value(u"info.state"_s).value().toString();
            if (state == u"success"_s) {
                Q_EMIT taskFinished(description, object, true, {}, task.value);
                promise->addResult(properties.value(u"info.result"_s));
                promise->finish();
            } else if (state == u"error"_s) {
                const KDSoapValue error = properties.value(u"info.error"_s);
                const QString raw = error.childValues().child(u"localizedMessage"_s).value().toString();
                const QString faultType = error.childValues().child(u"fault"_s).type();
                const QString message = FaultMessage::describe(faultType, raw);
                Q_EMIT taskFinished(description, object, false, message, task.value);
                VimError failure(VimError::Kind::Fault, tr("%1 failed: %2").arg(description, message), faultType);
                failure.setDetails(FaultMessage::details(faultType, raw));
                promise->setException(failure);
                promise->finish();
            } else if (attemptsLeft <= 0) {
                promise->setException(
                    VimError(VimError::Kind::Timeout, tr("%1 did not finish in time").arg(description)));
                promise->finish();
            } else {
                QTimer::singleShot(
                    taskPollMs, this, [=, this] { waitForTask(task, description, object, promise, attemptsLeft - 1); });
            }
        },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
}

QFuture<void> VmActions::createSnapshot(
    const ManagedObjectRef& vm, const QString& name, const QString& description, bool memory)
{
    return runTask(tr("Create snapshot %1").arg(name), u"CreateSnapshot_Task"_s, vm,
        { VimClient::element(u"name"_s, name), VimClient::element(u"description"_s, description),
            VimClient::element(u"memory"_s, memory), VimClient::element(u"quiesce"_s, false) });
}

QFuture<QList<VmActions::Snapshot>> VmActions::snapshots(const ManagedObjectRef& vm)
{
    auto promise = startedPromise<QList<Snapshot>>();
    whenDone<VimError>(
        m_session->retrieveProperties(vm, { u"snapshot"_s }), this,
        [promise](const QHash<QString, KDSoapValue>& properties) {
            QList<Snapshot> list;
            collectSnapshots(properties.value(u"snapshot"_s), 0, list);
            promise->addResult(list);
            promise->finish();
        },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

QFuture<void> VmActions::revertToSnapshot(const ManagedObjectRef& snapshot)
{
    return runTask(tr("Revert to snapshot"), u"RevertToSnapshot_Task"_s, snapshot);
}

QFuture<void> VmActions::removeSnapshot(const ManagedObjectRef& snapshot, bool removeChildren)
{
    return runTask(tr("Delete snapshot"), u"RemoveSnapshot_Task"_s, snapshot,
        { VimClient::element(u"removeChildren"_s, removeChildren) });
}

QFuture<void> VmActions::setAnnotation(const ManagedObjectRef& vm, const QString& text)
{
    return runTask(tr("Edit notes"), u"ReconfigVM_Task"_s, vm,
        { VimClient::element(u"spec"_s, QList<KDSoapValue> { VimClient::element(u"annotation"_s, text) }) });
}

QFuture<void> VmActions::setCustomAttribute(const ManagedObjectRef& vm, const QString& name, const QString& value)
{
    const QString description = tr("Set attribute %1").arg(name);
    const QList<KDSoapValue> arguments { VimClient::element(u"key"_s, name), VimClient::element(u"value"_s, value) };
    if (!m_session || m_session->serviceContent().customFieldsManager.isNull()) {
        return runCall(description, u"setCustomValue"_s, vm, arguments); // fails with the reason
    }
    // vCenter refuses a value for an attribute nobody defined: define it for VMs, then set it.
    auto promise = startedPromise<void>();
    const auto settle = [this, promise, description, vm](const std::optional<VimError>& error) {
        Q_EMIT taskFinished(description, vm.value, !error, error ? error->message() : QString(), {});
        if (error) {
            promise->setException(*error);
        }
        promise->finish();
    };
    const auto set = [this, vm, arguments, settle] {
        whenDone<VimError>(
            m_session->call(u"setCustomValue"_s, vm, arguments), this,
            [settle](const KDSoapValue&) { settle(std::nullopt); }, settle);
    };
    whenDone<VimError>(
        m_session->call(u"setCustomValue"_s, vm, arguments), this,
        [settle](const KDSoapValue&) { settle(std::nullopt); },
        [this, name, set, settle](const VimError& error) {
            if (error.faultType() != u"InvalidArgument"_s) {
                settle(error);
                return;
            }
            whenDone<VimError>(
                m_session->call(u"AddCustomFieldDef"_s, m_session->serviceContent().customFieldsManager,
                    { VimClient::element(u"name"_s, name), VimClient::element(u"moType"_s, u"VirtualMachine"_s) }),
                this, [set](const KDSoapValue&) { set(); }, settle);
        });
    return promise->future();
}

QFuture<void> VmActions::addNetworkSerialPort(
    const ManagedObjectRef& vm, const QString& serviceUri, const QString& proxyUri)
{
    const KDSoapValue backing = VimClient::typedElement(u"backing"_s, u"VirtualSerialPortURIBackingInfo"_s,
        { VimClient::element(u"serviceURI"_s, serviceUri), VimClient::element(u"direction"_s, u"client"_s),
            VimClient::element(u"proxyURI"_s, proxyUri) });
    const KDSoapValue connectable = VimClient::element(u"connectable"_s,
        QList<KDSoapValue> { VimClient::element(u"startConnected"_s, true),
            VimClient::element(u"allowGuestControl"_s, true), VimClient::element(u"connected"_s, true) });
    // A negative key: vCenter numbers the new device. Yield on poll keeps an idle port from
    // spinning a host CPU.
    const KDSoapValue device = VimClient::typedElement(u"device"_s, u"VirtualSerialPort"_s,
        { VimClient::element(u"key"_s, -1), backing, connectable, VimClient::element(u"yieldOnPoll"_s, true) });
    const KDSoapValue change = VimClient::element(
        u"deviceChange"_s, QList<KDSoapValue> { VimClient::element(u"operation"_s, u"add"_s), device });
    return runTask(tr("Add serial port %1").arg(proxyUri), u"ReconfigVM_Task"_s, vm,
        { VimClient::element(u"spec"_s, QList<KDSoapValue> { change }) });
}

QFuture<void> VmActions::setGuestInfo(const ManagedObjectRef& vm, const QList<std::pair<QString, QString>>& values)
{
    QList<KDSoapValue> options;
    for (const auto& [key, value] : values) {
        options.append(VimClient::typedElement(u"extraConfig"_s, u"OptionValue"_s,
            { VimClient::element(u"key"_s, key), VimClient::typedElement(u"value"_s, u"xsd:string"_s, value) }));
    }
    return runTask(tr("Set guestinfo"), u"ReconfigVM_Task"_s, vm, { VimClient::element(u"spec"_s, options) });
}
