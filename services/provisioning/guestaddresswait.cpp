// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestaddresswait.h"

#include <QHostAddress>

#include "core/logging.h"
#include "core/whendone.h"
#include "vsphere/propertyfeed.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList watchedPaths { u"runtime.powerState"_s, u"guest.toolsRunningStatus"_s, u"guest.ipAddress"_s,
    u"guest.net"_s };

bool usable(const QString& text)
{
    const QHostAddress address(text);
    return !address.isNull() && !address.isLinkLocal() && !address.isLoopback();
}
} // namespace

GuestAddressWait::GuestAddressWait(
    VSphereSession* session, const ManagedObjectRef& vm, int timeoutSeconds, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_vm(vm)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(std::chrono::seconds(qMax(1, timeoutSeconds)));
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_done) {
            return;
        }
        finish();
        Q_EMIT timedOut(
            tr("No address after %n second(s): %1.", nullptr, int(m_timeout.interval() / 1000)).arg(describe(m_seen)));
    });
}

GuestAddressWait::~GuestAddressWait()
{
    finish();
}

void GuestAddressWait::finish()
{
    m_done = true;
    m_timeout.stop();
    if (!m_filter.isEmpty() && m_session) {
        m_session->feed()->unwatch(m_filter);
        m_filter.clear();
    }
}

void GuestAddressWait::start()
{
    if (!m_session) {
        Q_EMIT failed(tr("Not connected to a vCenter."));
        return;
    }
    m_timeout.start();
    QList<KDSoapValue> paths { VimClient::element(u"type"_s, u"VirtualMachine"_s) };
    for (const QString& path : watchedPaths) {
        paths.append(VimClient::element(u"pathSet"_s, path));
    }
    const QList<KDSoapValue> spec { VimClient::element(u"propSet"_s, paths),
        VimClient::element(u"objectSet"_s,
            QList<KDSoapValue> { VimClient::reference(u"obj"_s, m_vm), VimClient::element(u"skip"_s, false) }) };
    whenDone<VimError>(
        m_session->feed()->watch(spec,
            [self = QPointer(this)](const KDSoapValue& update) {
                if (!self || self->m_done) {
                    return;
                }
                apply(update, self->m_seen);
                const QString address = usableAddress(self->m_seen);
                if (!address.isEmpty()) {
                    qCInfo(lcVsphere).noquote() << self->m_vm.value << "has the address" << address;
                    self->finish();
                    Q_EMIT self->found(address);
                }
            }),
        this,
        [this](const QString& filter) {
            if (m_done) {
                m_session->feed()->unwatch(filter);
                return;
            }
            m_filter = filter;
        },
        [this](const VimError& error) {
            finish();
            Q_EMIT failed(error.message());
        });
}

void GuestAddressWait::apply(const KDSoapValue& objectUpdate, Seen& seen)
{
    for (const KDSoapValue& change : objectUpdate.childValues()) {
        if (change.name() != u"changeSet"_s) {
            continue;
        }
        const QString name = change.childValues().child(u"name"_s).value().toString();
        const KDSoapValue value = change.childValues().child(u"val"_s);
        if (name == u"runtime.powerState"_s) {
            seen.powerState = value.value().toString();
        } else if (name == u"guest.toolsRunningStatus"_s) {
            seen.toolsRunning = value.value().toString();
        } else if (name == u"guest.ipAddress"_s) {
            seen.ipAddress = value.value().toString();
        } else if (name == u"guest.net"_s) {
            seen.nics.clear();
            for (const KDSoapValue& info : value.childValues()) {
                Nic nic;
                nic.network = info.childValues().child(u"network"_s).value().toString();
                nic.macAddress = info.childValues().child(u"macAddress"_s).value().toString();
                for (const KDSoapValue& field : info.childValues()) {
                    if (field.name() == u"ipAddress"_s) {
                        nic.addresses.append(field.value().toString());
                    }
                }
                seen.nics.append(nic);
            }
        }
    }
}

QString GuestAddressWait::usableAddress(const Seen& seen)
{
    QStringList candidates { seen.ipAddress };
    for (const Nic& nic : seen.nics) {
        candidates.append(nic.addresses);
    }
    for (const QString& candidate : candidates) {
        if (usable(candidate) && QHostAddress(candidate).protocol() == QAbstractSocket::IPv4Protocol) {
            return candidate;
        }
    }
    for (const QString& candidate : candidates) {
        if (usable(candidate)) {
            return candidate;
        }
    }
    return {};
}

QString GuestAddressWait::describe(const Seen& seen)
{
    QStringList parts;
    if (seen.powerState == u"poweredOn"_s) {
        parts.append(tr("the VM is powered on"));
    } else {
        parts.append(
            seen.powerState.isEmpty() ? tr("the power state is unknown") : tr("the VM is %1").arg(seen.powerState));
    }
    if (seen.toolsRunning == u"guestToolsRunning"_s) {
        parts.append(tr("VMware Tools are running"));
    } else {
        parts.append(tr("VMware Tools are not running, so vCenter cannot learn the guest's address"));
    }
    if (seen.nics.isEmpty()) {
        parts.append(tr("the guest reports no network adapters"));
    }
    for (const Nic& nic : seen.nics) {
        const QString name = nic.macAddress.isEmpty() ? tr("a NIC") : tr("NIC %1").arg(nic.macAddress);
        const QString where = nic.network.isEmpty() ? name : tr("%1 on %2").arg(name, nic.network);
        parts.append(nic.addresses.isEmpty() ? tr("%1 has no address").arg(where)
                                             : tr("%1 has only %2").arg(where, nic.addresses.join(u", "_s)));
    }
    return parts.join(u"; "_s);
}
