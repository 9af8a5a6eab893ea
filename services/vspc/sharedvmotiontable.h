// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUuid>

#include "guestinfo.h"

class PreparedStatements;

// The vMotions in flight of every metadata server, in vmdesk_vmotions, so that ESXi may present
// the cookie of a BEGIN answered by one server to another: the target host of a vMotion need not
// reach the server the source host did. BEGIN commits its row before GOAHEAD goes out; PEER finds
// the row by sequence (SELECT … FOR UPDATE) and checks the secret; COMPLETE deletes it, moves the
// guest's registry row to the new server and tells the old one (NOTIFY) to let its connection go,
// in one transaction. Used on SharedGuestConnection's thread with its connection.
class SharedVMotionTable
{
    Q_DECLARE_TR_FUNCTIONS(SharedVMotionTable)
public:
    static constexpr auto channel = "vmdesk_vmotions";
    static constexpr qsizetype secretSize = 4;
    // A vMotion that has not completed within this time is forgotten (ESXi gives up much sooner).
    static constexpr int expirySeconds = 5 * 60;

    struct Peer
    {
        enum class Outcome { Accepted, Unknown, WrongSecret, Unavailable };
        Outcome outcome = Outcome::Unknown;
        QString error; // Unavailable: why
        QByteArray sequence;
        QUuid sourceInstance;
        quint64 sourceGuest = 0;
        QString sourceAddress;
        GuestInfo guest; // identity and counters as the source server last published them
    };

    // `statements` belong to the connection this runs on, which its owner opens and closes.
    SharedVMotionTable(PreparedStatements& statements, const QUuid& instance, const QString& address);

    // Empty when recorded, else why not (the guest is then answered NOTNOW).
    QString begin(const QByteArray& sequence, const QByteArray& secret, const GuestInfo& source);
    Peer peer(const QByteArray& cookie, quint64 targetGuest);
    // Empty when done, else why not.
    QString complete(const QByteArray& cookie, quint64 targetGuest, const QString& targetPeer);
    void abort(const QByteArray& cookie);
    // Rows older than expirySeconds by the database's clock; how many went.
    int expire();

    // A NOTIFY payload: the guest `guest` of instance `source` now lives at instance `target`.
    struct Move
    {
        QUuid source;
        quint64 guest = 0;
        QUuid target;
        QString targetAddress;
    };
    static std::optional<Move> parseMove(const QString& payload);

private:
    PreparedStatements& m_statements;
    QString m_name;
    QUuid m_instance;
    QString m_address;
};
