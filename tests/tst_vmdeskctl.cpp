// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI as a user runs it: a separate process, its output and exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "support/simulatorenvironment.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run vmdeskctl(const QStringList& arguments, const QString& passwordVariableValue = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"VMDESK_TEST_PASSWORD"_s, passwordVariableValue);
    process.setProcessEnvironment(environment);
    process.start(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s, arguments);
    if (!process.waitForFinished(60000)) {
        return {};
    }
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QStringList loginArguments()
{
    return { u"inventory"_s, u"--url"_s, SimulatorEnvironment::sdkUrl().toString(), u"--user"_s,
        SimulatorEnvironment::user(), u"--password-env"_s, u"VMDESK_TEST_PASSWORD"_s };
}
} // namespace

class TestVmdeskctl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version()
    {
        const Run run = vmdeskctl({ u"--version"_s });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"vmdeskctl " VMDESK_VERSION "\n"_s);
    }

    void helpListsCommands()
    {
        const Run run = vmdeskctl({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"inventory"_s));
        // Every command's name stands apart from its summary, the longest one too.
        for (const QString& name : { u"inventory"_s, u"serve-metadata"_s, u"guest-fetch"_s, u"metadata"_s }) {
            QVERIFY2(QRegularExpression(u"\\n  "_s + QRegularExpression::escape(name) + u"  +\\S"_s)
                         .match(run.out)
                         .hasMatch(),
                qPrintable(run.out));
        }
        const Run commandHelp = vmdeskctl({ u"inventory"_s, u"--help"_s });
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(u"--password-env"_s));
        QVERIFY(!commandHelp.out.contains(u"--password "_s));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = vmdeskctl({ u"frobnicate"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"Unknown command: frobnicate"_s));
    }

    void inventoryPrintsNames()
    {
        const Run run = vmdeskctl(loginArguments(), SimulatorEnvironment::password());
        QCOMPARE(run.exitCode, 0);
        const QStringList names = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(names.size(), SimulatorEnvironment::vmCount());
        QVERIFY(names.first().startsWith(u"DC0_"_s));
    }

    void inventoryPrintsJson()
    {
        const Run run = vmdeskctl(loginArguments() << u"--json"_s, SimulatorEnvironment::password());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray vms = document.array();
        QCOMPARE(vms.size(), SimulatorEnvironment::vmCount());
        for (const QJsonValue& vm : vms) {
            QVERIFY(!vm[u"name"_s].toString().isEmpty());
            QVERIFY(vm[u"id"_s].toString().startsWith(u"vm-"_s));
            QVERIFY(!vm[u"powerState"_s].toString().isEmpty());
        }
    }

    void inventoryFiltersAndPrintsCsv()
    {
        const Run run = vmdeskctl(loginArguments() << u"--csv"_s << u"--filter"_s << u"name:VM1 power:on"_s,
            SimulatorEnvironment::password());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
            u"name,powerState,guest,host,cluster,datacenter,folder,ipAddress,cpus,memoryMB,provisionedBytes,"
            "committedBytes,tools,notes,attributes,biosUuid,instanceUuid,id"_s);
        QVERIFY(lines.size() > 1);
        QStringList names;
        for (const QString& line : lines.mid(1)) {
            QVERIFY2(line.contains(u"VM1"_s) && line.contains(u",poweredOn,"_s), qPrintable(line));
            QVERIFY2(line.contains(u",DC0_C0_H"_s), qPrintable(line)); // the host by name, not by id
            QVERIFY2(line.contains(u",DC0_C0,DC0,"_s), qPrintable(line)); // cluster, datacenter
            names.append(line.section(u',', 0, 0));
        }
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
    }

    void inventoryPrintsChosenColumns()
    {
        const Run run = vmdeskctl(loginArguments()
                << u"--json"_s << u"--columns"_s << u"name,memoryMB,cpus"_s << u"--filter"_s << u"DC0_C0_RP0_VM2"_s,
            SimulatorEnvironment::password());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray vms = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!vms.isEmpty()); // VM2 and, by substring, VM20…
        const QJsonObject vm = vms.first().toObject(); // sorted by name
        QCOMPARE(vm.keys(), (QStringList { u"cpus"_s, u"memoryMB"_s, u"name"_s }));
        QCOMPARE(vm.value(u"name"_s).toString(), u"DC0_C0_RP0_VM2"_s);
        QVERIFY(vm.value(u"memoryMB"_s).isDouble()); // a number, not "32 MiB"
        QVERIFY(vm.value(u"memoryMB"_s).toInt() > 0);

        const Run unknown = vmdeskctl(
            loginArguments() << u"--csv"_s << u"--columns"_s << u"name,colour"_s, SimulatorEnvironment::password());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"colour"_s), qPrintable(unknown.err));
    }

    void wrongPasswordExitsWithAuthenticationError()
    {
        const Run run = vmdeskctl(loginArguments(), u"wrong-password-123"_s);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains(u"password is wrong"_s));
        QVERIFY(!run.err.contains(u"wrong-password-123"_s));
        QVERIFY(run.out.isEmpty());
    }

    void vmActionsForScripts()
    {
        const QString vm = u"DC0_C0_RP0_VM5"_s;
        auto run = [&](const QStringList& action) {
            QStringList arguments = loginArguments();
            arguments[0] = u"vm"_s;
            return vmdeskctl(arguments + action + QStringList { u"--vm"_s, vm }, SimulatorEnvironment::password());
        };
        const Run off = run({ u"power"_s, u"off"_s });
        QCOMPARE(off.exitCode, 0);
        QVERIFY(off.err.contains(u"Power off: done"_s));
        QCOMPARE(run({ u"power"_s, u"off"_s }).exitCode, 1); // already off: vCenter says so
        QCOMPARE(run({ u"power"_s, u"on"_s }).exitCode, 0);
        QCOMPARE(run({ u"snapshot"_s, u"create"_s, u"--name"_s, u"cli-snap"_s, u"--description"_s, u"from a script"_s })
                     .exitCode,
            0);
        const Run list = run({ u"snapshot"_s, u"list"_s, u"--json"_s });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray snapshots = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.first()[u"name"_s].toString(), u"cli-snap"_s);
        QCOMPARE(run({ u"snapshot"_s, u"revert"_s, u"--name"_s, u"cli-snap"_s }).exitCode, 0);
        QCOMPARE(run({ u"snapshot"_s, u"delete"_s, u"--name"_s, u"cli-snap"_s }).exitCode, 0);
        const Run missing = run({ u"snapshot"_s, u"delete"_s, u"--name"_s, u"cli-snap"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"no snapshot named"_s));
        QCOMPARE(run({ u"annotate"_s, u"--text"_s, u"set by vmdeskctl"_s }).exitCode, 0);
        QCOMPARE(run({ u"power"_s, u"sideways"_s }).exitCode, 2);
    }

    void connectionErrorsSayWhatHappened()
    {
        QStringList arguments = loginArguments();
        const auto withUrl = [&](const QString& url) {
            arguments[2] = url;
            return vmdeskctl(arguments, SimulatorEnvironment::password());
        };
        const Run notAUrl = withUrl(u"not a url"_s);
        QCOMPARE(notAUrl.exitCode, 2);
        QVERIFY2(notAUrl.err.contains(u"\"not a url\" is not an address"_s), qPrintable(notAUrl.err));
        QVERIFY2(!notAUrl.err.contains(u"https//"_s), qPrintable(notAUrl.err));

        // The simulator answers 404 (a text page) for any path but its SDK's.
        QUrl wrongPath = SimulatorEnvironment::sdkUrl();
        wrongPath.setPath(u"/not-the-sdk"_s);
        const Run notFound = withUrl(wrongPath.toString());
        QCOMPARE(notFound.exitCode, 4);
        QVERIFY2(notFound.err.contains(u"not as a vSphere SDK"_s), qPrintable(notFound.err));
        QVERIFY2(!notFound.err.contains(u"host name was not found"_s), qPrintable(notFound.err));

        QUrl closedPort = SimulatorEnvironment::sdkUrl();
        closedPort.setPort(1);
        const Run refused = withUrl(closedPort.toString());
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(u"refused the connection"_s), qPrintable(refused.err));
    }

    void missingPasswordVariableIsAUsageError()
    {
        const Run run = vmdeskctl(loginArguments(), QString());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"VMDESK_TEST_PASSWORD"_s));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestVmdeskctl)
#include "tst_vmdeskctl.moc"
