// SPDX-License-Identifier: GPL-3.0-or-later
// Option 232 logic on the capture's vectors: handshake, DO-PROXY, identity, vMotion, unknown codes.
#include <QTest>

#include "support/testmain.h"
#include "vspc/vmwareextension.h"

namespace {
QByteArray bytes(const char* hex)
{
    return QByteArray::fromHex(hex);
}

class RecordingDelegate : public VmwareExtensionDelegate
{
public:
    int identityChanges = 0;
    QList<bool> proxyAnswers;
    QByteArray begun;
    QByteArray completed;
    int aborts = 0;
    QList<quint8> unknown;
    QByteArray lastCookie;

    void identityChanged() override { ++identityChanges; }
    void proxyRequested(bool accepted) override { proxyAnswers.append(accepted); }
    void vmotionBegin(const QByteArray& sequence) override { begun = sequence; }
    void vmotionPeer(const QByteArray& cookie) override { lastCookie = cookie; }
    void vmotionComplete(const QByteArray& sequence) override { completed = sequence; }
    void vmotionAbort() override { ++aborts; }
    void unknownSuboption(quint8 code) override { unknown.append(code); }
};

// A received SB 232 payload as the codec hands it over (the frame minus FF FA E8 ... FF F0, unescaped).
QByteArray payloadOf(const char* frameHex)
{
    const QByteArray frame = bytes(frameHex);
    QByteArray body = frame.mid(3, frame.size() - 5);
    return body.replace(bytes("ffff"), bytes("ff"));
}
} // namespace

class TestVmwareExtension : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void handshakeAsksForIdentity()
    {
        RecordingDelegate delegate;
        VmwareExtension extension({ { 'C', QStringLiteral("my-metadata") } }, &delegate);
        QCOMPARE(extension.start(), bytes("fffae801000102032829 2b2c2d2e30464749505152535455fff0"));
        QCOMPARE(extension.start(), QByteArray()); // sent once
        // KS1 listing GET-VM-BIOS-UUID (0x55): ask for VC UUID, name and BIOS UUID.
        const QByteArray reply
            = extension.handle(payloadOf("fffae8000001020328292b2c2d2e304647495051545556575253fff0"));
        QCOMPARE(reply, bytes("fffae851fff0fffae853fff0fffae855fff0"));
        QCOMPARE(extension.handle(payloadOf("fffae8000001020328292b2c2d2e304647495051545556575253fff0")), QByteArray());
    }

    void doProxyIsAcceptedOnlyForConfiguredPairs()
    {
        RecordingDelegate delegate;
        VmwareExtension extension({ { 'C', QStringLiteral("my-metadata") } }, &delegate);
        QCOMPARE(extension.handle(payloadOf("fffae846436d792d6d65746164617461fff0")), bytes("fffae847fff0"));
        QCOMPARE(extension.identity().portUri, QStringLiteral("my-metadata"));
        QCOMPARE(extension.handle(payloadOf("fffae84653765350432e7079fff0")), bytes("fffae849fff0")); // S vSPC.py
        QCOMPARE(delegate.proxyAnswers, (QList<bool> { true, false }));
    }

    void identityIsRecordedAndUuidsNormalized()
    {
        RecordingDelegate delegate;
        VmwareExtension extension({}, &delegate);
        extension.handle(payloadOf("fffae852746573742d766dfff0"));
        extension.handle(bytes("50") + "42 1c 6f 0e 5b 9a 2d 37-8e 0f 62 b0 84 58 b6 1c");
        extension.handle(bytes("54") + "01 23 45 67 89 ab cd ef-fe dc ba 98 00 00 00 00");
        QCOMPARE(extension.identity().vmName, QStringLiteral("test-vm"));
        QCOMPARE(extension.identity().vcUuid, QStringLiteral("421C6F0E5B9A2D378E0F62B08458B61C"));
        QCOMPARE(extension.identity().biosUuid, QStringLiteral("0123456789ABCDEFFEDCBA9800000000"));
        QCOMPARE(delegate.identityChanges, 3);
        QCOMPARE(VmwareExtension::normalizedUuid("not a uuid"), QString());
        QCOMPARE(VmwareExtension::normalizedUuid("42 1c 6f"), QString());
    }

    // The answer to BEGIN may need a database round trip: the delegate sends it later.
    void vmotionBeginIsLeftToTheDelegate()
    {
        RecordingDelegate delegate;
        VmwareExtension extension({}, &delegate);
        QCOMPARE(extension.handle(payloadOf("fffae8287619ffffe9fff0")), QByteArray());
        QCOMPARE(delegate.begun, bytes("7619ffe9"));
    }

    void vmotionGoaheadEscapesFfInSequenceAndSecret()
    {
        QCOMPARE(
            VmwareExtension::goahead(bytes("7619ffe9"), bytes("ff000102")), bytes("fffae8297619ffffe9ffff000102fff0"));
    }

    void vmotionNotNowEchoesTheSequence()
    {
        QCOMPARE(VmwareExtension::notNow(bytes("7619ffe9")), bytes("fffae82b7619ffffe9fff0"));
    }

    void vmotionPeerCompleteAndAbort()
    {
        RecordingDelegate delegate;
        VmwareExtension extension({}, &delegate);
        QCOMPARE(extension.handle(payloadOf("fffae82c7619ffffe9ffff000102fff0")), QByteArray());
        QCOMPARE(delegate.lastCookie, bytes("7619ffe9ff000102"));
        QCOMPARE(VmwareExtension::peerOk(bytes("7619ffe9")), bytes("fffae82d7619ffffe9fff0"));
        QCOMPARE(extension.handle(payloadOf("fffae82e7619ffffe9fff0")), QByteArray());
        QCOMPARE(delegate.completed, bytes("7619ffe9"));
        QCOMPARE(extension.handle(payloadOf("fffae830fff0")), QByteArray());
        QCOMPARE(delegate.aborts, 1);
    }

    void unknownSuboptionIsAnsweredAndTheConnectionStays()
    {
        RecordingDelegate delegate;
        VmwareExtension extension({}, &delegate);
        QCOMPARE(extension.handle(payloadOf("fffae83cfff0")), bytes("fffae8033cfff0"));
        QCOMPARE(delegate.unknown, (QList<quint8> { 0x3c }));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestVmwareExtension)
#include "tst_vmwareextension.moc"
