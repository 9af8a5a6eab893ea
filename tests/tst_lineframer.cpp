// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "support/testmain.h"
#include "vspc/lineframer.h"
#include "vspc/metadatapacket.h"

class TestLineFramer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joinsFragmentsAndStripsCr()
    {
        LineFramer framer;
        QCOMPARE(framer.feed("!!REQUE"), QList<QByteArray>());
        QCOMPARE(framer.feed("ST_METADAT"), QList<QByteArray>());
        QCOMPARE(framer.feed("A#\r\n!!REQUEST_USERDATA#\n"),
            (QList<QByteArray> { "!!REQUEST_METADATA#", "!!REQUEST_USERDATA#" }));
        QCOMPARE(framer.buffered(), 0);
    }

    void ignoresConsoleNoise()
    {
        LineFramer framer;
        QCOMPARE(framer.feed("[    1.234] booting\nlogin: \n\r!!REQUEST_NETWORKDATA#\n"),
            QList<QByteArray> { "!!REQUEST_NETWORKDATA#" });
        QCOMPARE(framer.noiseLines(), 2);
    }

    void resynchronisesAfterAnOverlongLine()
    {
        LineFramer framer(32);
        QCOMPARE(framer.feed(QByteArray(1024 * 1024, 'x')), QList<QByteArray>()); // 1 MB without a newline
        QCOMPARE(framer.overlongLines(), 1);
        QVERIFY(framer.buffered() <= 32);
        QCOMPARE(
            framer.feed("still the long line\n!!REQUEST_METADATA#\n"), QList<QByteArray> { "!!REQUEST_METADATA#" });
    }

    void parsesPackets()
    {
        using namespace MetadataPacket;
        QCOMPARE(parse("!!REQUEST_METADATA#").request, Request::MetaData);
        QCOMPARE(parse("!!REQUEST_NETWORKDATA#e30=").request, Request::NetworkData);
        QCOMPARE(parse("!!REQUEST_USERDATA#").request, Request::UserData);
        const ParsedRequest unknown = parse("!!FOO#");
        QCOMPARE(unknown.request, Request::Invalid);
        QCOMPARE(unknown.code, QByteArray("FOO"));
        QVERIFY(!unknown.problem.isEmpty());
        QCOMPARE(parse("!!REQUEST_METADATA").request, Request::Invalid);
    }

    void writesSeedCompatibleResponses()
    {
        using namespace MetadataPacket;
        const QByteArray json = R"({"instance-id": "i-test-vm", "local-hostname": "test-vm"})";
        QCOMPARE(response(Request::MetaData, json, LineEnding::LfCr),
            QByteArray("!!RESPONSE_METADATA#"
                       "eyJpbnN0YW5jZS1pZCI6ICJpLXRlc3Qtdm0iLCAibG9jYWwtaG9zdG5hbWUiOiAidGVzdC12bSJ9\n\r"));
        QVERIFY(response(Request::UserData, "x", LineEnding::Lf).endsWith("#eA==\n"));
        QCOMPARE(error(QStringLiteral("no file"), LineEnding::Lf), QByteArray("!!ERROR#bm8gZmlsZQ==\n"));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestLineFramer)
#include "tst_lineframer.moc"
