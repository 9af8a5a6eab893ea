// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

#include "cloudinit/metadatastore.h"
#include "cloudinit/postgresdriver.h"
#include "support/postgresinstance.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;
const QString vcUuid = u"42a1b2c3-d4e5-f607-1829-3a4b5c6d7e8f"_s;
const QString biosUuid = u"564d1111-2222-3333-4444-555566667777"_s;
const QString sharedBios = u"564d1111-2222-3333-4444-555566668888"_s;

template <typename T> T resultOf(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, waitMs) || future.resultCount() == 0) {
        return T {};
    }
    return future.result();
}

bool waitForState(QSignalSpy& spy, bool up, QString* message = nullptr)
{
    const bool seen = QTest::qWaitFor(
        [&] {
            return std::any_of(spy.cbegin(), spy.cend(), [&](const auto& args) { return args.at(0).toBool() == up; });
        },
        waitMs);
    for (const QList<QVariant>& args : std::as_const(spy)) {
        if (message && args.at(0).toBool() == up) {
            *message = args.at(1).toString();
        }
    }
    return seen;
}

// The instance id of the document found, or why there is none: comparable either way.
QString instanceIdOf(MetadataDriver& driver, const QString& key)
{
    const MetadataDriver::Lookup found = resultOf(driver.lookup(key));
    return found.document ? found.document->instanceId : u"no document: "_s + found.error;
}

QString documentFor(const QString& instanceId)
{
    return u"# managed by the test\nmetadata:\n  instance_id: %1\n"_s.arg(instanceId);
}
} // namespace

