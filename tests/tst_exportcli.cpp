// SPDX-License-Identifier: GPL-3.0-or-later
// `vmdeskctl export` as a process: JSON progress, exit codes, interrupt and resume.
#include <csignal>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/simulatorinstance.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
QStringList exportArguments(const SimulatorInstance& simulator, const QString& output)
{
    return { u"export"_s, u"--url"_s, simulator.sdkUrl().toString(), u"--user"_s, u"admin"_s, u"--password-env"_s,
        u"VMDESK_TEST_PASSWORD"_s, u"--output"_s, output };
}

void startCli(QProcess& process, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"VMDESK_TEST_PASSWORD"_s, u"secret"_s);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s, arguments);
}

QList<QJsonObject> events(const QByteArray& out)
{
    QList<QJsonObject> list;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            list.append(QJsonDocument::fromJson(line).object());
        }
    }
    return list;
}
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportsWithJsonProgress()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"2"_s, u"--disk-mb"_s, u"3"_s });
        QVERIFY(simulator.isReady());
        QTemporaryDir out;
        QProcess cli;
        startCli(cli,
            exportArguments(simulator, out.path())
                << u"--vm"_s << u"DC0_C0_RP0_VM0"_s << u"--vm"_s << u"DC0_C0_RP0_VM1"_s << u"--ova"_s << u"--json"_s);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        int completed = 0;
        for (const QJsonObject& event : events(cli.readAllStandardOutput())) {
            if (event[u"event"_s] == u"finished"_s) {
                QCOMPARE(event[u"state"_s].toString(), u"completed"_s);
                QCOMPARE(event[u"bytesTotal"_s].toInteger(), 3 * 1024 * 1024);
                QVERIFY(QFileInfo::exists(event[u"output"_s].toString()));
                ++completed;
            }
        }
        QCOMPARE(completed, 2);
        QVERIFY(QFileInfo::exists(out.filePath(u"DC0_C0_RP0_VM1.ova"_s)));

        // Again on the same output: nothing to do, and it says so.
        QProcess again;
        startCli(again, exportArguments(simulator, out.path()) << u"--vm"_s << u"DC0_C0_RP0_VM0"_s);
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(again.readAllStandardError().contains("exported already"));
    }

    void interruptedExportResumesWhenRunAgain()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"6"_s,
            u"--throttle-kbps"_s, u"3072"_s });
        QTemporaryDir out;
        const QString part = out.filePath(u"DC0_C0_RP0_VM0/DC0_C0_RP0_VM0-disk-0.vmdk.part"_s);
        QProcess first;
        startCli(first, exportArguments(simulator, out.path()) << u"--vm"_s << u"DC0_C0_RP0_VM0"_s);
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo(part).size() > 1024 * 1024; }, 30000));
        ::kill(static_cast<pid_t>(first.processId()), SIGINT);
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitCode(), 130);
        QVERIFY(first.readAllStandardError().contains("run the same command again"));
        const qint64 kept = QFileInfo(part).size();
        QVERIFY(kept > 1024 * 1024);

        QProcess second;
        startCli(second, exportArguments(simulator, out.path()) << u"--vm"_s << u"DC0_C0_RP0_VM0"_s << u"--json"_s);
        QVERIFY(second.waitForFinished(60000));
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY(simulator.log().contains(u"range=\"bytes="_s)); // asked only for the rest
        QCOMPARE(QFileInfo(out.filePath(u"DC0_C0_RP0_VM0/DC0_C0_RP0_VM0-disk-0.vmdk"_s)).size(), 6 * 1024 * 1024);
    }

    void aRunningVmFailsClearly()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s });
        QTemporaryDir out;
        QProcess cli;
        startCli(cli, exportArguments(simulator, out.path()) << u"--vm"_s << u"DC0_C0_RP0_VM1"_s);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("powered-off"));
    }

    void usageErrors()
    {
        QProcess cli;
        startCli(cli,
            { u"export"_s, u"--url"_s, u"http://127.0.0.1:1/sdk"_s, u"--user"_s, u"u"_s, u"--password-env"_s,
                u"VMDESK_TEST_PASSWORD"_s });
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("--output"));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
