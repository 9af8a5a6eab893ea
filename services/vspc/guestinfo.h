// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "vmwareextension.h"

// What the admin sees of one connected guest; a snapshot that models and the CLI read.
struct GuestInfo
{
    enum class State { Negotiating, Identified, Serving, VMotion, Closed };

    quint64 id = 0;
    VmwareExtension::Identity identity;
    QString peer; // address:port of the ESXi host's connection
    QDateTime connectedSince;
    QDateTime closedAt;
    State state = State::Negotiating;
    qint64 requests = 0;
    qint64 errors = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    QString lastRequest;
    QDateTime lastRequestAt;
    // The VM's document was edited after the guest last fetched it: the guest runs on old data.
    bool documentChangedSinceFetch = false;

    static QString stateName(State state);
};

// One line of a guest's packet log.
struct PacketLogEntry
{
    enum class Kind { Request, Response, Error, Event };
    QDateTime at;
    Kind kind = Kind::Event;
    QString summary; // "METADATA", "vMotion to 10.0.0.5", "invalid YAML ..."
    qint64 bytes = 0; // on the wire
    qint64 latencyMs = -1; // request to response
    QByteArray payload; // exactly what the guest got, decoded (responses)
};
Q_DECLARE_METATYPE(PacketLogEntry)
