// SPDX-License-Identifier: GPL-3.0-or-later
// The settings schema: the version is stamped, a file from a newer vmdesk is not, values that do
// not fit their key are logged and dropped, unknown keys are logged and left alone.
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "core/appsettings.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_file = 0;

    std::unique_ptr<QSettings> settingsWith(const QList<std::pair<QString, QVariant>>& values)
    {
        auto settings = std::make_unique<QSettings>(m_dir.filePath(u"%1.conf"_s.arg(++m_file)), QSettings::IniFormat);
        for (const auto& [key, value] : values) {
            settings->setValue(key, value);
        }
        settings->sync();
        // Read back from the file, as at start: every value a string, as QSettings gives them then.
        return std::make_unique<QSettings>(settings->fileName(), QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QTest::failOnWarning(QRegularExpression(u".*"_s)); // only the messages a test expects
    }

    void aFileWithoutVersionIsStampedAndKept()
    {
        const auto settings = settingsWith({ { u"metadata/port"_s, 13371 }, { u"metadata/address"_s, u"::"_s },
            { u"metadata/uris"_s, u"vSPC.py, my-metadata"_s }, { u"metadata/allowed"_s, u"10.0.0.0/8 192.0.2.7"_s },
            { u"metadata/key"_s, u"bios-uuid"_s }, { u"metadata/lfcr"_s, true },
            { u"metadata/directory"_s, u"/srv/metadata"_s }, { u"export/concurrent"_s, 4 },
            { u"export/output"_s, u"/srv/exports"_s }, { u"export/ova"_s, false },
            { u"appearance/theme"_s, u"dark"_s } });
        const QStringList before = settings->allKeys();
        QCOMPARE(AppSettings::check(*settings), QStringList());
        QCOMPARE(settings->value(AppSettings::versionKey()).toInt(), AppSettings::schemaVersion);
        QCOMPARE(settings->allKeys().size(), before.size() + 1);
        QCOMPARE(settings->value(u"metadata/port"_s).toInt(), 13371);
        QCOMPARE(settings->value(u"appearance/theme"_s).toString(), u"dark"_s);
        // A second start finds nothing to say either.
        QCOMPARE(AppSettings::check(*settings), QStringList());
    }

    void anEmptyFileGetsTheCurrentVersion()
    {
        const auto settings = settingsWith({});
        QCOMPARE(AppSettings::check(*settings), QStringList());
        QCOMPARE(settings->value(AppSettings::versionKey()).toInt(), AppSettings::schemaVersion);
    }

    void unknownKeysAreLoggedAndLeftAlone()
    {
        const auto settings = settingsWith(
            { { u"colour"_s, u"red"_s }, { u"metadata/colour"_s, u"red"_s }, { u"plugins/enabled"_s, true } });
        for (const QString& key : { u"colour"_s, u"metadata/colour"_s, u"plugins/enabled"_s }) {
            QTest::ignoreMessage(QtWarningMsg, qPrintable(u"settings: ignoring the unknown key "_s + key));
        }
        QCOMPARE(AppSettings::check(*settings).size(), 3);
        QCOMPARE(settings->value(u"metadata/colour"_s).toString(), u"red"_s);
        QCOMPARE(settings->value(u"colour"_s).toString(), u"red"_s);
    }

    void theGroupsOtherClassesOwnAreNotQuestioned()
    {
        const auto settings = settingsWith({ { u"mainWindow/geometry"_s, QByteArray("\x01\x02\xff", 3) },
            { u"mainWindow/page"_s, 2 }, { u"inventory/state"_s, QByteArray("state") },
            { u"connection/lastUrl"_s, u"https://vc.example.com/sdk"_s }, { u"profiles/size"_s, 1 },
            { u"profiles/1/name"_s, u"lab"_s }, { u"profiles/1/connectOnStart"_s, true } });
        QCOMPARE(AppSettings::check(*settings), QStringList());
        QCOMPARE(settings->value(u"profiles/1/name"_s).toString(), u"lab"_s);
        QCOMPARE(settings->value(u"mainWindow/geometry"_s).toByteArray(), QByteArray("\x01\x02\xff", 3));
    }

    void valuesThatDoNotFitAreLoggedAndDropped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("port too high") << u"metadata/port"_s << QVariant(99999);
        QTest::newRow("port not a number") << u"metadata/port"_s << QVariant(u"http"_s);
        QTest::newRow("address") << u"metadata/address"_s << QVariant(u"metadata.example.com"_s);
        QTest::newRow("uri with a space") << u"metadata/uris"_s << QVariant(u"my metadata"_s);
        QTest::newRow("network") << u"metadata/allowed"_s << QVariant(u"10.0.0.0/99"_s);
        QTest::newRow("relative folder") << u"metadata/directory"_s << QVariant(u"metadata"_s);
        QTest::newRow("lookup key") << u"metadata/key"_s << QVariant(u"ip"_s);
        QTest::newRow("line ending") << u"metadata/lfcr"_s << QVariant(u"maybe"_s);
        QTest::newRow("no exports at once") << u"export/concurrent"_s << QVariant(0);
        QTest::newRow("export folder") << u"export/output"_s << QVariant(u"~/exports"_s);
        QTest::newRow("theme") << u"appearance/theme"_s << QVariant(u"purple"_s);
    }

    void valuesThatDoNotFitAreLoggedAndDropped()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        const auto settings = settingsWith(
            { { key, value }, { u"metadata/port"_s == key ? u"export/concurrent"_s : u"metadata/port"_s, 3 } });
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"^settings: ignoring %1 = \"%2\": .+"_s.arg(
                QRegularExpression::escape(key), QRegularExpression::escape(value.toString()))));
        QCOMPARE(AppSettings::check(*settings).size(), 1);
        QVERIFY(!settings->contains(key)); // its reader falls back to its default
        QCOMPARE(settings->allKeys().size(), 2); // the valid neighbour and the version
        QVERIFY(!AppSettings::validate(key, value).isEmpty());
    }

    void aNewerVersionIsReadButNotOverwritten()
    {
        const auto settings = settingsWith({ { AppSettings::versionKey(), AppSettings::schemaVersion + 6 },
            { u"metadata/port"_s, 2000 }, { u"metadata/tls"_s, true } });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^settings: written by a newer vmdesk \\(schema 7,"_s));
        QTest::ignoreMessage(QtWarningMsg, "settings: ignoring the unknown key metadata/tls");
        QCOMPARE(AppSettings::check(*settings).size(), 2);
        QCOMPARE(settings->value(AppSettings::versionKey()).toInt(), AppSettings::schemaVersion + 6);
        QCOMPARE(settings->value(u"metadata/port"_s).toInt(), 2000);
        QVERIFY(settings->contains(u"metadata/tls"_s));
    }

    void aVersionThatIsNoNumberIsReplaced()
    {
        const auto settings = settingsWith({ { AppSettings::versionKey(), u"one"_s }, { u"metadata/port"_s, 2000 } });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^settings: the version \"one\" is not a number"_s));
        QCOMPARE(AppSettings::check(*settings).size(), 1);
        QCOMPARE(settings->value(AppSettings::versionKey()).toInt(), AppSettings::schemaVersion);
        QCOMPARE(settings->value(u"metadata/port"_s).toInt(), 2000);
    }

    void validateKnowsEveryKeyItChecks()
    {
        QVERIFY(AppSettings::validate(u"metadata/port"_s, 0).isEmpty()); // any free port
        QVERIFY(AppSettings::validate(u"metadata/allowed"_s, QString()).isEmpty()); // any host
        QVERIFY(AppSettings::validate(u"metadata/address"_s, u"0.0.0.0"_s).isEmpty());
        QVERIFY(AppSettings::validate(u"export/output"_s, QString()).isEmpty());
        QVERIFY(!AppSettings::validate(u"metadata/nothing"_s, 1).isEmpty());
        for (const QString& key : AppSettings::knownKeys()) {
            QVERIFY2(key.contains(u'/'), qPrintable(key));
            QVERIFY2(!AppSettings::ownedGroups().contains(key.section(u'/', 0, 0)), qPrintable(key));
        }
        for (const QString& key : { u"metadata/address"_s, u"metadata/port"_s, u"metadata/uris"_s,
                 u"metadata/allowed"_s, u"metadata/directory"_s, u"metadata/key"_s, u"export/output"_s,
                 u"export/concurrent"_s, u"appearance/theme"_s }) {
            QVERIFY2(AppSettings::knownKeys().contains(key), qPrintable(key));
        }
    }
};

VMDESK_TEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
