// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvpdelivery.h"

#include "core/whendone.h"
#include "deliverypayload.h"
#include "kvp/hypervkvp.h"
#include "provisioning/cloudinitpayload.h"

void KvpDelivery::setHost(HypervKvp* kvp, const QString& hostName)
{
    m_kvp = kvp;
    m_hostName = kvp ? hostName : QString();
    Q_EMIT hostChanged();
}

void KvpDelivery::push(const DeliveryPayload& source, const QString& vmName)
{
    if (!m_kvp || m_running) {
        return;
    }
    m_running = true;
    Q_EMIT runningChanged(true);
    QPointer<HypervKvp> kvp = m_kvp;
    const QString host = m_hostName;
    const auto failed = [this, vmName](const WsManError& error) {
        end(false, tr("Push by KVP failed for %1: %2").arg(vmName, error.message()), error.details());
    };
    whenDone(source.build(vmName, CloudInitPayload::Channel::Kvp, 0), this,
        [this, kvp, host, vmName, failed](const CloudInitPayload& payload) {
            if (!payload.isValid()) {
                end(false, tr("Not pushed to %1: %2").arg(vmName, payload.error));
                return;
            }
            if (!kvp) {
                end(false, tr("Not pushed to %1: the Hyper-V host was disconnected.").arg(vmName));
                return;
            }
            const KvpSeed::Payloads payloads { payload.files.metaData, payload.files.userData,
                payload.files.networkConfig };
            whenDone<WsManError>(
                kvp->findVm(vmName), this,
                [this, kvp, host, vmName, payloads, failed](const HypervVm& vm) {
                    if (!kvp) {
                        end(false, tr("Not pushed to %1: the Hyper-V host was disconnected.").arg(vmName));
                        return;
                    }
                    whenDone<WsManError>(
                        kvp->pushSeed(vm.id, payloads), this,
                        [this, host, vmName, payloads](const HypervPushResult& result) {
                            end(true,
                                tr("%1 on %2: the seed is in KVP pool 0 as %n item(s) (%3 added, %4 changed). In the "
                                   "guest, \"vmdeskctl guest-fetch --kvp\" writes it for cloud-init.",
                                    nullptr, int(KvpSeed::items(payloads).size()))
                                    .arg(vmName, host)
                                    .arg(result.added)
                                    .arg(result.modified));
                        },
                        failed);
                },
                failed);
        });
}

void KvpDelivery::end(bool ok, const QString& message, const QString& details)
{
    m_running = false;
    Q_EMIT runningChanged(false);
    Q_EMIT finished(ok, message, details);
}
