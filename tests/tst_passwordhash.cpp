// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

#include "cloudinit/passwordhash.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {

// Python's crypt module (libcrypt underneath, but a separate caller) decides whether the hash fits.
// The password goes on standard input: a secret never goes on a command line.
std::optional<bool> pythonAgrees(const QString& password, const QString& hash)
{
    QProcess python;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    python.setProcessEnvironment(environment);
    python.start(u"python3"_s,
        { u"-c"_s,
            u"import crypt,sys; print(crypt.crypt(sys.stdin.readline().rstrip(\"\\n\"), sys.argv[1]) == sys.argv[1])"_s,
            hash });
    python.write(password.toUtf8() + '\n');
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << "python3 failed:" << python.readAllStandardError();
        return std::nullopt;
    }
    const QByteArray answer = python.readAllStandardOutput().trimmed();
    if (answer != "True" && answer != "False") {
        return std::nullopt;
    }
    return answer == "True";
}

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
            QFAIL("python3 is needed to check the hashes");
        }
    }

    void hashesAreSha512CryptAndPythonAgrees_data()
    {
        QTest::addColumn<QString>("password");
        QTest::newRow("ascii") << u"correct horse battery staple"_s;
        QTest::newRow("symbols") << u"p@ss$w0rd!'\"\\;`"_s;
        QTest::newRow("utf-8") << u"pässwörd-日本語-😀"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("long") << QString(300, u'x');
    }

    void hashesAreSha512CryptAndPythonAgrees()
    {
        QFETCH(QString, password);
        const QString hash = PasswordHash::sha512Crypt(password);
        static const QRegularExpression format(u"^\\$6\\$[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{86}$"_s);
        QVERIFY2(format.match(hash).hasMatch(), qPrintable(hash));
        QCOMPARE(pythonAgrees(password, hash), std::optional<bool>(true));
        QVERIFY(PasswordHash::matches(password, hash));

        const QString wrong = password + u"x"_s;
        QCOMPARE(pythonAgrees(wrong, hash), std::optional<bool>(false));
        QVERIFY(!PasswordHash::matches(wrong, hash));
    }

    void theSaltIsRandom()
    {
        const QString first = PasswordHash::sha512Crypt(u"same password"_s);
        const QString second = PasswordHash::sha512Crypt(u"same password"_s);
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
        QVERIFY(first.section(u'$', 2, 2) != second.section(u'$', 2, 2));
    }

    // A hash made elsewhere (Python, with a salt it chose) is accepted, so existing hashes can be kept.
    void matchesAHashMadeByPython()
    {
        QProcess python;
        python.start(u"python3"_s,
            { u"-c"_s,
                u"import crypt,sys; print(crypt.crypt(sys.stdin.readline().rstrip(\"\\n\"), crypt.METHOD_SHA512))"_s });
        python.write("from python\n");
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(30000));
        const QString hash = QString::fromLatin1(python.readAllStandardOutput().trimmed());
        QVERIFY2(hash.startsWith(u"$6$"), qPrintable(hash));
        QVERIFY(PasswordHash::matches(u"from python"_s, hash));
        QVERIFY(!PasswordHash::matches(u"from pythoN"_s, hash));
    }

    void refusesWhatItCannotHashFaithfully()
    {
        // crypt stops at a NUL, so "a\0b" would hash as "a": refused instead.
        QVERIFY(PasswordHash::sha512Crypt(QStringView(u"a\0b", 3).toString()).isEmpty());
        QVERIFY(!PasswordHash::matches(u"a"_s, QString()));
        QVERIFY(!PasswordHash::matches(u"a"_s, u"not a hash"_s));
        const QString hash = PasswordHash::sha512Crypt(u"a"_s);
        QVERIFY(!PasswordHash::matches(QStringView(u"a\0b", 3).toString(), hash));
    }

    void isReentrant()
    {
        QList<QString> passwords;
        for (int i = 0; i < 16; ++i) {
            passwords.append(u"password-"_s + QString::number(i));
        }
        const QList<QString> hashes = QtConcurrent::blockingMapped(passwords, &PasswordHash::sha512Crypt);
        for (qsizetype i = 0; i < passwords.size(); ++i) {
            QVERIFY(PasswordHash::matches(passwords[i], hashes[i]));
            QVERIFY(!PasswordHash::matches(passwords[(i + 1) % passwords.size()], hashes[i]));
        }
    }
};

VMDESK_TEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
