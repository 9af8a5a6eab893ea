// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QTimer>

#include "cloudinit/metadatadriver.h"
#include "guestinfo.h"
#include "lineframer.h"
#include "metadatapacket.h"
#include "telnetcodec.h"
#include "telnetoptions.h"
#include "vmwareextension.h"
#include "vspcconfig.h"

class GuestConnection;
class QTcpSocket;

// The vMotion table a connection consults (implemented by VspcServer). With a shared store the
// table is in the database, so the answers to BEGIN and PEER come later, through `answer`; the
// connection may be gone by then.
class VMotionBroker
{
public:
    // The secret to hand out with GOAHEAD, or nothing to answer NOTNOW.
    using BeginAnswer = std::function<void(const std::optional<QByteArray>& secret)>;
    // The sequence to confirm with PEER-OK, or nothing for an unknown cookie (no answer at all).
    using PeerAnswer = std::function<void(const std::optional<QByteArray>& sequence)>;

    virtual ~VMotionBroker() = default;
    virtual void beginVMotion(GuestConnection* source, const QByteArray& sequence, BeginAnswer answer) = 0;
    virtual void peerVMotion(GuestConnection* target, const QByteArray& cookie, PeerAnswer answer) = 0;
    virtual void completeVMotion(GuestConnection* target, const QByteArray& sequence) = 0;
    virtual void abortVMotion(GuestConnection* source) = 0;
};

// One ESXi connection for one VM serial port: socket → telnet codec → VMware extension → line
// framer → driver → renderer → socket. Bad input costs this connection at most.
class GuestConnection : public QObject, private VmwareExtensionDelegate
{
    Q_OBJECT
public:
    GuestConnection(QTcpSocket* socket, quint64 id, const VspcConfig& config, MetadataDriver* driver,
        VMotionBroker* broker, QObject* parent = nullptr);
    ~GuestConnection() override;

    const GuestInfo& info() const { return m_info; }
    QString lookupKey() const;
    void close(const QString& reason);

    // vMotion: the target connection takes over the source's guest (row, counters, held output).
    void adoptGuest(GuestConnection* source);
    // vMotion from another server: the guest as that server last published it.
    void adoptRemoteGuest(const GuestInfo& source, const QString& fromAddress);
    void setMigrating(bool migrating);

Q_SIGNALS:
    void infoChanged(const GuestInfo& info);
    void logged(quint64 id, const PacketLogEntry& entry);
    void closed(GuestConnection* connection, bool migrated);

private:
    void readSocket();
    void handleEvent(const TelnetCodec::Event& event);
    void processNextRequest();
    // `problem` goes to the log and the packet log; `toGuest`, which names no server path, in !!ERROR.
    void fail(const QString& problem, const QString& toGuest);
    VmwareExtension::Identity shownIdentity() const;
    void sendData(const QByteArray& data);
    void sendRaw(const QByteArray& bytes);
    void log(PacketLogEntry::Kind kind, const QString& summary, qint64 bytes = 0, qint64 latencyMs = -1,
        const QByteArray& payload = {});
    void setState(GuestInfo::State state);
    void publish();

    // VmwareExtensionDelegate
    void identityChanged() override;
    void proxyRequested(bool accepted) override;
    void vmotionBegin(const QByteArray& sequence) override;
    void vmotionPeer(const QByteArray& cookie) override;
    void vmotionComplete(const QByteArray& sequence) override;
    void vmotionAbort() override;
    void unknownSuboption(quint8 code) override;

    QPointer<QTcpSocket> m_socket;
    const VspcConfig& m_config;
    QPointer<MetadataDriver> m_driver;
    bool m_fetchedDocument = false;
    VMotionBroker* m_broker;
    GuestInfo m_info;
    TelnetCodec m_codec;
    TelnetOptions m_options;
    VmwareExtension m_extension;
    LineFramer m_framer;
    QQueue<QByteArray> m_requests;
    bool m_busy = false;
    bool m_accepted = false; // through DO-PROXY with a configured URI, or a vMotion from such a port
    bool m_migrating = false; // after GOAHEAD: hold output for whichever host ends up with the VM
    bool m_migrated = false;
    QByteArray m_heldOutput;
    QTimer m_handshakeTimer;
    QTimer m_idleTimer;
};
