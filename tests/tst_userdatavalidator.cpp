// SPDX-License-Identifier: GPL-3.0-or-later
// The user-data validator against the real thing: every corpus file is judged by Debian's
// `cloud-init schema -c` and by the validator, and the verdicts must agree; scalars resolve as
// Debian's PyYAML resolves them.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent>

#include "cloudinit/pyyamljson.h"
#include "cloudinit/userdatavalidator.h"
#include "support/testfiles.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;
using UserDataValidator::UserDataKind;

namespace {
const QString corpusDir = QStringLiteral(VMDESK_USER_DATA_DIR);

QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings) {
        lines.append(u"%1 %2:%3 %4"_s.arg(finding.isError() ? u"error"_s : u"warning"_s)
                         .arg(finding.line)
                         .arg(finding.column)
                         .arg(finding.message));
    }
    return lines.join(u"\n"_s);
}

const Finding* findingAbout(const QList<Finding>& findings, const QString& path)
{
    for (const Finding& finding : findings) {
        if (finding.path == path) {
            return &finding;
        }
    }
    return nullptr;
}

// 1-based line of the first line of text containing needle.
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? 0 : int(text.left(at).count('\n')) + 1;
}
} // namespace

class TestUserDataValidator : public QObject
{
    Q_OBJECT

