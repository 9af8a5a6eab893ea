// SPDX-License-Identifier: GPL-3.0-or-later
// The telnet codec and RFC 1143 option state, on the byte vectors of a real ESXi capture
// (shared/docs/vspc-test-vectors.txt), fed whole and split at every possible point.
#include <QTest>

#include "support/testmain.h"
#include "vspc/telnetcodec.h"
#include "vspc/telnetoptions.h"

namespace {
using Event = TelnetCodec::Event;

QByteArray bytes(const char* hex)
{
    return QByteArray::fromHex(hex);
}

// Events merged the way a reader sees them: adjacent data joined.
QList<Event> normalized(const QList<Event>& events)
{
    QList<Event> merged;
    for (const Event& event : events) {
        if (event.type == Event::Data && !merged.isEmpty() && merged.last().type == Event::Data) {
            merged.last().bytes += event.bytes;
        } else {
            merged.append(event);
        }
    }
    return merged;
}

QString describe(const QList<Event>& events)
{
    QStringList parts;
    for (const Event& e : events) {
        parts.append(QStringLiteral("%1/%2/%3/%4")
                         .arg(e.type)
                         .arg(e.verb)
                         .arg(e.option)
                         .arg(QString::fromLatin1(e.bytes.toHex())));
    }
    return parts.join(u' ');
}
} // namespace

class TestTelnetCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodesEveryVectorAtEverySplitPoint_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("expected");
        const auto sb = [](const char* payload) { return QStringLiteral("3/0/232/%1").arg(QLatin1String(payload)); };
        QTest::newRow("DO-PROXY C my-metadata")
            << bytes("fffae846436d792d6d65746164617461fff0") << sb("46436d792d6d65746164617461");
        QTest::newRow("VM-NAME") << bytes("fffae85274657374 2d766dfff0") << sb("52746573742d766d");
        QTest::newRow("BEGIN with FF in seq") << bytes("fffae8287619ffffe9fff0") << sb("287619ffe9");
        QTest::newRow("GOAHEAD with FF in secret")
            << bytes("fffae8297619ffffe9ffff000102fff0") << sb("297619ffe9ff000102");
        QTest::newRow("ABORT") << bytes("fffae830fff0") << sb("30");
        QTest::newRow("WILL AUTH") << bytes("fffb25") << QStringLiteral("2/251/37/");
        QTest::newRow("data with escaped FF") << bytes("41ffff42") << QStringLiteral("0/0/0/41ff42");
        const QByteArray request("!!REQUEST_METADATA#\n");
        QTest::newRow("SB then data (T3)") << bytes("fffae8287619ffffe9fff0")
                + request << sb("287619ffe9") + QStringLiteral(" 0/0/0/") + QString::fromLatin1(request.toHex());
        QTest::newRow("negotiation between data")
            << bytes("6162fffd0363") << QStringLiteral("0/0/0/6162 2/253/3/ 0/0/0/63");
        QTest::newRow("NOP command") << bytes("61fff162") << QStringLiteral("0/0/0/61 1/241/0/ 0/0/0/62");
    }

    void decodesEveryVectorAtEverySplitPoint()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, expected);
        {
            TelnetCodec codec;
            QCOMPARE(describe(normalized(codec.feed(wire))), expected);
        }
        for (qsizetype split = 1; split < wire.size(); ++split) {
            TelnetCodec codec;
            QList<Event> events = codec.feed(QByteArrayView(wire).first(split));
            events += codec.feed(QByteArrayView(wire).sliced(split));
            QVERIFY2(describe(normalized(events)) == expected, qPrintable(QStringLiteral("split at %1").arg(split)));
        }
        // ...and one byte at a time.
        TelnetCodec codec;
        QList<Event> events;
        for (const char c : wire) {
            events += codec.feed(QByteArrayView(&c, 1));
        }
        QCOMPARE(describe(normalized(events)), expected);
    }

    void encodesLikeTheVectors()
    {
        QCOMPARE(TelnetCodec::escape(bytes("41ff42")), bytes("41ffff42"));
        QCOMPARE(
            TelnetCodec::subnegotiation(232, bytes("297619ffe9ff000102")), bytes("fffae8297619ffffe9ffff000102fff0"));
        QCOMPARE(TelnetCodec::negotiation(TelnetCodec::DONT, TelnetCodec::Authentication), bytes("fffe25"));
    }

    void dropsOversizedSubnegotiationAndRecovers()
    {
        TelnetCodec codec;
        QByteArray wire
            = bytes("fffae852") + QByteArray(TelnetCodec::maxSubnegotiation + 10, 'x') + bytes("fff0") + "ok";
        const QList<Event> events = normalized(codec.feed(wire));
        QCOMPARE(codec.oversizedSubnegotiations(), 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().bytes, QByteArray("ok"));
    }

    void optionsAnswerOnceAndNeverLoop()
    {
        TelnetOptions options({ TelnetCodec::Binary, TelnetCodec::SuppressGoAhead },
            { TelnetCodec::Binary, TelnetCodec::SuppressGoAhead, TelnetCodec::VmwareExtension });
        // Our own offers first, as the server sends them on accept (T1).
        QCOMPARE(options.requestLocal(TelnetCodec::Binary, true), bytes("fffb00"));
        QCOMPARE(options.requestRemote(TelnetCodec::VmwareExtension, true), bytes("fffde8"));
        QCOMPARE(options.requestRemote(TelnetCodec::VmwareExtension, true), QByteArray()); // already asked
        // The peer agrees: no reply, or the two sides would echo forever.
        QCOMPARE(options.receive(TelnetCodec::DO, TelnetCodec::Binary), QByteArray());
        QCOMPARE(options.receive(TelnetCodec::WILL, TelnetCodec::VmwareExtension), QByteArray());
        QVERIFY(options.isRemoteEnabled(TelnetCodec::VmwareExtension));
        QCOMPARE(options.receive(TelnetCodec::WILL, TelnetCodec::VmwareExtension), QByteArray()); // repeated: ignored
        // Refusals: AUTH and COM-PORT politely, ECHO on our side.
        QCOMPARE(options.receive(TelnetCodec::WILL, TelnetCodec::Authentication), bytes("fffe25"));
        QCOMPARE(options.receive(TelnetCodec::WILL, TelnetCodec::ComPort), bytes("fffe2c"));
        QCOMPARE(options.receive(TelnetCodec::DO, TelnetCodec::Echo), bytes("fffc01"));
        // An unsolicited WILL we accept, and its later withdrawal.
        QCOMPARE(options.receive(TelnetCodec::WILL, TelnetCodec::SuppressGoAhead), bytes("fffd03"));
        QCOMPARE(options.receive(TelnetCodec::WONT, TelnetCodec::SuppressGoAhead), bytes("fffe03"));
        QCOMPARE(options.receive(TelnetCodec::WONT, TelnetCodec::SuppressGoAhead), QByteArray());
    }
};

VMDESK_TEST_GUILESS_MAIN(TestTelnetCodec)
#include "tst_telnetcodec.moc"
