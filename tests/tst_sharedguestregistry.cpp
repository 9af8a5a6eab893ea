// SPDX-License-Identifier: GPL-3.0-or-later
// The guest registry shared in PostgreSQL: two real `vmdeskctl serve-metadata` processes on one
// throwaway database with an emulated ESXi guest, and a SharedGuestRegistry in-process for
// coalescing, an outage and coming back after being taken for dead.
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/metadatastore.h"
#include "support/postgresinstance.h"
#include "support/postgresquery.h"
#include "support/servemetadataprocess.h"
#include "support/testmain.h"
#include "vspc/esxiemulator.h"
#include "vspc/guestregistry.h"
#include "vspc/sharedguestregistry.h"

using namespace Qt::StringLiterals;

namespace {
const QString passwordVariable = QString::fromLatin1(ServeMetadataProcess::passwordVariable);
constexpr int waitMs = 20000;
using Rows = QList<QVariantList>;

using Server = ServeMetadataProcess;

GuestInfo servingGuest(quint64 id, const QString& vmName, qint64 requests)
{
    GuestInfo guest;
    guest.id = id;
    guest.identity.vmName = vmName;
    guest.peer = u"127.0.0.1:40000"_s;
    guest.connectedSince = QDateTime::currentDateTimeUtc();
    guest.state = GuestInfo::State::Serving;
    guest.requests = requests;
    guest.lastRequest = u"METADATA"_s;
    guest.lastRequestAt = QDateTime::currentDateTimeUtc();
    return guest;
}

int count(const QSignalSpy& spy, bool up)
{
    return int(std::count_if(spy.cbegin(), spy.cend(), [&](const auto& args) { return args.at(0).toBool() == up; }));
}
} // namespace

