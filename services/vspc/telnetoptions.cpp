// SPDX-License-Identifier: GPL-3.0-or-later
#include "telnetoptions.h"

#include "telnetcodec.h"

TelnetOptions::TelnetOptions(QSet<quint8> localAllowed, QSet<quint8> remoteAllowed)
    : m_localAllowed(std::move(localAllowed))
    , m_remoteAllowed(std::move(remoteAllowed))
{ }

QByteArray TelnetOptions::receiveEnable(
    std::array<Q, 256>& side, quint8 option, bool allowed, quint8 accept, quint8 refuse)
{
    switch (side[option]) {
    case Q::No:
        if (allowed) {
            side[option] = Q::Yes;
            return TelnetCodec::negotiation(accept, option);
        }
        return TelnetCodec::negotiation(refuse, option);
    case Q::Yes:
        return {}; // already enabled: no answer, or we would loop
    case Q::WantNo:
        side[option] = Q::No; // RFC 1143: the peer answered our disable wrongly; stay disabled
        return {};
    case Q::WantYes:
        side[option] = Q::Yes; // the answer to our own request
        return {};
    }
    return {};
}

QByteArray TelnetOptions::receiveDisable(std::array<Q, 256>& side, quint8 option, quint8 acknowledge)
{
    switch (side[option]) {
    case Q::No:
        return {};
    case Q::Yes:
        side[option] = Q::No;
        return TelnetCodec::negotiation(acknowledge, option);
    case Q::WantNo:
    case Q::WantYes:
        side[option] = Q::No;
        return {};
    }
    return {};
}

QByteArray TelnetOptions::receive(quint8 verb, quint8 option)
{
    switch (verb) {
    case TelnetCodec::WILL:
        return receiveEnable(m_him, option, m_remoteAllowed.contains(option), TelnetCodec::DO, TelnetCodec::DONT);
    case TelnetCodec::WONT:
        return receiveDisable(m_him, option, TelnetCodec::DONT);
    case TelnetCodec::DO:
        return receiveEnable(m_us, option, m_localAllowed.contains(option), TelnetCodec::WILL, TelnetCodec::WONT);
    case TelnetCodec::DONT:
        return receiveDisable(m_us, option, TelnetCodec::WONT);
    default:
        return {};
    }
}

QByteArray TelnetOptions::request(
    std::array<Q, 256>& side, quint8 option, bool enable, quint8 enableVerb, quint8 disableVerb)
{
    const Q state = side[option];
    if (enable && state == Q::No) {
        side[option] = Q::WantYes;
        return TelnetCodec::negotiation(enableVerb, option);
    }
    if (!enable && state == Q::Yes) {
        side[option] = Q::WantNo;
        return TelnetCodec::negotiation(disableVerb, option);
    }
    return {};
}

QByteArray TelnetOptions::requestLocal(quint8 option, bool enable)
{
    return request(m_us, option, enable, TelnetCodec::WILL, TelnetCodec::WONT);
}

QByteArray TelnetOptions::requestRemote(quint8 option, bool enable)
{
    return request(m_him, option, enable, TelnetCodec::DO, TelnetCodec::DONT);
}
