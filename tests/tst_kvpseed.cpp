// SPDX-License-Identifier: GPL-3.0-or-later
// cloud-init through KVP pool 0: the chunked items, their assembly (never half a payload), and the
// real `vmdeskctl guest-fetch --kvp` writing the same NoCloud seed as `vmdeskctl metadata render`
// from items written into a pool directory as hv_kvp_daemon writes them.
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "kvp/kvppool.h"
#include "kvp/kvpseed.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<KvpRecord> asRecords(const QList<std::pair<QByteArray, QByteArray>>& items)
{
    QList<KvpRecord> records;
    for (const auto& [key, value] : items) {
        records.append({ key, value });
    }
    return records;
}

QString vmdeskctl()
{
    return QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s;
}
} // namespace

class TestKvpSeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsFitTheHostsLimitsAndAssembleBack()
    {
        QByteArray big(5000, Qt::Uninitialized);
        for (int i = 0; i < big.size(); ++i) {
            big[i] = char((i * 7919) % 251);
        }
        const KvpSeed::Payloads payloads { "{\"instance-id\": \"i-1\"}", "#cloud-config\n" + big, {} };
        const auto items = KvpSeed::items(payloads);
        for (const auto& [key, value] : items) {
            QVERIFY2(KvpPool::checkLimits(key, value, true).isEmpty(), key.constData());
        }
        QVERIFY(items.size() > 7); // user-data needs several chunks
        const KvpSeed::Assembly whole = KvpSeed::assemble(asRecords(items));
        QVERIFY(whole.payloads.has_value());
        QCOMPARE(whole.payloads->userData, payloads.userData);
        QCOMPARE(whole.payloads->networkConfig, QByteArray());

        // Reordered items (the host pushes them in any order) assemble the same.
        QList<KvpRecord> reversed = asRecords(items);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(KvpSeed::assemble(reversed).payloads->metaData, payloads.metaData);
    }

    void halfAPayloadIsNeverUsed()
    {
        const auto items = KvpSeed::items({ "meta", QByteArray(3000, 'u'), "net" });
        QList<KvpRecord> missing = asRecords(items);
        missing.removeIf([](const KvpRecord& record) { return record.key == "vmdesk.user-data.1"; });
        const KvpSeed::Assembly waiting = KvpSeed::assemble(missing);
        QVERIFY(!waiting.payloads);
        QCOMPARE(waiting.waiting, QStringList { u"user-data: 3 of 4 chunks"_s });

        QList<KvpRecord> damaged = asRecords(items);
        for (KvpRecord& record : damaged) {
            if (record.key == "vmdesk.user-data.0") {
                record.value[0] = record.value[0] == 'A' ? 'B' : 'A';
            }
        }
        const KvpSeed::Assembly wrong = KvpSeed::assemble(damaged);
        QVERIFY(!wrong.payloads);
        QCOMPARE(wrong.damaged, QStringList { u"user-data: the chunks do not match their SHA-256"_s });
    }

    void partsOfTwoPushesAreNeverMixed()
    {
        // The new user-data begins with the old one on a chunk boundary, so its first chunks and the
        // old count and digest are all still valid while the host writes the new items one by one.
        const QByteArray oldUser(765, 'u');
        const KvpSeed::Payloads first { "meta-1", oldUser, "net" };
        const KvpSeed::Payloads second { "meta-2", oldUser + QByteArray(765, 'v'), "net" };
        QHash<QByteArray, QByteArray> pool;
        for (const auto& [key, value] : KvpSeed::items(first)) {
            pool.insert(key, value);
        }
        int usable = 0;
        for (const auto& [key, value] : KvpSeed::items(second)) {
            pool.insert(key, value); // the daemon applies each item as it arrives
            QList<KvpRecord> records;
            for (auto it = pool.cbegin(); it != pool.cend(); ++it) {
                records.append({ it.key(), it.value() });
            }
            const KvpSeed::Assembly now = KvpSeed::assemble(records);
            if (now.payloads) {
                ++usable;
                QVERIFY2(now.payloads->metaData == second.metaData && now.payloads->userData == second.userData,
                    key.constData()); // never meta-2 with the old user-data
            }
        }
        QCOMPARE(usable, 1); // only once the last item, the seed digest, is there
    }

    void guestFetchWritesTheSeedMetadataRenderWrites()
    {
        QTemporaryDir dir;
        const QString documents = QStringLiteral(VMDESK_DOCUMENTS_DIR);
        const QString rendered = dir.filePath(u"rendered"_s);
        const ToolRun render = runTool(vmdeskctl(),
            { u"metadata"_s, u"render"_s, u"--directory"_s, documents, u"--vm"_s, u"web-01"_s, u"--seed-dir"_s,
                rendered });
        QVERIFY2(render.exitCode == 0, render.all().constData());
        const KvpSeed::Payloads payloads { contents(rendered + u"/meta-data"_s), contents(rendered + u"/user-data"_s),
            contents(rendered + u"/network-config"_s) };
        const auto items = KvpSeed::items(payloads);

        // The host's items arrive one by one; the last chunk comes a second after the fetch starts.
        const QString pools = dir.filePath(u"pools"_s);
        QVERIFY(QDir().mkpath(pools));
        const QString pool0 = KvpPool::path(pools, 0);
        for (qsizetype i = 0; i + 1 < items.size(); ++i) {
            QCOMPARE(KvpPool::set(pool0, items[i].first, items[i].second), QString());
        }
        QProcess fetch;
        const QString seed = dir.filePath(u"seed"_s);
        fetch.start(vmdeskctl(),
            { u"guest-fetch"_s, u"--kvp"_s, u"--pool-dir"_s, pools, u"--seed-dir"_s, seed, u"--timeout"_s, u"30"_s });
        QVERIFY(fetch.waitForStarted());
        QVERIFY(!fetch.waitForFinished(1000)); // still waiting for the last chunk
        QVERIFY(!QFile::exists(seed + u"/user-data"_s));
        QCOMPARE(KvpPool::set(pool0, items.last().first, items.last().second), QString());
        QVERIFY(fetch.waitForFinished(30000));
        QVERIFY2(fetch.exitCode() == 0, fetch.readAllStandardError().constData());
        for (const QString& name : { u"meta-data"_s, u"user-data"_s, u"network-config"_s }) {
            QCOMPARE(contents(seed + u'/' + name), contents(rendered + u'/' + name));
        }
    }

    void aDamagedSeedIsRefusedWhenTheWaitEnds()
    {
        QTemporaryDir dir;
        const auto items = KvpSeed::items({ "meta", "#cloud-config\n", "net" });
        for (const auto& [key, value] : items) {
            QCOMPARE(KvpPool::set(KvpPool::path(dir.path(), 0), key,
                         key == "vmdesk.meta-data.sha256" ? QByteArray(64, '0') : value),
                QString());
        }
        const ToolRun fetch = runTool(vmdeskctl(),
            { u"guest-fetch"_s, u"--kvp"_s, u"--pool-dir"_s, dir.path(), u"--seed-dir"_s, dir.filePath(u"seed"_s),
                u"--timeout"_s, u"2"_s });
        QCOMPARE(fetch.exitCode, 1);
        QVERIFY2(fetch.errors.contains("meta-data: the chunks do not match their SHA-256"), fetch.errors.constData());
        QVERIFY(!QFile::exists(dir.filePath(u"seed/meta-data"_s)));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestKvpSeed)
#include "tst_kvpseed.moc"
