// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervkvp.h"

#include <QCoreApplication>
#include <QPromise>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include "core/logging.h"
#include "core/promises.h"
#include "core/whendone.h"
#include "kvp/cimxmlinstance.h"
#include "kvp/kvppool.h"
#include "kvp/wsmanclient.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("HypervKvp", text);
}

const QString service = u"Msvm_VirtualSystemManagementService"_s;
constexpr int hostSource = 0;
constexpr int returnOk = 0;
constexpr int returnJobStarted = 4096;

// A GUID as WQL text; anything else is refused rather than quoted into a query.
bool isGuid(const QString& text)
{
    static const QRegularExpression guid(u"^[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}$"_s);
    return guid.match(text).hasMatch();
}

QString returnValueText(int value)
{
    switch (value) {
    case 32768:
        return tr("failed");
    case 32769:
        return tr("access denied");
    case 32770:
        return tr("not supported");
    case 32771:
        return tr("status unknown");
    case 32772:
        return tr("timed out");
    case 32773:
        return tr("invalid parameter (AddKvpItems refuses a key that exists, ModifyKvpItems one that does not)");
    case 32774:
        return tr("the system is in use");
    case 32775:
        return tr("the VM is in a state that does not allow it");
    case 32776:
        return tr("incorrect data type");
    case 32777:
        return tr("the system is not available");
    case 32778:
        return tr("out of memory");
    default:
        return tr("error %1").arg(value);
    }
}

QList<HypervKvpItem> parseItems(const QStringList& embedded, QStringList& unreadable)
{
    QList<HypervKvpItem> items;
    for (const QString& text : embedded) {
        QString why;
        const std::optional<CimXmlInstance> instance = CimXmlInstance::parse(text, &why);
        if (!instance || !instance->properties.contains(u"Name"_s)) {
            unreadable.append(instance ? tr("an item without a Name") : why);
            continue;
        }
        items.append({ instance->properties.value(u"Name"_s), instance->properties.value(u"Data"_s) });
    }
    return items;
}

WsMan::Reference vmReference(const QString& vmId)
{
    return { u"Msvm_ComputerSystem"_s, { { u"CreationClassName"_s, u"Msvm_ComputerSystem"_s }, { u"Name"_s, vmId } } };
}

// What XML 1.0 can carry: no C0 controls but tab, LF and CR, no U+FFFE/FFFF, no lone surrogates
// (Qt's writer would drop or mangle them silently).
bool isXmlSafe(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF) {
            return false;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (c.isSurrogate()) {
            return false;
        }
    }
    return true;
}
} // namespace

QString HypervVm::stateText() const
{
    switch (enabledState) {
    case 2:
        return tr("Running");
    case 3:
        return tr("Off");
    case 6:
        return tr("Enabled but offline");
    case 9:
    case 32768:
        return tr("Paused");
    case 32769:
        return tr("Saved");
    case 10:
    case 32770:
        return tr("Starting");
    case 4:
    case 32773:
        return tr("Stopping");
    default:
        return tr("State %1").arg(enabledState);
    }
}

struct HypervKvp::Call
{
    QString vmId;
    QString method;
    QList<HypervKvpItem> items;
};