class TestSharedGuestRegistry : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;
    QTemporaryDir m_dir;

    MetadataStore store() const
    {
        QString error;
        return MetadataStore::parse(m_postgres->url(), &error).value_or(MetadataStore());
    }

    QStringList storeArguments() const
    {
        return { u"--store"_s, m_postgres->url(), u"--password-env"_s, passwordVariable };
    }

    Rows select(const QString& statement) { return selectRows(*m_postgres, statement); }

    QString guestsOf(const QString& instance)
    {
        return selectText(*m_postgres,
            u"SELECT guest_id, vm_name, requests, errors FROM vmdesk_guests WHERE instance = '%1' ORDER BY guest_id"_s
                .arg(instance));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
    }

    void serversShareGuestsAndRemoveADeadOne()
    {
        // A document for test-vm, so that the guest's request is answered and counted without error.
        const QString path = m_dir.filePath(u"test-vm.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("metadata:\n  instance_id: i-shared\n");
        file.close();
        QProcess put;
        put.setProcessEnvironment(ServeMetadataProcess::environmentWith(m_postgres->password()));
        put.start(ServeMetadataProcess::program(),
            QStringList { u"metadata"_s, u"put"_s, u"--vm"_s, u"test-vm"_s, path } + storeArguments());
        QVERIFY(put.waitForFinished(30000));
        QVERIFY2(put.exitCode() == 0, put.readAllStandardError().constData());

        constexpr int heartbeatMs = 300;
        constexpr int timeoutMs = 3000;
        const QStringList timing { u"--heartbeat-ms"_s, QString::number(heartbeatMs), u"--instance-timeout-ms"_s,
            QString::number(timeoutMs) };
        Server a;
        Server b;
        const quint16 portA = a.start(storeArguments() + timing, m_postgres->password());
        QVERIFY2(portA != 0, qPrintable(a.log()));
        QVERIFY2(b.start(storeArguments() + timing, m_postgres->password()) != 0, qPrintable(b.log()));
        const QString instanceA = a.instance();
        const QString instanceB = b.instance();
        QVERIFY2(!instanceA.isEmpty(), qPrintable(a.log()));
        QVERIFY2(!instanceB.isEmpty(), qPrintable(b.log()));
        QVERIFY(instanceA != instanceB);
        QCOMPARE(select(u"SELECT address FROM vmdesk_instances WHERE instance = '%1'"_s.arg(instanceA)),
            Rows { { u"127.0.0.1:%1"_s.arg(portA) } });

        // A guest on A appears under A's instance with its name and its one request.
        EsxiEmulator guest({});
        guest.connectToServer(portA);
        QVERIFY(guest.waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(guest.request("METADATA").value_or(QByteArray()).contains("i-shared"));
        QVERIFY2(QTest::qWaitFor([&] { return guestsOf(instanceA).endsWith(u" test-vm 1 0"_s); }, waitMs),
            qPrintable(guestsOf(instanceA)));
        QCOMPARE(guestsOf(instanceB), QString());

        // A dies without a word: its rows stay until its heartbeat is older than the timeout.
        a.kill();
        QElapsedTimer sinceKill;
        sinceKill.start();
        QTest::qWait(timeoutMs - heartbeatMs - 1000);
        QVERIFY2(guestsOf(instanceA).endsWith(u" test-vm 1 0"_s), qPrintable(b.log()));
        QVERIFY(QTest::qWaitFor(
            [&] { return select(u"SELECT 1 FROM vmdesk_instances WHERE instance = '%1'"_s.arg(instanceA)).isEmpty(); },
            waitMs));
        QVERIFY2(sinceKill.elapsed() >= timeoutMs - heartbeatMs, qPrintable(QString::number(sinceKill.elapsed())));
        QCOMPARE(guestsOf(instanceA), QString()); // the cascade
        QVERIFY2(b.log().contains(u"removed instance %1 and its guests"_s.arg(instanceA)), qPrintable(b.log()));

        // B stops cleanly: it takes its own row with it rather than leaving it to time out.
        QCOMPARE(
            select(u"SELECT count(*) FROM vmdesk_instances WHERE instance = '%1'"_s.arg(instanceB)), Rows { { 1 } });
        QCOMPARE(b.stop(), 0);
        QCOMPARE(
            select(u"SELECT count(*) FROM vmdesk_instances WHERE instance = '%1'"_s.arg(instanceB)), Rows { { 0 } });
        QVERIFY2(!b.log().contains(m_postgres->password()), qPrintable(b.log()));
    }

    void coalescesAndRepublishesAfterAnOutage()
    {
        GuestRegistry local;
        SharedGuestRegistry::Timing timing;
        timing.heartbeatMs = 200;
        timing.coalesceMs = 500;
        timing.firstRetryMs = 200;
        timing.maxRetryMs = 400;
        auto shared = std::make_unique<SharedGuestRegistry>(
            &local, store(), m_postgres->password(), u"in-process"_s, nullptr, timing);
        QSignalSpy state(shared.get(), &SharedGuestRegistry::connectionChanged);
        QSignalSpy published(shared.get(), &SharedGuestRegistry::guestPublished);
        QSignalSpy unpublished(shared.get(), &SharedGuestRegistry::guestUnpublished);
        const QString instance = shared->instanceId().toString(QUuid::WithoutBraces);
        QVERIFY(QTest::qWaitFor([&] { return count(state, true) == 1; }, waitMs));

        // A guest still negotiating is not shared; once identified it is, at once.
        GuestInfo negotiating = servingGuest(1, {}, 0);
        negotiating.state = GuestInfo::State::Negotiating;
        local.add(negotiating);
        local.update(servingGuest(1, u"vm-one"_s, 0));
        QVERIFY(published.wait(waitMs));
        QCOMPARE(guestsOf(instance), u"1 vm-one 0 0"_s);

        // A burst of 50 changes is one more write, of the last state.
        published.clear();
        for (int requests = 1; requests <= 50; ++requests) {
            local.update(servingGuest(1, u"vm-one"_s, requests));
        }
        QVERIFY(published.wait(waitMs));
        QTest::qWait(timing.coalesceMs * 2);
        QCOMPARE(published.count(), 1);
        QCOMPARE(guestsOf(instance), u"1 vm-one 50 0"_s);

        // The database goes away: said once, the guests change meanwhile, everything is back after.
        local.add(servingGuest(2, u"vm-two"_s, 1));
        QVERIFY(QTest::qWaitFor([&] { return guestsOf(instance).contains(u"vm-two"_s); }, waitMs));
        QVERIFY(m_postgres->stop());
        QVERIFY(QTest::qWaitFor([&] { return count(state, false) == 1; }, waitMs));
        local.update(servingGuest(1, u"vm-one"_s, 77));
        local.remove(2);
        local.add(servingGuest(3, u"vm-three"_s, 5));
        QTest::qWait(2000); // several failed retries
        QCOMPARE(count(state, false), 1);
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->errorString()));
        QVERIFY(QTest::qWaitFor([&] { return count(state, true) == 2; }, waitMs));
        QCOMPARE(guestsOf(instance), u"1 vm-one 77 0\n3 vm-three 5 0"_s);

        // Taken for dead by another instance (here: deleted by hand), it registers again.
        published.clear();
        QCOMPARE(
            select(u"DELETE FROM vmdesk_instances WHERE instance = '%1' RETURNING 1"_s.arg(instance)), Rows { { 1 } });
        QVERIFY(QTest::qWaitFor([&] { return guestsOf(instance) == u"1 vm-one 77 0\n3 vm-three 5 0"_s; }, waitMs));

        // A closed guest leaves the table; a clean shutdown takes the instance with it.
        unpublished.clear();
        local.close(3, 60000);
        QVERIFY(unpublished.wait(waitMs));
        QCOMPARE(unpublished.first().first().value<quint64>(), quint64(3));
        QCOMPARE(guestsOf(instance), u"1 vm-one 77 0"_s);
        shared.reset();
        QCOMPARE(select(u"SELECT count(*) FROM vmdesk_guests WHERE instance = '%1'"_s.arg(instance)), Rows { { 0 } });
    }
};

VMDESK_TEST_GUILESS_MAIN(TestSharedGuestRegistry)
#include "tst_sharedguestregistry.moc"
