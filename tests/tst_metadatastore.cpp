// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "cloudinit/metadatastore.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

class TestMetadataStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeUrls()
    {
        QString error;
        const auto file = MetadataStore::parse(u"file:/srv/metadata/"_s, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->kind(), MetadataStore::Kind::File);
        QCOMPARE(file->display(), u"file:/srv/metadata"_s);
        QCOMPARE(MetadataStore::parse(u"/srv/metadata"_s, &error), file);
        QCOMPARE(MetadataStore::parse(u"file:///srv/metadata"_s, &error), file);

        const auto postgres
            = MetadataStore::parse(u"postgresql://meta@db.example.org:5433/vmdesk?sslmode=require"_s, &error);
        QVERIFY2(postgres, qPrintable(error));
        QCOMPARE(postgres->kind(), MetadataStore::Kind::Postgres);
        QCOMPARE(postgres->user(), u"meta"_s);
        QCOMPARE(postgres->host(), u"db.example.org"_s);
        QCOMPARE(postgres->port(), 5433);
        QCOMPARE(postgres->database(), u"vmdesk"_s);
        QCOMPARE(postgres->sslMode(), u"require"_s);
        QCOMPARE(postgres->display(), u"postgresql://meta@db.example.org:5433/vmdesk?sslmode=require"_s);
        const auto shortForm = MetadataStore::parse(u"postgres://meta@[::1]/vmdesk"_s, &error);
        QVERIFY2(shortForm, qPrintable(error));
        QCOMPARE(shortForm->port(), MetadataStore::defaultPostgresPort);
        QCOMPARE(shortForm->display(), u"postgresql://meta@[::1]:5432/vmdesk"_s);
    }

    void badStoreUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("password") << u"postgresql://meta:s3cret-Pw@db/vmdesk"_s << u"--password-env"_s;
        QTest::newRow("password with slash") << u"postgresql://meta:s3cret/Pw@db/vmdesk"_s << u"keychain"_s;
        QTest::newRow("no user") << u"postgresql://db.example.org/vmdesk"_s << u"no user"_s;
        QTest::newRow("no host") << u"postgresql://meta@/vmdesk"_s << u"no host"_s;
        QTest::newRow("no database") << u"postgresql://meta@db:5432"_s << u"no database"_s;
        QTest::newRow("bad port") << u"postgresql://meta@db:99999/vmdesk"_s << u"malformed store URL"_s;
        QTest::newRow("no slashes") << u"postgresql:meta@db/vmdesk"_s << u"malformed store URL"_s;
        QTest::newRow("unknown option") << u"postgresql://meta@db/vmdesk?password=x"_s << u"unknown option"_s;
        QTest::newRow("bad sslmode") << u"postgresql://meta@db/vmdesk?sslmode=sometimes"_s << u"sslmode"_s;
        QTest::newRow("unknown type") << u"mysql://meta:s3cret-Pw@db/vmdesk"_s << u"unknown store type \"mysql:\""_s;
        QTest::newRow("remote file") << u"file://fileserver/metadata"_s << u"local directory"_s;
        QTest::newRow("empty") << u"  "_s << u"empty"_s;
    }

    void badStoreUrls()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MetadataStore::parse(text, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains(u"s3cret"_s), qPrintable(error));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestMetadataStore)
#include "tst_metadatastore.moc"
