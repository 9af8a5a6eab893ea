// SPDX-License-Identifier: GPL-3.0-or-later
// A vMotion from one metadata server to another: two real `vmdeskctl serve-metadata` processes on
// one throwaway PostgreSQL, the source and target ESXi hosts emulated as they speak. BEGIN on A,
// PEER and COMPLETE on B; a wrong secret; A killed mid-vMotion; the database stopped.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "support/postgresinstance.h"
#include "support/postgresquery.h"
#include "support/servemetadataprocess.h"
#include "support/testmain.h"
#include "vspc/esxiemulator.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;
const QByteArray document = "# as written\nmetadata:\n  instance_id: i-moving\n";

// A source host's guest on the server at `port`, identified and served once.
std::unique_ptr<EsxiEmulator> servedGuest(quint16 port, const QByteArray& name = "test-vm")
{
    EsxiEmulator::Vm vm;
    vm.name = name;
    auto esxi = std::make_unique<EsxiEmulator>(vm);
    esxi->connectToServer(port);
    if (!esxi->waitForSubOption(VmwareExtension::WillProxy) || !esxi->request("METADATA")) {
        return nullptr;
    }
    return esxi;
}

// The target host: presents `cookie` instead of DO-PROXY, as ESXi does after GOAHEAD.
std::unique_ptr<EsxiEmulator> vmotionTarget(quint16 port, const QByteArray& cookie)
{
    auto esxi = std::make_unique<EsxiEmulator>(EsxiEmulator::Vm {});
    esxi->setVMotionPeer(cookie);
    esxi->connectToServer(port);
    return esxi;
}
} // namespace

