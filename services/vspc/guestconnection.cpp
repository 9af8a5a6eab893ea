// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestconnection.h"

#include <QTcpSocket>

#include "cloudinit/metadatadriver.h"
#include "cloudinit/renderer.h"
#include "core/logging.h"
#include "core/printable.h"
#include "core/whendone.h"

using namespace Qt::StringLiterals;

namespace {
// Requests queued behind one being answered; a guest sending more is misbehaving.
constexpr qsizetype maxQueuedRequests = 64;

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}
} // namespace

GuestConnection::GuestConnection(QTcpSocket* socket, quint64 id, const VspcConfig& config, MetadataDriver* driver,
    VMotionBroker* broker, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_config(config)
    , m_driver(driver)
    , m_broker(broker)
    , m_options({ TelnetCodec::Binary, TelnetCodec::SuppressGoAhead },
          { TelnetCodec::Binary, TelnetCodec::SuppressGoAhead, TelnetCodec::VmwareExtension })
    , m_extension(config.proxies, this)
    , m_framer(config.maxLineLength)
{
    socket->setParent(this);
    m_info.id = id;
    m_info.peer = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
    m_info.connectedSince = QDateTime::currentDateTime();
    connect(socket, &QTcpSocket::readyRead, this, &GuestConnection::readSocket);
    connect(socket, &QTcpSocket::disconnected, this, [this] { close(tr("the host closed the connection")); });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) {
            close(m_socket ? m_socket->errorString() : tr("socket error"));
        }
    });

    if (driver) {
        connect(driver, &MetadataDriver::documentChanged, this, [this](const QString& key) {
            if (m_fetchedDocument && key == lookupKey() && !m_info.documentChangedSinceFetch) {
                m_info.documentChangedSinceFetch = true;
                log(PacketLogEntry::Kind::Event, tr("the document changed after the guest fetched it"), 0);
                publish();
            }
        });
    }

    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this,
        [this] { close(tr("no VM identity within %1 s").arg(m_config.handshakeTimeoutMs / 1000)); });
    m_handshakeTimer.start(m_config.handshakeTimeoutMs);
    if (m_config.idleTimeoutMs > 0) {
        m_idleTimer.setSingleShot(true);
        connect(&m_idleTimer, &QTimer::timeout, this, [this] { close(tr("idle for too long")); });
        m_idleTimer.start(m_config.idleTimeoutMs);
    }

    // Offer what ESXi expects, as real vSPCs do: binary both ways, no go-ahead, and the extension.
    sendRaw(m_options.requestLocal(TelnetCodec::Binary, true)
        + m_options.requestLocal(TelnetCodec::SuppressGoAhead, true)
        + m_options.requestRemote(TelnetCodec::Binary, true)
        + m_options.requestRemote(TelnetCodec::SuppressGoAhead, true)
        + m_options.requestRemote(TelnetCodec::VmwareExtension, true));
}

GuestConnection::~GuestConnection() = default;

QString GuestConnection::lookupKey() const
{
    switch (m_config.key) {
    case VspcConfig::LookupKey::VmName:
        return m_extension.identity().vmName;
    case VspcConfig::LookupKey::VcUuid:
        return m_extension.identity().vcUuid;
    case VspcConfig::LookupKey::BiosUuid:
        return m_extension.identity().biosUuid;
    }
    return {};
}

VmwareExtension::Identity GuestConnection::shownIdentity() const
{
    VmwareExtension::Identity shown = m_extension.identity();
    shown.vmName = printable(shown.vmName);
    shown.portUri = printable(shown.portUri);
    return shown; // the UUIDs are hex digits already
}

void GuestConnection::readSocket()
{
    const QByteArray bytes = m_socket->readAll();
    m_info.bytesIn += bytes.size();
    if (m_idleTimer.isActive()) {
        m_idleTimer.start();
    }
    const QList<TelnetCodec::Event> events = m_codec.feed(bytes);
    for (const TelnetCodec::Event& event : events) {
        if (!m_socket) {
            return; // closed while handling an earlier event
        }
        handleEvent(event);
    }
    processNextRequest();
    publish();
}