HypervKvp::HypervKvp(WsManClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

QString HypervKvp::checkItem(const HypervKvpItem& item)
{
    if (item.name.isEmpty()) {
        return tr("A KVP item needs a key.");
    }
    if (!isXmlSafe(item.name) || !isXmlSafe(item.data)) {
        return tr("The item \"%1\" holds control characters or broken UTF-16, which WS-Management cannot carry.")
            .arg(item.name);
    }
    return KvpPool::checkLimits(item.name.toUtf8(), item.data.toUtf8(), true);
}

QFuture<QList<HypervVm>> HypervKvp::virtualMachines()
{
    auto promise = startedPromise<QList<HypervVm>>();
    // The host itself is an Msvm_ComputerSystem too; libvirt's filter keeps the VMs.
    whenDone<WsManError>(
        m_client->enumerate(u"SELECT * FROM Msvm_ComputerSystem WHERE Description = 'Microsoft Virtual Machine'"_s),
        this,
        [promise](const QList<WsManObject>& objects) {
            QList<HypervVm> vms;
            for (const WsManObject& object : objects) {
                vms.append({ object.value(u"Name"_s), object.value(u"ElementName"_s),
                    object.value(u"EnabledState"_s).toInt() });
            }
            std::sort(vms.begin(), vms.end(),
                [](const HypervVm& a, const HypervVm& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
            promise->addResult(vms);
            promise->finish();
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<HypervVm> HypervKvp::findVm(const QString& nameOrId)
{
    auto promise = startedPromise<HypervVm>();
    whenDone<WsManError>(
        virtualMachines(), this,
        [promise, nameOrId](const QList<HypervVm>& vms) {
            QList<HypervVm> named;
            for (const HypervVm& vm : vms) {
                if (vm.id.compare(nameOrId, Qt::CaseInsensitive) == 0) {
                    promise->addResult(vm);
                    promise->finish();
                    return;
                }
                if (vm.name == nameOrId) {
                    named.append(vm);
                }
            }
            if (named.size() == 1) {
                promise->addResult(named.first());
                promise->finish();
                return;
            }
            QStringList ids;
            for (const HypervVm& vm : named) {
                ids.append(vm.id);
            }
            failWith(promise,
                WsManError(WsManError::Kind::NotFound,
                    named.isEmpty() ? tr("The Hyper-V host has no VM named \"%1\".").arg(nameOrId)
                                    : tr("%1 VMs are named \"%2\"; give one's GUID: %3")
                                          .arg(named.size())
                                          .arg(nameOrId, ids.join(u", "_s))));
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<HypervKvpItems> HypervKvp::items(const QString& vmId)
{
    auto promise = startedPromise<HypervKvpItems>();
    if (!isGuid(vmId)) {
        failWith(promise, WsManError(WsManError::Kind::NotFound, tr("\"%1\" is not a VM's GUID.").arg(vmId)));
        return promise->future();
    }
    auto result = std::make_shared<HypervKvpItems>();
    whenDone<WsManError>(
        m_client->enumerate(u"SELECT * FROM Msvm_KvpExchangeComponent WHERE SystemName = '%1'"_s.arg(vmId)), this,
        [this, promise, result, vmId](const QList<WsManObject>& components) {
            for (const WsManObject& component : components) {
                result->intrinsic += parseItems(component.values(u"GuestIntrinsicExchangeItems"_s), result->unreadable);
                result->guest += parseItems(component.values(u"GuestExchangeItems"_s), result->unreadable);
            }
            // Host items are kept in the VM's settings, not in the running component.
            whenDone<WsManError>(
                m_client->enumerate(
                    u"SELECT * FROM Msvm_KvpExchangeComponentSettingData WHERE InstanceID LIKE 'Microsoft:%1%'"_s.arg(
                        vmId)),
                this,
                [promise, result](const QList<WsManObject>& settings) {
                    for (const WsManObject& setting : settings) {
                        result->host += parseItems(setting.values(u"HostExchangeItems"_s), result->unreadable);
                    }
                    promise->addResult(*result);
                    promise->finish();
                },
                [promise](const WsManError& error) { failWith(promise, error); });
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<HypervPushResult> HypervKvp::push(const QString& vmId, const QList<HypervKvpItem>& items)
{
    auto promise = startedPromise<HypervPushResult>();
    for (const HypervKvpItem& item : items) {
        if (const QString problem = checkItem(item); !problem.isEmpty()) {
            failWith(promise, WsManError(WsManError::Kind::MethodFailed, problem));
            return promise->future();
        }
    }
    whenDone<WsManError>(
        this->items(vmId), this,
        [this, promise, vmId, items](const HypervKvpItems& current) {
            QSet<QString> present;
            for (const HypervKvpItem& item : current.host) {
                present.insert(item.name);
            }
            QList<HypervKvpItem> toModify;
            QList<HypervKvpItem> toAdd;
            QSet<QString> seen;
            for (auto item = items.crbegin(); item != items.crend(); ++item) {
                if (!seen.contains(item->name)) { // a key given twice: the last value wins
                    seen.insert(item->name);
                    (present.contains(item->name) ? toModify : toAdd).prepend(*item);
                }
            }
            auto calls = std::make_shared<QList<Call>>();
            for (qsizetype at = 0; at < toModify.size(); at += maxItemsPerCall) {
                calls->append({ vmId, u"ModifyKvpItems"_s, toModify.mid(at, maxItemsPerCall) });
            }
            for (qsizetype at = 0; at < toAdd.size(); at += maxItemsPerCall) {
                calls->append({ vmId, u"AddKvpItems"_s, toAdd.mid(at, maxItemsPerCall) });
            }
            auto done = startedPromise<void>();
            const HypervPushResult result { int(toAdd.size()), int(toModify.size()) };
            whenDone<WsManError>(
                done->future(), this,
                [promise, result] {
                    promise->addResult(result);
                    promise->finish();
                },
                [promise](const WsManError& error) { failWith(promise, error); });
            runCalls(calls, done);
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

QFuture<void> HypervKvp::remove(const QString& vmId, const QStringList& keys)
{
    auto promise = startedPromise<void>();
    auto calls = std::make_shared<QList<Call>>();
    for (qsizetype at = 0; at < keys.size(); at += maxItemsPerCall) {
        QList<HypervKvpItem> items;
        for (const QString& key : keys.mid(at, maxItemsPerCall)) {
            items.append({ key, QString() });
        }
        calls->append({ vmId, u"RemoveKvpItems"_s, items });
    }
    runCalls(calls, promise);
    return promise->future();
}

QFuture<HypervPushResult> HypervKvp::pushSeed(const QString& vmId, const KvpSeed::Payloads& payloads)
{
    auto promise = startedPromise<HypervPushResult>();
    QList<HypervKvpItem> chunks;
    QList<HypervKvpItem> announcements;
    for (const auto& [key, value] : KvpSeed::items(payloads)) {
        const QString name = QString::fromLatin1(key);
        (name.endsWith(u".count"_s) || name.endsWith(u".sha256"_s) ? announcements : chunks)
            .append({ name, QString::fromLatin1(value) });
    }
    const auto removeStale = [this, promise, vmId, payloads](HypervPushResult total) {
        whenDone<WsManError>(
            items(vmId), this,
            [this, promise, vmId, payloads, total](const HypervKvpItems& now) {
                QStringList keys;
                for (const HypervKvpItem& item : now.host) {
                    keys.append(item.name);
                }
                whenDone<WsManError>(
                    remove(vmId, KvpSeed::staleKeys(keys, payloads)), this,
                    [promise, total] {
                        promise->addResult(total);
                        promise->finish();
                    },
                    [promise](const WsManError& error) { failWith(promise, error); });
            },
            [promise](const WsManError& error) { failWith(promise, error); });
    };
    whenDone<WsManError>(
        push(vmId, chunks), this,
        [this, promise, vmId, announcements, removeStale](const HypervPushResult& first) {
            whenDone<WsManError>(
                push(vmId, announcements), this,
                [first, removeStale](const HypervPushResult& second) {
                    removeStale({ first.added + second.added, first.modified + second.modified });
                },
                [promise](const WsManError& error) { failWith(promise, error); });
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

void HypervKvp::runCalls(std::shared_ptr<QList<Call>> calls, std::shared_ptr<QPromise<void>> promise)
{
    if (calls->isEmpty()) {
        promise->finish();
        return;
    }
    const Call call = calls->takeFirst();
    whenDone<WsManError>(
        invokeKvpMethod(call.vmId, call.method, call.items), this, [this, calls, promise] { runCalls(calls, promise); },
        [promise](const WsManError& error) { failWith(promise, error); });
}

QFuture<void> HypervKvp::invokeKvpMethod(const QString& vmId, const QString& method, const QList<HypervKvpItem>& items)
{
    auto promise = startedPromise<void>();
    const bool removing = method == u"RemoveKvpItems"_s;
    Q_EMIT stepStarted(method == u"AddKvpItems"_s ? tr("Adding %n item(s)", nullptr, int(items.size()))
            : removing                            ? tr("Removing %n item(s)", nullptr, int(items.size()))
                                                  : tr("Modifying %n item(s)", nullptr, int(items.size())));
    QList<WsMan::Argument> arguments { { u"TargetSystem"_s, QString(), vmReference(vmId) } };
    for (const HypervKvpItem& item : items) {
        arguments.append({ u"DataItems"_s,
            CimXmlInstance::kvpDataItem(item.name, removing ? QString() : item.data, hostSource), {} });
    }
    const WsMan::Reference target { service, { { u"CreationClassName"_s, service } } };
    whenDone<WsManError>(
        m_client->invoke(target, method, arguments), this,
        [this, promise, method](const WsManObject& output) {
            bool numeric = false;
            const int returnValue = output.value(u"ReturnValue"_s).toInt(&numeric);
            if (!numeric) {
                failWith(promise,
                    WsManError(WsManError::Kind::Protocol, tr("%1 answered without a ReturnValue.").arg(method)));
            } else if (returnValue == returnOk) {
                promise->finish();
            } else if (returnValue == returnJobStarted) {
                const QString jobId = output.selector(u"Job"_s, u"InstanceID"_s);
                if (jobId.isEmpty()) {
                    failWith(promise,
                        WsManError(WsManError::Kind::Protocol, tr("%1 started a job but named none.").arg(method)));
                    return;
                }
                Q_EMIT stepStarted(tr("Waiting for Hyper-V job %1").arg(jobId));
                waitForJob(jobId, std::chrono::steady_clock::now() + m_jobTimeout, 100ms, promise);
            } else {
                failWith(promise,
                    WsManError(WsManError::Kind::MethodFailed,
                        tr("Hyper-V refused %1: %2.").arg(method, returnValueText(returnValue)),
                        u"ReturnValue %1"_s.arg(returnValue)));
            }
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

void HypervKvp::waitForJob(const QString& jobId, std::chrono::steady_clock::time_point deadline,
    std::chrono::milliseconds delay, std::shared_ptr<QPromise<void>> promise)
{
    whenDone<WsManError>(
        m_client->enumerate(u"SELECT * FROM Msvm_ConcreteJob WHERE InstanceID = %1"_s.arg(WsMan::wqlString(jobId))),
        this,
        [this, jobId, deadline, delay, promise](const QList<WsManObject>& jobs) {
            if (jobs.isEmpty()) {
                failWith(promise,
                    WsManError(
                        WsManError::Kind::Protocol, tr("The Hyper-V job %1 disappeared before it ended.").arg(jobId)));
                return;
            }
            const WsManObject& job = jobs.first();
            const int state = job.value(u"JobState"_s).toInt();
            if (state == 7) {
                promise->finish();
                return;
            }
            if (state >= 8 && state <= 11) {
                const QString description = job.value(u"ErrorDescription"_s);
                failWith(promise,
                    WsManError(WsManError::Kind::MethodFailed,
                        tr("The Hyper-V job failed: %1")
                            .arg(description.isEmpty() ? tr("no description (JobState %1)").arg(state) : description),
                        u"JobState %1, ErrorCode %2"_s.arg(state).arg(job.value(u"ErrorCode"_s))));
                return;
            }
            if (std::chrono::steady_clock::now() + delay > deadline) {
                failWith(promise,
                    WsManError(WsManError::Kind::MethodFailed,
                        tr("The Hyper-V job %1 did not finish in time (JobState %2).").arg(jobId).arg(state)));
                return;
            }
            QTimer::singleShot(delay, this, [this, jobId, deadline, delay, promise] {
                waitForJob(jobId, deadline, std::min<std::chrono::milliseconds>(delay * 2, 1s), promise);
            });
        },
        [promise](const WsManError& error) { failWith(promise, error); });
}
