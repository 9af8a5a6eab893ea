// SPDX-License-Identifier: GPL-3.0-or-later
#include "telnetcodec.h"

void TelnetCodec::flushData(QList<Event>& events)
{
    if (!m_data.isEmpty()) {
        events.append({ Event::Data, 0, 0, m_data });
        m_data.clear();
    }
}

QList<TelnetCodec::Event> TelnetCodec::feed(QByteArrayView bytes)
{
    QList<Event> events;
    for (const char c : bytes) {
        const auto byte = static_cast<quint8>(c);
        switch (m_state) {
        case State::Data:
            if (byte == IAC) {
                m_state = State::Iac;
            } else {
                m_data.append(c);
            }
            break;
        case State::Iac:
            if (byte == IAC) {
                m_data.append(c);
                m_state = State::Data;
            } else if (byte >= WILL && byte <= DONT) {
                m_verb = byte;
                m_state = State::Verb;
            } else if (byte == SB) {
                m_state = State::SbOption;
            } else {
                // NOP, GA, AYT, a stray SE...: two-byte commands, reported and otherwise ignored.
                flushData(events);
                events.append({ Event::Command, byte, 0, {} });
                m_state = State::Data;
            }
            break;
        case State::Verb:
            flushData(events);
            events.append({ Event::Negotiation, m_verb, byte, {} });
            m_state = State::Data;
            break;
        case State::SbOption:
            m_sbOption = byte;
            m_sb.clear();
            m_sbOverflow = false;
            m_state = State::Sb;
            break;
        case State::Sb:
            if (byte == IAC) {
                m_state = State::SbIac;
            } else if (m_sb.size() < maxSubnegotiation) {
                m_sb.append(c);
            } else {
                m_sbOverflow = true;
            }
            break;
        case State::SbIac:
            if (byte == IAC) {
                if (m_sb.size() < maxSubnegotiation) {
                    m_sb.append(c);
                } else {
                    m_sbOverflow = true;
                }
                m_state = State::Sb;
            } else if (byte == SE) {
                flushData(events);
                if (m_sbOverflow) {
                    ++m_oversized;
                } else {
                    events.append({ Event::Subnegotiation, 0, m_sbOption, m_sb });
                }
                m_sb.clear();
                m_state = State::Data;
            } else {
                // IAC <cmd> inside SB is a protocol error; RFC 855 peers end SB here. Keep the payload
                // so far and treat the byte as a new command.
                flushData(events);
                if (!m_sbOverflow) {
                    events.append({ Event::Subnegotiation, 0, m_sbOption, m_sb });
                }
                m_sb.clear();
                m_state = State::Iac;
                const char again = static_cast<char>(byte);
                const QList<Event> rest = feed(QByteArrayView(&again, 1));
                events.append(rest);
            }
            break;
        }
    }
    if (m_state == State::Data || m_state == State::Iac) {
        flushData(events);
    }
    return events;
}

QByteArray TelnetCodec::escape(QByteArrayView data)
{
    QByteArray escaped;
    escaped.reserve(data.size());
    for (const char c : data) {
        escaped.append(c);
        if (static_cast<quint8>(c) == IAC) {
            escaped.append(c);
        }
    }
    return escaped;
}

QByteArray TelnetCodec::negotiation(quint8 verb, quint8 option)
{
    const char bytes[] = { char(IAC), char(verb), char(option) };
    return QByteArray(bytes, sizeof bytes);
}

QByteArray TelnetCodec::subnegotiation(quint8 option, QByteArrayView payload)
{
    const char start[] = { char(IAC), char(SB), char(option) };
    const char end[] = { char(IAC), char(SE) };
    return QByteArray(start, sizeof start) + escape(payload) + QByteArray(end, sizeof end);
}
