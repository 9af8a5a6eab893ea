// SPDX-License-Identifier: GPL-3.0-or-later
// `vmdeskctl serve-metadata --store postgresql://…` as an admin runs it: two servers sharing one
// throwaway PostgreSQL, documents put with `vmdeskctl metadata put`, guests emulated as ESXi does.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/postgresinstance.h"
#include "support/servemetadataprocess.h"
#include "support/testmain.h"
#include "vspc/esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
const QString passwordVariable = QString::fromLatin1(ServeMetadataProcess::passwordVariable);
constexpr int outageMs = 40000; // the servers check the connection every 5 s and retry with backoff

struct Run
{
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QString err;
};

Run run(const QStringList& arguments, const QString& password)
{
    QProcess process;
    process.setProcessEnvironment(ServeMetadataProcess::environmentWith(password));
    process.start(ServeMetadataProcess::program(), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return { -1, {}, u"timed out: "_s + arguments.join(u' ') };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

// A guest named test-vm asks the server on `port` for its meta-data: the answer, or empty.
QByteArray fetchFrom(quint16 port)
{
    EsxiEmulator esxi({});
    esxi.connectToServer(port);
    if (!esxi.waitForSubOption(VmwareExtension::WillProxy)) {
        return {};
    }
    return esxi.request("METADATA").value_or(QByteArray());
}

bool serves(quint16 port, const QByteArray& text, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return fetchFrom(port).contains(text); }, timeoutMs);
}

QByteArray documentFor(const QByteArray& instanceId)
{
    // A comment and trailing blanks, which a store that re-wrote the YAML would lose.
    return "# kept as written  \nmetadata:\n  instance_id: " + instanceId + "\n\n";
}

using Server = ServeMetadataProcess;
} // namespace

class TestServeMetadataStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;
    QTemporaryDir m_dir;

    QStringList store() const { return { u"--store"_s, m_postgres->url(), u"--password-env"_s, passwordVariable }; }

    Run ctl(const QString& command, const QStringList& arguments)
    {
        return run(QStringList { u"metadata"_s, command } + store() + arguments, m_postgres->password());
    }

    // Writes `text` to a file of the temporary folder and puts it as test-vm's document.
    Run put(const QByteArray& text, const QString& vm = u"test-vm"_s)
    {
        const QString path = m_dir.filePath(vm + u".yaml"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
            return { -1, {}, u"cannot write "_s + path };
        }
        file.close();
        return ctl(u"put"_s, { u"--vm"_s, vm, path });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
    }

    void rejectsBadStores_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString withPassword = u"postgresql://vmdesk:hunter2@127.0.0.1/vmdesk"_s;
        const QStringList serve { u"serve-metadata"_s, u"--uri"_s, u"x"_s };
        const QStringList put { u"metadata"_s, u"put"_s, u"--vm"_s, u"test-vm"_s, u"/dev/null"_s };
        const QStringList get { u"metadata"_s, u"get"_s, u"--vm"_s, u"test-vm"_s };
        for (const auto& [name, command] :
            { std::pair(u"serve-metadata"_s, serve), std::pair(u"put"_s, put), std::pair(u"get"_s, get) }) {
            QTest::addRow("%s: password in the URL", qPrintable(name))
                << command + QStringList { u"--store"_s, withPassword, u"--password-env"_s, passwordVariable }
                << u"--store: the store URL contains a password"_s;
            QTest::addRow("%s: unknown scheme", qPrintable(name))
                << command + QStringList { u"--store"_s, u"mysql://vmdesk@127.0.0.1/vmdesk"_s }
                << u"--store: unknown store type \"mysql:\""_s;
            QTest::addRow("%s: no user", qPrintable(name))
                << command + QStringList { u"--store"_s, u"postgresql://127.0.0.1/vmdesk"_s }
                << u"--store: the store URL names no user"_s;
            QTest::addRow("%s: no --password-env", qPrintable(name))
                << command + QStringList { u"--store"_s, u"postgresql://vmdesk@127.0.0.1/vmdesk"_s }
                << u"--password-env is required for postgresql://vmdesk@127.0.0.1:5432/vmdesk"_s;
            QTest::addRow("%s: no store", qPrintable(name)) << command << u"--store"_s;
        }
        QTest::newRow("serve-metadata: --store and --directory")
            << serve + QStringList { u"--store"_s, u"file:/tmp"_s, u"--directory"_s, u"/tmp"_s }
            << u"--store and --directory say the same thing"_s;
        QTest::newRow("serve-metadata: empty password variable")
            << serve
                + QStringList { u"--store"_s, u"postgresql://vmdesk@127.0.0.1/vmdesk"_s, u"--password-env"_s,
                      u"VMDESK_TEST_UNSET_VARIABLE"_s }
            << u"The environment variable VMDESK_TEST_UNSET_VARIABLE is empty or not set."_s;
    }

    void rejectsBadStores()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments, u"the-variable's-password"_s);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"hunter2"_s), qPrintable(result.err));
    }

    void putRefusesADocumentWithErrors()
    {
        const Run refused = put("metadata:\n  instance_id: [i-broken\n", u"broken-vm"_s);
        QCOMPARE(refused.exitCode, 1);
        const QString path = m_dir.filePath(u"broken-vm.yaml"_s);
        QVERIFY2(refused.err.contains(path + u":3:1: error: "_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(path + u": not stored: the document has errors"_s), qPrintable(refused.err));
        const Run get = ctl(u"get"_s, { u"--vm"_s, u"broken-vm"_s });
        QCOMPARE(get.exitCode, 1);
        QVERIFY2(get.err.contains(u"no document for broken-vm in "_s), qPrintable(get.err));
        QCOMPARE(get.out, QByteArray());
    }

    void putGetListAndRemove()
    {
        const Run stored = put(documentFor("i-removed"), u"short-lived"_s);
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QVERIFY(
            stored.out.contains(u"stored short-lived in %1 (instance-id i-removed)"_s.arg(m_postgres->url()).toUtf8()));
        QCOMPARE(ctl(u"get"_s, { u"--vm"_s, u"short-lived"_s }).out, documentFor("i-removed"));
        QCOMPARE(ctl(u"list"_s, {}).out, QByteArray("short-lived\n"));
        const Run removed = ctl(u"rm"_s, { u"--vm"_s, u"short-lived"_s });
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(ctl(u"get"_s, { u"--vm"_s, u"short-lived"_s }).exitCode, 1);
        QCOMPARE(ctl(u"list"_s, {}).out, QByteArray());
        QCOMPARE(ctl(u"rm"_s, { u"--vm"_s, u"short-lived"_s }).exitCode, 1);
    }

    void twoServersFollowTheStoreThroughAnOutage()
    {
        const Run first = put(documentFor("i-one"));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        Server a;
        Server b;
        const quint16 portA = a.start(store(), m_postgres->password());
        QVERIFY2(portA != 0, qPrintable(a.log()));
        const quint16 portB = b.start(store(), m_postgres->password());
        QVERIFY2(portB != 0, qPrintable(b.log()));
        const QString connected = u"connected to "_s + m_postgres->url();
        QVERIFY2(a.waitForLog(connected, 1, outageMs), qPrintable(a.log()));
        QVERIFY2(b.waitForLog(connected, 1, outageMs), qPrintable(b.log()));
        QVERIFY(serves(portA, "i-one"));
        QVERIFY(serves(portB, "i-one"));

        // A change reaches both servers by NOTIFY: they keep running and serve the new text.
        const Run second = put(documentFor("i-two"));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(serves(portA, "i-two"), qPrintable(a.log()));
        QVERIFY2(serves(portB, "i-two"), qPrintable(b.log()));
        QVERIFY(a.isRunning() && b.isRunning());
        const QString notified = u"metadata for test-vm changed in "_s + m_postgres->url();
        QVERIFY2(a.log().contains(notified), qPrintable(a.log()));
        QVERIFY2(b.log().contains(notified), qPrintable(b.log()));
        const Run get = ctl(u"get"_s, { u"--vm"_s, u"test-vm"_s });
        QCOMPARE(get.exitCode, 0);
        QCOMPARE(get.out, documentFor("i-two"));
        QCOMPARE(ctl(u"list"_s, {}).out, QByteArray("test-vm\n"));

        // PostgreSQL goes away: both say so once, and guests still get the document they cached.
        QVERIFY(m_postgres->stop());
        const QString lost = u"lost the connection to "_s + m_postgres->url();
        QVERIFY2(a.waitForLog(lost, 1, outageMs), qPrintable(a.log()));
        QVERIFY2(b.waitForLog(lost, 1, outageMs), qPrintable(b.log()));
        QCOMPARE(fetchFrom(portA).contains("i-two"), true);
        QCOMPARE(fetchFrom(portB).contains("i-two"), true);
        const Run unreachable = ctl(u"get"_s, { u"--vm"_s, u"test-vm"_s });
        QCOMPARE(unreachable.exitCode, 4);
        QVERIFY2(unreachable.err.contains(m_postgres->url() + u" is unavailable"_s), qPrintable(unreachable.err));

        // It comes back: both reconnect and follow changes again.
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->errorString()));
        QVERIFY2(a.waitForLog(connected, 2, outageMs), qPrintable(a.log()));
        QVERIFY2(b.waitForLog(connected, 2, outageMs), qPrintable(b.log()));
        const Run third = put(documentFor("i-three"));
        QVERIFY2(third.exitCode == 0, qPrintable(third.err));
        QVERIFY2(serves(portA, "i-three"), qPrintable(a.log()));
        QVERIFY2(serves(portB, "i-three"), qPrintable(b.log()));

        QCOMPARE(a.stop(), 0);
        QCOMPARE(b.stop(), 0);
        for (Server* server : { &a, &b }) {
            QVERIFY2(
                server->log().contains(u"serving documents from "_s + m_postgres->url()), qPrintable(server->log()));
            QVERIFY2(!server->log().contains(m_postgres->password()), qPrintable(server->log()));
            QCOMPARE(server->log().count(lost), 1);
            QVERIFY2(server->log().contains(u" is down; serving the cached document for test-vm"_s),
                qPrintable(server->log()));
        }
    }

    void fileStoreIsTheDirectory()
    {
        QTemporaryDir folder;
        const QStringList fileStore { u"--store"_s, u"file:"_s + folder.path() };
        const QString path = m_dir.filePath(u"file-vm.yaml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(documentFor("i-file"));
        file.close();
        const Run stored
            = run(QStringList { u"metadata"_s, u"put"_s, u"--vm"_s, u"test-vm"_s, path } + fileStore, QString());
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QFile written(folder.filePath(u"test-vm.yaml"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), documentFor("i-file"));
        QCOMPARE(run(QStringList { u"metadata"_s, u"get"_s, u"--vm"_s, u"test-vm"_s } + fileStore, QString()).out,
            documentFor("i-file"));
        Server server;
        const quint16 port = server.start(fileStore, QString());
        QVERIFY2(port != 0, qPrintable(server.log()));
        QVERIFY(serves(port, "i-file"));
        QCOMPARE(server.stop(), 0);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestServeMetadataStore)
#include "tst_servemetadatastore.moc"
