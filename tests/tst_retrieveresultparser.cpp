// SPDX-License-Identifier: GPL-3.0-or-later
// RetrieveResultParser on answers shaped like vCenter's, fed whole and split at every byte.
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "support/testmain.h"
#include "vsphere/retrieveresultparser.h"

using namespace Qt::StringLiterals;

namespace {

// Shaped like vCenter's answers: entities, an empty value, a reference, arrays, a token.
QByteArray testData(const QString& name)
{
    QFile file(QFINDTESTDATA(u"data/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
const QByteArray page = testData(u"retrieve-page.xml"_s);
const QByteArray fault = testData(u"not-authenticated-fault.xml"_s);

void checkPage(const RetrieveResult& result)
{
    QCOMPARE(result.token, u"page-2"_s);
    QCOMPARE(result.objects.size(), 2);
    const ObjectContent& first = result.objects.at(0);
    QCOMPARE(first.obj.type, u"VirtualMachine"_s);
    QCOMPARE(first.obj.value, u"vm-42"_s);
    QCOMPARE(first.properties.size(), 4);
    QCOMPARE(first.properties.value(u"name"_s).text, u"web & db 01"_s);
    QCOMPARE(
        first.properties.value(u"runtime.host"_s).reference(), (ManagedObjectRef { u"HostSystem"_s, u"host-7"_s }));
    QVERIFY(first.properties.contains(u"config.annotation"_s));
    QCOMPARE(first.properties.value(u"config.annotation"_s).text, QString());
    const QList<QHash<QString, QString>> custom = first.properties.value(u"customValue"_s).items;
    QCOMPARE(custom.size(), 2);
    QCOMPARE(custom.at(0).value(u"key"_s), u"101"_s);
    QCOMPARE(custom.at(0).value(u"value"_s), u"alice"_s);
    QCOMPARE(custom.at(1).value(u"value"_s), u"prod"_s);
    const ObjectContent& second = result.objects.at(1);
    QCOMPARE(second.obj.value, u"vm-43"_s);
    const QList<QHash<QString, QString>> addresses = second.properties.value(u"guest.net"_s).items;
    QCOMPARE(addresses.size(), 2);
    QCOMPARE(addresses.at(1).value(QString()), u"fe80::1"_s);
}
} // namespace

class TestRetrieveResultParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAWholePage()
    {
        QVERIFY(!page.isEmpty() && !fault.isEmpty());
        RetrieveResultParser parser;
        parser.addData(page);
        QVERIFY(parser.finish());
        QVERIFY(!parser.isFault());
        checkPage(parser.result());
    }

    void readsAPageSplitAtEveryByte()
    {
        RetrieveResultParser parser;
        for (char byte : page) {
            parser.addData(QByteArray(1, byte));
        }
        QVERIFY(parser.finish());
        checkPage(parser.result());
    }

    void readsAPageInRandomChunks()
    {
        QRandomGenerator random(20261122);
        for (int round = 0; round < 200; ++round) {
            RetrieveResultParser parser;
            for (qsizetype at = 0; at < page.size();) {
                const qsizetype length = random.bounded(1, 64);
                parser.addData(page.mid(at, length));
                at += length;
            }
            QVERIFY(parser.finish());
            checkPage(parser.result());
        }
    }

    void readsAFault()
    {
        RetrieveResultParser parser;
        parser.addData(fault.left(100));
        parser.addData(fault.mid(100));
        QVERIFY(parser.finish());
        QVERIFY(parser.isFault());
        QCOMPARE(parser.faultType(), u"NotAuthenticated"_s);
        QCOMPARE(parser.faultString(), u"The session is not authenticated."_s);
        QVERIFY(parser.result().objects.isEmpty());
    }

    void faultWithoutTypeIsNamedByItsElement()
    {
        QByteArray untyped = fault;
        untyped.replace(" xsi:type=\"NotAuthenticated\"", "").replace("NotAuthenticatedFault", "InvalidLoginFault");
        RetrieveResultParser parser;
        parser.addData(untyped);
        QVERIFY(parser.finish());
        QCOMPARE(parser.faultType(), u"InvalidLogin"_s);
    }

    void truncatedAnswerIsIncomplete()
    {
        RetrieveResultParser parser;
        parser.addData(page.left(page.size() / 2));
        QVERIFY(!parser.finish());
        QCOMPARE(parser.errorString(), u"The answer ended early."_s);
    }

    void malformedAnswerSaysWhere()
    {
        QByteArray broken = page;
        broken.replace("</propSet>\n<propSet><name>runtime.host", "</propset>\n<propSet><name>runtime.host");
        RetrieveResultParser parser;
        parser.addData(broken);
        QVERIFY(!parser.finish());
        QVERIFY2(parser.errorString().startsWith(u"line 5:"_s), qPrintable(parser.errorString()));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestRetrieveResultParser)
#include "tst_retrieveresultparser.moc"
