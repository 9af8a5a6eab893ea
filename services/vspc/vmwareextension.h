// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// What a connection's VMware extension needs from its owner: identity and vMotion decisions that
// depend on other connections or on configuration.
class VmwareExtensionDelegate
{
public:
    virtual ~VmwareExtensionDelegate() = default;
    virtual void identityChanged() = 0;
    virtual void proxyRequested(bool accepted) = 0;
    // A vMotion starts from this connection. The answer (goahead() or notNow()) may take a database
    // round trip, so the delegate sends it when it has it.
    virtual void vmotionBegin(const QByteArray& sequence) = 0;
    // The target host presents sequence+secret on a new connection: the delegate answers peerOk()
    // if it matches, and nothing otherwise.
    virtual void vmotionPeer(const QByteArray& cookie) = 0;
    virtual void vmotionComplete(const QByteArray& sequence) = 0;
    virtual void vmotionAbort() = 0;
    virtual void unknownSuboption(quint8 code) = 0;
};

// Telnet option 232 (VMWARE-TELNET-EXT) as ESXi speaks it: KNOWN-SUBOPTIONS, DO-PROXY, the VM's
// name and UUIDs, vMotion. Pure logic: payloads in, SB frames to send out.
class VmwareExtension
{
public:
    enum SubOption : quint8 {
        KnownSuboptions1 = 0x00,
        KnownSuboptions2 = 0x01,
        UnknownSuboptionRcvd1 = 0x02,
        UnknownSuboptionRcvd2 = 0x03,
        VMotionBegin = 0x28,
        VMotionGoahead = 0x29,
        VMotionNotNow = 0x2B,
        VMotionPeer = 0x2C,
        VMotionPeerOk = 0x2D,
        VMotionComplete = 0x2E,
        VMotionAbort = 0x30,
        DoProxy = 0x46,
        WillProxy = 0x47,
        WontProxy = 0x49,
        VmVcUuid = 0x50,
        GetVmVcUuid = 0x51,
        VmName = 0x52,
        GetVmName = 0x53,
        VmBiosUuid = 0x54,
        GetVmBiosUuid = 0x55,
    };

    struct ProxyRule
    {
        char direction = 'C'; // 'C': the VM is a client (our case), 'S': it serves
        QString uri;
        friend bool operator==(const ProxyRule& a, const ProxyRule& b) = default;
    };

    struct Identity
    {
        QString vmName;
        QString vcUuid; // 32 upper-case hex digits
        QString biosUuid;
        QString portUri;
        char direction = 0;
    };

    VmwareExtension(QList<ProxyRule> acceptedProxies, VmwareExtensionDelegate* delegate);

    // Sent once the peer agreed to the extension (it sent WILL 232 and we DO).
    QByteArray start();
    // One received SB 232 payload; returns the SB frames to send back.
    QByteArray handle(const QByteArray& payload);

    const Identity& identity() const { return m_identity; }
    void setIdentity(const Identity& identity) { m_identity = identity; }

    // "42 1c 6f 0e 5b 9a 2d 37-8e 0f 62 b0 84 58 b6 1c" → "421C6F0E5B9A2D378E0F62B08458B61C"; empty if not 32 hex
    // digits.
    static QString normalizedUuid(QByteArrayView text);
    static QByteArray frame(quint8 subOption, QByteArrayView payload = {});
    static QByteArray goahead(const QByteArray& sequence, const QByteArray& secret)
    {
        return frame(VMotionGoahead, QByteArray(sequence + secret));
    }
    static QByteArray notNow(const QByteArray& sequence) { return frame(VMotionNotNow, sequence); }
    static QByteArray peerOk(const QByteArray& sequence) { return frame(VMotionPeerOk, sequence); }
    static const QByteArray& knownSuboptions();

private:
    QList<ProxyRule> m_acceptedProxies;
    VmwareExtensionDelegate* m_delegate;
    Identity m_identity;
    bool m_started = false;
    bool m_asked = false;
};