void GuestConnection::handleEvent(const TelnetCodec::Event& event)
{
    switch (event.type) {
    case TelnetCodec::Event::Negotiation:
        sendRaw(m_options.receive(event.verb, event.option));
        if (event.option == TelnetCodec::VmwareExtension && m_options.isRemoteEnabled(TelnetCodec::VmwareExtension)) {
            sendRaw(m_extension.start());
        }
        break;
    case TelnetCodec::Event::Subnegotiation:
        if (event.option == TelnetCodec::VmwareExtension) {
            sendRaw(m_extension.handle(event.bytes));
        }
        break;
    case TelnetCodec::Event::Data: {
        const qsizetype overlongBefore = m_framer.overlongLines();
        const QList<QByteArray> lines = m_framer.feed(event.bytes);
        if (!lines.isEmpty() && !m_accepted) {
            // Only ESXi, having named a configured port URI, speaks for a VM; anybody else could
            // claim any VM's name and read its user-data.
            ++m_info.errors;
            log(PacketLogEntry::Kind::Error, tr("a request came before the port was accepted through DO-PROXY"));
            close(tr("a request came before the port was accepted through DO-PROXY"));
            return;
        }
        if (m_framer.overlongLines() != overlongBefore) {
            log(PacketLogEntry::Kind::Error, tr("dropped a line longer than %1 bytes").arg(m_config.maxLineLength));
        }
        for (const QByteArray& line : lines) {
            if (m_requests.size() >= maxQueuedRequests) {
                ++m_info.errors;
                log(PacketLogEntry::Kind::Error, tr("too many requests queued; dropped one"));
                continue;
            }
            m_requests.enqueue(line);
        }
        break;
    }
    case TelnetCodec::Event::Command:
        break;
    }
}

void GuestConnection::processNextRequest()
{
    if (m_busy || m_requests.isEmpty() || !m_socket) {
        return;
    }
    const QByteArray line = m_requests.dequeue();
    const MetadataPacket::ParsedRequest parsed = MetadataPacket::parse(line);
    ++m_info.requests;
    m_info.lastRequest = parsed.request == MetadataPacket::Request::Invalid
        ? printable(QString::fromLatin1(parsed.code))
        : MetadataPacket::name(parsed.request);
    m_info.lastRequestAt = QDateTime::currentDateTime();
    log(PacketLogEntry::Kind::Request, m_info.lastRequest, line.size() + 1);
    if (parsed.request == MetadataPacket::Request::Invalid) {
        fail(tr("%1: %2").arg(m_info.lastRequest, parsed.problem), parsed.problem);
        processNextRequest();
        return;
    }
    const QString key = lookupKey();
    if (key.isEmpty() || !m_driver) {
        const QString problem = tr("the VM has not said its %1 yet").arg(VspcConfig::keyName(m_config.key));
        fail(problem, problem);
        processNextRequest();
        return;
    }
    m_busy = true;
    QElapsedTimer timer;
    timer.start();
    whenDone(m_driver->lookup(key), this,
        [this, line, request = parsed.request, timer](const MetadataDriver::Lookup& lookup) {
            m_busy = false;
            if (!lookup.document) {
                fail(lookup.error, lookup.guestError);
            } else {
                QByteArray payload;
                switch (request) {
                case MetadataPacket::Request::MetaData:
                    payload = Renderer::metaData(*lookup.document, m_extension.identity().vmName);
                    break;
                case MetadataPacket::Request::NetworkData:
                    payload = Renderer::networkData(*lookup.document);
                    break;
                case MetadataPacket::Request::UserData:
                    payload = Renderer::userData(*lookup.document);
                    break;
                case MetadataPacket::Request::Invalid:
                    break;
                }
                const QByteArray response = MetadataPacket::response(request, payload, m_config.lineEnding);
                sendData(response);
                m_fetchedDocument = true;
                m_info.documentChangedSinceFetch = false;
                setState(GuestInfo::State::Serving);
                log(PacketLogEntry::Kind::Response, MetadataPacket::name(request), response.size(), timer.elapsed(),
                    payload);
            }
            processNextRequest();
            publish();
        });
}

void GuestConnection::fail(const QString& problem, const QString& toGuest)
{
    ++m_info.errors;
    qCWarning(lcVspc).noquote() << m_info.peer << m_info.identity.vmName << problem;
    const QByteArray reply = m_config.errorReplies ? MetadataPacket::error(toGuest, m_config.lineEnding) : QByteArray();
    sendData(reply);
    log(PacketLogEntry::Kind::Error, problem, reply.size(), -1, toGuest.toUtf8());
}

