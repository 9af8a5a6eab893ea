// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with a real Linux guest: QEMU (TCG) boots Debian's kernel with a busybox initramfs;
// its second serial port reaches the metadata server through an emulated ESXi host (QEMU's own
// telnet client mode is a raw pipe, see vspc-and-cloud-init.md §4.1). The guest fetches its three
// payloads and prints them; they must be exactly what the renderer produces.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/filedriver.h"
#include "cloudinit/renderer.h"
#include "support/serialbridge.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
const QByteArray document = R"(metadata:
  instance_id: i-qemu-guest
  hostname: qemu-guest
  tags: {purpose: e2e}
network:
  address: 203.0.113.77
  netmask: 255.255.255.0
  gateway: 203.0.113.1
  nameservers: [203.0.113.53]
userdata: |
  #cloud-config
  write_files:
    - path: /etc/motd
      content: booted with vmdesk metadata
)";

QString kernelPath()
{
    // Test mode moves QStandardPaths; the set-up script uses the real cache directory.
    const QString cache = qEnvironmentVariable("XDG_CACHE_HOME", QDir::homePath() + u"/.cache"_s);
    return qEnvironmentVariable("VMDESK_TEST_KERNEL", cache + u"/vmdesk/qemu/vmlinuz"_s);
}

QByteArray between(const QByteArray& console, const QByteArray& name)
{
    const QByteArray begin = "===VMDESK-BEGIN " + name + '\n';
    const qsizetype from = console.indexOf(begin);
    const qsizetype to = console.indexOf(QByteArray("\n===VMDESK-END " + name));
    return from < 0 || to < 0 ? QByteArray("<missing>") : console.mid(from + begin.size(), to - from - begin.size());
}
} // namespace

class TestQemuGuest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linuxGuestFetchesItsPayloads()
    {
        QVERIFY2(QFile::exists(kernelPath()), "scripts/setup-deps.sh puts the test kernel there");
        QTemporaryDir work;
        // The initramfs: static busybox and our /init.
        const QString root = work.filePath(u"root"_s);
        QVERIFY(QDir().mkpath(root + u"/bin"_s));
        QVERIFY(QFile::copy(u"/bin/busybox"_s, root + u"/bin/busybox"_s));
        QVERIFY(QFile::copy(QStringLiteral(VMDESK_GUEST_INIT), root + u"/init"_s));
        QFile::setPermissions(root + u"/init"_s, QFile::ReadOwner | QFile::ExeOwner);
        const QString initrd = work.filePath(u"initrd.gz"_s);
        QCOMPARE(QProcess::execute(u"sh"_s,
                     { u"-c"_s, u"cd '%1' && find . | cpio -o -H newc --quiet | gzip -1 > '%2'"_s.arg(root, initrd) }),
            0);

        QTemporaryDir data;
        QSaveFile yaml(data.filePath(u"qemu-guest.yaml"_s));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write(document);
        QVERIFY(yaml.commit());
        FileDriver driver(data.path());
        GuestRegistry registry;
        VspcServer server(&driver, &registry);
        VspcConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        config.proxies = { { 'C', u"my-metadata"_s } };
        server.setConfig(config);
        QVERIFY(server.start());

        EsxiEmulator::Vm vm;
        vm.name = "qemu-guest";
        SerialBridge bridge(vm, server.serverPort());
        const quint16 serialPort = bridge.listenTcp();

        const QString console = work.filePath(u"console.log"_s);
        QProcess qemu;
        qemu.setProcessChannelMode(QProcess::MergedChannels);
        qemu.start(u"qemu-system-x86_64"_s,
            { u"-nodefaults"_s, u"-display"_s, u"none"_s, u"-accel"_s, u"tcg"_s, u"-m"_s, u"256"_s, u"-kernel"_s,
                kernelPath(), u"-initrd"_s, initrd, u"-append"_s, u"console=ttyS0 quiet panic=-1"_s, u"-no-reboot"_s,
                u"-serial"_s, u"file:"_s + console, u"-chardev"_s,
                u"socket,id=md,host=127.0.0.1,port=%1,server=off"_s.arg(serialPort), u"-serial"_s, u"chardev:md"_s });
        QVERIFY2(qemu.waitForStarted(), qPrintable(qemu.errorString()));
        // TCG boots in about ten seconds here; a slow CI machine gets much longer.
        QVERIFY(QTest::qWaitFor([&] { return qemu.state() == QProcess::NotRunning; }, 240000));
        QFile log(console);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray output = log.readAll().replace("\r\n", "\n");
        QVERIFY2(output.contains("===VMDESK-DONE"), output.right(3000).constData());
        QVERIFY2(
            !output.contains("VMDESK-ERROR") && !output.contains("VMDESK-TIMEOUT"), output.right(3000).constData());

        QString error;
        const std::optional<MetadataDocument> expected = MetadataDocument::fromYaml(document, &error);
        QVERIFY(expected);
        // The console adds a newline where a file had none; compare the payloads as text.
        QCOMPARE(between(output, "meta-data").trimmed(), Renderer::metaData(*expected, u"qemu-guest"_s).trimmed());
        QCOMPARE(between(output, "user-data").trimmed(), Renderer::userData(*expected).trimmed());
        QCOMPARE(between(output, "network-config").trimmed(), Renderer::networkData(*expected).trimmed());

        const GuestInfo* guest = registry.guest(registry.ids().first());
        QCOMPARE(guest->identity.vmName, u"qemu-guest"_s);
        QCOMPARE(guest->requests, 3);
        QCOMPARE(guest->errors, 0);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestQemuGuest)
#include "tst_qemuguest.moc"
