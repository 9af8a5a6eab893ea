// SPDX-License-Identifier: GPL-3.0-or-later
// guestinfo values read back into a vmdesk document: what was pushed comes back as the same
// payloads, and values written by other tools (Terraform's vsphere provider and the like) import.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cloudinit/guestinfocodec.h"
#include "cloudinit/pyyamljson.h"
#include "cloudinit/renderer.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<MetadataDocument> parsed(const QByteArray& yaml)
{
    QString error;
    std::optional<MetadataDocument> document = MetadataDocument::fromYaml(yaml, &error);
    if (!document) {
        qWarning("%s\n%s", qPrintable(error), yaml.constData());
    }
    return document;
}

QByteArray decoded(const QByteArray& value)
{
    return GuestInfoCodec::decode(value, QLatin1String(GuestInfoCodec::encodingName)).value_or("(undecodable)");
}

QByteArray base64(const QByteArray& text)
{
    return runTool(u"base64"_s, { u"-w0"_s }, text).output;
}

const QByteArray terraformMetadata = R"(instance-id: tf-web-01
local-hostname: tf-web-01
public-keys-data: |
  ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com
  ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB1ejxK0eZo8Gv8f9bGZbV2A2a8m2xN6r7Z3m3X0X1Yk admin@lab
wait-on-network:
  ipv4: true
network:
  version: 2
  ethernets:
    ens192:
      dhcp4: no
      addresses: [192.0.2.31/24]
      gateway4: 192.0.2.1
      nameservers: {addresses: [192.0.2.53]}
)";
const QByteArray terraformUserdata = "#cloud-config\r\npackages: [nginx]\r\n";
} // namespace

class TestGuestInfoImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // render(import(render(document))) == render(document), for each version of the network.
    void pushedValuesComeBack_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("version");
        for (const QString& name : QDir(QStringLiteral(VMDESK_DOCUMENTS_DIR)).entryList({ u"*.yaml"_s })) {
            QTest::newRow(qPrintable(name + u" v1"_s)) << name << 1;
            QTest::newRow(qPrintable(name + u" v2"_s)) << name << 2;
        }
    }

    void pushedValuesComeBack()
    {
        QFETCH(QString, file);
        QFETCH(int, version);
        const std::optional<MetadataDocument> original
            = parsed(readFile(QStringLiteral(VMDESK_DOCUMENTS_DIR "/") + file));
        QVERIFY(original);
        const GuestInfoCodec::Values pushed = GuestInfoCodec::render(*original, u"Import VM"_s, version);
        QStringList notes;
        const QByteArray text
            = GuestInfoCodec::importDocument(decoded(pushed.metadata), decoded(pushed.userdata), {}, &notes);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        const std::optional<MetadataDocument> imported = parsed(text);
        QVERIFY2(imported, text.constData());
        // Another VM name: the imported document must carry its own instance-id and hostname.
        QCOMPARE(Renderer::metaData(*imported, u"Other VM"_s), Renderer::metaData(*original, u"Import VM"_s));
        QCOMPARE(PyYamlJson::parse(Renderer::networkData(*imported)).value,
            PyYamlJson::parse(Renderer::networkData(*original, version)).value);
        QCOMPARE(Renderer::userData(*imported), Renderer::userData(*original));
        const GuestInfoCodec::Values again = GuestInfoCodec::render(*imported, u"Other VM"_s, version);
        QCOMPARE(decoded(again.metadata), decoded(pushed.metadata));
        QCOMPARE(again.userdata, pushed.userdata);
    }

    void terraformStyleValues()
    {
        QString error;
        const std::optional<QByteArray> metadata
            = GuestInfoCodec::decode(base64(terraformMetadata), u"base64"_s, &error);
        const std::optional<QByteArray> userdata = GuestInfoCodec::decode(base64(terraformUserdata), u"b64"_s, &error);
        QVERIFY2(metadata && userdata, qPrintable(error));
        QStringList notes;
        const QByteArray text
            = GuestInfoCodec::importDocument(*metadata, *userdata, "#cloud-config\nntp: {enabled: true}\n", &notes);
        const std::optional<MetadataDocument> document = parsed(text);
        QVERIFY2(document, text.constData());
        QCOMPARE(document->instanceId, u"tf-web-01"_s);
        QCOMPARE(document->hostname, u"tf-web-01"_s);
        QCOMPARE(document->publicKeys.size(), 2);
        QVERIFY(document->publicKeys.at(1).endsWith(u"admin@lab"_s));
        QCOMPARE(QJsonValue(document->networkConfig),
            PyYamlJson::parse(terraformMetadata).value.toObject().value(u"network"_s));
        QCOMPARE(document->networkConfig.value(u"ethernets"_s)[u"ens192"_s][u"dhcp4"_s], QJsonValue(false));
        QCOMPARE(document->userData, QString::fromUtf8(terraformUserdata)); // \r\n kept
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(u"wait-on-network"_s), qPrintable(notes.at(0)));
        QVERIFY2(notes.at(1).contains(u"vendor-data"_s), qPrintable(notes.at(1)));
    }

    // cloud-init also takes the network as encoded text with network.encoding.
    void encodedNetwork()
    {
        const QByteArray network = "version: 1\nconfig:\n  - {type: physical, name: eth0, subnets: [{type: dhcp}]}\n";
        const QJsonObject metadata { { u"instance-id"_s, u"i-enc"_s },
            { u"network"_s, QString::fromLatin1(GuestInfoCodec::encode(network)) },
            { u"network.encoding"_s, u"gzip+base64"_s } };
        QStringList notes;
        const std::optional<MetadataDocument> document
            = parsed(GuestInfoCodec::importDocument(QJsonDocument(metadata).toJson(), {}, {}, &notes));
        QVERIFY(document);
        QVERIFY2(notes.isEmpty(), qPrintable(notes.join(u'\n')));
        QCOMPARE(QJsonValue(document->networkConfig), PyYamlJson::parse(network).value);
        QVERIFY(!document->userData);
    }

    void userDataKeptByteForByte_data()
    {
        QTest::addColumn<QByteArray>("text");
        // The document's text keeps a byte order mark (PyYAML reads it below), but MetadataDocument reads
        // through QString::fromStdString, which drops a leading one, as cloud-init's "#cloud-config"
        // check would fail on it anyway.
        QTest::addColumn<bool>("modelKeepsIt");
        QTest::newRow("no final newline") << QByteArray("#cloud-config\nhostname: a") << true;
        QTest::newRow("blank lines at the end") << QByteArray("#cloud-config\n\n\n") << true;
        QTest::newRow("leading spaces") << QByteArray("   #!/bin/sh\necho hi\n") << true;
        QTest::newRow("blank line, then indented") << QByteArray("\n    indented\n  less\n") << true;
        QTest::newRow("spaces only") << QByteArray("   \n  \n") << true;
        QTest::newRow("tabs") << QByteArray("\tfirst\nx:\t1\n\t\n") << true;
        QTest::newRow("trailing spaces") << QByteArray("#cloud-config  \nruncmd: [ls]   \n   ") << true;
        QTest::newRow("document markers") << QByteArray("---\n#cloud-config\n...\n--- x\n") << true;
        QTest::newRow("CR LF") << QByteArray("#cloud-config\r\nhostname: b\r\n") << true;
        QTest::newRow("control characters") << QByteArray("#!/bin/sh\nprintf '\x07\x1b[0m'\n") << true;
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf#cloud-config\n") << false;
        QTest::newRow("unicode") << QByteArray("#cloud-config\nfinal_message: \"h\xc3\xa9llo \xf0\x9f\x8e\x89\"\n")
                                 << true;
        QTest::newRow("quotes and colons") << QByteArray("'a': \"b\" # c\n- d: e\n  |\n  >\n") << true;
    }

    void userDataKeptByteForByte()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, modelKeepsIt);
        const QByteArray yaml = GuestInfoCodec::importDocument(R"({"instance-id": "i-1"})", text, {});
        const std::optional<MetadataDocument> document = parsed(yaml);
        QVERIFY2(document && document->userData, yaml.constData());
        QCOMPARE(document->userData->toUtf8(), modelKeepsIt ? text : text.mid(3));
        // PyYAML reads the document's userdata the same way.
        const ToolRun python = runTool(u"/usr/bin/python3"_s,
            { u"-c"_s,
                u"import sys, yaml; sys.stdout.buffer.write(yaml.safe_load(sys.stdin.buffer)['userdata'].encode())"_s },
            yaml);
        QVERIFY2(python.exitCode == 0, python.all().constData());
        QCOMPARE(python.output, text);
    }

    void whatCannotBeImportedIsSaid()
    {
        QStringList notes;
        QVERIFY(GuestInfoCodec::importDocument("{ not json: [ nor yaml", {}, {}, &notes).isEmpty());
        QCOMPARE(notes.size(), 1);
        notes.clear();
        QVERIFY(GuestInfoCodec::importDocument("- a list\n", {}, {}, &notes).isEmpty());
        QCOMPARE(notes.size(), 1);
        notes.clear();
        // gzip-compressed user-data is text to cloud-init; bytes that are not UTF-8 cannot go in a document.
        const QByteArray gzipped = QByteArray::fromBase64(GuestInfoCodec::encode("#cloud-config\n{}\n"));
        std::optional<MetadataDocument> document
            = parsed(GuestInfoCodec::importDocument("instance-id: i-2\n", gzipped, {}, &notes));
        QVERIFY(document);
        QCOMPARE(document->userData, u"#cloud-config\n{}\n"_s);
        QCOMPARE(notes.size(), 1);
        notes.clear();
        document = parsed(GuestInfoCodec::importDocument("instance-id: i-3\n", "\xff\xfe binary", {}, &notes));
        QVERIFY(document && !document->userData);
        QVERIFY2(notes.size() == 1 && notes.first().contains(u"UTF-8"_s), qPrintable(notes.join(u'\n')));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestGuestInfoImport)
#include "tst_guestinfoimport.moc"
