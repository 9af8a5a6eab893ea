// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedvmotiontable.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "cloudinit/postgresschema.h"
#include "cloudinit/preparedstatements.h"

using namespace Qt::StringLiterals;
using PostgresSchema::messageOf;
using PostgresSchema::textOrNull;

namespace {
QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Compares every byte whatever the first difference, so that timing does not tell how much of a
// guessed secret was right.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= char(a.at(i) ^ b.at(i));
    }
    return difference == 0;
}
} // namespace

SharedVMotionTable::SharedVMotionTable(PreparedStatements& statements, const QUuid& instance, const QString& address)
    : m_statements(statements)
    , m_name(statements.connectionName())
    , m_instance(instance)
    , m_address(address)
{ }

QString SharedVMotionTable::begin(const QByteArray& sequence, const QByteArray& secret, const GuestInfo& source)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isOpen()) {
        return tr("the database connection is down");
    }
    // One statement, so one round trip: a port has one vMotion in flight, the new one replaces it.
    auto query = m_statements(
        u"WITH replaced AS (DELETE FROM vmdesk_vmotions WHERE source_instance = CAST(? AS uuid) "
        "AND source_guest = ?) "
        "INSERT INTO vmdesk_vmotions (sequence, secret, source_instance, source_guest, vm_name, vc_uuid, "
        "bios_uuid, port_uri) VALUES (?, ?, CAST(? AS uuid), ?, ?, ?, ?, ?)"_s);
    const VmwareExtension::Identity& identity = source.identity;
    for (const QVariant& value : { QVariant(uuidText(m_instance)), QVariant(static_cast<qint64>(source.id)),
             QVariant(sequence), QVariant(secret), QVariant(uuidText(m_instance)),
             QVariant(static_cast<qint64>(source.id)), textOrNull(identity.vmName), textOrNull(identity.vcUuid),
             textOrNull(identity.biosUuid), textOrNull(identity.portUri) }) {
        query->addBindValue(value);
    }
    if (!query->exec()) {
        return messageOf(query->lastError());
    }
    return {};
}

SharedVMotionTable::Peer SharedVMotionTable::peer(const QByteArray& cookie, quint64 targetGuest)
{
    Peer peer;
    if (cookie.size() <= secretSize) {
        return peer;
    }
    const QByteArray sequence = cookie.chopped(secretSize);
    const QByteArray secret = cookie.right(secretSize);
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    const auto unavailable = [&](const QString& error) {
        db.rollback();
        peer.outcome = Peer::Outcome::Unavailable;
        peer.error = error;
        return peer;
    };
    if (!db.isOpen()) {
        peer.outcome = Peer::Outcome::Unavailable;
        peer.error = tr("the database connection is down");
        return peer;
    }
    if (!db.transaction()) {
        return unavailable(messageOf(db.lastError()));
    }
    auto query = m_statements(
        u"SELECT v.secret, v.source_instance, v.source_guest, v.vm_name, v.vc_uuid, v.bios_uuid, v.port_uri, "
        "i.address, g.since, g.requests, g.errors, g.last_request, g.last_request_at "
        "FROM vmdesk_vmotions v LEFT JOIN vmdesk_instances i ON i.instance = v.source_instance "
        "LEFT JOIN vmdesk_guests g ON g.instance = v.source_instance AND g.guest_id = v.source_guest "
        "WHERE v.sequence = ? AND v.began > now() - make_interval(secs => ?) FOR UPDATE OF v"_s);
    query->addBindValue(sequence);
    query->addBindValue(expirySeconds);
    if (!query->exec()) {
        return unavailable(messageOf(query->lastError()));
    }
    bool found = false;
    while (query->next()) {
        found = true;
        if (!sameSecret(query->value(0).toByteArray(), secret)) {
            continue;
        }
        peer.outcome = Peer::Outcome::Accepted;
        peer.sequence = sequence;
        peer.sourceInstance = QUuid::fromString(query->value(1).toString());
        peer.sourceGuest = query->value(2).toULongLong();
        GuestInfo& guest = peer.guest;
        guest.id = peer.sourceGuest;
        guest.identity.vmName = query->value(3).toString();
        guest.identity.vcUuid = query->value(4).toString();
        guest.identity.biosUuid = query->value(5).toString();
        guest.identity.portUri = query->value(6).toString();
        guest.identity.direction = 'C';
        peer.sourceAddress = query->value(7).toString();
        guest.connectedSince = query->value(8).toDateTime();
        guest.requests = query->value(9).toLongLong();
        guest.errors = query->value(10).toLongLong();
        guest.lastRequest = query->value(11).toString();
        guest.lastRequestAt = query->value(12).toDateTime();
        break;
    }
    if (peer.outcome != Peer::Outcome::Accepted) {
        db.rollback();
        peer.outcome = found ? Peer::Outcome::WrongSecret : Peer::Outcome::Unknown;
        return peer;
    }
    query->finish();
    query = m_statements(u"UPDATE vmdesk_vmotions SET target_instance = CAST(? AS uuid), target_guest = ? "
                         "WHERE sequence = ? AND secret = ?"_s);
    query->addBindValue(uuidText(m_instance));
    query->addBindValue(static_cast<qint64>(targetGuest));
    query->addBindValue(sequence);
    query->addBindValue(secret);
    if (!query->exec()) {
        return unavailable(messageOf(query->lastError()));
    }
    if (!db.commit()) {
        return unavailable(messageOf(db.lastError()));
    }
    return peer;
}