void GuestConnection::sendData(const QByteArray& data)
{
    if (data.isEmpty()) {
        return;
    }
    const QByteArray escaped = TelnetCodec::escape(data);
    if (m_migrating) {
        if (m_heldOutput.size() + escaped.size() > m_config.maxPendingOutput) {
            // A vMotion that never completes must not make the server hold answers forever.
            close(tr("more than %1 bytes held for a vMotion that does not complete").arg(m_config.maxPendingOutput));
            return;
        }
        m_heldOutput += escaped;
    } else {
        sendRaw(escaped);
    }
}

void GuestConnection::sendRaw(const QByteArray& bytes)
{
    if (bytes.isEmpty() || !m_socket) {
        return;
    }
    m_socket->write(bytes);
    m_info.bytesOut += bytes.size();
    if (m_socket->bytesToWrite() > m_config.maxPendingOutput) {
        close(tr("the host stopped reading (%1 bytes pending)").arg(m_socket->bytesToWrite()));
    }
}

void GuestConnection::log(
    PacketLogEntry::Kind kind, const QString& summary, qint64 bytes, qint64 latencyMs, const QByteArray& payload)
{
    Q_EMIT logged(m_info.id, { QDateTime::currentDateTime(), kind, summary, bytes, latencyMs, payload });
}

void GuestConnection::setState(GuestInfo::State state)
{
    if (m_info.state != GuestInfo::State::VMotion || state == GuestInfo::State::Closed) {
        m_info.state = state;
    }
}

void GuestConnection::publish()
{
    Q_EMIT infoChanged(m_info);
}

void GuestConnection::close(const QString& reason)
{
    if (!m_socket) {
        return;
    }
    QTcpSocket* socket = m_socket;
    m_socket.clear();
    m_handshakeTimer.stop();
    m_idleTimer.stop();
    socket->disconnect(this);
    socket->flush(); // what is already answered (WONT-PROXY, an error) goes out if it can without waiting
    socket->abort();
    socket->deleteLater();
    if (!m_migrated) {
        qCInfo(lcVspc).noquote() << "closed" << m_info.peer << m_info.identity.vmName << "-" << reason;
        m_info.state = GuestInfo::State::Closed;
        log(PacketLogEntry::Kind::Event, tr("closed: %1").arg(reason));
        publish();
    }
    Q_EMIT closed(this, m_migrated);
}

void GuestConnection::identityChanged()
{
    m_info.identity = shownIdentity();
    if (m_info.state == GuestInfo::State::Negotiating && m_accepted && !lookupKey().isEmpty()) {
        m_info.state = GuestInfo::State::Identified;
        m_handshakeTimer.stop();
        qCInfo(lcVspc).noquote() << "identified" << m_info.peer << "as" << m_info.identity.vmName
                                 << m_info.identity.vcUuid;
        log(PacketLogEntry::Kind::Event, tr("identified as %1").arg(m_info.identity.vmName));
    }
}

void GuestConnection::proxyRequested(bool accepted)
{
    if (!accepted) {
        ++m_info.errors;
        log(PacketLogEntry::Kind::Error, tr("refused DO-PROXY: the port URI is not configured"));
        qCWarning(lcVspc).noquote() << m_info.peer << "asked for a port URI that is not configured";
        close(tr("the port URI is not configured here"));
        return;
    }
    m_accepted = true;
    identityChanged(); // the VM may have said its name before the port was accepted
}

void GuestConnection::vmotionBegin(const QByteArray& sequence)
{
    const auto refuse = [this, sequence](PacketLogEntry::Kind kind, const QString& why) {
        log(kind, why);
        sendRaw(VmwareExtension::notNow(sequence));
    };
    if (!m_accepted) {
        refuse(PacketLogEntry::Kind::Error, tr("refused a vMotion of a port that was never accepted"));
        return;
    }
    if (m_config.refuseVMotion) {
        refuse(PacketLogEntry::Kind::Event, tr("refused a vMotion (NOTNOW)"));
        return;
    }
    m_broker->beginVMotion(this, sequence, [self = QPointer(this), sequence](const std::optional<QByteArray>& secret) {
        if (!self || !self->m_socket) {
            return;
        }
        if (!secret) {
            self->log(
                PacketLogEntry::Kind::Event, tr("refused a vMotion (NOTNOW): the shared store cannot record it now"));
            self->sendRaw(VmwareExtension::notNow(sequence));
            return;
        }
        self->setMigrating(true);
        self->m_info.state = GuestInfo::State::VMotion;
        self->log(PacketLogEntry::Kind::Event, tr("vMotion begins (sequence %1)").arg(hex(sequence)));
        self->sendRaw(VmwareExtension::goahead(sequence, *secret));
        self->publish();
    });
}

