// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "kvp/kvprecord.h"

// A VM's cloud-init seed as KVP items in pool 0, since no cloud-init datasource reads KVP. Each
// payload (meta-data, user-data, network-config) goes base64-encoded in chunks that fit the host's
// item limit, under documented keys:
//   vmdesk.<part>.count   the number of chunks, decimal
//   vmdesk.<part>.sha256  the payload's SHA-256, hex
//   vmdesk.<part>.<i>     chunk i, 0 ≤ i < count
//   vmdesk.seed.sha256    SHA-256 of the three parts' digests joined by newlines, pushed last
// The guest uses the payloads only when every chunk is there, each part matches its digest, and
// the seed digest says the three parts were pushed together.
namespace KvpSeed {

inline constexpr int chunkChars = 1020; // base64, a multiple of 4 within the host's 1,022
inline constexpr char seedKey[] = "vmdesk.seed.sha256";
inline const QStringList parts { QStringLiteral("meta-data"), QStringLiteral("user-data"),
    QStringLiteral("network-config") };

struct Payloads
{
    QByteArray metaData;
    QByteArray userData;
    QByteArray networkConfig;
};

// The items for the payloads, in order: the chunks first, then each part's count and digest, then
// the seed digest, so that a guest reading during a push waits rather than mixing two pushes.
QList<std::pair<QByteArray, QByteArray>> items(const Payloads& payloads);
// Chunk keys among `existing` that the new payloads no longer use (left by a longer payload).
QStringList staleKeys(const QStringList& existing, const Payloads& payloads);

struct Assembly
{
    std::optional<Payloads> payloads; // all three parts whole and verified
    QStringList waiting; // parts with chunks still missing ("user-data: 3 of 7 chunks")
    QStringList damaged; // parts whose chunks are all there but do not make the payload
};
// What the pool holds so far.
Assembly assemble(const QList<KvpRecord>& records);

} // namespace KvpSeed
