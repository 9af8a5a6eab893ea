// SPDX-License-Identifier: GPL-3.0-or-later
// SiteObserver against a throwaway PostgreSQL: an empty database, then two real
// `vmdeskctl serve-metadata` processes with emulated ESXi guests, one killed (its heartbeat ages,
// then the other removes it), and the database stopped and started again.
#include <QSignalSpy>
#include <QTest>

#include "cloudinit/metadatastore.h"
#include "support/postgresinstance.h"
#include "support/postgresquery.h"
#include "support/servemetadataprocess.h"
#include "support/testmain.h"
#include "vspc/esxiemulator.h"
#include "vspc/siteobserver.h"

using namespace Qt::StringLiterals;

namespace {
const QString passwordVariable = QString::fromLatin1(ServeMetadataProcess::passwordVariable);
constexpr int waitMs = 20000;

using Server = ServeMetadataProcess;

std::optional<SiteInstance> instanceIn(const SiteSnapshot& snapshot, const QUuid& id)
{
    for (const SiteInstance& instance : snapshot.instances) {
        if (instance.instance == id) {
            return instance;
        }
    }
    return std::nullopt;
}

QStringList guestsOf(const SiteSnapshot& snapshot, const QUuid& id)
{
    QStringList names;
    for (const SiteGuest& guest : snapshot.guests) {
        if (guest.instance == id) {
            names.append(guest.vmName);
        }
    }
    return names;
}

SiteSnapshot last(const QSignalSpy& spy)
{
    return spy.isEmpty() ? SiteSnapshot() : spy.last().first().value<SiteSnapshot>();
}

int count(const QSignalSpy& spy, bool up)
{
    return int(std::count_if(spy.cbegin(), spy.cend(), [&](const auto& args) { return args.at(0).toBool() == up; }));
}
} // namespace

