// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmwareextension.h"

#include "telnetcodec.h"

VmwareExtension::VmwareExtension(QList<ProxyRule> acceptedProxies, VmwareExtensionDelegate* delegate)
    : m_acceptedProxies(std::move(acceptedProxies))
    , m_delegate(delegate)
{ }

const QByteArray& VmwareExtension::knownSuboptions()
{
    static const QByteArray list = [] {
        QByteArray codes;
        for (const quint8 code : { KnownSuboptions1, KnownSuboptions2, UnknownSuboptionRcvd1, UnknownSuboptionRcvd2,
                 VMotionBegin, VMotionGoahead, VMotionNotNow, VMotionPeer, VMotionPeerOk, VMotionComplete, VMotionAbort,
                 DoProxy, WillProxy, WontProxy, VmVcUuid, GetVmVcUuid, VmName, GetVmName, VmBiosUuid, GetVmBiosUuid }) {
            codes.append(char(code));
        }
        return codes;
    }();
    return list;
}

QByteArray VmwareExtension::frame(quint8 subOption, QByteArrayView payload)
{
    QByteArray body(1, char(subOption));
    body.append(payload);
    return TelnetCodec::subnegotiation(TelnetCodec::VmwareExtension, body);
}

QString VmwareExtension::normalizedUuid(QByteArrayView text)
{
    QString hex;
    for (const char c : text) {
        if (QChar::fromLatin1(c).isLetterOrNumber()) {
            hex.append(QChar::fromLatin1(c).toUpper());
        } else if (c != ' ' && c != '-') {
            return {};
        }
    }
    static const auto isHex = [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F'); };
    if (hex.size() != 32 || !std::all_of(hex.cbegin(), hex.cend(), isHex)) {
        return {};
    }
    return hex;
}

QByteArray VmwareExtension::start()
{
    if (m_started) {
        return {}; // the list must not change if sent again; sending it once is enough
    }
    m_started = true;
    return frame(KnownSuboptions2, knownSuboptions());
}

QByteArray VmwareExtension::handle(const QByteArray& payload)
{
    if (payload.isEmpty()) {
        return {};
    }
    const auto code = static_cast<quint8>(payload.at(0));
    const QByteArray data = payload.mid(1);
    QByteArray reply;
    switch (code) {
    case KnownSuboptions1:
        reply = start();
        if (!m_asked) {
            // Ask who the VM is; the BIOS UUID only from hosts that list it.
            m_asked = true;
            reply += frame(GetVmVcUuid) + frame(GetVmName);
            if (data.contains(char(GetVmBiosUuid))) {
                reply += frame(GetVmBiosUuid);
            }
        }
        return reply;
    case DoProxy: {
        const ProxyRule wanted { data.isEmpty() ? char(0) : data.at(0), QString::fromUtf8(data.mid(1)) };
        const bool accepted = m_acceptedProxies.contains(wanted);
        if (accepted) {
            m_identity.direction = wanted.direction;
            m_identity.portUri = wanted.uri;
        }
        m_delegate->proxyRequested(accepted);
        return frame(accepted ? WillProxy : WontProxy);
    }
    case VmName:
        m_identity.vmName = QString::fromUtf8(data);
        m_delegate->identityChanged();
        return {};
    case VmVcUuid:
        m_identity.vcUuid = normalizedUuid(data);
        m_delegate->identityChanged();
        return {};
    case VmBiosUuid:
        m_identity.biosUuid = normalizedUuid(data);
        m_delegate->identityChanged();
        return {};
    case VMotionBegin:
        m_delegate->vmotionBegin(data);
        return {};
    case VMotionPeer:
        m_delegate->vmotionPeer(data);
        return {};
    case VMotionComplete:
        m_delegate->vmotionComplete(data);
        return {};
    case VMotionAbort:
        m_delegate->vmotionAbort();
        return {};
    case UnknownSuboptionRcvd1:
    case WillProxy:
    case WontProxy:
        return {};
    default:
        m_delegate->unknownSuboption(code);
        return frame(UnknownSuboptionRcvd2, QByteArray(1, char(code)));
    }
}