    QString m_cloudInit;
    QString m_python;
    QJsonObject m_pyyaml; // plain scalar -> [type, value] as PyYAML's safe loader builds it
    int m_compared = 0;
    int m_agreed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_cloudInit = QStandardPaths::findExecutable(u"cloud-init"_s);
        m_python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY2(!m_cloudInit.isEmpty(), "cloud-init is a test dependency (scripts/setup-deps.sh installs it)");
        QVERIFY2(!m_python.isEmpty(), "python3 with PyYAML is a test dependency");
        QVERIFY2(UserDataValidator::knownTopLevelKeys().contains(u"packages"_s), "the built-in schema is missing");
    }

    void cleanupTestCase()
    {
        if (m_compared > 0) {
            qInfo("agreement %d of %d", m_agreed, m_compared);
        }
    }

    void agreesWithCloudInit_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList names = QDir(corpusDir).entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 45);
        for (const QString& name : names) {
            QTest::newRow(qPrintable(name)) << QDir(corpusDir).filePath(name);
        }
    }

    void agreesWithCloudInit()
    {
        QFETCH(QString, path);
        QProcess cloudInit;
        cloudInit.start(m_cloudInit, { u"schema"_s, u"-c"_s, path });
        QVERIFY(cloudInit.waitForFinished(60000));
        QCOMPARE(cloudInit.exitStatus(), QProcess::NormalExit);
        const bool cloudInitValid = cloudInit.exitCode() == 0;
        // The corpus says what it means to test; a file that no longer does is a corpus bug.
        QCOMPARE(cloudInitValid, QFileInfo(path).fileName().startsWith(u"ok-"_s));

        const QByteArray text = readFile(path);
        const QList<Finding> findings = UserDataValidator::validate(text);
        const bool valid
            = !Findings::hasError(findings) && UserDataValidator::kindOf(text) == UserDataKind::CloudConfig;
        ++m_compared;
        m_agreed += valid == cloudInitValid ? 1 : 0;
        QVERIFY2(valid == cloudInitValid,
            qPrintable(
                u"cloud-init: %1\nvmdesk:\n%2"_s.arg(QString::fromUtf8(cloudInit.readAll()), describe(findings))));
        for (const Finding& finding : findings) {
            QVERIFY2(!finding.message.isEmpty(), "a finding without a message");
            QVERIFY2(finding.line <= text.count('\n') + 1, qPrintable(describe({ finding })));
        }
    }

    void plainScalars_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QJsonValue>("expected");
        const QList<std::pair<QString, QJsonValue>> cases {
            { u"yes"_s, true },
            { u"Yes"_s, true },
            { u"YES"_s, true },
            { u"no"_s, false },
            { u"No"_s, false },
            { u"NO"_s, false },
            { u"on"_s, true },
            { u"On"_s, true },
            { u"ON"_s, true },
            { u"off"_s, false },
            { u"Off"_s, false },
            { u"OFF"_s, false },
            { u"true"_s, true },
            { u"True"_s, true },
            { u"TRUE"_s, true },
            { u"false"_s, false },
            { u"False"_s, false },
            { u"FALSE"_s, false },
            { u"y"_s, u"y"_s },
            { u"n"_s, u"n"_s },
            { u"yEs"_s, u"yEs"_s },
            { u"42"_s, 42 },
            { u"-17"_s, -17 },
            { u"+5"_s, 5 },
            { u"0"_s, 0 },
            { u"010"_s, 8 },
            { u"0644"_s, 420 },
            { u"08"_s, u"08"_s },
            { u"0x1F"_s, 31 },
            { u"0b1010"_s, 10 },
            { u"1_000"_s, 1000 },
            { u"1:30"_s, 90 },
            { u"-1:0:0"_s, -3600 },
            { u"0o17"_s, u"0o17"_s },
            { u"4294967296"_s, qint64(4294967296) },
            { u"1.5"_s, 1.5 },
            { u"-0.25"_s, -0.25 },
            { u"1."_s, 1.0 },
            { u".5"_s, 0.5 },
            { u"1.5e3"_s, u"1.5e3"_s },
            { u"1.5e+3"_s, 1500.0 },
            { u"1e+3"_s, u"1e+3"_s },
            { u"1:30.5"_s, 90.5 },
            { u"~"_s, QJsonValue::Null },
            { u"null"_s, QJsonValue::Null },
            { u"Null"_s, QJsonValue::Null },
            { u"NULL"_s, QJsonValue::Null },
            { u"nULL"_s, u"nULL"_s },
            { u"hello"_s, u"hello"_s },
            { u"1.2.3"_s, u"1.2.3"_s },
        };
        for (const auto& [text, expected] : cases) {
            QTest::newRow(qPrintable(text)) << text << expected;
        }
    }

    void plainScalars()
    {
        QFETCH(QString, text);
        QFETCH(QJsonValue, expected);
        QCOMPARE(PyYamlJson::resolvePlain(text), expected);
        // Through the whole parser, and as Debian's PyYAML itself sees the same scalar.
        const QByteArray yaml = "v: " + text.toUtf8() + '\n';
        QCOMPARE(PyYamlJson::parse(yaml).value.toObject().value(u"v"_s), expected);
        QCOMPARE(pyyaml(yaml), expected);
    }

    void explicitTagsAndStructure()
    {
        const QByteArray yaml = "a: !!str 10\nb: '010'\nc: !!int '0x10'\nd: !!float 3\ne: &x [1, two]\nf: *x\n"
                                "g: {k: 1}\ng: {k: 2}\n3: int key\nh:\n  <<: {m: 1, n: 1}\n  n: 2\n"
                                "i: !!binary aGk=\nj: |\n  yes\n";
        const PyYamlJson::Document document = PyYamlJson::parse(yaml);
        QVERIFY2(document.ok, qPrintable(document.error));
        const QJsonObject top = document.value.toObject();
        QCOMPARE(top.value(u"a"_s), u"10"_s);
        QCOMPARE(top.value(u"b"_s), u"010"_s);
        QCOMPARE(top.value(u"c"_s), 16);
        QCOMPARE(top.value(u"d"_s), 3.0);
        QCOMPARE(top.value(u"f"_s), QJsonArray({ 1, u"two"_s }));
        QCOMPARE(top.value(u"g"_s), QJsonObject({ { u"k"_s, 2 } }));
        QCOMPARE(top.value(u"3"_s), u"int key"_s);
        QCOMPARE(top.value(u"h"_s), QJsonObject({ { u"m"_s, 1 }, { u"n"_s, 2 } }));
        QCOMPARE(top.value(u"i"_s), u"hi"_s);
        QCOMPARE(top.value(u"j"_s), u"yes\n"_s);
        QCOMPARE(QJsonValue(top), pyyaml(yaml));

        const PyYamlJson::Document dated = PyYamlJson::parse("expiredate: 2032-09-01\nquoted: '2032-09-01'\n");
        QCOMPARE(dated.pythonOnly.value(u"expiredate"_s), u"a date"_s);
        QVERIFY(!dated.pythonOnly.contains(u"quoted"_s));

        QVERIFY(!PyYamlJson::parse("a: !python/object x\n").ok);
        QVERIFY(!PyYamlJson::parse("a: =\n").ok);
        QVERIFY(!PyYamlJson::parse("a: 1\n---\nb: 2\n").ok);
        QVERIFY(!PyYamlJson::parse("? [a]\n: 1\n").ok);
        QVERIFY(!PyYamlJson::parse("a: \x01\n").ok);
    }

    void positionsPointAtTheNode()
    {
        const QByteArray yaml = "#cloud-config\nusers:\n  - name: ops\n    sudo:\n      - ALL\n    shell: /bin/sh\n";
        const PyYamlJson::Document document = PyYamlJson::parse(yaml);
        QVERIFY(document.ok);
        QCOMPARE(document.positions.value(u"users"_s).line, 3);
        QCOMPARE(document.positions.value(u"users.0.name"_s).line, 3);
        QCOMPARE(document.positions.value(u"users.0.name"_s).column, 11);
        QCOMPARE(document.keyPositions.value(u"users.0.sudo"_s).line, 4);
        QCOMPARE(document.keyPositions.value(u"users.0.sudo"_s).column, 5);
        QCOMPARE(document.positions.value(u"users.0.sudo"_s).line, 5);
        QCOMPARE(document.positions.value(u"users.0.sudo.0"_s).column, 9);

        const PyYamlJson::Document broken = PyYamlJson::parse("#cloud-config\npackages: [vim, git\nrun: 1\n");
        QVERIFY(!broken.ok);
        QVERIFY(broken.errorPosition.line >= 2);
    }

    void oneOfNamesWhatWasExpected()
    {
        const QByteArray text = readFile(corpusDir + u"/bad-users-sudo-list.yaml"_s);
        const QList<Finding> findings = UserDataValidator::validate(text);
        const Finding* sudo = findingAbout(findings, u"users.0.sudo"_s);
        QVERIFY2(sudo, qPrintable(describe(findings)));
        QVERIFY(sudo->isError());
        QCOMPARE(sudo->message, u"users.0.sudo: expected a string, null or a boolean, got a list"_s);
        QCOMPARE(sudo->line, lineOf(text, "- \"ALL=(ALL) NOPASSWD:/usr/bin/systemctl"));
        QCOMPARE(findings.size(), 1);
    }

    void typeAndUnknownKeyMessages()
    {
        const QList<Finding> runcmd = UserDataValidator::validate("#cloud-config\nruncmd: echo hi\n");
        QCOMPARE(runcmd.size(), 1);
        QCOMPARE(runcmd.front().message, u"runcmd: expected a list, got a string"_s);
        QCOMPARE(runcmd.front().line, 2);
        QCOMPARE(runcmd.front().column, 9);

        const QByteArray text = readFile(corpusDir + u"/bad-write-files-contnet.yaml"_s);
        const QList<Finding> findings = UserDataValidator::validate(text);
        QVERIFY2(Findings::hasError(findings), qPrintable(describe(findings)));
        bool suggested = false;
        for (const Finding& finding : findings) {
            if (finding.message.contains(u"unknown key 'contnet' (did you mean 'content'?)"_s)) {
                suggested = true;
                QCOMPARE(finding.line, lineOf(text, "contnet:"));
                QCOMPARE(finding.column, 5);
            }
        }
        QVERIFY2(suggested, qPrintable(describe(findings)));

        const QList<Finding> mode = UserDataValidator::validate(readFile(corpusDir + u"/bad-growpart-mode.yaml"_s));
        QCOMPARE(mode.size(), 1);
        QCOMPARE(mode.front().message,
            u"growpart.mode: expected one of 'auto', 'growpart', 'gpart', 'off' or false, got 'automatic'"_s);

        const QList<Finding> date
            = UserDataValidator::validate(readFile(corpusDir + u"/bad-users-expiredate-unquoted.yaml"_s));
        QCOMPARE(date.size(), 1);
        QCOMPARE(date.front().message, u"users.0.expiredate: expected a string, got a date"_s);
    }

    void warningsBeyondCloudInit()
    {
        const QByteArray headerless = readFile(corpusDir + u"/bad-missing-header.yaml"_s);
        QCOMPARE(UserDataValidator::kindOf(headerless), UserDataKind::Unknown);
        const QList<Finding> missing = UserDataValidator::validate(headerless);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.front().severity, Finding::Severity::Warning);
        QVERIFY(missing.front().message.contains(u"#cloud-config"_s));
        const QList<Finding> spaced
            = UserDataValidator::validate(readFile(corpusDir + u"/bad-header-with-space.yaml"_s));
        QCOMPARE(spaced.size(), 1);
        QCOMPARE(spaced.front().severity, Finding::Severity::Warning);
        QVERIFY(spaced.front().message.contains(u"exactly"_s));

        const QByteArray unknown = readFile(corpusDir + u"/ok-unknown-top-level-key.yaml"_s);
        const QList<Finding> findings = UserDataValidator::validate(unknown);
        QVERIFY(!Findings::hasError(findings));
        const Finding* typo = findingAbout(findings, u"packagess"_s);
        QVERIFY2(typo, qPrintable(describe(findings)));
        QCOMPARE(typo->severity, Finding::Severity::Warning);
        QVERIFY(typo->message.contains(u"did you mean 'packages'"_s));
        QCOMPARE(typo->line, 3);
        const Finding* tag = findingAbout(findings, u"my_inventory_tag"_s);
        QVERIFY(tag && !tag->message.contains(u"did you mean"_s));

        const QList<Finding> empty = UserDataValidator::validate("#cloud-config\n");
        QCOMPARE(empty.size(), 1);
        QVERIFY(empty.front().isError());
        QVERIFY(empty.front().message.startsWith(u"not a YAML map"_s));
    }

    void kinds_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<UserDataKind>("kind");
        QTest::newRow("empty") << QByteArray(" \n") << UserDataKind::Empty;
        QTest::newRow("cloud-config") << QByteArray("#cloud-config\na: 1\n") << UserDataKind::CloudConfig;
        QTest::newRow("script") << QByteArray("#!/bin/bash\ntrue\n") << UserDataKind::Script;
        QTest::newRow("boothook") << QByteArray("#cloud-boothook\necho\n") << UserDataKind::Boothook;
        QTest::newRow("include") << QByteArray("#include\nhttp://x/y\n") << UserDataKind::Include;
        QTest::newRow("include-once") << QByteArray("#include-once\nhttp://x/y\n") << UserDataKind::Include;
        QTest::newRow("archive") << QByteArray("#cloud-config-archive\n- a\n") << UserDataKind::Unknown;
        QTest::newRow("mime") << QByteArray("Content-Type: multipart/mixed; boundary=b\nMIME-Version: 1.0\n\n")
                              << UserDataKind::Multipart;
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\x00", 4) << UserDataKind::Unknown;
        QTest::newRow("headerless") << QByteArray("packages: [vim]\n") << UserDataKind::Unknown;
    }

    void kinds()
    {
        QFETCH(QByteArray, text);
        QFETCH(UserDataKind, kind);
        QCOMPARE(UserDataValidator::kindOf(text), kind);
    }

    void scriptsAndIncludes()
    {
        QVERIFY(!Findings::hasError(UserDataValidator::validate("#!/bin/sh\necho hi\n")));
        QVERIFY(Findings::hasError(UserDataValidator::validate("#!/bin/sh\r\necho hi\r\n")));
        QVERIFY(!Findings::hasError(UserDataValidator::validate("#include\nhttps://example.com/a.yaml\n")));
        const QList<Finding> notUrl = UserDataValidator::validate("#include\nhttps://example.com/a\nnot a url\n");
        QCOMPARE(notUrl.size(), 1);
        QCOMPARE(notUrl.front().line, 3);
        const QList<Finding> empty = UserDataValidator::validate("#include\n# nothing\n");
        QCOMPARE(empty.size(), 1);
        QCOMPARE(empty.front().severity, Finding::Severity::Warning);
    }

    void multipartLinesMapToTheWholeText()
    {
        const QByteArray text = "Content-Type: multipart/mixed; boundary=\"==BOUNDARY==\"\nMIME-Version: 1.0\n\n"
                                "--==BOUNDARY==\nContent-Type: text/x-shellscript\n\n#!/bin/sh\necho one\n\n"
                                "--==BOUNDARY==\nContent-Type: text/cloud-config\nContent-Disposition: attachment; "
                                "filename=\"users.yaml\"\n\nusers:\n  - name: ops\n    sudo: [ALL]\n\n"
                                "--==BOUNDARY==--\n";
        QCOMPARE(UserDataValidator::kindOf(text), UserDataKind::Multipart);
        const QList<Finding> findings = UserDataValidator::validate(text);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.front().path, u"users.0.sudo"_s);
        QCOMPARE(findings.front().line, lineOf(text, "sudo: [ALL]"));
        QCOMPARE(findings.front().column, 11);
        QVERIFY(findings.front().message.startsWith(u"part 2 (users.yaml): "_s));
    }

    void multipartFromCloudInitMakeMime()
    {
        const auto makeMime = [&](const QString& config) {
            QProcess process;
            process.setWorkingDirectory(corpusDir);
            process.start(m_cloudInit,
                { u"devel"_s, u"make-mime"_s, u"-a"_s, config + u":cloud-config"_s, u"-a"_s,
                    u"bad-script.sh:x-shellscript"_s });
            return process.waitForFinished(60000) && process.exitCode() == 0 ? process.readAllStandardOutput()
                                                                             : QByteArray();
        };
        const QByteArray good = makeMime(u"ok-users-full.yaml"_s);
        QVERIFY(!good.isEmpty());
        QCOMPARE(UserDataValidator::kindOf(good), UserDataKind::Multipart);
        QVERIFY2(!Findings::hasError(UserDataValidator::validate(good)),
            qPrintable(describe(UserDataValidator::validate(good))));

        const QByteArray bad = makeMime(u"bad-runcmd-nested-int.yaml"_s);
        const QList<Finding> findings = UserDataValidator::validate(bad);
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.front().message.startsWith(u"part 1 (bad-runcmd-nested-int.yaml), line 3: runcmd.0"_s),
            qPrintable(describe(findings)));
        // make-mime encodes parts in base64: the finding points at the part's encoded body.
        QCOMPARE(findings.front().line, lineOf(bad, "Content-Disposition: attachment; filename=\"bad-runcmd") + 2);
    }

    void concurrentValidation()
    {
        QList<QByteArray> texts;
        for (const QString& name : QDir(corpusDir).entryList(QDir::Files, QDir::Name)) {
            texts.append(readFile(QDir(corpusDir).filePath(name)));
        }
        QList<QList<Finding>> expected;
        for (const QByteArray& text : std::as_const(texts)) {
            expected.append(UserDataValidator::validate(text));
        }
        QList<QByteArray> many;
        for (int round = 0; round < 8; ++round) {
            many += texts;
        }
        QThreadPool pool;
        pool.setMaxThreadCount(6);
        const QList<QList<Finding>> results = QtConcurrent::blockingMapped(
            &pool, many, [](const QByteArray& text) { return UserDataValidator::validate(text); });
        QCOMPARE(results.size(), many.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i), expected.at(i % texts.size()));
        }
    }

private:
    // A YAML text as Debian's PyYAML loads it with the safe loader, as JSON; "v" when it is {v: x}.
    QJsonValue pyyaml(const QByteArray& yaml)
    {
        QProcess python;
        python.start(m_python,
            { u"-c"_s,
                u"import sys, json, yaml\n"
                "d = yaml.safe_load(sys.stdin.buffer.read())\n"
                "print(json.dumps(d, default=lambda o: o.decode() if isinstance(o, bytes) else str(o)))\n"_s });
        python.write(yaml);
        python.closeWriteChannel();
        if (!python.waitForFinished(30000) || python.exitCode() != 0) {
            return QJsonValue::Undefined;
        }
        const QJsonDocument document = QJsonDocument::fromJson("[" + python.readAllStandardOutput() + "]");
        const QJsonValue value = document.array().at(0);
        const QJsonObject object = value.toObject();
        return object.size() == 1 && object.contains(u"v"_s) ? object.value(u"v"_s) : value;
    }
};

VMDESK_TEST_GUILESS_MAIN(TestUserDataValidator)
#include "tst_userdatavalidator.moc"
