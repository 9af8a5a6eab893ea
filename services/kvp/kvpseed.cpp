// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvpseed.h"

#include <QCoreApplication>
#include <QHash>

#include "core/sha256.h"

using namespace Qt::StringLiterals;

namespace KvpSeed {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KvpSeed", text);
}

QByteArray sha256Hex(const QByteArray& data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

qsizetype chunkCount(const QByteArray& payload)
{
    const qsizetype encodedSize = (payload.size() + 2) / 3 * 4; // base64 with padding
    return (encodedSize + chunkChars - 1) / chunkChars;
}

// The digest that binds the three parts of one push: each part's digest, in order.
QByteArray seedDigest(const QByteArray digests[3])
{
    return sha256Hex(digests[0] + '\n' + digests[1] + '\n' + digests[2]);
}

QByteArray keyOf(const QString& part, const QByteArray& suffix)
{
    return "vmdesk." + part.toLatin1() + '.' + suffix;
}
} // namespace

QList<std::pair<QByteArray, QByteArray>> items(const Payloads& payloads)
{
    const QByteArray* each[] = { &payloads.metaData, &payloads.userData, &payloads.networkConfig };
    QList<std::pair<QByteArray, QByteArray>> list;
    for (int i = 0; i < parts.size(); ++i) {
        const QByteArray encoded = each[i]->toBase64();
        for (qsizetype chunk = 0; chunk < chunkCount(*each[i]); ++chunk) {
            list.append({ keyOf(parts.at(i), QByteArray::number(chunk)), encoded.mid(chunk * chunkChars, chunkChars) });
        }
    }
    QByteArray digests[3];
    for (int i = 0; i < parts.size(); ++i) {
        digests[i] = sha256Hex(*each[i]);
        list.append({ keyOf(parts.at(i), "count"), QByteArray::number(chunkCount(*each[i])) });
        list.append({ keyOf(parts.at(i), "sha256"), digests[i] });
    }
    list.append({ seedKey, seedDigest(digests) });
    return list;
}

QStringList staleKeys(const QStringList& existing, const Payloads& payloads)
{
    const QByteArray* each[] = { &payloads.metaData, &payloads.userData, &payloads.networkConfig };
    QStringList stale;
    for (const QString& key : existing) {
        for (int i = 0; i < parts.size(); ++i) {
            const QString prefix = u"vmdesk."_s + parts.at(i) + u'.';
            bool numbered = false;
            const qsizetype chunk = key.startsWith(prefix) ? key.mid(prefix.size()).toLongLong(&numbered) : -1;
            if (numbered && chunk >= chunkCount(*each[i])) {
                stale.append(key);
            }
        }
    }
    return stale;
}

Assembly assemble(const QList<KvpRecord>& records)
{
    QHash<QByteArray, QByteArray> values;
    for (const KvpRecord& record : records) {
        if (record.key.startsWith("vmdesk.") && !values.contains(record.key)) {
            values.insert(record.key, record.value); // the first of a duplicated key, as the daemon answers
        }
    }
    Assembly assembly;
    QByteArray decoded[3];
    QByteArray digests[3];
    for (int i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        bool counted = false;
        const int count = values.value(keyOf(part, "count")).toInt(&counted);
        const QByteArray digest = values.value(keyOf(part, "sha256"));
        if (!counted || count < 0 || digest.isEmpty()) {
            assembly.waiting.append(tr("%1: not announced yet").arg(part));
            continue;
        }
        QByteArray encoded;
        int present = 0;
        for (int chunk = 0; chunk < count; ++chunk) {
            const auto found = values.constFind(keyOf(part, QByteArray::number(chunk)));
            if (found != values.cend()) {
                ++present;
                encoded += *found;
            }
        }
        if (present < count) {
            assembly.waiting.append(tr("%1: %2 of %3 chunks").arg(part).arg(present).arg(count));
            continue;
        }
        const auto payload = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!payload || sha256Hex(payload.decoded) != digest) {
            assembly.damaged.append(!payload ? tr("%1: the chunks are not base64").arg(part)
                                             : tr("%1: the chunks do not match their SHA-256").arg(part));
            continue;
        }
        decoded[i] = payload.decoded;
        digests[i] = digest;
    }
    // Each part may be whole and still belong to another push than its neighbours (a host writes
    // item after item); only the digest over all three says they were pushed together.
    if (assembly.waiting.isEmpty() && assembly.damaged.isEmpty()) {
        const QByteArray together = values.value(seedKey);
        if (together.isEmpty()) {
            assembly.waiting.append(tr("the seed: not announced yet"));
        } else if (together != seedDigest(digests)) {
            assembly.waiting.append(tr("the seed: its parts are from different pushes so far"));
        }
    }
    if (assembly.waiting.isEmpty() && assembly.damaged.isEmpty()) {
        assembly.payloads = Payloads { decoded[0], decoded[1], decoded[2] };
    }
    return assembly;
}

} // namespace KvpSeed
