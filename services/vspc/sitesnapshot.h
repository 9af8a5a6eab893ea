// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUuid>

// One metadata server registered in the shared PostgreSQL store (a row of vmdesk_instances).
struct SiteInstance
{
    QUuid instance;
    QString address; // what the server registered, e.g. host:port
    QDateTime started;
    QDateTime heartbeat;
    // By the database's clock, so that the console's clock need not agree with the servers'.
    double heartbeatAgeSeconds = 0;

    friend bool operator==(const SiteInstance&, const SiteInstance&) = default;
};

// One guest as an instance published it (a row of vmdesk_guests).
struct SiteGuest
{
    QUuid instance;
    quint64 guestId = 0;
    QString vmName;
    QString vcUuid;
    QString biosUuid;
    QString peer;
    QDateTime since;
    qint64 requests = 0;
    qint64 errors = 0;
    QString lastRequest;
    QDateTime lastRequestAt;

    friend bool operator==(const SiteGuest&, const SiteGuest&) = default;
};

// The whole site as read in one transaction: every instance and every guest.
struct SiteSnapshot
{
    QList<SiteInstance> instances;
    QList<SiteGuest> guests;
    QDateTime takenAt; // the console's clock, when it was read
    // No server has created the registry tables in this database yet: an empty site, not an error.
    bool tablesMissing = false;
};
Q_DECLARE_METATYPE(SiteSnapshot)
