// SPDX-License-Identifier: GPL-3.0-or-later
// `vmdeskctl metadata` as an admin runs it: the real binary in a folder of documents, its output,
// exit codes and files, checked against the services it wraps, cloud-init and GNU patch.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/metadatadocument.h"
#include "cloudinit/renderer.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
// Comments, an unknown key and the seed's one-interface form: all must survive edits.
const QByteArray web01 = R"(# web-01: front-end web server
metadata:
  instance-id: web-01-2026-11   # bump to re-run cloud-init
  local-hostname: web-01
  region: eu-west
# Static address on the DMZ network.
network:
  name: eth0
  address: 192.0.2.10/24
  nameservers: [192.0.2.53]
x-ticket: OPS-1234  # unknown to vmdesk, kept as is
userdata: |
  #cloud-config
  package_update: true
  packages:
    - nginx
)";
const QByteArray db02 = R"(# db-02: database, on another subnet
metadata: {instance-id: db-02, local-hostname: db-02}
network:
  address: 198.51.100.20/24
userdata: |
  #cloud-config
  packages: [postgresql]
)";
const QByteArray app03 = R"(metadata:
  instance-id: app-03
  local-hostname: app-03
  region: eu-central
)";
// No instance-id: a warning, not an error.
const QByteArray warn04 = "metadata: {local-hostname: warn-04}\n";
// An error in the network (line 8) and in the user-data (line 11), and an unknown key (line 12).
const QByteArray bad = R"(# two mistakes
metadata:
  instance-id: bad-01
  local-hostname: bad-01
network:
  interfaces:
    - name: eth0
      addresses: [192.0.2.300/24]
userdata: |
  #cloud-config
  packages: notalist
extra: 1
)";
// Two interfaces, so that the v1 and v2 renderings have something to get wrong.
const QByteArray render05 = R"(metadata:
  instance-id: render-05
  local-hostname: render-05
network:
  interfaces:
    - name: eth0
      addresses: [192.0.2.15/24]
      gateway4: 192.0.2.1
    - name: eth1
      addresses: [198.51.100.15/24]
  nameservers: [192.0.2.53]
userdata: |
  #cloud-config
  users:
    - name: ops
      groups: [adm]
)";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

MetadataDocument parsed(const QByteArray& yaml)
{
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(yaml, &error);
    if (!document) {
        qFatal("%s", qPrintable(error));
    }
    return *document;
}

// The lines a unified diff removes and adds for one file (without the ---/+++ labels).
QStringList changedLines(const QString& diff, const QString& file)
{
    QStringList lines;
    bool inFile = false;
    for (const QString& line : diff.split(u'\n')) {
        if (line.startsWith(u"--- "_s)) {
            inFile = line == u"--- a/"_s + file;
        } else if (inFile && !line.startsWith(u"+++ "_s) && (line.startsWith(u'-') || line.startsWith(u'+'))) {
            lines.append(line);
        }
    }
    return lines;
}

// 1-based column of `token` on 1-based line `line` of `text`.
int columnOf(const QByteArray& text, int line, const QByteArray& token)
{
    return int(text.split('\n').at(line - 1).indexOf(token)) + 1;
}
} // namespace

class TestMetadataCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_root;

    QString docs(const QString& file = {}) const { return m_root->filePath(u"docs/"_s + file); }
    QString root(const QString& file) const { return m_root->filePath(file); }

    // Runs in the temporary folder with `--directory docs`, so printed paths start with docs/.
    Run metadata(const QStringList& arguments) const
    {
        QProcess process;
        process.setWorkingDirectory(m_root->path());
        process.start(
            QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s, QStringList { u"metadata"_s } + arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    bool addDocument(const QString& name, const QByteArray& text) const
    {
        return writeFile(docs(name + u".yaml"_s), text);
    }

private Q_SLOTS:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(m_root->isValid());
        QVERIFY(QDir(m_root->path()).mkdir(u"docs"_s));
        QVERIFY(addDocument(u"web-01"_s, web01));
        QVERIFY(addDocument(u"db-02"_s, db02));
        QVERIFY(addDocument(u"app-03"_s, app03));
    }

    void helpForEachCommand()
    {
        for (const QString& command : { u"validate"_s, u"render"_s, u"apply"_s, u"new"_s }) {
            const Run run = metadata({ command, u"--help"_s });
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.contains(u"vmdeskctl metadata "_s + command + u" --directory DIR"_s), qPrintable(run.out));
        }
        QCOMPARE(metadata({ u"--help"_s }).exitCode, 0);
        const Run unknown = metadata({ u"frobnicate"_s });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"frobnicate"_s));
    }

    void validatePassesWithWarnings()
    {
        QVERIFY(addDocument(u"warn-04"_s, warn04));
        const Run run = metadata({ u"validate"_s, u"--directory"_s, u"docs"_s });
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(QRegularExpression(u"^docs/warn-04\\.yaml:\\d+:\\d+: warning: .*instance-id"_s)
                     .match(lines.first())
                     .hasMatch(),
            qPrintable(run.out));
        QCOMPARE(run.err, u"4 files, 0 with errors, 1 warning\n"_s);
    }

    void validateReportsErrorsAtTheirPlace()
    {
        QVERIFY(addDocument(u"bad"_s, bad));
        QVERIFY(addDocument(u"warn-04"_s, warn04));
        const Run run = metadata({ u"validate"_s, u"--directory"_s, u"docs"_s });
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // Sorted by file (app-03, bad, db-02, warn-04, web-01), then by line.
        const QString network = u"docs/bad.yaml:8:%1: error: "_s.arg(columnOf(bad, 8, "192.0.2.300"));
        const QString userData = u"docs/bad.yaml:11:%1: error: "_s.arg(columnOf(bad, 11, "notalist"));
        QVERIFY2(lines.at(0).startsWith(network) && lines.at(0).contains(u"192.0.2.300/24"_s), qPrintable(run.out));
        QVERIFY2(lines.at(1).startsWith(userData) && lines.at(1).contains(u"packages"_s), qPrintable(run.out));
        QVERIFY2(lines.at(2).startsWith(u"docs/bad.yaml:12:"_s) && lines.at(2).contains(u": warning: "_s),
            qPrintable(run.out));
        QVERIFY2(lines.at(3).startsWith(u"docs/warn-04.yaml:"_s), qPrintable(run.out));
        QCOMPARE(run.err, u"5 files, 1 with errors, 2 warnings\n"_s);

        // Only the named VMs, and the path as typed, trailing slash or not.
        const Run named = metadata({ u"validate"_s, u"--directory"_s, u"docs/"_s, u"--vm"_s, u"web-01"_s });
        QCOMPARE(named.exitCode, 0);
        QCOMPARE(named.out, QString());
        QCOMPARE(named.err, u"1 file, 0 with errors, 0 warnings\n"_s);
        const Run absolute = metadata({ u"validate"_s, u"--directory"_s, docs(), u"--vm"_s, u"bad"_s });
        QCOMPARE(absolute.exitCode, 1);
        QVERIFY2(absolute.out.startsWith(docs(u"bad.yaml:8:"_s)), qPrintable(absolute.out));
    }

    void validateUsageErrors()
    {
        const Run noDirectory = metadata({ u"validate"_s });
        QCOMPARE(noDirectory.exitCode, 2);
        QVERIFY(noDirectory.err.contains(u"--directory"_s));
        const Run unknownOption = metadata({ u"validate"_s, u"--directory"_s, u"docs"_s, u"--strict"_s });
        QCOMPARE(unknownOption.exitCode, 2);
        QVERIFY(unknownOption.err.contains(u"strict"_s));
        const Run noFolder = metadata({ u"validate"_s, u"--directory"_s, u"nowhere"_s });
        QCOMPARE(noFolder.exitCode, 2);
        QVERIFY(noFolder.err.contains(u"nowhere"_s));
        QCOMPARE(metadata({ u"validate"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"../web-01"_s }).exitCode, 2);
        // A VM without its file is a finding like any other.
        const Run missing = metadata({ u"validate"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"ghost"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.out.startsWith(u"docs/ghost.yaml:0:0: error: "_s), qPrintable(missing.out));
    }

    void renderWritesWhatTheServerSends_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("vmName");
        QTest::newRow("as the document asks") << QStringList() << 0 << u"render-05"_s;
        QTest::newRow("version 1") << QStringList { u"--network-version"_s, u"1"_s } << 1 << u"render-05"_s;
        QTest::newRow("version 2") << QStringList { u"--network-version"_s, u"2"_s } << 2 << u"render-05"_s;
        QTest::newRow("display name") << QStringList { u"--vm-name"_s, u"Render 05"_s } << 0 << u"Render 05"_s;
    }

    void renderWritesWhatTheServerSends()
    {
        QFETCH(QStringList, options);
        QFETCH(int, version);
        QFETCH(QString, vmName);
        QByteArray text = render05;
        if (QTest::currentDataTag() == "display name"_ba) {
            text.replace("  instance-id: render-05\n  local-hostname: render-05\n", "  region: lab\n");
        }
        QVERIFY(addDocument(u"render-05"_s, text));
        const QString seed = root(u"seeds/render-05"_s); // neither folder exists yet
        const Run run = metadata(QStringList { u"render"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"render-05"_s,
                                     u"--seed-dir"_s, u"seeds/render-05"_s }
            + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QDir(seed).entryList(QDir::Files, QDir::Name),
            (QStringList { u"meta-data"_s, u"network-config"_s, u"user-data"_s }));

        const MetadataDocument document = parsed(text);
        QCOMPARE(readFile(seed + u"/meta-data"_s), Renderer::metaData(document, vmName));
        QCOMPARE(readFile(seed + u"/user-data"_s), Renderer::userData(document));
        QCOMPARE(readFile(seed + u"/network-config"_s), Renderer::networkData(document, version));
        const QJsonObject metaData = QJsonDocument::fromJson(readFile(seed + u"/meta-data"_s)).object();
        QCOMPARE(
            metaData.value(u"instance-id"_s).toString(), vmName == u"render-05"_s ? u"render-05"_s : u"Render 05"_s);
        QVERIFY(readFile(seed + u"/network-config"_s)
                    .startsWith(QByteArray("version: " + QByteArray::number(version == 2 ? 2 : 1) + '\n')));

        const ToolRun schema = runTool(u"cloud-init"_s, { u"schema"_s, u"-c"_s, seed + u"/user-data"_s });
        QVERIFY2(schema.exitCode == 0, schema.all().constData());
        for (const QString& format : { u"eni"_s, u"netplan"_s }) {
            const QString out = root(u"net-"_s + format);
            const ToolRun convert = runTool(u"cloud-init"_s,
                { u"devel"_s, u"net-convert"_s, u"--debug"_s, u"-p"_s, seed + u"/network-config"_s, u"-k"_s, u"yaml"_s,
                    u"-D"_s, u"debian"_s, u"-d"_s, out, u"-O"_s, format });
            QVERIFY2(convert.exitCode == 0, convert.all().constData());
            QVERIFY2(!convert.all().contains("Skipping invalid command"), convert.all().constData());
            QByteArray written;
            QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                written += readFile(it.next());
            }
            // net-convert drops what it does not understand silently: both interfaces must arrive.
            QVERIFY2(written.contains("192.0.2.15/24") && written.contains("198.51.100.15/24"), written.constData());
        }
    }

    void renderRefusesADocumentWithErrors()
    {
        QVERIFY(addDocument(u"bad"_s, bad));
        const Run run
            = metadata({ u"render"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"bad"_s, u"--seed-dir"_s, u"seed"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(u"docs/bad.yaml:8:"_s) && run.err.contains(u"docs/bad.yaml:11:"_s), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(root(u"seed"_s)));
        QCOMPARE(metadata({ u"render"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"bad"_s }).exitCode, 2);
        QCOMPARE(metadata({ u"render"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"web-01"_s, u"--seed-dir"_s,
                              u"seed"_s, u"--network-version"_s, u"3"_s })
                     .exitCode,
            2);
        QCOMPARE(
            metadata({ u"render"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"ghost"_s, u"--seed-dir"_s, u"seed"_s })
                .exitCode,
            1);
    }

    void applyDryRunWritesNothing()
    {
        QVERIFY(writeFile(root(u"region.yaml"_s), "metadata:\n  region: eu-central\n"));
        const QByteArray before[]
            = { readFile(docs(u"web-01.yaml"_s)), readFile(docs(u"db-02.yaml"_s)), readFile(docs(u"app-03.yaml"_s)) };
        const Run run = metadata(
            { u"apply"_s, u"--directory"_s, u"docs"_s, u"--patch"_s, u"region.yaml"_s, u"--all"_s, u"--dry-run"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(docs(u"web-01.yaml"_s)), before[0]);
        QCOMPARE(readFile(docs(u"db-02.yaml"_s)), before[1]);
        QCOMPARE(readFile(docs(u"app-03.yaml"_s)), before[2]);
        QVERIFY2(run.out.contains(u"--- a/web-01.yaml\n+++ b/web-01.yaml\n"_s), qPrintable(run.out));
        QCOMPARE(changedLines(run.out, u"web-01.yaml"_s),
            (QStringList { u"-  region: eu-west"_s, u"+  region: eu-central"_s }));
        QCOMPARE(changedLines(run.out, u"db-02.yaml"_s),
            (QStringList { u"-metadata: {instance-id: db-02, local-hostname: db-02}"_s,
                u"+metadata: {instance-id: db-02, local-hostname: db-02, region: eu-central}"_s }));
        QVERIFY2(!run.out.contains(u"app-03"_s), qPrintable(run.out)); // unchanged by the patch
        QVERIFY2(run.err.contains(u"nothing written"_s), qPrintable(run.err));
    }

    void applyAllWritesWhatTheDiffSays()
    {
        QVERIFY(writeFile(root(u"region.yaml"_s), "metadata:\n  region: eu-central\n"));
        // GNU patch applies the dry run's diff to a copy...
        const Run dryRun = metadata(
            { u"apply"_s, u"--directory"_s, u"docs"_s, u"--patch"_s, u"region.yaml"_s, u"--all"_s, u"--dry-run"_s });
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY(QDir(m_root->path()).mkdir(u"copy"_s));
        for (const QString& name : { u"web-01.yaml"_s, u"db-02.yaml"_s, u"app-03.yaml"_s }) {
            QVERIFY(QFile::copy(docs(name), root(u"copy/"_s + name)));
        }
        QVERIFY(writeFile(root(u"changes.diff"_s), dryRun.out.toUtf8()));
        const ToolRun patched
            = runTool(u"patch"_s, { u"-p1"_s, u"--batch"_s, u"-i"_s, root(u"changes.diff"_s) }, {}, root(u"copy"_s));
        QVERIFY2(patched.exitCode == 0, patched.all().constData());

        // ...and the real run writes the same bytes.
        const QByteArray app03Before = readFile(docs(u"app-03.yaml"_s));
        const Run run
            = metadata({ u"apply"_s, u"--directory"_s, u"docs"_s, u"--patch"_s, u"region.yaml"_s, u"--all"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, dryRun.out);
        for (const QString& name : { u"web-01.yaml"_s, u"db-02.yaml"_s, u"app-03.yaml"_s }) {
            QCOMPARE(readFile(docs(name)), readFile(root(u"copy/"_s + name)));
        }
        QByteArray expected = web01;
        expected.replace("  region: eu-west\n", "  region: eu-central\n");
        QCOMPARE(readFile(docs(u"web-01.yaml"_s)), expected); // comments and x-ticket included
        QCOMPARE(readFile(docs(u"app-03.yaml"_s)), app03Before);
        QCOMPARE(run.err, u"2 of 3 files changed, 0 refused\n"_s);
        QCOMPARE(metadata({ u"validate"_s, u"--directory"_s, u"docs"_s }).exitCode, 0);
    }

    void applyOnlyToNamedVms()
    {
        QVERIFY(writeFile(root(u"region.yaml"_s), "metadata:\n  region: eu-central\n"));
        const QByteArray db02Before = readFile(docs(u"db-02.yaml"_s));
        const Run run = metadata(
            { u"apply"_s, u"--directory"_s, u"docs"_s, u"--patch"_s, u"region.yaml"_s, u"--vm"_s, u"web-01"_s });
        QCOMPARE(run.exitCode, 0);
        QByteArray expected = web01;
        expected.replace("  region: eu-west\n", "  region: eu-central\n");
        QCOMPARE(readFile(docs(u"web-01.yaml"_s)), expected);
        QCOMPARE(readFile(docs(u"db-02.yaml"_s)), db02Before);
        QVERIFY(!run.out.contains(u"db-02"_s));
    }

    void applyRefusesAnInvalidResult()
    {
        // The gateway is inside web-01's subnet, outside db-02's.
        QVERIFY(writeFile(root(u"gateway.yaml"_s), "network:\n  gateway: 192.0.2.1\n"));
        const QByteArray db02Before = readFile(docs(u"db-02.yaml"_s));
        const Run run = metadata({ u"apply"_s, u"--directory"_s, u"docs"_s, u"--patch"_s, u"gateway.yaml"_s, u"--vm"_s,
            u"web-01"_s, u"--vm"_s, u"db-02"_s });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(readFile(docs(u"db-02.yaml"_s)), db02Before);
        QVERIFY2(QRegularExpression(u"(^|\\n)docs/db-02\\.yaml:\\d+:\\d+: error: [^\\n]*192\\.0\\.2\\.1"_s)
                     .match(run.err)
                     .hasMatch(),
            qPrintable(run.err));
        QVERIFY2(!run.out.contains(u"db-02"_s), qPrintable(run.out));
        // The other VM is still written.
        QCOMPARE(changedLines(run.out, u"web-01.yaml"_s), (QStringList { u"+  gateway: 192.0.2.1"_s }));
        QVERIFY(readFile(docs(u"web-01.yaml"_s)).contains("  gateway: 192.0.2.1\n"));
        QVERIFY2(run.err.contains(u"1 of 2 files changed, 1 refused"_s), qPrintable(run.err));
    }

    void applyUsageErrors()
    {
        QVERIFY(writeFile(root(u"region.yaml"_s), "metadata:\n  region: eu-central\n"));
        QVERIFY(writeFile(root(u"list.yaml"_s), "- not a map\n"));
        const QStringList base { u"apply"_s, u"--directory"_s, u"docs"_s };
        QCOMPARE(metadata(base + QStringList { u"--patch"_s, u"region.yaml"_s }).exitCode, 2);
        QCOMPARE(metadata(base + QStringList { u"--patch"_s, u"region.yaml"_s, u"--all"_s, u"--vm"_s, u"web-01"_s })
                     .exitCode,
            2);
        QCOMPARE(metadata(base + QStringList { u"--all"_s }).exitCode, 2);
        QCOMPARE(metadata(base + QStringList { u"--patch"_s, u"nowhere.yaml"_s, u"--all"_s }).exitCode, 2);
        const Run notAMap = metadata(base + QStringList { u"--patch"_s, u"list.yaml"_s, u"--all"_s });
        QCOMPARE(notAMap.exitCode, 1);
        QVERIFY(notAMap.err.contains(u"list.yaml"_s));
        const Run ghost = metadata(base + QStringList { u"--patch"_s, u"region.yaml"_s, u"--vm"_s, u"ghost"_s });
        QCOMPARE(ghost.exitCode, 1);
        QVERIFY2(ghost.err.contains(u"docs/ghost.yaml:0:0: error: "_s), qPrintable(ghost.err));
    }

    void newWithoutTemplate()
    {
        const Run run = metadata({ u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"App Server 7"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray text = readFile(docs(u"App Server 7.yaml"_s));
        const MetadataDocument document = parsed(text);
        QCOMPARE(document.hostname, u"app-server-7"_s);
        QVERIFY2(QRegularExpression(u"^app-server-7-[0-9a-f]{8}$"_s).match(document.instanceId).hasMatch(),
            qPrintable(document.instanceId));
        QVERIFY(text.contains("\n#") || text.startsWith('#')); // a commented starter
        const Run validate = metadata({ u"validate"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"App Server 7"_s });
        QVERIFY2(validate.exitCode == 0 && !validate.out.contains(u"error"_s), qPrintable(validate.out));

        // Each document gets its own instance-id.
        QCOMPARE(metadata({ u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"app-server-8"_s }).exitCode, 0);
        QVERIFY(parsed(readFile(docs(u"app-server-8.yaml"_s))).instanceId.startsWith(u"app-server-8-"_s));
    }

    void newFromTemplateKeepsItsText()
    {
        const Run run = metadata(
            { u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"web-09"_s, u"--template"_s, u"docs/web-01.yaml"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray text = readFile(docs(u"web-09.yaml"_s));
        const MetadataDocument document = parsed(text);
        QCOMPARE(document.hostname, u"web-09"_s);
        QVERIFY(document.instanceId.startsWith(u"web-09-"_s));
        // Only the two values change: comments, order and the unknown key stay byte for byte.
        QByteArray expected = web01;
        expected.replace("web-01-2026-11", document.instanceId.toUtf8());
        expected.replace("local-hostname: web-01", "local-hostname: web-09");
        QCOMPARE(text, expected);

        // A template that spells it `hostname` keeps that spelling.
        QVERIFY(writeFile(root(u"template.yaml"_s), "# lab template\nmetadata:\n  hostname: x  # set per VM\n"));
        QCOMPARE(metadata({ u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"lab-1"_s, u"--template"_s,
                              u"template.yaml"_s })
                     .exitCode,
            0);
        const QByteArray lab = readFile(docs(u"lab-1.yaml"_s));
        QVERIFY2(lab.contains("  hostname: lab-1  # set per VM\n") && !lab.contains("local-hostname"), lab.constData());
    }

    void newRefusesToOverwriteOrToWriteErrors()
    {
        const QByteArray before = readFile(docs(u"web-01.yaml"_s));
        const Run exists = metadata({ u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"web-01"_s });
        QCOMPARE(exists.exitCode, 1);
        QVERIFY(exists.err.contains(u"docs/web-01.yaml"_s));
        QCOMPARE(readFile(docs(u"web-01.yaml"_s)), before);

        QVERIFY(writeFile(root(u"bad.yaml"_s), bad));
        const Run invalid = metadata(
            { u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"web-10"_s, u"--template"_s, u"bad.yaml"_s });
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.err.contains(u"docs/web-10.yaml:8:"_s), qPrintable(invalid.err));
        QVERIFY(!QFileInfo::exists(docs(u"web-10.yaml"_s)));
        QCOMPARE(metadata({ u"new"_s, u"--directory"_s, u"docs"_s, u"--vm"_s, u"web-11"_s, u"--template"_s,
                              u"nowhere.yaml"_s })
                     .exitCode,
            2);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestMetadataCli)
#include "tst_metadatacli.moc"
