// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfclease.h"

#include "core/logging.h"
#include "core/whendone.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int pollIntervalMs = 250;
constexpr int maxPolls = 4 * 60 * 10; // ten minutes of "initializing"

bool isTransient(const VimError& error)
{
    switch (error.kind()) {
    case VimError::Kind::ConnectionRefused:
    case VimError::Kind::Timeout:
    case VimError::Kind::Network:
    case VimError::Kind::NotAuthenticated:
        return true;
    default:
        return false;
    }
}
} // namespace

NfcLease::NfcLease(VSphereSession* session, const ManagedObjectRef& vm, QObject* parent)
    : NfcLease(
        session, [session, vm] { return session->call(u"ExportVm"_s, vm); }, tr("export"), parent)
{
    m_entity = vm;
}

NfcLease::NfcLease(VSphereSession* session, Request request, const QString& what, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_request(std::move(request))
    , m_what(what)
{
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &NfcLease::poll);
    connect(&m_keepalive, &QTimer::timeout, this, &NfcLease::keepAlive);
}

NfcLease::~NfcLease()
{
    if (m_open) {
        abort(tr("the %1 was stopped").arg(m_what));
    }
}

void NfcLease::fail(const QString& message, bool transient)
{
    m_keepalive.stop();
    m_poll.stop();
    m_open = false;
    Q_EMIT failed(message, transient);
}

void NfcLease::open()
{
    if (!m_session) {
        return;
    }
    whenDone<VimError>(
        m_request(), this,
        [this](const KDSoapValue& response) {
            m_lease = VimClient::toReference(response.childValues().child(u"returnval"_s));
            m_open = true;
            qCInfo(lcExport).noquote() << m_what << "lease" << m_lease.value << "for" << m_entity.value;
            poll();
        },
        [this](const VimError& error) {
            if (error.faultType() == u"InvalidPowerState"_s) {
                fail(tr("vCenter exports only powered-off VMs: shut the guest down first."), false);
            } else {
                fail(tr("The %1 could not start: %2").arg(m_what, error.message()), isTransient(error));
            }
        });
}

void NfcLease::poll()
{
    whenDone<VimError>(
        m_session->retrieveProperties(m_lease, { u"state"_s, u"info"_s, u"error"_s }), this,
        [this](const QHash<QString, KDSoapValue>& properties) {
            const QString state = properties.value(u"state"_s).value().toString();
            if (state == u"ready"_s) {
                parseInfo(properties.value(u"info"_s));
                const int timeoutSeconds
                    = properties.value(u"info"_s).childValues().child(u"leaseTimeout"_s).value().toInt();
                // Well inside the lease timeout: a third of it, between 1 s and 30 s.
                m_keepalive.start(qBound(1000, timeoutSeconds * 1000 / 3, 30000));
                Q_EMIT ready();
            } else if (state == u"error"_s) {
                const QString why
                    = properties.value(u"error"_s).childValues().child(u"localizedMessage"_s).value().toString();
                m_open = false;
                fail(tr("the %1 lease failed: %2").arg(m_what, why.isEmpty() ? tr("no reason given") : why), false);
            } else if (state == u"done"_s) {
                m_open = false;
                fail(tr("the %1 lease ended before the transfer").arg(m_what), true);
            } else if (++m_polls > maxPolls) {
                abort(tr("the lease never became ready"));
                fail(tr("the %1 lease did not become ready in ten minutes").arg(m_what), true);
            } else {
                m_poll.start(pollIntervalMs);
            }
        },
        [this](const VimError& error) { fail(error.message(), isTransient(error)); });
}

void NfcLease::parseInfo(const KDSoapValue& info)
{
    m_devices.clear();
    const ManagedObjectRef entity = VimClient::toReference(info.childValues().child(u"entity"_s));
    if (!entity.isNull()) {
        m_entity = entity;
    }
    const QUrl server = m_session->parameters().url;
    for (const KDSoapValue& item : info.childValues()) {
        if (item.name() != u"deviceUrl"_s) {
            continue;
        }
        const auto field = [&item](const QString& name) { return item.childValues().child(name).value().toString(); };
        LeaseDevice device;
        device.key = field(u"key"_s);
        device.importKey = field(u"importKey"_s);
        device.targetId = field(u"targetId"_s);
        // ESXi and vCenter say "*" for "the host you talk to"; QUrl refuses "*" as a host, so it
        // is replaced in the text.
        QString url = field(u"url"_s);
        const qsizetype star = url.indexOf(u"://*"_s);
        if (star >= 0) {
            const qsizetype hostEnd = url.indexOf(u'/', star + 3);
            const QString rest = url.mid(star + 4, hostEnd < 0 ? -1 : hostEnd - star - 4); // ":port" or ""
            const QString authority
                = server.host() + (rest.isEmpty() && server.port() > 0 ? u":%1"_s.arg(server.port()) : rest);
            url = url.left(star + 3) + authority + (hostEnd < 0 ? QString() : url.mid(hostEnd));
        }
        device.url = QUrl(url);
        device.sslThumbprint = QByteArray::fromHex(field(u"sslThumbprint"_s).remove(u':').toLatin1());
        device.fileSize = field(u"fileSize"_s).toLongLong();
        device.disk = field(u"disk"_s) == u"true"_s;
        if (device.targetId.isEmpty()) {
            device.targetId = device.url.fileName();
        }
        m_devices.append(device);
    }
}

void NfcLease::keepAlive()
{
    if (!m_open || !m_session) {
        m_keepalive.stop();
        return;
    }
    ++m_keepalives;
    whenDone<VimError>(
        m_session->call(u"HttpNfcLeaseProgress"_s, m_lease, { VimClient::element(u"percent"_s, m_percent) }), this,
        [](const KDSoapValue&) {},
        [](const VimError& error) {
            // One missed keepalive is no loss; the next tick tries again well before the timeout.
            qCWarning(lcExport).noquote() << "lease keepalive failed:" << error.message();
        });
}

void NfcLease::complete()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    m_keepalive.stop();
    whenDone<VimError>(
        m_session->call(u"HttpNfcLeaseComplete"_s, m_lease), this, [this](const KDSoapValue&) { Q_EMIT closed(); },
        [this](const VimError& error) { fail(tr("HttpNfcLeaseComplete failed: %1").arg(error.message()), true); });
}

void NfcLease::abort(const QString& reason)
{
    if (!m_open || !m_session) {
        return;
    }
    m_open = false;
    m_keepalive.stop();
    m_poll.stop();
    qCInfo(lcExport).noquote() << "aborting" << m_what << "lease" << m_lease.value << "-" << reason;
    // The fault argument is optional; the reason is in our log, which is where an admin looks.
    // The session, not this lease, hears the answer: an abort is often this object's last act.
    whenDone<VimError>(
        m_session->call(u"HttpNfcLeaseAbort"_s, m_lease), m_session.data(), [](const KDSoapValue&) {},
        [](const VimError& error) { qCWarning(lcExport).noquote() << "HttpNfcLeaseAbort failed:" << error.message(); });
}
