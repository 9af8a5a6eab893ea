// SPDX-License-Identifier: GPL-3.0-or-later
// The guest side: MetadataFetcher on a real serial port (a pty), and `vmdeskctl guest-fetch`
// through an emulated ESXi host to the real metadata server.
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QSerialPort>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/filedriver.h"
#include "guest/metadatafetcher.h"
#include "support/serialbridge.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

struct Server
{
    QTemporaryDir dir;
    FileDriver driver { dir.path() };
    GuestRegistry registry;
    VspcServer server { &driver, &registry };

    explicit Server(MetadataPacket::LineEnding ending = MetadataPacket::LineEnding::Lf)
    {
        VspcConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        config.proxies = { { 'C', u"my-metadata"_s } };
        config.lineEnding = ending;
        server.setConfig(config);
        QSaveFile file(dir.filePath(u"test-vm.yaml"_s));
        file.open(QIODevice::WriteOnly);
        file.write("metadata:\n  instance_id: i-serial\nnetwork:\n  address: 198.51.100.7\n  netmask: 255.255.255.0\n"
                   "userdata: |\n  #cloud-config\n  hostname: serial-guest\n");
        file.commit();
        server.start();
    }
};

struct Fetch
{
    int exitCode = -1;
    QString err;
};

Fetch runGuestFetch(const QString& port, const QString& seed)
{
    QProcess process;
    process.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
        { u"guest-fetch"_s, u"--port"_s, port, u"--seed-dir"_s, seed, u"--timeout"_s, u"5"_s });
    // The bridge lives on this thread: keep the event loop turning while the CLI runs.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardError()) };
}
} // namespace

class TestGuestFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fetcherSkipsNoiseAndStrayCarriageReturns()
    {
        int master = -1;
        int slave = -1;
        char name[256] = {};
        struct termios raw = {};
        cfmakeraw(&raw);
        QCOMPARE(::openpty(&master, &slave, name, &raw, nullptr), 0);
        ::close(slave);
        QSerialPort port(QString::fromLocal8Bit(name));
        QVERIFY(port.open(QIODevice::ReadWrite));
        MetadataFetcher fetcher(&port, 5000);
        QSignalSpy finished(&fetcher, &MetadataFetcher::finished);

        // Plays the host: answers each request, with console noise and the seed's LF CR framing.
        QByteArray received;
        QSocketNotifier notifier(master, QSocketNotifier::Read);
        connect(&notifier, &QSocketNotifier::activated, this, [&] {
            char buffer[1024];
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            received.append(buffer, qMax<ssize_t>(n, 0));
            QByteArray reply;
            for (const auto& [request, payload] : { std::pair { "METADATA", "{\"instance-id\":\"i-1\"}" },
                     std::pair { "USERDATA", "#cloud-config\n{}\n" }, std::pair { "NETWORKDATA", "version: 1\n" } }) {
                const QByteArray wanted = QByteArray("!!REQUEST_") + request + "#\n";
                if (received.contains(wanted)) {
                    received.replace(wanted, QByteArray());
                    reply += QByteArray("[  12.3] systemd: noise\n!!RESPONSE_BOGUS#eA==\n\r!!RESPONSE_") + request + '#'
                        + QByteArray(payload).toBase64() + "\n\r";
                }
            }
            [[maybe_unused]] const auto written = ::write(master, reply.constData(), reply.size());
        });
        fetcher.start();
        QVERIFY(finished.wait(10000));
        const auto result = finished.first().first().value<MetadataFetcher::Result>();
        QCOMPARE(result.metaData, QByteArray("{\"instance-id\":\"i-1\"}"));
        QCOMPARE(result.userData, QByteArray("#cloud-config\n{}\n"));
        QCOMPARE(result.networkConfig, QByteArray("version: 1\n"));
        port.close();
        ::close(master);
    }

    void cliWritesANoCloudSeedThroughTheVspc_data()
    {
        QTest::addColumn<bool>("lfcr");
        QTest::newRow("LF") << false;
        QTest::newRow("LF CR, like the seed") << true;
    }

    void cliWritesANoCloudSeedThroughTheVspc()
    {
        QFETCH(bool, lfcr);
        Server server(lfcr ? MetadataPacket::LineEnding::LfCr : MetadataPacket::LineEnding::Lf);
        QVERIFY(server.server.isListening());
        SerialBridge bridge({}, server.server.serverPort());
        const QString pty = bridge.openPty();
        QVERIFY(!pty.isEmpty());
        QVERIFY(bridge.esxi().waitForSubOption(VmwareExtension::WillProxy));

        QTemporaryDir seed;
        const Fetch fetch = runGuestFetch(pty, seed.path());
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
        QVERIFY(readFile(seed.filePath(u"meta-data"_s)).contains("\"instance-id\":\"i-serial\""));
        QCOMPARE(readFile(seed.filePath(u"user-data"_s)), QByteArray("#cloud-config\nhostname: serial-guest\n"));
        QVERIFY(readFile(seed.filePath(u"network-config"_s)).contains("198.51.100.7"));
        QTRY_COMPARE(server.registry.guest(server.registry.ids().first())->requests, 3);
    }

    void cliReportsTheServersError()
    {
        Server server;
        EsxiEmulator::Vm stranger;
        stranger.name = "stranger";
        SerialBridge bridge(stranger, server.server.serverPort());
        const QString pty = bridge.openPty();
        QVERIFY(bridge.esxi().waitForSubOption(VmwareExtension::WillProxy));
        QTemporaryDir seed;
        const Fetch fetch = runGuestFetch(pty, seed.path());
        QCOMPARE(fetch.exitCode, 1);
        QVERIFY2(fetch.err.contains(u"no document for this VM"_s), qPrintable(fetch.err));
        QVERIFY(!QFile::exists(seed.filePath(u"meta-data"_s)));
    }
};

VMDESK_TEST_MAIN(TestGuestFetch)
#include "tst_guestfetch.moc"
