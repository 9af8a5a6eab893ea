// SPDX-License-Identifier: GPL-3.0-or-later
// guestinfo values as cloud-init's VMware datasource reads them. The referees are gzip, base64,
// Python's gzip module, cloud-init's own DataSourceVMware.decode and `cloud-init devel net-convert`.
#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cloudinit/deliverylimits.h"
#include "cloudinit/guestinfocodec.h"
#include "cloudinit/pyyamljson.h"
#include "cloudinit/renderer.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
const QByteArray cloudConfig = "#cloud-config\nhostname: codec-test\nruncmd:\n  - [echo, \"héllo\"]\n";

ToolRun shell(const QString& script, const QByteArray& input = {})
{
    return runTool(u"sh"_s, { u"-c"_s, script }, input);
}

MetadataDocument parsed(const QByteArray& yaml)
{
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(yaml, &error);
    if (!document) {
        qFatal("document does not parse: %s\n%s", qPrintable(error), yaml.constData());
    }
    return *document;
}

QStringList documentFiles()
{
    return QDir(QStringLiteral(VMDESK_DOCUMENTS_DIR)).entryList({ u"*.yaml"_s });
}

QByteArray document(const QString& name)
{
    return readFile(QStringLiteral(VMDESK_DOCUMENTS_DIR "/") + name);
}

// cloud-init's own decoder and metadata processing (Debian's python3, where cloud-init lives).
QJsonObject cloudInitReads(const QByteArray& value, const QByteArray& encoding)
{
    const ToolRun run = runTool(u"/usr/bin/python3"_s,
        { u"-c"_s,
            u"import json, sys\n"
            "from cloudinit.sources import DataSourceVMware as ds\n"
            "data = ds.decode('metadata', sys.argv[1], sys.stdin.read())\n"
            "print(json.dumps(ds.process_metadata(ds.load_json_or_yaml(data))))\n"_s,
            QString::fromLatin1(encoding) },
        value);
    if (run.exitCode != 0) {
        qWarning("%s", run.all().constData());
    }
    return QJsonDocument::fromJson(run.output).object();
}
} // namespace

class TestGuestInfoCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodeDecodeRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cloud-config") << cloudConfig;
        QByteArray binary;
        for (int i = 0; i < 300000; ++i) {
            binary.append(char((i * 7919) >> (i % 5)));
        }
        QTest::newRow("300 KB binary") << binary;
    }

    void encodeDecodeRoundTrip()
    {
        QFETCH(QByteArray, payload);
        const QByteArray encoded = GuestInfoCodec::encode(payload);
        QVERIFY(std::all_of(encoded.cbegin(), encoded.cend(), [](char c) { return c > 32 && c < 127; }));
        QString error;
        QCOMPARE(GuestInfoCodec::decode(encoded, QLatin1String(GuestInfoCodec::encodingName), &error), payload);
        QVERIFY(error.isEmpty());
        // The real tools read it too.
        const ToolRun tools = shell(u"base64 -d | gunzip -c"_s, encoded);
        QVERIFY2(tools.exitCode == 0, tools.all().constData());
        QCOMPARE(tools.output, payload);
    }

    void decodesEverySpelling_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("value");
        const ToolRun base64 = shell(u"base64 -w0"_s, cloudConfig);
        const ToolRun gzip = shell(u"gzip -c | base64 -w0"_s, cloudConfig);
        const ToolRun wrapped = shell(u"gzip -9 -c | base64"_s, cloudConfig); // 76-column lines
        const ToolRun twoMembers = shell(u"(printf '#cloud-config\\n' | gzip -c; printf 'hostname: codec-test\\n"
                                         "runcmd:\\n  - [echo, \"h\\303\\251llo\"]\\n' | gzip -c) | base64 -w0"_s);
        const ToolRun python = runTool(u"/usr/bin/python3"_s,
            { u"-c"_s,
                u"import base64, gzip, sys; print(base64.b64encode(gzip.compress(sys.stdin.buffer.read())).decode())"_s },
            cloudConfig);
        for (const ToolRun* run : { &base64, &gzip, &wrapped, &twoMembers, &python }) {
            QVERIFY2(run->exitCode == 0, run->all().constData());
        }
        QTest::newRow("plain") << QString() << cloudConfig;
        QTest::newRow("base64") << u"base64"_s << base64.output;
        QTest::newRow("b64") << u"b64"_s << base64.output;
        QTest::newRow("gzip+base64 (gzip)") << u"gzip+base64"_s << gzip.output;
        QTest::newRow("gz+b64 (gzip)") << u"gz+b64"_s << gzip.output;
        QTest::newRow("gzip+base64 (wrapped lines)") << u"gzip+base64"_s << wrapped.output;
        QTest::newRow("gzip+base64 (two gzip members)") << u"gzip+base64"_s << twoMembers.output;
        QTest::newRow("gzip+base64 (Python)") << u"gzip+base64"_s << python.output.trimmed();
    }

    void decodesEverySpelling()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, value);
        QString error;
        const std::optional<QByteArray> decoded = GuestInfoCodec::decode(value, encoding, &error);
        QVERIFY2(decoded, qPrintable(error));
        QCOMPARE(*decoded, cloudConfig);
    }

    void badValuesSayWhy_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        const QByteArray gzipped = GuestInfoCodec::encode(cloudConfig);
        const QByteArray truncated = QByteArray::fromBase64(gzipped).chopped(10).toBase64();
        QByteArray corrupt = QByteArray::fromBase64(gzipped);
        corrupt[12] = char(corrupt.at(12) ^ 0x55);
        QTest::newRow("character") << u"base64"_s << QByteArray("aGVsbG8$") << u"not base64"_s;
        QTest::newRow("padding") << u"b64"_s << QByteArray("aGVsbG8=aGVs") << u"padding"_s;
        QTest::newRow("not gzip") << u"gzip+base64"_s << QByteArray("aGVsbG8gd29ybGQ=") << u"not valid gzip"_s;
        QTest::newRow("truncated gzip") << u"gz+b64"_s << truncated << u"ends early"_s;
        QTest::newRow("damaged gzip") << u"gzip+base64"_s << corrupt.toBase64() << u"not valid gzip"_s;
        QTest::newRow("garbage after gzip")
            << u"gzip+base64"_s << QByteArray(QByteArray::fromBase64(gzipped) + "junk").toBase64()
            << u"not valid gzip"_s;
        QTest::newRow("unknown encoding") << u"gzip"_s << gzipped << u"plain text"_s;
    }

    void badValuesSayWhy()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!GuestInfoCodec::decode(value, encoding, &error));
        QVERIFY2(error.contains(encoding) && error.contains(reason), qPrintable(error));
    }

    void limitProblems()
    {
        const qint64 limit = DeliveryLimits::guestinfoValueLimit;
        QVERIFY(GuestInfoCodec::limitProblems({ QByteArray(limit, 'A'), QByteArray(limit, 'A') }).isEmpty());
        QStringList problems = GuestInfoCodec::limitProblems({ QByteArray(limit + 1, 'A'), QByteArray(limit, 'A') });
        QCOMPARE(problems.size(), 1);
        QVERIFY2(
            problems.first().startsWith(u"meta-data is 64.1 KiB after gzip+base64"_s), qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(u"at most 64 KiB per value"_s), qPrintable(problems.first()));
        problems = GuestInfoCodec::limitProblems({ {}, QByteArray(70 * 1024 + 100, 'A') });
        QCOMPARE(problems,
            QStringList {
                u"user-data is 70.1 KiB after gzip+base64; VMware guestinfo takes at most 64 KiB per value"_s });
        // Together against the whole VMX file: at the limit, then one byte over.
        const qint64 half = DeliveryLimits::vmxLimit / 2;
        QCOMPARE(GuestInfoCodec::limitProblems({ QByteArray(half, 'A'), QByteArray(half, 'A') }).size(), 2);
        problems = GuestInfoCodec::limitProblems({ QByteArray(half, 'A'), QByteArray(half + 1, 'A') });
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.last().contains(u"together"_s) && problems.last().contains(u"1024 KiB"_s),
            qPrintable(problems.last()));
    }

    void metadataCarriesTheNetwork_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("version");
        for (const QString& name : documentFiles()) {
            QTest::newRow(qPrintable(name + u" v1"_s)) << name << 1;
            QTest::newRow(qPrintable(name + u" v2"_s)) << name << 2;
        }
    }

    void metadataCarriesTheNetwork()
    {
        QFETCH(QString, file);
        QFETCH(int, version);
        const MetadataDocument doc = parsed(document(file));
        const QByteArray json = GuestInfoCodec::metadataJson(doc, u"Codec VM"_s, version);
        QJsonObject metadata = QJsonDocument::fromJson(json).object();
        const QJsonObject network = metadata.take(u"network"_s).toObject();
        QCOMPARE(network.value(u"version"_s).toInt(), version);
        QCOMPARE(network, PyYamlJson::parse(Renderer::networkData(doc, version)).value.toObject());
        QCOMPARE(metadata, QJsonDocument::fromJson(Renderer::metaData(doc, u"Codec VM"_s)).object());

        // What cloud-init's VMware datasource makes of the encoded value.
        const GuestInfoCodec::Values values = GuestInfoCodec::render(doc, u"Codec VM"_s, version);
        QJsonObject seen = cloudInitReads(values.metadata, GuestInfoCodec::encodingName);
        QCOMPARE(seen.take(u"network"_s).toObject().value(u"config"_s).toObject(), network);
        QCOMPARE(seen, metadata);
        QCOMPARE(GuestInfoCodec::decode(values.userdata, u"gzip+base64"_s), Renderer::userData(doc));

        // The embedded network is one that cloud-init renders.
        QTemporaryDir dir;
        const QString input = dir.filePath(u"network.json"_s);
        QVERIFY(writeFile(input, QJsonDocument(network).toJson()));
        for (const QString& format : { u"eni"_s, u"netplan"_s }) {
            const ToolRun run = runTool(u"cloud-init"_s,
                { u"devel"_s, u"net-convert"_s, u"--debug"_s, u"-p"_s, input, u"-k"_s, u"yaml"_s, u"-D"_s, u"debian"_s,
                    u"-d"_s, dir.filePath(format), u"-O"_s, format });
            QVERIFY2(run.exitCode == 0, run.all().constData());
            QVERIFY2(!run.all().contains("Skipping invalid command"), run.all().constData());
            QDirIterator written(dir.filePath(format), QDir::Files, QDirIterator::Subdirectories);
            QVERIFY2(written.hasNext(), qPrintable(format + u" wrote nothing"_s));
        }
    }
};

VMDESK_TEST_GUILESS_MAIN(TestGuestInfoCodec)
#include "tst_guestinfocodec.moc"
