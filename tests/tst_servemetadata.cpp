// SPDX-License-Identifier: GPL-3.0-or-later
// `vmdeskctl serve-metadata` as an admin runs it: a process, its log, status file, signals.
#include <csignal>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/testmain.h"
#include "vspc/esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
void writeDocument(const QTemporaryDir& dir)
{
    QSaveFile document(dir.filePath(u"test-vm.yaml"_s));
    QVERIFY(document.open(QIODevice::WriteOnly));
    document.write("metadata:\n  instance_id: i-cli\n");
    QVERIFY(document.commit());
}

// Starts `vmdeskctl serve-metadata` on a free loopback port; the port it said it listens on, or 0.
quint16 startServer(QProcess& server, const QStringList& arguments, QString& log)
{
    server.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
        QStringList { u"serve-metadata"_s, u"--listen"_s, u"127.0.0.1:0"_s } + arguments);
    quint16 port = 0;
    const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    QTest::qWaitFor(
        [&] {
            log += QString::fromUtf8(server.readAllStandardError());
            const QRegularExpressionMatch match = listening.match(log);
            port = match.hasMatch() ? match.captured(1).toUShort() : 0;
            return port != 0 || server.state() == QProcess::NotRunning;
        },
        10000);
    return port;
}
} // namespace

class TestServeMetadata : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesReportsStatusAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        writeDocument(dir);
        const QString status = dir.filePath(u"status.json"_s);

        QProcess server;
        QString log;
        const quint16 port = startServer(server,
            { u"--uri"_s, u"my-metadata"_s, u"--uri"_s, u"other"_s, u"--directory"_s, dir.path(), u"--status-file"_s,
                status },
            log);
        QVERIFY2(port != 0, qPrintable(log));

        EsxiEmulator esxi({});
        esxi.connectToServer(port);
        QVERIFY(esxi.waitForSubOption(VmwareExtension::WillProxy));
        const auto meta = esxi.request("METADATA");
        QVERIFY(meta && meta->contains("i-cli"));

        // The status file follows within a second or two.
        QJsonArray guests;
        QVERIFY(QTest::qWaitFor(
            [&] {
                QFile file(status);
                guests
                    = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array() : QJsonArray();
                return guests.size() == 1 && guests.first()[u"requests"_s].toInt() == 1;
            },
            5000));
        QCOMPARE(guests.first()[u"vmName"_s].toString(), u"test-vm"_s);
        QCOMPARE(guests.first()[u"portUri"_s].toString(), u"my-metadata"_s);

        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return server.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        log += QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(log.contains(u"connection from 127.0.0.1"_s), qPrintable(log));
        QVERIFY2(log.contains(u"identified"_s), qPrintable(log));
    }

    void allowServesOnlyTheListedNetworks_data()
    {
        QTest::addColumn<QStringList>("allow");
        QTest::addColumn<bool>("served");
        QTest::newRow("elsewhere") << QStringList { u"--allow"_s, u"10.0.0.0/8,192.0.2.0/24"_s } << false;
        QTest::newRow("loopback") << QStringList { u"--allow"_s, u"10.0.0.0/8"_s, u"--allow"_s, u"127.0.0.0/8"_s }
                                  << true;
        QTest::newRow("systemd default (empty)") << QStringList { u"--allow="_s } << true;
    }

    void allowServesOnlyTheListedNetworks()
    {
        QFETCH(QStringList, allow);
        QFETCH(bool, served);
        QTemporaryDir dir;
        writeDocument(dir);
        QProcess server;
        QString log;
        const quint16 port = startServer(
            server, QStringList { u"--uri"_s, u"my-metadata"_s, u"--directory"_s, dir.path() } + allow, log);
        QVERIFY2(port != 0, qPrintable(log));
        EsxiEmulator esxi({});
        esxi.connectToServer(port);
        if (served) {
            QVERIFY(esxi.waitForSubOption(VmwareExtension::WillProxy));
            const auto meta = esxi.request("METADATA");
            QVERIFY(meta && meta->contains("i-cli"));
        } else {
            QVERIFY(esxi.waitForDisconnect());
            QVERIFY(QTest::qWaitFor(
                [&] {
                    log += QString::fromUtf8(server.readAllStandardError());
                    return log.contains(u"not in the allowed networks 10.0.0.0/8, 192.0.2.0/24"_s);
                },
                5000));
        }
        ::kill(static_cast<pid_t>(server.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return server.state() == QProcess::NotRunning; }, 10000));
    }

    void sigusr1PrintsTheGuests()
    {
        QTemporaryDir dir;
        QProcess server;
        server.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
            { u"serve-metadata"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--uri"_s, u"my-metadata"_s, u"--directory"_s,
                dir.path() });
        QVERIFY(server.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return server.readAllStandardError().contains("listening on"); }, 10000));
        ::kill(static_cast<pid_t>(server.processId()), SIGUSR1);
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += server.readAllStandardOutput();
                return out.trimmed().endsWith(']');
            },
            5000));
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 0);
        ::kill(static_cast<pid_t>(server.processId()), SIGINT);
        QVERIFY(QTest::qWaitFor([&] { return server.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(server.exitCode(), 0);
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no uri") << QStringList { u"--directory"_s, u"/tmp"_s } << u"--uri"_s;
        QTest::newRow("no directory") << QStringList { u"--uri"_s, u"x"_s } << u"--directory"_s;
        QTest::newRow("bad listen") << QStringList { u"--uri"_s, u"x"_s, u"--directory"_s, u"/tmp"_s, u"--listen"_s,
            u"nope"_s } << u"--listen"_s;
        QTest::newRow("bad key") << QStringList { u"--uri"_s, u"x"_s, u"--directory"_s, u"/tmp"_s, u"--key"_s,
            u"mac"_s } << u"--key"_s;
        QTest::newRow("bad allow") << QStringList { u"--uri"_s, u"x"_s, u"--directory"_s, u"/tmp"_s, u"--allow"_s,
            u"10.0.0.0/33"_s } << u"--allow: \"10.0.0.0/33\""_s;
    }

    void rejectsBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        process.start(
            QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s, QStringList { u"serve-metadata"_s } + arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(message));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestServeMetadata)
#include "tst_servemetadata.moc"
