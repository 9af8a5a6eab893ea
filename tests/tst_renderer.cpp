// SPDX-License-Identifier: GPL-3.0-or-later
// Documents and what the guest receives, validated by Debian's cloud-init itself.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/metadatadocument.h"
#include "cloudinit/renderer.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
const QByteArray seedModelYaml = R"(metadata:
  ami_id: ami-123
  instance_id: i-test-vm
  region: lab
  availability_zone: lab-a
  hostname: test-vm
  tags:
    role: web
  public_keys:
    - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB1ejxK0eZo8Gv8f9bGZbV2A2a8m2xN6r7Z3m3X0X1Yk admin@lab
network:
  address: 192.168.23.1
  netmask: 255.255.255.0
  gateway: 192.168.23.254
  search: [rmb938.me]
  nameservers: [8.8.8.8, 8.8.4.4]
  mac_address: 00:50:56:AB:CD:EF
userdata: |
  #cloud-config
  write_files:
    - path: /etc/motd
      content: hello from vmdesk
)";

const QByteArray readmeYaml = R"(metadata:
  ami-id: ami-456
  instance-id: i-readme
  hostname: readme-vm
  tags: [a, b]
network:
  address: 10.0.0.5
  netmask: 255.255.255.0
  gateway: 10.0.0.1
  search: example.com
  nameservers: [10.0.0.2]
)";

const QByteArray twoInterfacesYaml = R"(metadata:
  instance-id: i-two
network:
  interfaces:
    - name: eth0
      mac_address: "00:50:56:aa:bb:cc"
      addresses: [192.0.2.10/24, "2001:db8::10/64"]
      gateway4: 192.0.2.1
      gateway6: "2001:db8::1"
      mtu: 9000
    - name: eth1
      addresses: [198.51.100.7/25]
      mtu: 1400
    - name: eth2
      dhcp4: yes
      dhcp6: on
  nameservers: [192.0.2.53, "2001:db8::53"]
  search: [example.com]
)";

// What net-convert must have written for twoInterfacesYaml, in both formats.
const QStringList twoInterfacesFacts { u"192.0.2.10"_s, u"2001:db8::10"_s, u"192.0.2.1"_s, u"2001:db8::1"_s, u"9000"_s,
    u"198.51.100.7"_s, u"1400"_s, u"eth2"_s, u"192.0.2.53"_s, u"example.com"_s };

MetadataDocument parsed(const QByteArray& yaml)
{
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(yaml, &error);
    if (!document) {
        qFatal("%s", qPrintable(error));
    }
    return *document;
}
} // namespace

class TestRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metaDataHasTheSeedKeys()
    {
        const QJsonObject object = QJsonDocument::fromJson(Renderer::metaData(parsed(seedModelYaml), u"vm"_s)).object();
        QCOMPARE(object[u"ami-id"_s].toString(), u"ami-123"_s);
        QCOMPARE(object[u"instance-id"_s].toString(), u"i-test-vm"_s);
        QCOMPARE(object[u"region"_s].toString(), u"lab"_s);
        QCOMPARE(object[u"availability-zone"_s].toString(), u"lab-a"_s);
        QCOMPARE(object[u"hostname"_s].toString(), u"test-vm"_s);
        QCOMPARE(object[u"local-hostname"_s].toString(), u"test-vm"_s);
        QCOMPARE(object[u"tags"_s].toObject()[u"role"_s].toString(), u"web"_s);
        QCOMPARE(object[u"public-keys"_s].toArray().size(), 1);
    }

    void acceptsTheReadmeSpelling()
    {
        const MetadataDocument document = parsed(readmeYaml);
        QCOMPARE(document.amiId, u"ami-456"_s);
        QCOMPARE(document.instanceId, u"i-readme"_s);
        QCOMPARE(document.tags.toArray().size(), 2);
        QCOMPARE(document.network->search, QStringList { u"example.com"_s });
    }

    void fillsInstanceIdAndHostnameFromTheVmName()
    {
        const QJsonObject object
            = QJsonDocument::fromJson(Renderer::metaData(parsed("userdata: hi\n"), u"Web Server 01"_s)).object();
        QCOMPARE(object[u"instance-id"_s].toString(), u"Web Server 01"_s);
        QCOMPARE(object[u"local-hostname"_s].toString(), u"web-server-01"_s);
    }

    void reportsBadYamlClearly_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("metadata: [unclosed\n") << u"line 2"_s;
        QTest::newRow("not a map") << QByteArray("- a\n- b\n") << u"must be a map"_s;
        QTest::newRow("tags scalar") << QByteArray("metadata:\n  tags: x\n") << u"tags"_s;
        QTest::newRow("userdata map") << QByteArray("userdata:\n  a: 1\n") << u"userdata must be text"_s;
        // yaml-cpp read "'subnets: []" and the newline as a key (tests/fuzz/known/metadata-unclosed-quote).
        QTest::newRow("network_config quote never closed")
            << QByteArray("network_config:\n  version: 1\n  'subnets: []\n") << u"network_config cannot be passed"_s;
    }

    void reportsBadYamlClearly()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!MetadataDocument::fromYaml(yaml, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void networkDataPassesCloudInitNetConvert_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("facts");
        for (const int version : { 1, 2 }) {
            const QByteArray v = QByteArray::number(version);
            QTest::newRow(QByteArray("static with mac v" + v).constData())
                << seedModelYaml << version << QStringList { u"192.168.23.1"_s, u"192.168.23.254"_s, u"8.8.4.4"_s };
            QTest::newRow(QByteArray("readme spelling v" + v).constData())
                << readmeYaml << version << QStringList { u"10.0.0.5"_s, u"10.0.0.1"_s };
            QTest::newRow(QByteArray("dhcp v" + v).constData())
                << QByteArray("network:\n  type: dhcp\n  name: ens192\n") << version
                << QStringList { u"dhcp"_s, u"ens192"_s };
            QTest::newRow(QByteArray("three interfaces, v4 and v6, v" + v).constData())
                << twoInterfacesYaml << version << twoInterfacesFacts;
        }
        QTest::newRow("asked for in the document")
            << QByteArray(twoInterfacesYaml).replace("  search:", "  version: 2\n  search:") << 0 << twoInterfacesFacts;
        QTest::newRow("network_config v1 passed through")
            << QByteArray(
                   "network_config:\n  version: 1\n  config:\n    - type: physical\n      name: ens3\n      mtu: 1280\n"
                   "      subnets:\n        - {type: static, address: 203.0.113.9/24, gateway: 203.0.113.1}\n")
            << 1 << QStringList { u"203.0.113.9"_s, u"203.0.113.1"_s, u"1280"_s, u"ens3"_s };
        QTest::newRow("network_config v2 wrapped, passed through") << QByteArray(
            "network_config:\n  network:\n    version: 2\n    ethernets:\n      ens4:\n"
            "        addresses: [\"2001:db8:5::9/64\"]\n        gateway6: \"2001:db8:5::1\"\n        mtu: 1500\n")
                                                                   << 1
                                                                   << QStringList { u"2001:db8:5::9"_s,
                                                                          u"2001:db8:5::1"_s, u"1500"_s, u"ens4"_s };
    }

    void networkDataPassesCloudInitNetConvert()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, version);
        QFETCH(QStringList, facts);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"network-config"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray rendered = Renderer::networkData(parsed(yaml), version);
        const bool passthrough = yaml.startsWith("network_config");
        QVERIFY2(
            passthrough || rendered.startsWith(QByteArray("version: " + QByteArray::number(version ? version : 2))),
            rendered.constData());
        file.write(rendered);
        file.close();
        for (const QString& format : { u"eni"_s, u"netplan"_s }) {
            const QString out = dir.filePath(format);
            const ToolRun result = runTool(u"cloud-init"_s,
                { u"devel"_s, u"net-convert"_s, u"--debug"_s, u"-p"_s, file.fileName(), u"-k"_s, u"yaml"_s, u"-D"_s,
                    u"debian"_s, u"-d"_s, out, u"-O"_s, format });
            QVERIFY2(result.exitCode == 0, result.all().constData());
            QVERIFY2(!result.all().contains("Skipping invalid command"), result.all().constData());
            QString rendered;
            QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                rendered += QString::fromUtf8(f.readAll());
            }
            for (const QString& fact : facts) {
                QVERIFY2(rendered.contains(fact), qPrintable(format + u" lacks "_s + fact + u":\n"_s + rendered));
            }
        }
    }

    // PyYAML reads the network-config as cloud-init would have read network_config from the document.
    void passedThroughNetworkConfigReadsBack_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        const QByteArray longKey(1100, 'k');
        QTest::newRow("v1 with a block scalar")
            << QByteArray("network_config:\n  version: 1\n  config:\n    - type: physical\n      name: ens3\n"
                          "      x-note: |\n        two\n        lines\n      subnets: [{type: dhcp}]\n");
        // YamlTextEdit writes every key as a simple key (fuzz_metadata,
        // tests/fuzz/known/metadata-network-config-key-over-1024).
        QTest::newRow("key over 1024 characters")
            << "network_config:\n  version: 2\n  ? " + longKey + "\n  : {a: [1, {}], b: {}}\n  ethernets: {}\n";
        QTest::newRow("long keys nested in lists and maps") << "network_config:\n  version: 2\n  ethernets:\n    ? "
                + longKey + "\n    : {dhcp4: true, x: [\"a\\nb\", {? " + longKey
                + " : [1, {}], c: []}]}\n    eth0: {dhcp4: true}\n";
    }

    void passedThroughNetworkConfigReadsBack()
    {
        QFETCH(QByteArray, yaml);
        const MetadataDocument document = parsed(yaml);
        QVERIFY(!document.networkConfig.isEmpty());
        QTemporaryDir dir;
        QFile file(dir.filePath(u"network-config"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Renderer::networkData(document));
        file.close();
        const ToolRun result = runTool(u"python3"_s,
            { u"-c"_s,
                u"import json, sys, yaml\n"
                "read = yaml.safe_load(open(sys.argv[1], encoding='utf-8'))\n"
                "sys.exit(0 if read == json.load(sys.stdin) else 'reads back as ' + json.dumps(read))"_s,
                file.fileName() },
            QJsonDocument(document.networkConfig).toJson());
        QVERIFY2(result.exitCode == 0, result.all().constData());
    }

    void userDataPassesCloudInitSchema()
    {
        QTemporaryDir dir;
        for (const QByteArray& yaml : { seedModelYaml, QByteArray("metadata: {}\n") }) {
            QFile file(dir.filePath(u"user-data"_s));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(Renderer::userData(parsed(yaml)));
            file.close();
            const ToolRun result = runTool(u"cloud-init"_s, { u"schema"_s, u"-c"_s, file.fileName() });
            QVERIFY2(result.exitCode == 0, result.all().constData());
        }
        // ...and the same validator does reject broken cloud-config, so the check above means something.
        QFile bad(dir.filePath(u"bad"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(Renderer::userData(parsed("userdata: |\n  #cloud-config\n  packages: notalist\n")));
        bad.close();
        QCOMPARE(runTool(u"cloud-init"_s, { u"schema"_s, u"-c"_s, bad.fileName() }).exitCode, 1);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