class TestSiteObserver : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;

    MetadataStore store() const
    {
        QString error;
        return MetadataStore::parse(m_postgres->url(), &error).value_or(MetadataStore());
    }

    QStringList serverArguments() const
    {
        return { u"--store"_s, m_postgres->url(), u"--password-env"_s, passwordVariable, u"--heartbeat-ms"_s, u"200"_s,
            u"--instance-timeout-ms"_s, u"1500"_s };
    }

    QStringList applicationsConnected() const
    {
        return selectText(*m_postgres, u"SELECT application_name FROM pg_stat_activity WHERE datname = 'vmdesk'"_s)
            .split(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<SiteSnapshot>();
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
    }

    // Before any server ran, the tables do not exist: an empty site and one clear sentence.
    void anUnusedDatabaseIsAnEmptySite()
    {
        SiteObserver::Timing timing;
        timing.pollMs = 100;
        SiteObserver observer(store(), m_postgres->password(), nullptr, timing);
        QSignalSpy state(&observer, &SiteObserver::connectionChanged);
        QSignalSpy snapshots(&observer, &SiteObserver::snapshot);
        QVERIFY(QTest::qWaitFor([&] { return snapshots.count() >= 3; }, waitMs));
        QCOMPARE(state.count(), 1);
        QCOMPARE(state.first().at(0).toBool(), true);
        QVERIFY2(state.first().at(1).toString().contains(u"no metadata server has registered"_s),
            qPrintable(state.first().at(1).toString()));
        QVERIFY(state.first().at(1).toString().contains(store().display()));
        const SiteSnapshot empty = last(snapshots);
        QVERIFY(empty.tablesMissing);
        QVERIFY(empty.instances.isEmpty());
        QVERIFY(empty.guests.isEmpty());
        QVERIFY(observer.isConnected());
        QVERIFY(!observer.isStale());
        // It only reads: the tables are still not there after it looked.
        QVERIFY(applicationsConnected().contains(u"vmdesk-console"_s));
        QCOMPARE(selectText(*m_postgres, u"SELECT to_regclass('vmdesk_instances') IS NULL"_s), u"true"_s);
    }

    void watchesInstancesTheirGuestsAndOutages()
    {
        Server a;
        Server b;
        const quint16 portA = a.start(serverArguments(), m_postgres->password());
        const quint16 portB = b.start(serverArguments(), m_postgres->password());
        QVERIFY2(portA != 0, qPrintable(a.log()));
        QVERIFY2(portB != 0, qPrintable(b.log()));
        const QUuid instanceA = QUuid::fromString(a.instance());
        const QUuid instanceB = QUuid::fromString(b.instance());
        QVERIFY2(!instanceA.isNull(), qPrintable(a.log()));
        QVERIFY2(!instanceB.isNull(), qPrintable(b.log()));

        EsxiEmulator::Vm web;
        web.name = "web-01";
        EsxiEmulator guestA(web);
        EsxiEmulator::Vm db;
        db.name = "db-01";
        db.vcUuid = "42 1c 6f 0e 5b 9a 2d 37-8e 0f 62 b0 84 58 b6 1d";
        EsxiEmulator guestB(db);
        guestA.connectToServer(portA);
        guestB.connectToServer(portB);
        QVERIFY(guestA.waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(guestB.waitForSubOption(VmwareExtension::WillProxy));

        SiteObserver::Timing timing;
        timing.pollMs = 150;
        timing.firstRetryMs = 200;
        timing.maxRetryMs = 400;
        SiteObserver observer(store(), m_postgres->password(), nullptr, timing);
        QSignalSpy state(&observer, &SiteObserver::connectionChanged);
        QSignalSpy snapshots(&observer, &SiteObserver::snapshot);

        // Both instances with their addresses, each guest under the instance that serves it.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const SiteSnapshot site = last(snapshots);
                         return guestsOf(site, instanceA) == QStringList { u"web-01"_s }
                         && guestsOf(site, instanceB) == QStringList { u"db-01"_s };
                     },
                     waitMs),
            qPrintable(a.log() + b.log()));
        SiteSnapshot site = last(snapshots);
        QCOMPARE(site.instances.size(), 2);
        QVERIFY(!site.tablesMissing);
        QCOMPARE(instanceIn(site, instanceA)->address, u"127.0.0.1:%1"_s.arg(portA));
        QCOMPARE(instanceIn(site, instanceB)->address, u"127.0.0.1:%1"_s.arg(portB));
        QVERIFY(instanceIn(site, instanceA)->heartbeatAgeSeconds < 1.5);
        QCOMPARE(state.count(), 1);
        QVERIFY(observer.isConnected());
        const auto guestA1 = std::find_if(site.guests.cbegin(), site.guests.cend(),
            [&](const SiteGuest& guest) { return guest.instance == instanceA; });
        QCOMPARE(guestA1->vcUuid, u"421C6F0E5B9A2D378E0F62B08458B61C"_s);
        QVERIFY(!guestA1->peer.isEmpty());
        QVERIFY(guestA1->since.isValid());

        // A is killed: its heartbeat ages in the database's clock, then B removes it and its guest.
        a.kill();
        const int killedAt = int(snapshots.count());
        QVERIFY(QTest::qWaitFor([&] { return !instanceIn(last(snapshots), instanceA); }, waitMs));
        QList<double> ages;
        for (qsizetype i = killedAt; i < snapshots.count(); ++i) {
            if (const auto seen = instanceIn(snapshots.at(i).first().value<SiteSnapshot>(), instanceA)) {
                ages.append(seen->heartbeatAgeSeconds);
            }
        }
        QVERIFY2(ages.size() >= 3, qPrintable(QString::number(ages.size())));
        QVERIFY(std::is_sorted(ages.cbegin(), ages.cend()));
        QVERIFY2(ages.last() > 0.8, qPrintable(QString::number(ages.last())));
        site = last(snapshots);
        QVERIFY(guestsOf(site, instanceA).isEmpty());
        QCOMPARE(guestsOf(site, instanceB), QStringList { u"db-01"_s });

        // The database stops: said once, the last snapshot kept and called stale.
        QVERIFY(m_postgres->stop());
        QVERIFY(QTest::qWaitFor([&] { return count(state, false) == 1; }, waitMs));
        QVERIFY(!observer.isConnected());
        QVERIFY(observer.isStale());
        QCOMPARE(guestsOf(observer.lastSnapshot(), instanceB), QStringList { u"db-01"_s });
        const QString down = state.last().at(1).toString();
        QVERIFY2(down.contains(store().display()), qPrintable(down));
        QVERIFY(!down.contains(m_postgres->password()));
        const qsizetype before = snapshots.count();
        QTest::qWait(1500); // several failed retries
        QCOMPARE(count(state, false), 1);
        QCOMPARE(snapshots.count(), before);

        // Back: B registers again and the observer sees it.
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->errorString()));
        QVERIFY(QTest::qWaitFor([&] { return count(state, true) == 2; }, waitMs));
        QVERIFY(QTest::qWaitFor(
            [&] { return guestsOf(last(snapshots), instanceB) == QStringList { u"db-01"_s }; }, waitMs));
        QVERIFY(observer.isConnected());
        QVERIFY(!observer.isStale());
    }
};

VMDESK_TEST_GUILESS_MAIN(TestSiteObserver)
#include "tst_siteobserver.moc"