class TestPostgresDriver : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;
    MetadataStore m_store;

    // A driver that is connected, with short delays so that outages are noticed quickly.
    std::unique_ptr<PostgresDriver> connectedDriver(QString* message = nullptr)
    {
        PostgresDriver::Timing timing;
        timing.healthCheckMs = 200;
        timing.firstRetryMs = 200;
        timing.maxRetryMs = 800;
        timing.connectTimeoutSeconds = 2;
        auto driver = std::make_unique<PostgresDriver>(m_store, m_postgres->password(), nullptr, timing);
        QSignalSpy spy(driver.get(), &PostgresDriver::connectionChanged);
        if (!waitForState(spy, true, message)) {
            return nullptr;
        }
        return driver;
    }

    // Asks the database directly, on a thread of its own as Qt's SQL module wants.
    QVariant scalar(const QString& statement)
    {
        QFuture<QVariant> result = QtConcurrent::run([this, statement] {
            QVariant value;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"test-check"_s);
                db.setHostName(m_store.host());
                db.setPort(m_store.port());
                db.setDatabaseName(m_store.database());
                db.setUserName(m_store.user());
                db.setPassword(m_postgres->password());
                if (QSqlQuery query(db); db.open() && query.exec(statement) && query.next()) {
                    value = query.value(0);
                }
            }
            QSqlDatabase::removeDatabase(u"test-check"_s);
            return value;
        });
        return resultOf(result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
        QString error;
        const auto store = MetadataStore::parse(m_postgres->url(), &error);
        QVERIFY2(store, qPrintable(error));
        m_store = *store;
    }

    void createsItsSchemaOnceAndFindsItAgain()
    {
        QCOMPARE(scalar(u"SELECT count(*) FROM pg_tables WHERE tablename LIKE 'vmdesk%'"_s).toInt(), 0);
        QString message;
        auto first = connectedDriver(&message);
        QVERIFY(first);
        QVERIFY2(message.contains(u"created its tables (schema version 1)"_s), qPrintable(message));
        QVERIFY2(message.contains(m_postgres->url()), qPrintable(message));
        auto second = connectedDriver(&message);
        QVERIFY(second);
        QVERIFY2(!message.contains(u"created"_s) && message.contains(u"schema version 1"_s), qPrintable(message));
        QCOMPARE(scalar(u"SELECT count(*) FROM vmdesk_schema_version"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT max(version) FROM vmdesk_schema_version"_s).toInt(), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM vmdesk_documents"_s).toInt(), 0);
    }

    void refusesASchemaNewerThanItKnows()
    {
        QCOMPARE(scalar(u"INSERT INTO vmdesk_schema_version (version) VALUES (2) RETURNING version"_s).toInt(), 2);
        PostgresDriver driver(m_store, m_postgres->password());
        QSignalSpy spy(&driver, &PostgresDriver::connectionChanged);
        QString message;
        const bool refused = waitForState(spy, false, &message);
        QCOMPARE(scalar(u"DELETE FROM vmdesk_schema_version WHERE version = 2 RETURNING version"_s).toInt(), 2);
        QVERIFY(refused);
        QVERIFY2(message.contains(u"is 2, newer than this vmdesk knows (1): upgrade vmdesk"_s), qPrintable(message));
        QVERIFY(!driver.isConnected());
    }

    void aWrongPasswordIsAClearMessageWithoutThePassword()
    {
        PostgresDriver driver(m_store, u"wrong-Secret-9"_s);
        QSignalSpy spy(&driver, &PostgresDriver::connectionChanged);
        QString message;
        QVERIFY(waitForState(spy, false, &message));
        QVERIFY2(message.contains(u"password authentication failed"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"wrong-Secret-9"_s), qPrintable(message));
        QVERIFY(!driver.isConnected());
        const MetadataDriver::Lookup lookup = resultOf(driver.lookup(u"web-1"_s));
        QVERIFY(!lookup.document);
        QVERIFY2(lookup.error.contains(u"unavailable"_s), qPrintable(lookup.error));
    }

    void findsADocumentByNameAndByEitherUuid()
    {
        auto driver = connectedDriver();
        QVERIFY(driver);
        QSignalSpy changed(driver.get(), &MetadataDriver::documentChanged);
        // Given in upper case and braces, as some tools print them: found all the same.
        const PostgresDriver::Changed saved = resultOf(driver->save(
            u"web-1"_s, documentFor(u"i-web-1"_s).toUtf8(), u"{"_s + vcUuid.toUpper() + u"}"_s, biosUuid.toUpper()));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(changed.contains(QVariantList { u"web-1"_s }));
        for (const QString& key : { u"web-1"_s, vcUuid, biosUuid, biosUuid.toUpper() }) {
            const MetadataDriver::Lookup found = resultOf(driver->lookup(key));
            QVERIFY2(found.document, qPrintable(key + u": "_s + found.error));
            QCOMPARE(found.document->instanceId, u"i-web-1"_s);
        }
        const PostgresDriver::Fetched fetched = resultOf(driver->fetch(biosUuid));
        QVERIFY2(fetched.document, qPrintable(fetched.error));
        QCOMPARE(fetched.document->key, u"web-1"_s);
        QCOMPARE(fetched.document->vcUuid, vcUuid);
        QCOMPARE(fetched.document->biosUuid, biosUuid);
        QVERIFY(fetched.document->updated.isValid());

        const MetadataDriver::Lookup missing = resultOf(driver->lookup(u"nobody"_s));
        QVERIFY(!missing.document);
        QVERIFY2(missing.error.contains(u"no document for nobody"_s), qPrintable(missing.error));
        QCOMPARE(missing.guestError, u"no document for this VM"_s);
        const MetadataDriver::Lookup invalid = resultOf(driver->lookup(u"../etc/passwd"_s));
        QVERIFY(!invalid.document);
        QVERIFY(invalid.error.contains(u"unsafe"_s));
    }

    void keepsTheTextByteForByte()
    {
        auto driver = connectedDriver();
        QVERIFY(driver);
        const QByteArray yaml = "\xEF\xBB\xBF# Grüße, 東京, \xF0\x9F\x9A\x80 and a tab:\t\r\n"
                                "metadata:   \r\n"
                                "  instance_id: 'it''s \\n not a newline ? $1 :name'   # trailing\n"
                                "\n\n  \t\n"
                                "userdata: |\n  #cloud-config\n  runcmd: [\"echo \\\"quoted\\\"\"]\n";
        const PostgresDriver::Changed saved = resultOf(driver->save(u"bytes"_s, yaml));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const PostgresDriver::Fetched fetched = resultOf(driver->fetch(u"bytes"_s));
        QVERIFY2(fetched.document, qPrintable(fetched.error));
        QCOMPARE(fetched.document->yaml, yaml);
        QVERIFY(fetched.document->vcUuid.isEmpty());
        const MetadataDriver::Lookup found = resultOf(driver->lookup(u"bytes"_s));
        QVERIFY2(found.document, qPrintable(found.error));
        QCOMPARE(found.document->instanceId, u"it's \\n not a newline ? $1 :name"_s);
    }

    void refusesWhatItCannotKeep_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("vc");
        QTest::addColumn<QString>("message");
        QTest::newRow("path") << u"../x"_s << QByteArray("a: 1\n") << QString() << u"cannot name a document"_s;
        QTest::newRow("uuid") << u"web-2"_s << QByteArray("a: 1\n") << u"not-a-uuid"_s
                              << u"\"not-a-uuid\" is not a UUID"_s;
        QTest::newRow("latin-1") << u"web-2"_s << QByteArray("a: caf\xE9\n") << QString() << u"not UTF-8"_s;
        QTest::newRow("nul") << u"web-2"_s << QByteArray("a: 1\n\0", 6) << QString() << u"NUL"_s;
        QTest::newRow("taken uuid") << u"web-2"_s << QByteArray("a: 1\n") << vcUuid << u"already belongs to web-1"_s;
    }

    void refusesWhatItCannotKeep()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, yaml);
        QFETCH(QString, vc);
        QFETCH(QString, message);
        auto driver = connectedDriver();
        QVERIFY(driver);
        const PostgresDriver::Changed saved = resultOf(driver->save(key, yaml, vc));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error.contains(message), qPrintable(saved.error));
        QVERIFY(!saved.unavailable);
        QVERIFY(!resultOf(driver->keys()).keys.contains(key));
    }

    void listsAndRemoves()
    {
        auto driver = connectedDriver();
        QVERIFY(driver);
        QVERIFY(resultOf(driver->save(u"gone-soon"_s, documentFor(u"i-gone"_s).toUtf8())).ok());
        QVERIFY(resultOf(driver->lookup(u"gone-soon"_s)).document);
        const PostgresDriver::Keys listed = resultOf(driver->keys());
        QVERIFY2(listed.error.isEmpty(), qPrintable(listed.error));
        QCOMPARE(listed.keys, (QStringList { u"bytes"_s, u"gone-soon"_s, u"web-1"_s }));
        QSignalSpy changed(driver.get(), &MetadataDriver::documentChanged);
        const PostgresDriver::Changed removed = resultOf(driver->remove(u"gone-soon"_s));
        QVERIFY2(removed.ok(), qPrintable(removed.error));
        QVERIFY(changed.contains(QVariantList { u"gone-soon"_s }));
        QVERIFY(!resultOf(driver->lookup(u"gone-soon"_s)).document);
        const PostgresDriver::Changed again = resultOf(driver->remove(u"gone-soon"_s));
        QVERIFY2(again.error.contains(u"no document gone-soon"_s), qPrintable(again.error));
    }

    void anotherServerHearsOfEveryChange()
    {
        auto editor = connectedDriver();
        auto server = connectedDriver();
        QVERIFY(editor && server);
        // The save's own NOTIFY reaches the server some time later and empties its cache: wait for
        // it before filling the cache, or it may arrive between the lookups below.
        QSignalSpy heard(server.get(), &MetadataDriver::documentChanged);
        QVERIFY(resultOf(editor->save(u"shared"_s, documentFor(u"i-old"_s).toUtf8(), {}, sharedBios)).ok());
        QVERIFY(QTest::qWaitFor([&] { return heard.contains(QVariantList { u"shared"_s }); }, waitMs));
        QCOMPARE(instanceIdOf(*server, u"shared"_s), u"i-old"_s);
        QCOMPARE(instanceIdOf(*server, sharedBios), u"i-old"_s);
        QCOMPARE(server->cachedDocuments(), 2);

        QSignalSpy changed(server.get(), &MetadataDriver::documentChanged);
        QVERIFY(resultOf(editor->save(u"shared"_s, documentFor(u"i-new"_s).toUtf8(), {}, sharedBios)).ok());
        QVERIFY(QTest::qWaitFor([&] { return changed.size() >= 2; }, waitMs));
        QVERIFY(changed.contains(QVariantList { u"shared"_s }));
        QVERIFY(changed.contains(QVariantList { sharedBios }));
        QCOMPARE(server->cachedDocuments(), 0);
        QCOMPARE(instanceIdOf(*server, sharedBios), u"i-new"_s);
        const PostgresDriver::Fetched fetched = resultOf(server->fetch(u"shared"_s));
        QVERIFY2(fetched.document, qPrintable(fetched.error));
        QCOMPARE(fetched.document->yaml, documentFor(u"i-new"_s).toUtf8());

        changed.clear();
        QVERIFY(resultOf(editor->remove(u"shared"_s)).ok());
        QVERIFY(QTest::qWaitFor([&] { return changed.contains(QVariantList { u"shared"_s }); }, waitMs));
        QVERIFY(!resultOf(server->lookup(u"shared"_s)).document);
    }

    // Last: it stops the server.
    void servesFromItsCacheThroughAnOutageAndReconnects()
    {
        auto driver = connectedDriver();
        QVERIFY(driver);
        QVERIFY(resultOf(driver->lookup(u"web-1"_s)).document);
        QSignalSpy state(driver.get(), &PostgresDriver::connectionChanged);
        QSignalSpy changed(driver.get(), &MetadataDriver::documentChanged);

        QVERIFY2(m_postgres->stop(), qPrintable(m_postgres->errorString()));
        QString message;
        QVERIFY(waitForState(state, false, &message));
        QVERIFY2(message.contains(m_postgres->url()) && message.contains(u"reconnecting"_s), qPrintable(message));
        QVERIFY(!driver->isConnected());
        const MetadataDriver::Lookup cached = resultOf(driver->lookup(u"web-1"_s));
        QVERIFY2(cached.document, qPrintable(cached.error));
        QCOMPARE(cached.document->instanceId, u"i-web-1"_s);
        const MetadataDriver::Lookup uncached = resultOf(driver->lookup(u"bytes"_s));
        QVERIFY(!uncached.document);
        QVERIFY2(uncached.error.contains(u"unavailable"_s), qPrintable(uncached.error));
        const PostgresDriver::Changed refused = resultOf(driver->save(u"after"_s, documentFor(u"i-after"_s).toUtf8()));
        QVERIFY(!refused.ok() && refused.unavailable);

        state.clear();
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->errorString()));
        QVERIFY(waitForState(state, true, &message));
        QVERIFY(driver->isConnected());
        // Changes made while it was away were not announced to it: what it cached is dropped.
        QVERIFY(changed.contains(QVariantList { u"web-1"_s }));
        const PostgresDriver::Changed saved = resultOf(driver->save(u"after"_s, documentFor(u"i-after"_s).toUtf8()));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(instanceIdOf(*driver, u"after"_s), u"i-after"_s);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestPostgresDriver)
#include "tst_postgresdriver.moc"
