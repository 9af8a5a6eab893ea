// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/sshpublickey.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {

// ssh-keygen -lf prints "BITS SHA256:... COMMENT (TYPE)"; the comment may hold spaces.
struct Fingerprint
{
    int bits = 0;
    QString fingerprint;
    QString comment;
    QString type;
};

std::optional<Fingerprint> sshKeygenFingerprint(const QString& file)
{
    const ToolRun result = runTool(u"ssh-keygen"_s, { u"-lf"_s, file });
    static const QRegularExpression pattern(u"^(\\d+) (SHA256:\\S+) (.*) (\\([A-Z0-9-]+\\))\\n$"_s);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(result.all()));
    if (result.exitCode != 0 || !match.hasMatch()) {
        qWarning() << "ssh-keygen -lf" << file << result.exitCode << result.all();
        return std::nullopt;
    }
    return Fingerprint { match.captured(1).toInt(), match.captured(2), match.captured(3), match.captured(4) };
}

QByteArray sshString(const QByteArray& value)
{
    const auto length = quint32(value.size());
    QByteArray out;
    out += char(length >> 24);
    out += char(length >> 16);
    out += char(length >> 8);
    out += char(length);
    return out + value;
}

// The string fields of an SSH wire blob, to take a real public point from a generated key.
QList<QByteArray> sshStrings(QByteArray blob)
{
    QList<QByteArray> strings;
    while (blob.size() >= 4) {
        const auto* b = reinterpret_cast<const unsigned char*>(blob.constData());
        const qsizetype length = (qsizetype(b[0]) << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
        strings.append(blob.mid(4, length));
        blob = blob.mid(4 + length);
    }
    return strings;
}

QByteArray blobOf(const QByteArray& publicLine)
{
    return QByteArray::fromBase64(publicLine.split(' ').value(1));
}

} // namespace

