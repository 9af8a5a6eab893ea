// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "support/testmain.h"
#include "vsphere/connectionparameters.h"

using namespace Qt::StringLiterals;

class TestConnectionParameters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalizesUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << u"vcenter.example.com"_s << u"https://vcenter.example.com/sdk"_s;
        QTest::newRow("https root") << u"https://vc.lab/"_s << u"https://vc.lab/sdk"_s;
        QTest::newRow("full sdk url") << u"http://127.0.0.1:8989/sdk"_s << u"http://127.0.0.1:8989/sdk"_s;
        QTest::newRow("spaces") << u"  vc.lab  "_s << u"https://vc.lab/sdk"_s;
        QTest::newRow("credentials dropped") << u"https://root:secret@vc.lab/sdk"_s << u"https://vc.lab/sdk"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("other scheme") << u"ftp://vc.lab"_s << QString();
        QTest::newRow("not a url") << u"not a url"_s << QString();
        QTest::newRow("space in host") << u"https://vc lab/sdk"_s << QString();
    }

    void normalizesUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ConnectionParameters::normalizedSdkUrl(input).toString(), expected);
    }

    void saysWhyAnAddressIsRefused()
    {
        QString why;
        QVERIFY(!ConnectionParameters::normalizedSdkUrl(u"not a url"_s, &why).isValid());
        QVERIFY2(why.contains(u"\"not a url\" is not an address"_s), qPrintable(why));
        QVERIFY(!why.contains(u"http://https"_s));
        QVERIFY(!ConnectionParameters::normalizedSdkUrl(u"ftp://vc.lab"_s, &why).isValid());
        QVERIFY2(why.contains(u"https://"_s), qPrintable(why));
    }

    void secretKeyNamesUserHostAndPort()
    {
        ConnectionParameters https { QUrl(u"https://vc.lab/sdk"_s), u"admin"_s, {} };
        QCOMPARE(https.secretKey(), u"admin@vc.lab:443"_s);
        ConnectionParameters http { QUrl(u"http://127.0.0.1:8989/sdk"_s), u"u"_s, {} };
        QCOMPARE(http.secretKey(), u"u@127.0.0.1:8989"_s);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestConnectionParameters)
#include "tst_connectionparameters.moc"
