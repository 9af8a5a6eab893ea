// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QByteArray>
#include <QSet>

// RFC 1143 ("Q method") option negotiation for both sides of one connection, so that a peer's
// WILL/DO is answered at most once and our own requests never start a reply loop.
class TelnetOptions
{
public:
    // Options we agree to enable on our side (answered DO → WILL) and on the peer's side (WILL → DO).
    TelnetOptions(QSet<quint8> localAllowed, QSet<quint8> remoteAllowed);

    // Handles a received WILL/WONT/DO/DONT; returns the bytes to send back (often none).
    QByteArray receive(quint8 verb, quint8 option);
    // Asks to enable or disable an option on our side (WILL/WONT) or the peer's (DO/DONT).
    QByteArray requestLocal(quint8 option, bool enable);
    QByteArray requestRemote(quint8 option, bool enable);

    bool isLocalEnabled(quint8 option) const { return m_us[option] == Q::Yes; }
    bool isRemoteEnabled(quint8 option) const { return m_him[option] == Q::Yes; }

private:
    enum class Q : quint8 { No, Yes, WantNo, WantYes };

    QByteArray receiveEnable(std::array<Q, 256>& side, quint8 option, bool allowed, quint8 accept, quint8 refuse);
    QByteArray receiveDisable(std::array<Q, 256>& side, quint8 option, quint8 acknowledge);
    QByteArray request(std::array<Q, 256>& side, quint8 option, bool enable, quint8 enableVerb, quint8 disableVerb);

    QSet<quint8> m_localAllowed;
    QSet<quint8> m_remoteAllowed;
    std::array<Q, 256> m_us {};
    std::array<Q, 256> m_him {};
};