void GuestConnection::vmotionPeer(const QByteArray& cookie)
{
    m_broker->peerVMotion(this, cookie, [self = QPointer(this)](const std::optional<QByteArray>& sequence) {
        if (!self || !self->m_socket) {
            return;
        }
        if (!sequence) {
            // No PEER-OK: ESXi then fails the vMotion cleanly and the VM stays where it was.
            ++self->m_info.errors;
            self->log(PacketLogEntry::Kind::Error, tr("vMotion peer with an unknown sequence and secret"));
            return;
        }
        self->sendRaw(VmwareExtension::peerOk(*sequence));
    });
}

void GuestConnection::vmotionComplete(const QByteArray& sequence)
{
    m_broker->completeVMotion(this, sequence);
}

void GuestConnection::vmotionAbort()
{
    m_broker->abortVMotion(this);
    m_info.state = m_info.requests > 0 ? GuestInfo::State::Serving : GuestInfo::State::Identified;
    setMigrating(false);
    log(PacketLogEntry::Kind::Event, tr("vMotion aborted; this connection stays in use"));
}

void GuestConnection::unknownSuboption(quint8 code)
{
    log(PacketLogEntry::Kind::Event,
        tr("unknown VMware sub-option %1 answered with UNKNOWN-SUBOPTION-RCVD-2").arg(code));
}

void GuestConnection::setMigrating(bool migrating)
{
    m_migrating = migrating;
    if (!migrating && !m_heldOutput.isEmpty()) {
        sendRaw(std::exchange(m_heldOutput, {}));
    }
}

void GuestConnection::adoptGuest(GuestConnection* source)
{
    const QString newPeer = m_info.peer;
    const VmwareExtension::Identity mine = m_extension.identity();
    m_info = source->m_info;
    m_info.peer = newPeer;
    m_info.state = GuestInfo::State::Serving;
    VmwareExtension::Identity identity = source->m_extension.identity();
    if (!mine.vmName.isEmpty()) {
        identity.vmName = mine.vmName;
    }
    m_extension.setIdentity(identity);
    m_info.identity = shownIdentity();
    m_accepted = true; // the source was: a vMotion begins only on an accepted port
    m_handshakeTimer.stop();
    source->m_migrated = true;
    source->m_migrating = false;
    sendRaw(std::exchange(source->m_heldOutput, {}));
    log(PacketLogEntry::Kind::Event, tr("vMotion complete: now served through %1").arg(newPeer));
    publish();
}

void GuestConnection::adoptRemoteGuest(const GuestInfo& source, const QString& fromAddress)
{
    // What this host said of the VM wins over what the other server recorded.
    VmwareExtension::Identity identity = source.identity;
    const VmwareExtension::Identity mine = m_extension.identity();
    for (const auto& [ours, theirs] : { std::pair { &mine.vmName, &identity.vmName },
             std::pair { &mine.vcUuid, &identity.vcUuid }, std::pair { &mine.biosUuid, &identity.biosUuid } }) {
        if (!ours->isEmpty()) {
            *theirs = *ours;
        }
    }
    m_extension.setIdentity(identity);
    m_info.identity = shownIdentity();
    if (source.connectedSince.isValid()) {
        m_info.connectedSince = source.connectedSince.toLocalTime();
    }
    m_info.requests += source.requests;
    m_info.errors += source.errors;
    if (source.lastRequestAt.isValid()) {
        m_info.lastRequest = source.lastRequest;
        m_info.lastRequestAt = source.lastRequestAt.toLocalTime();
    }
    m_info.state = GuestInfo::State::Serving;
    m_accepted = true; // the source was: a vMotion begins only on an accepted port
    m_handshakeTimer.stop();
    log(PacketLogEntry::Kind::Event,
        tr("vMotion complete: moved here from the server at %1")
            .arg(fromAddress.isEmpty() ? tr("(unknown)") : fromAddress));
    publish();
}
