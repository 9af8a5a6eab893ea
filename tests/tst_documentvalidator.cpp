// SPDX-License-Identifier: GPL-3.0-or-later
// Findings for a whole <key>.yaml: each at the line and column of the admin's text, including
// lines inside `userdata: |`, and the network rules (addresses, gateways, names, MTU, DNS).
#include <QtTest>

#include "cloudinit/documentvalidator.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings) {
        lines.append(u"%1:%2 %3 [%4] %5"_s.arg(finding.line)
                         .arg(finding.column)
                         .arg(finding.isError() ? u"error"_s : u"warning"_s, finding.path, finding.message));
    }
    return lines.join(u'\n');
}

const Finding* findingAt(const QList<Finding>& findings, const QString& path)
{
    for (const Finding& finding : findings) {
        if (finding.path == path) {
            return &finding;
        }
    }
    return nullptr;
}
} // namespace

class TestDocumentValidator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodDocumentsHaveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& name : QDir(QStringLiteral(VMDESK_DOCUMENTS_DIR)).entryList({ u"*.yaml"_s })) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void goodDocumentsHaveNoErrors()
    {
        QFETCH(QString, file);
        QFile input(QStringLiteral(VMDESK_DOCUMENTS_DIR "/") + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const DocumentValidator::Result result = DocumentValidator::validate(input.readAll());
        QVERIFY(result.document);
        QVERIFY2(!Findings::hasError(result.findings), qPrintable(describe(result.findings)));
    }

    void findingsPointAtTheText_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("error");
        QTest::addColumn<QString>("message");

        const QByteArray network = "metadata:\n  instance-id: i-1\nnetwork:\n  interfaces:\n"
                                   "    - name: eth0\n      addresses: [192.0.2.10/24]\n";
        QTest::newRow("gateway outside the subnet")
            << network + "      gateway4: 198.51.100.1\n"
            << u"network.interfaces.0.gateway4"_s << 7 << 17 << true << u"not inside"_s;
        QTest::newRow("IPv6 prefix too long")
            << QByteArray(network).replace("192.0.2.10/24", "\"2001:db8::1/129\"")
            << u"network.interfaces.0.addresses.0"_s << 6 << 19 << true << u"prefix length must be 0 to 128"_s;
        QTest::newRow("address without prefix")
            << QByteArray(network).replace("192.0.2.10/24", "192.0.2.10") << u"network.interfaces.0.addresses.0"_s << 6
            << 19 << true << u"needs a prefix"_s;
        QTest::newRow("bad MAC") << network + "      mac_address: 00:50:56:zz:00:01\n"
                                 << u"network.interfaces.0.mac_address"_s << 7 << 20 << true << u"MAC"_s;
        QTest::newRow("MTU out of range") << network + "      mtu: 70000\n"
                                          << u"network.interfaces.0.mtu"_s << 7 << 12 << true << u"MTU"_s;
        QTest::newRow("IPv6 with a small MTU") << network + "      dhcp6: true\n      mtu: 1000\n"
                                               << u"network.interfaces.0.mtu"_s << 8 << 12 << true << u"1280"_s;
        QTest::newRow("name too long") << QByteArray(network).replace("eth0", "enp0s31f6-storage")
                                       << u"network.interfaces.0.name"_s << 5 << 13 << true << u"15"_s;
        QTest::newRow("name used twice") << network + "    - name: eth0\n      dhcp4: true\n"
                                         << u"network.interfaces.1.name"_s << 7 << 13 << true << u"twice"_s;
        QTest::newRow("DNS server not an address")
            << network + "  nameservers: [192.0.2.53, dns.example.com]\n"
            << u"network.nameservers.1"_s << 7 << 29 << true << u"not an IP address"_s;
        QTest::newRow("interface without address or DHCP")
            << QByteArray("metadata: {instance-id: i}\nnetwork:\n  interfaces:\n    - name: eth1\n")
            << u"network.interfaces.0"_s << 4 << 7 << false << u"stays down"_s;
        QTest::newRow("hostname label too long")
            << QByteArray("metadata:\n  instance-id: i\n  hostname: ") + QByteArray(64, 'a') + "\n"
            << u"metadata.hostname"_s << 3 << 13 << true << u"63"_s;
        QTest::newRow("hostname with underscore")
            << QByteArray("metadata:\n  instance-id: i\n  local-hostname: web_01\n") << u"metadata.local-hostname"_s
            << 3 << 19 << true << u"not a valid host name"_s;
        QTest::newRow("empty instance-id") << QByteArray("metadata:\n  instance-id: \"\"\n")
                                           << u"metadata.instance-id"_s << 2 << 16 << true << u"must not be empty"_s;
        QTest::newRow("no instance-id") << QByteArray("metadata:\n  region: lab\n") << u"metadata"_s << 2 << 3 << false
                                        << u"VM name is used"_s;
        QTest::newRow("user-data error inside the block")
            << QByteArray("metadata: {instance-id: i}\n# comment\nuserdata: |\n  #cloud-config\n  packages: notalist\n")
            << u"userdata.packages"_s << 5 << 13 << true << u"expected a list"_s;
        QTest::newRow("user-data written twice: the last is read") // found by fuzz_documentvalidator
            << QByteArray("metadata: {instance-id: i}\nuserdata: |\n  #cloud-config\n  packages: [a]\n  runcmd: []\n"
                          "userdata: |\n  #cloud-config\n  packages: notalist\n")
            << u"userdata.packages"_s << 8 << 13 << true << u"expected a list"_s;
        // libfyaml counts a lone '\r' as a line break, yaml-cpp and the editor do not: found by
        // fuzz_documentvalidator (tests/fuzz/known/documentvalidator-userdata-line-after-carriage-returns*).
        QTest::newRow("user-data below a line with carriage returns")
            << QByteArray(
                   "metadata: {instance-id: i}\n# a\r\rx: b\nuserdata: |\n  #cloud-config\n  packages: notalist\n")
            << u"userdata.packages"_s << 5 << 13 << true << u"expected a list"_s;
        QTest::newRow("user-data with a carriage return inside")
            << QByteArray(
                   "metadata: {instance-id: i}\nuserdata: |\n  #cloud-config\n  # a\r  b\r\n  packages: notalist\n")
            << u"userdata.packages"_s << 5 << 13 << true << u"expected a list"_s;
        QTest::newRow("user-data in a text libfyaml cannot read")
            << QByteArray(
                   "metadata: {instance-id: i}\n# a\rb\r\rc\nuserdata: |\n  #cloud-config\n  packages: notalist\n")
            << u"userdata.packages"_s << 3 << 1 << true << u"expected a list"_s;
        QTest::newRow("user-data starting with a blank line")
            << QByteArray("metadata: {instance-id: i}\nuserdata: |\n\n  \n  #cloud-config\n  packages: notalist\n")
            << u"userdata.packages"_s << 6 << 13 << true << u"expected a list"_s;
        QTest::newRow("user-data without header")
            << QByteArray("metadata: {instance-id: i}\nuserdata: |\n  packages: [nginx]\n") << u"userdata"_s << 3 << 3
            << false << u"cloud-config"_s;
        QTest::newRow("unknown top-level key") << QByteArray("metadata: {instance-id: i}\nnetwrok: {}\n")
                                               << u"netwrok"_s << 2 << 1 << false << u"not a key vmdesk knows"_s;
        QTest::newRow("network_config v1 bad type")
            << QByteArray("metadata: {instance-id: i}\nnetwork_config:\n  version: 1\n  config:\n    - type: phsyical\n"
                          "      name: eth0\n")
            << u"network_config.config.0.type"_s << 5 << 13 << true << u"physical"_s;
        QTest::newRow("text yaml-cpp's LoadAll never finished")
            << QByteArray(",e [config:") << QString() << 1 << 1 << true << u"not YAML"_s;
        QTest::newRow("YAML syntax") << QByteArray("metadata:\n  instance-id: [i\n") << QString() << 3 << 1 << true
                                     << QString();
        // yaml-cpp read the quote as ending with the text (tests/fuzz/known/metadata-unclosed-quote).
        QTest::newRow("quote never closed")
            << QByteArray("metadata: {instance-id: i}\nnetwork_config:\n  'version: 1\n") << QString() << 4 << 1 << true
            << u"EOF"_s;
    }

    void findingsPointAtTheText()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, path);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, error);
        QFETCH(QString, message);
        const DocumentValidator::Result result = DocumentValidator::validate(yaml);
        const Finding* finding = findingAt(result.findings, path);
        QVERIFY2(finding, qPrintable(describe(result.findings)));
        QCOMPARE(finding->line, line);
        QCOMPARE(finding->column, column);
        QCOMPARE(finding->isError(), error);
        QVERIFY2(finding->message.contains(message), qPrintable(finding->message));
    }

    void gatewayInsideASubnetIsFine()
    {
        const QByteArray yaml = "metadata: {instance-id: i}\nnetwork:\n  interfaces:\n    - name: eth0\n"
                                "      addresses: [192.0.2.10/24, \"2001:db8::10/64\"]\n      gateway4: 192.0.2.1\n"
                                "      gateway6: \"2001:db8::1\"\n      mtu: 9000\n  nameservers: [192.0.2.53]\n";
        const DocumentValidator::Result result = DocumentValidator::validate(yaml);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describe(result.findings)));
    }

    void seedFormStillValidates()
    {
        const QByteArray yaml = "metadata:\n  instance_id: i-1\n  hostname: web\nnetwork:\n  address: 192.0.2.5\n"
                                "  netmask: 255.255.255.0\n  gateway: 192.0.2.1\n  nameservers: [192.0.2.53]\n";
        const DocumentValidator::Result result = DocumentValidator::validate(yaml);
        QVERIFY2(result.findings.isEmpty(), qPrintable(describe(result.findings)));
        const QByteArray outside = QByteArray(yaml).replace("gateway: 192.0.2.1", "gateway: 10.0.0.1");
        QVERIFY(findingAt(DocumentValidator::validate(outside).findings, u"network.gateway"_s));
    }

    void oversizedUserDataIsAnErrorForTheSerialPort()
    {
        QByteArray yaml = "metadata: {instance-id: i}\nuserdata: |\n  #cloud-config\n  write_files:\n"
                          "    - path: /big\n      content: ";
        yaml += QByteArray(60 * 1024, 'x') + "\n";
        const DocumentValidator::Result result = DocumentValidator::validate(yaml);
        QVERIFY2(Findings::hasError(result.findings), qPrintable(describe(result.findings)));
        QVERIFY(describe(result.findings).contains(u"serial port"_s));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestDocumentValidator)
#include "tst_documentvalidator.moc"