class TestSshPublicKey : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString generate(const QString& name, const QStringList& typeArguments, const QString& comment)
    {
        const QString path = m_dir.filePath(name);
        const ToolRun result = runTool(u"ssh-keygen"_s,
            QStringList { u"-q"_s } + typeArguments
                + QStringList { u"-N"_s, QString(), u"-C"_s, comment, u"-f"_s, path });
        return result.exitCode == 0 ? path + u".pub"_s : QString();
    }

    void compareWithSshKeygen(const QString& publicFile)
    {
        const std::optional<Fingerprint> expected = sshKeygenFingerprint(publicFile);
        QVERIFY(expected);
        const SshPublicKey key = SshPublicKey::parse(QString::fromUtf8(readFile(publicFile)));
        QVERIFY2(key.isValid(), qPrintable(key.error));
        QCOMPARE(key.bits, expected->bits);
        QCOMPARE(key.fingerprint, expected->fingerprint);
        QCOMPARE(key.displayType(), expected->type);
        QCOMPARE(key.comment.isEmpty() ? u"no comment"_s : key.comment, expected->comment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"ssh-keygen"_s).isEmpty()) {
            QFAIL("ssh-keygen is needed (Debian package openssh-client)");
        }
        QVERIFY(m_dir.isValid());
    }

    void generatedKeysMatchSshKeygen_data()
    {
        QTest::addColumn<QStringList>("typeArguments");
        QTest::addColumn<QString>("comment");
        QTest::addColumn<QString>("sshType");
        QTest::newRow("ed25519") << QStringList { u"-t"_s, u"ed25519"_s } << u"alice@laptop"_s << u"ssh-ed25519"_s;
        QTest::newRow("rsa 2048") << QStringList { u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s } << u"bob key two"_s
                                  << u"ssh-rsa"_s;
        QTest::newRow("rsa 3072") << QStringList { u"-t"_s, u"rsa"_s, u"-b"_s, u"3072"_s } << u"carol"_s
                                  << u"ssh-rsa"_s;
        QTest::newRow("rsa 1031") << QStringList { u"-t"_s, u"rsa"_s, u"-b"_s, u"1031"_s } << u"odd size"_s
                                  << u"ssh-rsa"_s;
        QTest::newRow("ecdsa 256") << QStringList { u"-t"_s, u"ecdsa"_s, u"-b"_s, u"256"_s } << u"e256"_s
                                   << u"ecdsa-sha2-nistp256"_s;
        QTest::newRow("ecdsa 384") << QStringList { u"-t"_s, u"ecdsa"_s, u"-b"_s, u"384"_s } << u"e384"_s
                                   << u"ecdsa-sha2-nistp384"_s;
        QTest::newRow("ecdsa 521") << QStringList { u"-t"_s, u"ecdsa"_s, u"-b"_s, u"521"_s } << u"e521"_s
                                   << u"ecdsa-sha2-nistp521"_s;
        QTest::newRow("dsa") << QStringList { u"-t"_s, u"dsa"_s } << u"old dsa"_s << u"ssh-dss"_s;
        QTest::newRow("no comment") << QStringList { u"-t"_s, u"ed25519"_s } << QString() << u"ssh-ed25519"_s;
        QTest::newRow("utf-8 comment") << QStringList { u"-t"_s, u"ed25519"_s } << u"zoë@hôte"_s << u"ssh-ed25519"_s;
    }

    void generatedKeysMatchSshKeygen()
    {
        QFETCH(QStringList, typeArguments);
        QFETCH(QString, comment);
        QFETCH(QString, sshType);
        const QString file
            = generate(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'), typeArguments, comment);
        QVERIFY(!file.isEmpty());
        compareWithSshKeygen(file);
        const SshPublicKey key = SshPublicKey::parse(QString::fromUtf8(readFile(file)));
        QCOMPARE(key.type, sshType);
        QCOMPARE(key.comment, comment);
    }

    void optionsPrefixIsSkipped()
    {
        const QString file = generate(u"with-options"_s, { u"-t"_s, u"ed25519"_s }, u"deploy"_s);
        QVERIFY(!file.isEmpty());
        const QString optioned = m_dir.filePath(u"optioned.pub"_s);
        QVERIFY(writeFile(optioned, "from=\"10.0.0.0/8\",command=\"echo a b\",no-pty " + readFile(file)));
        compareWithSshKeygen(optioned);
        QCOMPARE(SshPublicKey::parse(QString::fromUtf8(readFile(optioned))).comment, u"deploy"_s);
    }

    // No security key here, so the sk-* keys are put together from the public parts of real keys.
    void securityKeysMatchSshKeygen()
    {
        const QString ed = generate(u"sk-source-ed"_s, { u"-t"_s, u"ed25519"_s }, u"x"_s);
        const QString ec = generate(u"sk-source-ec"_s, { u"-t"_s, u"ecdsa"_s, u"-b"_s, u"256"_s }, u"x"_s);
        QVERIFY(!ed.isEmpty() && !ec.isEmpty());
        const QList<QByteArray> edFields = sshStrings(blobOf(readFile(ed)));
        const QList<QByteArray> ecFields = sshStrings(blobOf(readFile(ec)));
        QCOMPARE(edFields.size(), 2);
        QCOMPARE(ecFields.size(), 3);
        const QByteArray skEd = sshString("sk-ssh-ed25519@openssh.com") + sshString(edFields[1]) + sshString("ssh:");
        const QByteArray skEc = sshString("sk-ecdsa-sha2-nistp256@openssh.com") + sshString("nistp256")
            + sshString(ecFields[2]) + sshString("ssh:");
        const QString skEdFile = m_dir.filePath(u"sk-ed.pub"_s);
        const QString skEcFile = m_dir.filePath(u"sk-ec.pub"_s);
        QVERIFY(writeFile(skEdFile, "sk-ssh-ed25519@openssh.com " + skEd.toBase64() + " yubi one\n"));
        QVERIFY(writeFile(skEcFile, "sk-ecdsa-sha2-nistp256@openssh.com " + skEc.toBase64() + " yubi two\n"));
        compareWithSshKeygen(skEdFile);
        compareWithSshKeygen(skEcFile);
    }

    void invalidKeysAreExplained_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("errorPart");
        QTest::addColumn<bool>("sshKeygenRejects");
        QVERIFY(m_dir.isValid());
        const QString ed = generate(u"bad-ed"_s, { u"-t"_s, u"ed25519"_s }, u"c"_s);
        const QString rsa = generate(u"bad-rsa"_s, { u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s }, u"c"_s);
        QVERIFY(!ed.isEmpty() && !rsa.isEmpty());
        const QByteArray edBlob = blobOf(readFile(ed));
        const QByteArray edBase64 = edBlob.toBase64();
        const QByteArray rsaBlob = blobOf(readFile(rsa));

        QByteArray broken = "ssh-ed25519 " + edBase64 + " c";
        broken[20] = '!';
        QTest::newRow("broken base64") << broken << u"not base64"_s << true;
        QTest::newRow("cut base64") << QByteArray("ssh-ed25519 " + edBase64.left(edBase64.size() - 3) + " c")
                                    << u"not base64"_s << true;
        QTest::newRow("truncated ed25519")
            << QByteArray("ssh-ed25519 " + edBlob.left(edBlob.size() - 6).toBase64() + " c") << u"truncated"_s << true;
        QTest::newRow("truncated rsa") << QByteArray("ssh-rsa " + rsaBlob.left(rsaBlob.size() / 2).toBase64() + " c")
                                       << u"truncated"_s << true;
        QTest::newRow("trailing data") << QByteArray("ssh-ed25519 " + QByteArray(edBlob + sshString("more")).toBase64()
            + " c") << u"extra data"_s << true;
        QTest::newRow("mismatched type") << QByteArray("ssh-rsa " + edBase64 + " c")
                                         << u"the type says ssh-rsa but the key is ssh-ed25519"_s << true;
        QTest::newRow("unknown type") << QByteArray("ssh-foo " + edBase64 + " c") << u"unknown key type \"ssh-foo\""_s
                                      << true;
        QTest::newRow("certificate") << QByteArray("ssh-ed25519-cert-v01@openssh.com " + edBase64)
                                     << u"unknown key type"_s << true;
        QTest::newRow("type only") << QByteArray("ssh-ed25519") << u"missing"_s << true;
        QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s << true;
        // ssh-keygen -lf derives the public key from a private key file, so it does not reject this one.
        QTest::newRow("private key") << readFile(ed.chopped(4)) << u"private key"_s << false;
    }

    void invalidKeysAreExplained()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, errorPart);
        QFETCH(bool, sshKeygenRejects);
        const SshPublicKey key = SshPublicKey::parse(QString::fromUtf8(line));
        QVERIFY(!key.isValid());
        QVERIFY2(key.error.contains(errorPart), qPrintable(key.error));
        QVERIFY(key.fingerprint.isEmpty());
        if (sshKeygenRejects) {
            const QString file = m_dir.filePath(u"invalid.pub"_s);
            QVERIFY(writeFile(file, line + '\n'));
            QCOMPARE_NE(runTool(u"ssh-keygen"_s, { u"-lf"_s, file }).exitCode, 0);
        }
    }
};

VMDESK_TEST_GUILESS_MAIN(TestSshPublicKey)
#include "tst_sshpublickey.moc"
