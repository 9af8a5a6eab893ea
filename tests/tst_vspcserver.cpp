// SPDX-License-Identifier: GPL-3.0-or-later
// The metadata server end to end on loopback, driven by the ESXi emulator.
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "cloudinit/filedriver.h"
#include "support/testmain.h"
#include "vspc/esxiemulator.h"
#include "vspc/guestregistry.h"
#include "vspc/serialporttarget.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
constexpr auto uri = "my-metadata";

struct Fixture
{
    QTemporaryDir dir;
    FileDriver driver { dir.path() };
    GuestRegistry registry;
    VspcServer server { &driver, &registry };

    explicit Fixture(const std::function<void(VspcConfig&)>& tune = {})
    {
        VspcConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        config.proxies = { { 'C', QString::fromLatin1(uri) } };
        if (tune) {
            tune(config);
        }
        server.setConfig(config);
        writeDocument(u"test-vm"_s,
            "metadata:\n  instance_id: i-test-vm\n  hostname: test-vm\nnetwork:\n  address: 192.0.2.10\n"
            "  netmask: 255.255.255.0\nuserdata: |\n  #cloud-config\n  runcmd: [echo hi]\n");
    }

    void writeDocument(const QString& key, const QByteArray& yaml)
    {
        QSaveFile file(dir.filePath(key + u".yaml"_s));
        file.open(QIODevice::WriteOnly);
        file.write(yaml);
        file.commit();
    }

    std::unique_ptr<EsxiEmulator> connectVm(EsxiEmulator::Vm vm = {})
    {
        auto esxi = std::make_unique<EsxiEmulator>(vm);
        esxi->connectToServer(server.serverPort());
        return esxi;
    }
};
} // namespace

class TestVspcServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesTheThreePayloads()
    {
        Fixture f;
        QSignalSpy listening(&f.server, &VspcServer::listeningChanged);
        QVERIFY(f.server.start());
        QCOMPARE(listening.size(), 1);
        QSignalSpy added(&f.registry, &GuestRegistry::guestAdded);
        auto esxi = f.connectVm();
        QVERIFY(esxi->waitForSubOption(VmwareExtension::KnownSuboptions2));
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        QCOMPARE(added.size(), 1);
        // Refused: AUTH and COM-PORT. Offered: binary, SGA, the extension.
        QTRY_VERIFY(esxi->negotiations().contains(QByteArray::fromHex("fffe25")));
        QTRY_VERIFY(esxi->negotiations().contains(QByteArray::fromHex("fffe2c")));
        QVERIFY(esxi->negotiations().contains(QByteArray::fromHex("fffde8")));

        const auto meta = esxi->request("METADATA");
        QVERIFY(meta);
        QCOMPARE(QJsonDocument::fromJson(*meta).object()[u"instance-id"_s].toString(), u"i-test-vm"_s);
        const auto network = esxi->request("NETWORKDATA");
        QVERIFY(network && network->contains("192.0.2.10"));
        const auto user = esxi->request("USERDATA");
        QVERIFY(user && user->startsWith("#cloud-config"));

        const quint64 id = f.registry.ids().first();
        QTRY_COMPARE(f.registry.guest(id)->requests, 3);
        const GuestInfo& guest = *f.registry.guest(id);
        QCOMPARE(guest.identity.vmName, u"test-vm"_s);
        QCOMPARE(guest.identity.vcUuid, u"421C6F0E5B9A2D378E0F62B08458B61C"_s);
        QCOMPARE(guest.identity.biosUuid, u"564D8F0E112233445566778899AABBCC"_s);
        QCOMPARE(guest.identity.portUri, QString::fromLatin1(uri));
        QCOMPARE(guest.state, GuestInfo::State::Serving);
        QCOMPARE(guest.lastRequest, u"USERDATA"_s);
        QVERIFY(guest.bytesIn > 0 && guest.bytesOut > 0);
        const QList<PacketLogEntry> log = f.registry.log(id);
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
            [&](const PacketLogEntry& e) { return e.kind == PacketLogEntry::Kind::Response && e.payload == *user; }));
        QCOMPARE(f.registry.toJson().size(), 1);

        esxi->socket().disconnectFromHost();
        QTRY_COMPARE(f.registry.guest(id)->state, GuestInfo::State::Closed);
        QCOMPARE(f.registry.connectedCount(), 0);
    }

    void aGuestOnAnOldDocumentIsMarked()
    {
        Fixture f;
        QVERIFY(f.server.start());
        auto esxi = f.connectVm();
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(esxi->request("METADATA"));
        const quint64 id = f.registry.ids().first();
        QTRY_COMPARE(f.registry.guest(id)->requests, 1);
        QVERIFY(!f.registry.guest(id)->documentChangedSinceFetch);
        f.writeDocument(u"other-vm"_s, "metadata: {instance-id: other}\n"); // not this guest's
        f.writeDocument(u"test-vm"_s, "metadata:\n  instance_id: i-test-vm-2\n");
        QTRY_VERIFY(f.registry.guest(id)->documentChangedSinceFetch);
        const auto meta = esxi->request("METADATA");
        QVERIFY(meta && meta->contains("i-test-vm-2"));
        QTRY_VERIFY(!f.registry.guest(id)->documentChangedSinceFetch);
    }

    void looksUpByUuidWhenConfigured()
    {
        Fixture f([](VspcConfig& c) { c.key = VspcConfig::LookupKey::VcUuid; });
        f.writeDocument(u"421C6F0E5B9A2D378E0F62B08458B61C"_s, "metadata:\n  instance_id: by-uuid\n");
        QVERIFY(f.server.start());
        auto esxi = f.connectVm();
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        const auto meta = esxi->request("METADATA");
        QVERIFY(meta && meta->contains("by-uuid"));
    }

    void missingDocumentGetsAnErrorPacketOrSilence()
    {
        Fixture f;
        QVERIFY(f.server.start());
        EsxiEmulator::Vm unknown;
        unknown.name = "nobody";
        auto esxi = f.connectVm(unknown);
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        esxi->sendData("!!REQUEST_METADATA#\n");
        const auto line = esxi->waitForLine();
        QVERIFY(line && line->startsWith("!!ERROR#"));
        // What the guest needs to know, and no path of the server's.
        const QByteArray said = QByteArray::fromBase64(line->mid(8).trimmed());
        QCOMPARE(said, QByteArray("no document for this VM"));
        QVERIFY(!said.contains(f.dir.path().toUtf8()));
        // The server's own packet log keeps the path for the admin.
        const QList<PacketLogEntry> log = f.registry.log(f.registry.ids().constLast());
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
            [&](const PacketLogEntry& e) { return e.summary.contains(f.dir.filePath(u"nobody.yaml"_s)); }));

        Fixture silent([](VspcConfig& c) { c.errorReplies = false; });
        QVERIFY(silent.server.start());
        auto quiet = silent.connectVm(unknown);
        QVERIFY(quiet->waitForSubOption(VmwareExtension::WillProxy));
        quiet->sendData("!!REQUEST_METADATA#\n");
        QVERIFY(!quiet->waitForLine(300));
        QCOMPARE(quiet->socket().state(), QAbstractSocket::ConnectedState);
    }

    void aWrongPortUriIsRefusedClosedAndNeverServed()
    {
        Fixture f;
        QVERIFY(f.server.start());
        EsxiEmulator::Vm other;
        other.portUri = "someone-else";
        auto esxi = f.connectVm(other);
        QVERIFY(esxi->waitForDisconnect());
        const QList<PacketLogEntry> log = f.registry.log(f.registry.ids().constLast());
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
            [](const PacketLogEntry& e) { return e.summary.contains(u"refused DO-PROXY"_s); }));

        // The audit's probe: a wrong URI, then a VM's name and a request, used to get the user-data.
        auto probe = f.connectVm(other);
        QSignalSpy lines(probe.get(), &EsxiEmulator::lineReceived);
        probe->sendData("!!REQUEST_USERDATA#\n");
        QVERIFY(probe->waitForDisconnect());
        QCOMPARE(lines.size(), 0);
    }

    void theSerialPortHelpersChoiceIsAccepted()
    {
        // The server as the demo runs it: a port URI of its own, loopback only.
        Fixture f([](VspcConfig& config) { config.proxies = { { 'C', u"site-metadata"_s } }; });
        QVERIFY(f.server.start());
        const SerialPortTarget target = SerialPortTarget::forServer(f.server.config(), f.server.serverPort(),
            { QHostAddress(u"192.0.2.7"_s), QHostAddress::LocalHost, QHostAddress(u"fe80::1"_s) }, u"vmdesk-host"_s);
        QCOMPARE(target.portUris, QStringList { u"site-metadata"_s });
        const QString port = QString::number(f.server.serverPort());
        QCOMPARE(target.vspcUris, (QStringList { u"telnet://vmdesk-host:"_s + port, u"telnet://192.0.2.7:"_s + port }));
        QVERIFY2(target.warning.contains(u"127.0.0.1"_s), qPrintable(target.warning)); // ESXi cannot reach it
        // A VM whose port the helper configured: the server accepts and serves it.
        EsxiEmulator::Vm vm;
        vm.portUri = target.portUris.first().toUtf8();
        auto esxi = f.connectVm(vm);
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        const auto meta = esxi->request("METADATA");
        QVERIFY(meta && meta->contains("i-test-vm"));

        VspcConfig everywhere;
        everywhere.address = QHostAddress::Any;
        everywhere.proxies = { { 'C', u"a"_s }, { 'S', u"server-side"_s }, { 'C', u"b"_s } };
        const SerialPortTarget open
            = SerialPortTarget::forServer(everywhere, 0, { QHostAddress(u"2001:db8::7"_s) }, {});
        QCOMPARE(open.portUris, (QStringList { u"a"_s, u"b"_s }));
        QCOMPARE(open.vspcUris, QStringList { u"telnet://[2001:db8::7]:13370"_s });
        QVERIFY(open.warning.isEmpty());
        VspcConfig none;
        QVERIFY(!SerialPortTarget::forServer(none, 0, {}, u"h"_s).warning.isEmpty()); // refuses every VM
    }

    void aConnectionThatNeverSentDoProxyIsNotServed()
    {
        Fixture f;
        QVERIFY(f.server.start());
        // Plain TCP: the VM's name as ESXi would send it, then a request, but no DO-PROXY.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, f.server.serverPort());
        QVERIFY(raw.waitForConnected(5000));
        raw.write(TelnetCodec::subnegotiation(
            TelnetCodec::VmwareExtension, QByteArray(QByteArray(1, char(VmwareExtension::VmName)) + "test-vm")));
        raw.write("!!REQUEST_USERDATA#\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += raw.readAll(), raw.state() == QAbstractSocket::UnconnectedState), 5000);
        received += raw.readAll();
        QVERIFY2(!received.contains("!!RESPONSE_"), received.constData());

        // Nor a vMotion target whose cookie matches no vMotion that began here.
        auto stranger = std::make_unique<EsxiEmulator>(EsxiEmulator::Vm {});
        stranger->setVMotionPeer(QByteArray::fromHex("0102030405060708"));
        stranger->connectToServer(f.server.serverPort());
        QVERIFY(!stranger->waitForSubOption(VmwareExtension::VMotionPeerOk, 500));
        QSignalSpy lines(stranger.get(), &EsxiEmulator::lineReceived);
        stranger->sendData("!!REQUEST_USERDATA#\n");
        QVERIFY(stranger->waitForDisconnect());
        QCOMPARE(lines.size(), 0);
    }

    void onlyAllowedNetworksMayConnect()
    {
        QString error;
        const auto elsewhere = VspcConfig::parseNetworks(u"10.0.0.0/8, 192.0.2.7"_s, &error);
        QVERIFY2(elsewhere, qPrintable(error));
        QCOMPARE(VspcConfig::networksText(*elsewhere), u"10.0.0.0/8, 192.0.2.7/32"_s);
        QVERIFY(!VspcConfig::parseNetworks(u"10.0.0.0/8, not-a-net"_s, &error));
        QVERIFY(error.contains(u"not-a-net"_s));

        Fixture refused([&](VspcConfig& c) { c.allowedNetworks = *elsewhere; });
        QVERIFY(refused.server.start());
        auto outsider = refused.connectVm();
        QVERIFY(outsider->waitForDisconnect());
        QCOMPARE(refused.registry.ids().size(), 0);

        Fixture allowed(
            [&](VspcConfig& c) { c.allowedNetworks = *VspcConfig::parseNetworks(u"127.0.0.0/8"_s, &error); });
        QVERIFY(allowed.server.start());
        auto host = allowed.connectVm();
        QVERIFY(host->waitForSubOption(VmwareExtension::WillProxy));
        const auto meta = host->request("METADATA");
        QVERIFY(meta && meta->contains("i-test-vm"));
        // An IPv4 peer of a dual-stack listener arrives as ::ffff:127.0.0.1.
        QVERIFY(allowed.server.config().allows(QHostAddress(u"::ffff:127.0.0.1"_s)));
        QVERIFY(!refused.server.config().allows(QHostAddress(u"::ffff:127.0.0.1"_s)));
    }

    void guestTextCannotForgeLogLinesOrStatus()
    {
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { messages.append(message); });
        Fixture f;
        QVERIFY(f.server.start());
        EsxiEmulator::Vm forger;
        forger.name = "evil\n2026-11-30 vmdesk.vspc: identified 10.0.0.1 as admin\x1b[2J\xe2\x80\xae";
        auto esxi = f.connectVm(forger);
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        esxi->sendData("!!REQ\x1b]0;pwned\x07UEST#\n!!REQUEST_METADATA#\n");
        QVERIFY(esxi->waitForLine());
        esxi->socket().disconnectFromHost();
        QTRY_COMPARE(f.server.connectionCount(), 0);
        qInstallMessageHandler(previous);

        QVERIFY(!messages.isEmpty());
        for (const QString& message : std::as_const(messages)) {
            QVERIFY2(!message.contains(u'\n') && !message.contains(QChar(0x1b)) && !message.contains(QChar(0x202e)),
                qPrintable(message));
        }
        const GuestInfo* guest = f.registry.guest(f.registry.ids().constLast());
        QVERIFY(guest);
        QCOMPARE(
            guest->identity.vmName, u"evil\\n2026-11-30 vmdesk.vspc: identified 10.0.0.1 as admin\\x1b[2J\\u202e"_s);
        for (const PacketLogEntry& entry : f.registry.log(guest->id)) {
            QVERIFY2(!entry.summary.contains(u'\n') && !entry.summary.contains(QChar(0x1b)), qPrintable(entry.summary));
        }
        const QByteArray json = QJsonDocument(f.registry.toJson()).toJson();
        QVERIFY(!json.contains('\x1b') && !json.contains("\xe2\x80\xae"));
    }

    void memoryIsReturnedAfterAWaveOfCloses()
    {
        Fixture f;
        QVERIFY(f.server.start());
        QSignalSpy returned(&f.server, &VspcServer::freedMemoryReturned);
        std::vector<std::unique_ptr<QTcpSocket>> wave;
        for (int i = 0; i < 300; ++i) {
            wave.push_back(std::make_unique<QTcpSocket>());
            wave.back()->connectToHost(QHostAddress::LocalHost, f.server.serverPort());
        }
        QTRY_COMPARE_WITH_TIMEOUT(f.server.connectionCount(), 300, 10000);
        QCOMPARE(returned.size(), 0);
        wave.clear();
        QTRY_COMPARE_WITH_TIMEOUT(f.server.connectionCount(), 0, 10000);
        QVERIFY(returned.wait(5000));
    }

    void lineEndingIsConfigurable()
    {
        Fixture f([](VspcConfig& c) { c.lineEnding = MetadataPacket::LineEnding::LfCr; });
        QVERIFY(f.server.start());
        auto esxi = f.connectVm();
        QVERIFY(esxi->waitForSubOption(VmwareExtension::WillProxy));
        esxi->sendData("!!REQUEST_METADATA#\n");
        QVERIFY(esxi->waitForLine());
        esxi->sendData("!!REQUEST_USERDATA#\n");
        const auto second = esxi->waitForLine();
        QVERIFY(second && second->startsWith("\r!!RESPONSE_USERDATA#")); // the seed's LF CR, byte for byte
    }

    void hostileInputCostsOnlyThatConnection()
    {
        Fixture f([](VspcConfig& c) { c.maxLineLength = 4096; });
        QVERIFY(f.server.start());
        auto good = f.connectVm();
        QVERIFY(good->waitForSubOption(VmwareExtension::WillProxy));

        EsxiEmulator::Vm evilVm;
        evilVm.name = "evil";
        auto evil = f.connectVm(evilVm);
        QVERIFY(evil->waitForSubOption(VmwareExtension::WillProxy));
        evil->sendRaw(QByteArray(1024 * 1024, 'A')); // 1 MB without a newline
        evil->sendRaw(QByteArray::fromHex("fffa")); // truncated SB...
        evil->sendRaw(QByteArray::fromHex("e83cfff0")); // ...completed later as an unknown sub-option
        QVERIFY(evil->waitForSubOption(VmwareExtension::UnknownSuboptionRcvd2));
        evil->sendData("\n!!GARBAGE\n!!REQUEST_METADATA\n");
        QVERIFY(evil->waitForLine()); // error packets, and the connection stays
        QCOMPARE(evil->socket().state(), QAbstractSocket::ConnectedState);

        const auto meta = good->request("METADATA");
        QVERIFY(meta && meta->contains("i-test-vm"));
    }

    void enforcesTheConnectionLimitAndHandshakeTimeout()
    {
        Fixture f([](VspcConfig& c) {
            c.maxConnections = 2;
            c.handshakeTimeoutMs = 300;
        });
        QVERIFY(f.server.start());
        auto first = f.connectVm();
        auto second = f.connectVm();
        QVERIFY(first->waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(second->waitForSubOption(VmwareExtension::WillProxy));
        auto third = f.connectVm();
        QVERIFY(third->waitForDisconnect());

        QTcpSocket silent; // connects and never negotiates (slowloris)
        silent.connectToHost(QHostAddress::LocalHost, f.server.serverPort());
        first->socket().disconnectFromHost();
        QTRY_COMPARE(f.server.connectionCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 3000);
        QVERIFY(second->request("METADATA")); // identified in time: still served
    }

    void vmotionMovesTheGuestToTheNewHost()
    {
        Fixture f;
        QVERIFY(f.server.start());
        auto source = f.connectVm();
        QVERIFY(source->waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(source->request("METADATA"));
        const quint64 id = f.registry.ids().first();

        const QByteArray sequence = QByteArray::fromHex("7619ffe9");
        source->sendSubOption(VmwareExtension::VMotionBegin, sequence);
        const auto goahead = source->waitForSubOption(VmwareExtension::VMotionGoahead);
        QVERIFY(goahead);
        QVERIFY(goahead->startsWith(sequence));
        QCOMPARE(goahead->size(), sequence.size() + 4);
        QTRY_COMPARE(f.registry.guest(id)->state, GuestInfo::State::VMotion);

        // A request during the move is answered on whichever host ends up with the VM.
        source->sendData("!!REQUEST_USERDATA#\n");
        QVERIFY(!source->waitForLine(200));

        auto target = std::make_unique<EsxiEmulator>(EsxiEmulator::Vm {});
        target->setVMotionPeer(*goahead);
        target->connectToServer(f.server.serverPort());
        const auto peerOk = target->waitForSubOption(VmwareExtension::VMotionPeerOk);
        QVERIFY(peerOk);
        QCOMPARE(*peerOk, sequence);
        target->sendSubOption(VmwareExtension::VMotionComplete, sequence);
        const auto held = target->waitForLine();
        QVERIFY(held && held->startsWith("!!RESPONSE_USERDATA#"));
        source->socket().disconnectFromHost();

        QTRY_COMPARE(f.registry.ids(), QList<quint64> { id }); // one guest, same row
        QTRY_COMPARE(f.registry.guest(id)->state, GuestInfo::State::Serving);
        QCOMPARE(f.registry.guest(id)->requests, 2);
        QVERIFY(target->request("METADATA"));
        QTRY_COMPARE(f.registry.guest(id)->requests, 3);
    }

    void aFloodOfVMotionBeginsHoldsOneEntryPerPort()
    {
        // bench/vspc_hostile: 25,000 BEGINs from five ports stalled the server for 16 s, because
        // each one scanned a table that kept every one of them.
        Fixture f;
        QVERIFY(f.server.start());
        auto flooder = f.connectVm();
        QVERIFY(flooder->waitForSubOption(VmwareExtension::WillProxy));
        QByteArray flood;
        for (quint32 i = 0; i < 5000; ++i) {
            QByteArray sequence(4, Qt::Uninitialized);
            qToBigEndian(i, sequence.data());
            flood += TelnetCodec::subnegotiation(TelnetCodec::VmwareExtension,
                QByteArray(QByteArray(1, char(VmwareExtension::VMotionBegin)) + sequence));
        }
        flooder->sendRaw(flood);
        QTRY_COMPARE_WITH_TIMEOUT(
            std::count_if(flooder->subOptions().cbegin(), flooder->subOptions().cend(),
                [](const QByteArray& s) { return quint8(s.at(0)) == VmwareExtension::VMotionGoahead; }),
            5000, 20000);
        QCOMPARE(f.server.pendingVMotions(), 1);
        flooder->socket().disconnectFromHost();
        QTRY_COMPARE(f.server.pendingVMotions(), 0);

        auto good = f.connectVm();
        QVERIFY(good->waitForSubOption(VmwareExtension::WillProxy));
        QVERIFY(good->request("METADATA"));
    }

    void answersHeldForAVMotionThatNeverCompletesAreBounded()
    {
        Fixture f([](VspcConfig& c) { c.maxPendingOutput = 64 * 1024; });
        QVERIFY(f.server.start());
        auto source = f.connectVm();
        QVERIFY(source->waitForSubOption(VmwareExtension::WillProxy));
        source->sendSubOption(VmwareExtension::VMotionBegin, QByteArray::fromHex("01020304"));
        QVERIFY(source->waitForSubOption(VmwareExtension::VMotionGoahead));
        // Each answer is held for the host that ends up with the VM, until the limit.
        for (int i = 0; i < 2000 && source->socket().state() == QAbstractSocket::ConnectedState; ++i) {
            source->sendData("!!REQUEST_USERDATA#\n");
            QTest::qWait(1);
        }
        QVERIFY(source->waitForDisconnect());
        const QList<PacketLogEntry> log = f.registry.log(f.registry.ids().constLast());
        QVERIFY(std::any_of(log.cbegin(), log.cend(),
            [](const PacketLogEntry& e) { return e.summary.contains(u"held for a vMotion"_s); }));
    }

    void aFloodOfClosedConnectionsStaysListedWithinABound()
    {
        GuestRegistry registry;
        for (quint64 id = 1; id <= GuestRegistry::maxClosedShown + 500; ++id) {
            GuestInfo info;
            info.id = id;
            registry.add(info);
            registry.close(id, 60 * 1000);
        }
        QCOMPARE(registry.ids().size(), GuestRegistry::maxClosedShown);
        QCOMPARE(registry.ids().first(), quint64(501)); // the most recent ones stay
    }

    void vmotionAbortKeepsTheOldConnection()
    {
        Fixture f;
        QVERIFY(f.server.start());
        auto source = f.connectVm();
        QVERIFY(source->waitForSubOption(VmwareExtension::WillProxy));
        source->sendSubOption(VmwareExtension::VMotionBegin, QByteArray::fromHex("61ed26a2"));
        QVERIFY(source->waitForSubOption(VmwareExtension::VMotionGoahead));
        source->sendData("!!REQUEST_METADATA#\n");
        QVERIFY(!source->waitForLine(200)); // held during the move...
        source->sendSubOption(VmwareExtension::VMotionAbort);
        const auto line = source->waitForLine(); // ...and delivered here after ABORT
        QVERIFY(line && line->startsWith("!!RESPONSE_METADATA#"));
        QVERIFY(source->request("USERDATA"));
    }

    void vmotionRefusedWithNotNow()
    {
        Fixture f([](VspcConfig& c) { c.refuseVMotion = true; });
        QVERIFY(f.server.start());
        auto source = f.connectVm();
        QVERIFY(source->waitForSubOption(VmwareExtension::WillProxy));
        source->sendSubOption(VmwareExtension::VMotionBegin, QByteArray::fromHex("cd526755"));
        const auto notNow = source->waitForSubOption(VmwareExtension::VMotionNotNow);
        QVERIFY(notNow);
        QCOMPARE(*notNow, QByteArray::fromHex("cd526755"));
        QVERIFY(source->request("METADATA"));
    }

    void unknownPeerCookieGetsNoPeerOk()
    {
        Fixture f;
        QVERIFY(f.server.start());
        auto impostor = std::make_unique<EsxiEmulator>(EsxiEmulator::Vm {});
        impostor->setVMotionPeer(QByteArray::fromHex("0102030405060708"));
        impostor->connectToServer(f.server.serverPort());
        QVERIFY(impostor->waitForSubOption(VmwareExtension::KnownSuboptions2));
        QVERIFY(!impostor->waitForSubOption(VmwareExtension::VMotionPeerOk, 300));
    }

    void reportsAPortInUse()
    {
        Fixture first;
        QVERIFY(first.server.start());
        Fixture second([&](VspcConfig& c) { c.port = first.server.serverPort(); });
        QSignalSpy errors(&second.server, &VspcServer::errorOccurred);
        QVERIFY(!second.server.start());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QString::number(first.server.serverPort())));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestVspcServer)
#include "tst_vspcserver.moc"