class TestVMotionAcrossServers : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;
    QTemporaryDir m_dir;
    std::unique_ptr<ServeMetadataProcess> m_a;
    std::unique_ptr<ServeMetadataProcess> m_b;
    quint16 m_portA = 0;
    quint16 m_portB = 0;
    QString m_instanceA;
    QString m_instanceB;

    QStringList storeArguments() const
    {
        return { u"--store"_s, m_postgres->url(), u"--password-env"_s,
            QString::fromLatin1(ServeMetadataProcess::passwordVariable) };
    }

    QString select(const QString& statement) const { return selectText(*m_postgres, statement); }

    QString guestsOf(const QString& instance) const
    {
        return select(
            u"SELECT vm_name, requests FROM vmdesk_guests WHERE instance = '%1' ORDER BY vm_name"_s.arg(instance));
    }

    QString vmotionRows() const { return select(u"SELECT count(*) FROM vmdesk_vmotions"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
        for (const QString& vm : { u"test-vm"_s, u"other-vm"_s }) {
            const QString path = m_dir.filePath(vm + u".yaml"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(document);
            file.close();
            QProcess put;
            put.setProcessEnvironment(ServeMetadataProcess::environmentWith(m_postgres->password()));
            put.start(ServeMetadataProcess::program(),
                QStringList { u"metadata"_s, u"put"_s, u"--vm"_s, vm, path } + storeArguments());
            QVERIFY(put.waitForFinished(30000));
            QCOMPARE(put.exitCode(), 0);
        }
    }

    void init()
    {
        const QStringList arguments
            = storeArguments() + QStringList { u"--heartbeat-ms"_s, u"200"_s, u"--instance-timeout-ms"_s, u"1500"_s };
        m_a = std::make_unique<ServeMetadataProcess>();
        m_b = std::make_unique<ServeMetadataProcess>();
        m_portA = m_a->start(arguments, m_postgres->password());
        m_portB = m_b->start(arguments, m_postgres->password());
        QVERIFY2(m_portA && m_portB, qPrintable(m_a->log() + m_b->log()));
        m_instanceA = m_a->instance();
        m_instanceB = m_b->instance();
        QVERIFY2(!m_instanceA.isEmpty() && !m_instanceB.isEmpty(), qPrintable(m_a->log() + m_b->log()));
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        if (!m_postgres->isRunning()) {
            QVERIFY2(m_postgres->start(), qPrintable(m_postgres->log()));
        }
    }

    void vmotionCompletesOnAnotherServer()
    {
        const auto source = servedGuest(m_portA);
        QVERIFY2(source, qPrintable(m_a->log()));
        QTRY_COMPARE_WITH_TIMEOUT(guestsOf(m_instanceA), u"test-vm 1"_s, waitMs);

        const QByteArray sequence = QByteArray::fromHex("61ed26a2");
        source->sendSubOption(VmwareExtension::VMotionBegin, sequence);
        const std::optional<QByteArray> goahead = source->waitForSubOption(VmwareExtension::VMotionGoahead);
        QVERIFY2(goahead, qPrintable(m_a->log()));
        QVERIFY(goahead->startsWith(sequence));
        // Committed before GOAHEAD went out: the row is there the moment the source host hears it.
        QCOMPARE(select(u"SELECT vm_name, source_instance FROM vmdesk_vmotions WHERE sequence = '\\x61ed26a2'"_s),
            u"test-vm "_s + m_instanceA);

        const auto target = vmotionTarget(m_portB, *goahead);
        const std::optional<QByteArray> peerOk = target->waitForSubOption(VmwareExtension::VMotionPeerOk);
        QVERIFY2(peerOk, qPrintable(m_b->log()));
        QCOMPARE(*peerOk, sequence);
        target->sendSubOption(VmwareExtension::VMotionComplete, sequence);

        // B serves the VM now, and A lets its connection go.
        const std::optional<QByteArray> answer = target->request("METADATA");
        QVERIFY2(answer && answer->contains("i-moving"), qPrintable(m_b->log()));
        QVERIFY2(source->waitForDisconnect(waitMs), qPrintable(m_a->log()));
        QVERIFY2(
            m_a->waitForLog(u"vMotion completed on the server at 127.0.0.1:%1"_s.arg(m_portB)), qPrintable(m_a->log()));
        QVERIFY2(m_b->log().contains(u"moved from the server at 127.0.0.1:%1"_s.arg(m_portA)), qPrintable(m_b->log()));
        // The registry row moved with its counters: one request on A, one on B.
        QTRY_COMPARE_WITH_TIMEOUT(guestsOf(m_instanceB), u"test-vm 2"_s, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(guestsOf(m_instanceA), QString(), waitMs);
        QCOMPARE(vmotionRows(), u"0"_s);
    }

    void aWrongSecretGetsNoPeerOk()
    {
        const auto source = servedGuest(m_portA);
        QVERIFY(source);
        const QByteArray sequence = QByteArray::fromHex("0a0b0c0d");
        source->sendSubOption(VmwareExtension::VMotionBegin, sequence);
        const std::optional<QByteArray> goahead = source->waitForSubOption(VmwareExtension::VMotionGoahead);
        QVERIFY(goahead);

        QByteArray wrong = *goahead;
        wrong[wrong.size() - 1] = char(wrong.back() ^ 0x01);
        const auto impostor = vmotionTarget(m_portB, wrong);
        QVERIFY(!impostor->waitForSubOption(VmwareExtension::VMotionPeerOk, 1000));
        QVERIFY2(m_b->waitForLog(u"presented a vMotion sequence with the wrong secret"_s), qPrintable(m_b->log()));
        const auto stranger = vmotionTarget(m_portB, QByteArray::fromHex("ffeeddccbbaa9988"));
        QVERIFY(!stranger->waitForSubOption(VmwareExtension::VMotionPeerOk, 1000));
        QVERIFY2(m_b->waitForLog(u"presented an unknown vMotion cookie"_s), qPrintable(m_b->log()));

        // The right secret still works afterwards: the refusals were about the secret, not the database.
        const auto target = vmotionTarget(m_portB, *goahead);
        QVERIFY2(target->waitForSubOption(VmwareExtension::VMotionPeerOk), qPrintable(m_b->log()));

        // ABORT on A deletes the row; the old connection stays in use.
        source->sendSubOption(VmwareExtension::VMotionAbort);
        QTRY_COMPARE_WITH_TIMEOUT(vmotionRows(), u"0"_s, waitMs);
        QVERIFY(source->request("METADATA"));
    }

    void aKilledSourceServerDoesNotStopTheVMotion()
    {
        const auto source = servedGuest(m_portA);
        const auto bystander = servedGuest(m_portA, "other-vm");
        QVERIFY(source && bystander);
        QTRY_COMPARE_WITH_TIMEOUT(guestsOf(m_instanceA), u"other-vm 1\ntest-vm 1"_s, waitMs);
        const QByteArray sequence = QByteArray::fromHex("13371337");
        source->sendSubOption(VmwareExtension::VMotionBegin, sequence);
        const std::optional<QByteArray> goahead = source->waitForSubOption(VmwareExtension::VMotionGoahead);
        QVERIFY(goahead);

        m_a->kill(); // SIGKILL: no chance to tidy up
        const auto target = vmotionTarget(m_portB, *goahead);
        QVERIFY2(target->waitForSubOption(VmwareExtension::VMotionPeerOk), qPrintable(m_b->log()));
        target->sendSubOption(VmwareExtension::VMotionComplete, sequence);
        const std::optional<QByteArray> answer = target->request("METADATA");
        QVERIFY2(answer && answer->contains("i-moving"), qPrintable(m_b->log()));
        QTRY_COMPARE_WITH_TIMEOUT(guestsOf(m_instanceB), u"test-vm 2"_s, waitMs);
        // A's other guest goes with A once its heartbeat is older than the timeout; the moved one stays.
        QTRY_COMPARE_WITH_TIMEOUT(
            select(u"SELECT count(*) FROM vmdesk_instances WHERE instance = '%1'"_s.arg(m_instanceA)), u"0"_s, waitMs);
        QCOMPARE(guestsOf(m_instanceA), QString());
        QCOMPARE(guestsOf(m_instanceB), u"test-vm 2"_s);
    }

    void withTheDatabaseDownBeginIsAnsweredNotNow()
    {
        const auto source = servedGuest(m_portA);
        QVERIFY(source);
        QVERIFY(m_postgres->stop());
        QVERIFY2(m_a->waitForLog(u"is unavailable"_s), qPrintable(m_a->log()));

        // The VM stays where it is and goes on being served from the cached document.
        const QByteArray sequence = QByteArray::fromHex("deadbeef");
        source->sendSubOption(VmwareExtension::VMotionBegin, sequence);
        const std::optional<QByteArray> notNow = source->waitForSubOption(VmwareExtension::VMotionNotNow);
        QVERIFY2(notNow, qPrintable(m_a->log()));
        QCOMPARE(*notNow, sequence);
        QVERIFY2(m_a->log().contains(u"vMotion of test-vm refused (NOTNOW)"_s), qPrintable(m_a->log()));
        const std::optional<QByteArray> cached = source->request("METADATA");
        QVERIFY2(cached && cached->contains("i-moving"), qPrintable(m_a->log()));

        // Back by itself once the database is.
        QVERIFY2(m_postgres->start(), qPrintable(m_postgres->log()));
        QVERIFY2(m_a->waitForLog(u"registered in"_s, 2, 60000), qPrintable(m_a->log()));
        source->sendSubOption(VmwareExtension::VMotionBegin, sequence);
        QVERIFY2(source->waitForSubOption(VmwareExtension::VMotionGoahead), qPrintable(m_a->log()));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestVMotionAcrossServers)
#include "tst_vmotionacrossservers.moc"
