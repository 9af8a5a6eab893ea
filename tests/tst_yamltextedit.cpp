// SPDX-License-Identifier: GPL-3.0-or-later
// A form edit must change only the lines of the key it changes. Each row applies one edit to a
// realistic document (comments, anchors, flow and block style, unknown keys) and states exactly
// which lines go and which come: the minimal diff between the texts must be those lines.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <yaml-cpp/yaml.h>

#include "cloudinit/yamlsourcemap.h"
#include "cloudinit/yamltextedit.h"
#include "support/changedlines.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray corpus(const QString& name)
{
    QFile file(QStringLiteral(VMDESK_DOCUMENTS_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return file.readAll();
}

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

YAML::Node at(const YAML::Node& root, const QStringList& path)
{
    YAML::Node node = YAML::Clone(root);
    for (const QString& step : path) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        node = isIndex && node.IsSequence() ? node[index] : node[step.toStdString()];
    }
    return node;
}

// The node read back from the edited text, as JSON, so that the test checks the value landed.
QJsonValue toJson(const YAML::Node& node)
{
    if (node.IsSequence()) {
        QJsonArray array;
        for (const YAML::Node& item : node) {
            array.append(toJson(item));
        }
        return array;
    }
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto& pair : node) {
            object.insert(QString::fromStdString(pair.first.Scalar()), toJson(pair.second));
        }
        return object;
    }
    if (node.IsScalar()) {
        const QString text = QString::fromStdString(node.Scalar());
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (node.Tag() != "!" && isNumber) {
            return number;
        }
        if (node.Tag() != "!" && (text == u"true"_s || text == u"false"_s)) {
            return text == u"true"_s;
        }
        return text;
    }
    return QJsonValue::Null;
}
} // namespace

class TestYamlTextEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceMapFindsNodesWithTheirExactBytes()
    {
        const QByteArray text = corpus(u"web-01.yaml"_s);
        const std::optional<YamlSourceMap> map = YamlSourceMap::parse(text);
        QVERIFY(map);
        const YamlSourceMap::Node& mac = map->node(map->find({ u"network"_s, u"mac_address"_s }));
        QCOMPARE(text.mid(mac.start, mac.end - mac.start), "\"00:50:56:aa:bb:cc\"");
        const YamlSourceMap::Node& servers = map->node(map->find({ u"network"_s, u"nameservers"_s }));
        QCOMPARE(text.mid(servers.start, servers.end - servers.start), "[192.0.2.53, 192.0.2.54]");
        const YamlSourceMap::Node& keys = map->node(map->find({ u"metadata"_s, u"public_keys"_s }));
        QVERIFY(text.mid(keys.start, keys.end - keys.start).startsWith("- ssh-ed25519"));
        QVERIFY(text.mid(keys.start, keys.end - keys.start).endsWith("ops@example.com"));
        QCOMPARE(map->find({ u"metadata"_s, u"nothing"_s }), -1);
        QVERIFY(!YamlSourceMap::parse("a: [1, 2\n"));
    }

    void oneEditChangesOnlyItsLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("added");

        QTest::newRow("plain scalar keeps its comment")
            << u"web-01.yaml"_s << QStringList { u"metadata"_s, u"instance_id"_s } << u"\"web-01-2026-12\""_s
            << QStringList { u"  instance_id: web-01-2026-11   # bump to re-run cloud-init"_s }
            << QStringList { u"  instance_id: web-01-2026-12   # bump to re-run cloud-init"_s };
        QTest::newRow("quoted scalar stays quoted")
            << u"web-01.yaml"_s << QStringList { u"network"_s, u"mac_address"_s } << u"\"00:50:56:aa:bb:dd\""_s
            << QStringList { u"  mac_address: \"00:50:56:aa:bb:cc\""_s }
            << QStringList { u"  mac_address: \"00:50:56:aa:bb:dd\""_s };
        QTest::newRow("flow list stays flow, comment kept")
            << u"web-01.yaml"_s << QStringList { u"network"_s, u"nameservers"_s } << u"[\"192.0.2.55\"]"_s
            << QStringList { u"  nameservers: [192.0.2.53, 192.0.2.54]   # internal resolvers"_s }
            << QStringList { u"  nameservers: [192.0.2.55]   # internal resolvers"_s };
        QTest::newRow("new key at the end of its map")
            << u"web-01.yaml"_s << QStringList { u"metadata"_s, u"tags"_s, u"owner"_s } << u"\"ops team\""_s
            << QStringList {} << QStringList { u"    owner: ops team"_s };
        QTest::newRow("block list replaced in place")
            << u"db-02.yaml"_s << QStringList { u"network"_s, u"nameservers"_s }
            << u"[\"192.0.2.53\", \"192.0.2.54\"]"_s << QStringList {} << QStringList { u"    - 192.0.2.54"_s };
        QTest::newRow("value inside a list item")
            << u"db-02.yaml"_s << QStringList { u"network"_s, u"interfaces"_s, u"1"_s, u"name"_s } << u"\"ens224\""_s
            << QStringList { u"    - name: eth1"_s } << QStringList { u"    - name: ens224"_s };
        QTest::newRow("anchored value keeps its anchor")
            << u"db-02.yaml"_s << QStringList { u"network"_s, u"interfaces"_s, u"0"_s, u"mtu"_s } << u"1500"_s
            << QStringList { u"      mtu: &jumbo 9000"_s } << QStringList { u"      mtu: &jumbo 1500"_s };
        QTest::newRow("key added to a flow map")
            << u"db-02.yaml"_s << QStringList { u"metadata"_s, u"region"_s } << u"\"eu-west\""_s
            << QStringList { u"metadata: {instance-id: db-02, local-hostname: db-02}"_s }
            << QStringList { u"metadata: {instance-id: db-02, local-hostname: db-02, region: eu-west}"_s };
        QTest::newRow("interface appended") << u"db-02.yaml"_s << QStringList { u"network"_s, u"interfaces"_s, u"2"_s }
                                            << u"{\"name\": \"eth2\", \"dhcp4\": true}"_s << QStringList {}
                                            << QStringList { u"    - dhcp4: true"_s, u"      name: eth2"_s };
        QTest::newRow("single-quoted stays single-quoted")
            << u"minimal.yaml"_s << QStringList { u"metadata"_s, u"instance-id"_s } << u"\"it's new\""_s
            << QStringList { u"  instance-id: 'i-minimal'"_s } << QStringList { u"  instance-id: 'it''s new'"_s };
        QTest::newRow("missing map created")
            << u"minimal.yaml"_s << QStringList { u"network"_s, u"interfaces"_s }
            << u"[{\"name\": \"eth0\", \"dhcp4\": true}]"_s << QStringList {}
            << QStringList { u"network:"_s, u"  interfaces:"_s, u"    - dhcp4: true"_s, u"      name: eth0"_s };
        QTest::newRow("four-space document keeps its indentation")
            << u"dhcp-only.yaml"_s << QStringList { u"metadata"_s, u"region"_s } << u"\"lab\""_s << QStringList {}
            << QStringList { u"    region: lab"_s };
        QTest::newRow("yes stays a yes-like boolean")
            << u"dhcp-only.yaml"_s << QStringList { u"network"_s, u"interfaces"_s, u"0"_s, u"dhcp4"_s } << u"false"_s
            << QStringList { u"          dhcp4: yes"_s } << QStringList { u"          dhcp4: false"_s };
        QTest::newRow("one line of user-data")
            << u"web-01.yaml"_s << QStringList { u"userdata"_s }
            << u"\"#cloud-config\\n# Packages first, then the service.\\npackage_update: false\\npackages:\\n  - "
               u"nginx\\n  - curl\\n\\nruncmd:\\n  - [systemctl, enable, --now, nginx]\\n\""_s
            << QStringList { u"  package_update: true"_s } << QStringList { u"  package_update: false"_s };
        QTest::newRow("strip-chomped user-data keeps its header")
            << u"db-02.yaml"_s << QStringList { u"userdata"_s }
            << u"\"#cloud-config\\nusers:\\n  - name: dba\\n    groups: [adm, sudo]\\n    shell: /bin/zsh\\n    "
               u"sudo: \\\"ALL=(ALL) NOPASSWD:ALL\\\"\""_s
            << QStringList { u"      shell: /bin/bash"_s } << QStringList { u"      shell: /bin/zsh"_s };
        QTest::newRow("reserved word gets quotes")
            << u"web-01.yaml"_s << QStringList { u"metadata"_s, u"region"_s } << u"\"on\""_s
            << QStringList { u"  region: eu-west"_s } << QStringList { u"  region: \"on\""_s };
        QTest::newRow("scalar becomes a list")
            << u"web-01.yaml"_s << QStringList { u"network"_s, u"search"_s }
            << u"[\"example.com\", \"lab.example.com\"]"_s << QStringList { u"  search: example.com"_s }
            << QStringList { u"  search:"_s, u"    - example.com"_s, u"    - lab.example.com"_s };
    }

    void oneEditChangesOnlyItsLines()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, path);
        QFETCH(QString, value);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, added);
        const QByteArray before = corpus(file);
        const QJsonValue wanted = json(value.toUtf8().constData());
        QString error;
        const std::optional<QByteArray> after = YamlTextEdit::set(before, path, wanted, &error);
        QVERIFY2(after, qPrintable(error));
        const auto [gone, came] = changedLines(before, *after);
        QCOMPARE(gone, removed);
        QCOMPARE(came, added);
        const YAML::Node root = YAML::Load(after->toStdString());
        QCOMPARE(toJson(at(root, path)), wanted);
    }

    void removingAKeyTakesOnlyItsLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QStringList>("removed");

        QTest::newRow("scalar with comment")
            << u"web-01.yaml"_s << QStringList { u"x-ticket"_s }
            << QStringList { u"x-ticket: OPS-1234  # unknown to vmdesk, kept as is"_s };
        QTest::newRow("block list")
            << u"web-01.yaml"_s << QStringList { u"metadata"_s, u"public_keys"_s }
            << QStringList {
                   u"  public_keys:"_s,
                   u"    - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com"_s
               };
        QTest::newRow("list item") << u"db-02.yaml"_s << QStringList { u"network"_s, u"nameservers"_s, u"0"_s }
                                   << QStringList {};
    }

    void removingAKeyTakesOnlyItsLines()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, path);
        QFETCH(QStringList, removed);
        const QByteArray before = corpus(file);
        QString error;
        const std::optional<QByteArray> after = YamlTextEdit::remove(before, path, &error);
        QVERIFY2(after, qPrintable(error));
        const YAML::Node root = YAML::Load(after->toStdString());
        QVERIFY(
            !at(root, path) || at(root, path).IsNull() || (at(root, path).IsSequence() && at(root, path).size() == 0));
        if (!removed.isEmpty()) {
            const auto [gone, came] = changedLines(before, *after);
            QCOMPARE(gone, removed);
            QVERIFY(came.isEmpty());
        }
    }

    void writtenScalarsReadBackAsTheSameString_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text : { "yes", "No", "on", "1", "0x1F", "1:30", "1.5", "~", "", " lead", "trail ", "a: b",
                 "a #b", "- x", "[x]", "{x}", "\"q\"", "'s'", "tab\there", "%x", "@x", "`x", "!x", "&x", "*x",
                 "2001:db8::1", "192.0.2.1", "ALL=(ALL) NOPASSWD:ALL", "ünïcode", "ctl\x01" }) {
            QTest::newRow(text) << QString::fromUtf8(text);
        }
    }

    void writtenScalarsReadBackAsTheSameString()
    {
        QFETCH(QString, text);
        const QByteArray yaml = "key: " + YamlTextEdit::scalar(text) + '\n';
        const YAML::Node node = YAML::Load(yaml.toStdString())["key"];
        QCOMPARE(QString::fromStdString(node.Scalar()), text);
        // yaml-cpp reads YAML 1.2; what PyYAML 1.1 would read as non-string must be quoted anyway.
        const bool quoted = yaml.startsWith("key: \"") || yaml.startsWith("key: '");
        if (!quoted) {
            QVERIFY2(node.Tag() == "?", yaml.constData());
            QVERIFY(text.front().isLetter() || text.front() == u'/' || text.contains(u'.'));
        }
    }

    void invalidYamlIsNotTouched()
    {
        QString error;
        QVERIFY(!YamlTextEdit::set("a: [1, 2\n", { u"a"_s }, 1, &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyTextGetsTheValue()
    {
        QString error;
        const std::optional<QByteArray> out
            = YamlTextEdit::set("# just a comment\n", { u"metadata"_s, u"instance-id"_s }, u"i-1"_s, &error);
        QVERIFY(out);
        QCOMPARE(*out, "# just a comment\nmetadata:\n  instance-id: i-1\n");
    }

    // Found by tests/fuzz/fuzz_yamltextedit.cpp: each edit gave text that PyYAML (cloud-init) reads
    // otherwise, or not at all. An empty value removes the path.
    void editsFoundByTheFuzzer_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("whole number beyond 64 bits")
            << QByteArray("a: 1\n") << QStringList { u"a"_s } << u"1e20"_s << QByteArray("a: 100000000000000000000\n");
        QTest::newRow("small float keeps its dot")
            << QByteArray("a: 1\n") << QStringList { u"a"_s } << u"1e-7"_s << QByteArray("a: 1.0e-07\n");
        QTest::newRow("C1 control escaped")
            << QByteArray("a: x\n") << QStringList { u"a"_s } << u"\"\\u0085\""_s << QByteArray("a: \"\\u0085\"\n");
        QTest::newRow("character beyond U+FFFF") << QByteArray("a: x\n") << QStringList { u"a"_s }
                                                 << u"\"\\ud83d\\ude00\""_s << QByteArray("a: \"\xf0\x9f\x98\x80\"\n");
        QTest::newRow("map emptied after a kept block scalar")
            << QByteArray("a:\n  - c: |+\n      old\n\n  - x\n") << QStringList { u"a"_s, u"0"_s, u"c"_s } << QString()
            << QByteArray("a:\n  - {}\n  - x\n");
        QTest::newRow("block scalar becomes a number")
            << QByteArray("a: |\n  x\nb: 1\n") << QStringList { u"a"_s } << u"5"_s << QByteArray("a: 5\nb: 1\n");
        QTest::newRow("block scalar gets a control character")
            << QByteArray("a: |\n  x\nb: 1\n") << QStringList { u"a"_s } << u"\"x\\u001f\""_s
            << QByteArray("a: \"x\\u001f\"\nb: 1\n");
        QTest::newRow("key written twice goes twice")
            << QByteArray("a: 1\nb: 2\na: 3\n") << QStringList { u"a"_s } << QString() << QByteArray("b: 2\n");
        QTest::newRow("empty item set") << QByteArray("a:\n  -\n  - x\n") << QStringList { u"a"_s, u"0"_s }
                                        << u"\"y\""_s << QByteArray("a:\n  - \"y\"\n  - x\n");
        QTest::newRow("document of one empty item")
            << QByteArray("-\n") << QStringList {} << u"\"s\""_s << QByteArray("s\n");
        QTest::newRow("map whose first key is empty") << QByteArray("m:\n  : x\n") << QStringList { u"m"_s, u"r"_s }
                                                      << u"\"v\""_s << QByteArray("m:\n  : x\n  r: v\n");
    }

    void editsFoundByTheFuzzer()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, path);
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QString error;
        const std::optional<QByteArray> out = value.isEmpty()
            ? YamlTextEdit::remove(text, path, &error)
            : YamlTextEdit::set(text, path, json(value.toUtf8().constData()), &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, expected);
    }

    void anchorStillUsedIsNotTakenAway()
    {
        QString error;
        QVERIFY(!YamlTextEdit::remove("a: &x [1]\nb: *x\n", { u"a"_s }, &error));
        QVERIFY2(error.contains(u"&x"_s), qPrintable(error));
        QVERIFY(!YamlTextEdit::set("a: &x\n  - 1\nb: *x\n", { u"a"_s }, 2, &error));
        QCOMPARE(*YamlTextEdit::set("a: &x [1]\nb: *x\n", { u"a"_s }, 2, &error), "a: &x 2\nb: *x\n");
        QCOMPARE(*YamlTextEdit::remove("a: &x [1]\nb: *x\nc: 1\n", { u"c"_s }, &error), "a: &x [1]\nb: *x\n");
    }
};

VMDESK_TEST_GUILESS_MAIN(TestYamlTextEdit)
#include "tst_yamltextedit.moc"
