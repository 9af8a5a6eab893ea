// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/mimemultipart.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {

// Python's email package reads a message: its type and MIME-Version, then per part the content
// type, the file name and the decoded payload (base64, so any bytes survive the JSON).
const QString emailReader = uR"(
import base64, email, json, sys
m = email.message_from_bytes(sys.stdin.buffer.read())
parts = [[p.get_content_type(), p.get_filename(), base64.b64encode(p.get_payload(decode=True)).decode(),
          p.get('Content-Transfer-Encoding'), p.get_content_charset()] for p in m.get_payload()]
print(json.dumps({'type': m.get_content_type(), 'version': m.get('MIME-Version'), 'parts': parts}))
)"_s;

QJsonObject readWithPython(const QByteArray& message)
{
    const ToolRun result = runTool(u"python3"_s, { u"-c"_s, emailReader }, message);
    if (result.exitCode != 0) {
        qWarning() << "python3:" << result.errors;
    }
    return QJsonDocument::fromJson(result.output).object();
}

// The parts as [type, filename, payload] only: the transfer encoding may differ and still mean the same.
QJsonArray essentials(const QJsonObject& message)
{
    QJsonArray out;
    for (const QJsonValue part : message.value(u"parts").toArray()) {
        const QJsonArray fields = part.toArray();
        out.append(QJsonArray { fields.at(0), fields.at(1), fields.at(2) });
    }
    return out;
}

// cloud-init runs under the system's python3, where its modules are.
QString cloudInitPython()
{
    QFile script(QStandardPaths::findExecutable(u"cloud-init"_s));
    if (!script.open(QIODevice::ReadOnly)) {
        return QString();
    }
    const QByteArray shebang = script.readLine().trimmed();
    return shebang.startsWith("#!") ? QString::fromLocal8Bit(shebang.mid(2).split(' ').first()) : QString();
}

const QList<MimePart> sampleParts = {
    { u"a.yaml"_s, u"text/cloud-config"_s, "#cloud-config\npackages: [htop]\n" },
    { u"b.sh"_s, u"text/x-shellscript"_s, "#!/bin/sh\necho h\xc3\xa9llo \xe2\x9c\x93\n" },
    { u"c.txt"_s, u"text/x-include-url"_s, "#include\nhttps://example.com/more.yaml\n" },
    { u"d.hook"_s, u"text/cloud-boothook"_s, "#cloud-boothook\necho no newline at the end" },
    { u"e.sh"_s, u"text/x-shellscript-per-boot"_s, "" },
    { u"f.yaml"_s, u"text/cloud-config"_s, "#cloud-config\nwrite_files:\n- content: |\n\n\n    --\n    x\n\n" },
};

} // namespace

class TestMimeMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"cloud-init"_s).isEmpty()
            || QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
            QFAIL("cloud-init and python3 are needed");
        }
    }

    void matchesMakeMime()
    {
        QTemporaryDir dir;
        QStringList arguments { u"devel"_s, u"make-mime"_s };
        for (const MimePart& part : sampleParts) {
            QVERIFY(writeFile(dir.filePath(part.filename), part.content));
            arguments << u"-a"_s << part.filename + u':' + part.contentType.mid(5);
        }
        const ToolRun makeMime = runTool(u"cloud-init"_s, arguments, QByteArray(), dir.path());
        QVERIFY2(makeMime.exitCode == 0, makeMime.errors.constData());

        const QJsonObject theirs = readWithPython(makeMime.output);
        const QJsonObject ours = readWithPython(MimeMultipart::build(sampleParts));
        QCOMPARE(theirs.value(u"parts").toArray().size(), sampleParts.size());
        QCOMPARE(essentials(ours), essentials(theirs));
        QCOMPARE(ours.value(u"type"), theirs.value(u"type"));
        QCOMPARE(ours.value(u"version"), theirs.value(u"version"));

        // And our reader takes make-mime's output apart into what went in.
        QString error;
        const auto parsed = MimeMultipart::parse(makeMime.output, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, sampleParts);
    }

    void asciiStaysReadableAndTheRestIsBase64()
    {
        const QJsonArray parts = readWithPython(MimeMultipart::build(sampleParts)).value(u"parts").toArray();
        QCOMPARE(parts.size(), sampleParts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QJsonArray fields = parts.at(i).toArray();
            const bool ascii = i != 1;
            QCOMPARE(fields.at(3).toString(), ascii ? u"7bit"_s : u"base64"_s);
            QCOMPARE(fields.at(4).toString(), ascii ? u"us-ascii"_s : u"utf-8"_s);
        }
    }

    void roundTrips_data()
    {
        QTest::addColumn<QList<MimePart>>("parts");
        QTest::newRow("samples") << sampleParts;
        QTest::newRow("none") << QList<MimePart> {};
        QTest::newRow("binary") << QList<MimePart> { { u"blob.gz"_s, u"application/gzip"_s,
            QByteArray("\x1f\x8b\x08\x00\x00\r\n\xff\x00--x", 13) } };
        QTest::newRow("crlf and long lines") << QList<MimePart> {
            { u"w.bat"_s, u"text/x-shellscript"_s, "echo a\r\necho b\r\n" },
            { u"long.yaml"_s, u"text/cloud-config"_s, "#cloud-config\n# " + QByteArray(2000, 'x') + "\n" },
        };
        QTest::newRow("odd names") << QList<MimePart> {
            { u"quote\" and \\ slash.sh"_s, u"text/x-shellscript"_s, "#!/bin/sh\n" },
            { u"réglages.yaml"_s, u"text/cloud-config"_s, "#cloud-config\n" },
            { QString(), u"text/cloud-config"_s, "#cloud-config\n" },
        };
    }

    void roundTrips()
    {
        QFETCH(QList<MimePart>, parts);
        const QByteArray message = MimeMultipart::build(parts);
        QString error;
        const auto parsed = MimeMultipart::parse(message, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, parts);

        // Python reads the same parts, names included.
        const QJsonArray python = essentials(readWithPython(message));
        QCOMPARE(python.size(), parts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QJsonArray fields = python.at(i).toArray();
            QCOMPARE(fields.at(0).toString(), parts[i].contentType);
            QCOMPARE(fields.at(1).toString(), parts[i].filename);
            QCOMPARE(QByteArray::fromBase64(fields.at(2).toString().toLatin1()), parts[i].content);
        }
    }

    void theBoundaryOccursOnlyAsDelimiter()
    {
        const QByteArray message = MimeMultipart::build(sampleParts);
        const qsizetype start = message.indexOf("boundary=\"") + 10;
        const QByteArray boundary = message.mid(start, message.indexOf('"', start) - start);
        QCOMPARE(boundary.size(), 36);
        QCOMPARE(message.count(boundary), sampleParts.size() + 2);
        QCOMPARE(message.count(QByteArray("\n--" + boundary + '\n')), sampleParts.size());
        QVERIFY(message.endsWith(QByteArray("\n--" + boundary + "--\n")));
        QVERIFY(MimeMultipart::build(sampleParts) != message);
    }

    void parseErrorsAreExplained_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("errorPart");
        const QByteArray good = MimeMultipart::build(sampleParts);
        QTest::newRow("no boundary") << QByteArray("Content-Type: multipart/mixed\n\n--x\n\nhi\n--x--\n")
                                     << u"no boundary"_s;
        QTest::newRow("unterminated") << QByteArray(good.left(good.lastIndexOf("\n--")) + '\n') << u"not terminated"_s;
        QTest::newRow("no delimiter") << QByteArray("Content-Type: multipart/mixed; boundary=b\n\nhello\n")
                                      << u"no part"_s;
        QTest::newRow("not multipart") << QByteArray("#cloud-config\nruncmd: []\n") << u"not a MIME multipart"_s;
        QTest::newRow("bad base64") << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                                                  "Content-Transfer-Encoding: base64\n\n!!!!\n--b--\n")
                                    << u"part 1 is not valid base64"_s;
        QTest::newRow("quoted-printable") << QByteArray("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                                                        "Content-Transfer-Encoding: quoted-printable\n\na=3D1\n--b--\n")
                                          << u"quoted-printable"_s;
    }

    void parseErrorsAreExplained()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, errorPart);
        QString error;
        QVERIFY(!MimeMultipart::parse(text, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }

    void guessesTypesAsCloudInitDoes()
    {
        const QList<QByteArray> payloads = { "#cloud-config\na: 1\n", "  \n#Cloud-Config-Archive\n- a\n",
            "#cloud-config-jsonp\n[]", "#!/bin/bash\n", "#include\nhttp://x\n", "#include-once\nhttp://x\n",
            "## template: jinja\n#cloud-config\n", "#cloud-boothook\n", "#part-handler\n",
            "text/x-shellscript-per-once\n", "#upstart-job\n", "plain words\n", "", "\xff\xfe#!/bin/sh\n", "\t#!x" };
        QJsonArray encoded;
        for (const QByteArray& payload : payloads) {
            encoded.append(QString::fromLatin1(payload.toBase64()));
        }
        const QString python = cloudInitPython();
        QVERIFY(!python.isEmpty());
        const ToolRun result = runTool(python,
            { u"-c"_s,
                u"import base64, json, sys\n"
                "from cloudinit.handlers import type_from_starts_with\n"
                "print(json.dumps([type_from_starts_with(base64.b64decode(p), 'text/plain') "
                "for p in json.load(sys.stdin)]))"_s },
            QJsonDocument(encoded).toJson());
        QVERIFY2(result.exitCode == 0, result.errors.constData());
        const QJsonArray expected = QJsonDocument::fromJson(result.output).array();
        QCOMPARE(expected.size(), payloads.size());
        for (qsizetype i = 0; i < payloads.size(); ++i) {
            QCOMPARE(MimeMultipart::contentTypeFor(payloads[i]), expected.at(i).toString());
        }
    }
};

VMDESK_TEST_GUILESS_MAIN(TestMimeMultipart)
#include "tst_mimemultipart.moc"