QString SharedVMotionTable::complete(const QByteArray& cookie, quint64 targetGuest, const QString& targetPeer)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isOpen()) {
        return tr("the database connection is down");
    }
    if (!db.transaction()) {
        return messageOf(db.lastError());
    }
    const auto failed = [&db](const QString& error) {
        db.rollback();
        return error;
    };
    auto query = m_statements(
        u"DELETE FROM vmdesk_vmotions WHERE sequence = ? AND secret = ? AND target_instance = CAST(? AS uuid) "
        "AND target_guest = ? RETURNING source_instance, source_guest"_s);
    query->addBindValue(cookie.chopped(secretSize));
    query->addBindValue(cookie.right(secretSize));
    query->addBindValue(uuidText(m_instance));
    query->addBindValue(static_cast<qint64>(targetGuest));
    if (!query->exec()) {
        return failed(messageOf(query->lastError()));
    }
    if (!query->next()) {
        return failed(tr("no vMotion with this sequence was claimed by this server (expired?)"));
    }
    const QString source = query->value(0).toString();
    const qint64 sourceGuest = query->value(1).toLongLong();
    query->finish();
    if (QUuid::fromString(source) != m_instance) {
        // The source server's row becomes ours, so that nobody sees the guest twice or nowhere, and the
        // source hears of it when this commits.
        query = m_statements(
            u"WITH moved AS (DELETE FROM vmdesk_guests WHERE instance = CAST(? AS uuid) AND guest_id = ? RETURNING *), "
            "taken AS (INSERT INTO vmdesk_guests (instance, guest_id, vm_name, vc_uuid, bios_uuid, peer, since, "
            "requests, errors, last_request, last_request_at) SELECT CAST(? AS uuid), ?, vm_name, vc_uuid, bios_uuid, "
            "?, since, requests, errors, last_request, last_request_at FROM moved "
            "ON CONFLICT (instance, guest_id) DO NOTHING) SELECT pg_notify(?, ?)"_s);
        for (const QVariant& value : { QVariant(source), QVariant(sourceGuest), QVariant(uuidText(m_instance)),
                 QVariant(static_cast<qint64>(targetGuest)), textOrNull(targetPeer),
                 QVariant(QString::fromLatin1(channel)),
                 QVariant(u"%1 %2 %3 %4"_s.arg(source).arg(sourceGuest).arg(uuidText(m_instance), m_address)) }) {
            query->addBindValue(value);
        }
        if (!query->exec()) {
            return failed(messageOf(query->lastError()));
        }
        query->finish();
    }
    if (!db.commit()) {
        return messageOf(db.lastError());
    }
    return {};
}

void SharedVMotionTable::abort(const QByteArray& cookie)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isOpen() || cookie.size() <= secretSize) {
        return; // the row expires
    }
    auto query = m_statements(
        u"DELETE FROM vmdesk_vmotions WHERE sequence = ? AND secret = ? AND source_instance = CAST(? AS uuid)"_s);
    query->addBindValue(cookie.chopped(secretSize));
    query->addBindValue(cookie.right(secretSize));
    query->addBindValue(uuidText(m_instance));
    query->exec();
}

int SharedVMotionTable::expire()
{
    const auto query = m_statements(u"DELETE FROM vmdesk_vmotions WHERE began < now() - make_interval(secs => ?)"_s);
    query->addBindValue(expirySeconds);
    return query->exec() ? query->numRowsAffected() : 0;
}

std::optional<SharedVMotionTable::Move> SharedVMotionTable::parseMove(const QString& payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() < 3) {
        return std::nullopt;
    }
    bool ok = false;
    Move move { QUuid::fromString(parts.at(0)), parts.at(1).toULongLong(&ok), QUuid::fromString(parts.at(2)),
        parts.mid(3).join(u' ') };
    if (!ok || move.source.isNull() || move.target.isNull()) {
        return std::nullopt;
    }
    return move;
}
