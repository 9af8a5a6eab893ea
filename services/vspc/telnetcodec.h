// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// RFC 854 telnet framing, bytes in and events out. No sockets and no timers: it holds only the
// state needed to resume at any split point (after IAC, inside SB, between FF and FF).
class TelnetCodec
{
public:
    enum Byte : quint8 {
        SE = 240,
        NOP = 241,
        SB = 250,
        WILL = 251,
        WONT = 252,
        DO = 253,
        DONT = 254,
        IAC = 255,
    };
    enum Option : quint8 {
        Binary = 0,
        Echo = 1,
        SuppressGoAhead = 3,
        Authentication = 37,
        ComPort = 44,
        VmwareExtension = 232,
    };

    struct Event
    {
        enum Type { Data, Command, Negotiation, Subnegotiation };
        Type type;
        quint8 verb = 0; // Command: the command byte; Negotiation: WILL/WONT/DO/DONT
        quint8 option = 0; // Negotiation and Subnegotiation
        QByteArray bytes; // Data, or the Subnegotiation payload with IAC IAC undone
    };

    // A subnegotiation longer than this is dropped whole (counted in oversizedSubnegotiations).
    static constexpr qsizetype maxSubnegotiation = 64 * 1024;

    QList<Event> feed(QByteArrayView bytes);
    qsizetype oversizedSubnegotiations() const { return m_oversized; }

    static QByteArray escape(QByteArrayView data); // doubles every 0xFF
    static QByteArray negotiation(quint8 verb, quint8 option);
    static QByteArray subnegotiation(quint8 option, QByteArrayView payload);

private:
    enum class State { Data, Iac, Verb, SbOption, Sb, SbIac };

    void flushData(QList<Event>& events);

    State m_state = State::Data;
    quint8 m_verb = 0;
    quint8 m_sbOption = 0;
    bool m_sbOverflow = false;
    QByteArray m_data;
    QByteArray m_sb;
    qsizetype m_oversized = 0;
};
