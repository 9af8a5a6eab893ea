// SPDX-License-Identifier: GPL-3.0-or-later
// The export queue against the simulator: persistence across a restart, priorities under a
// concurrency limit, retry of transient failures, pause and cancel; its model; batch files.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "export/batchfile.h"
#include "export/exportqueue.h"
#include "exportjobmodel.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
bool login(VSphereSession& session, const SimulatorInstance& simulator)
{
    QFuture<void> future = session.login({ simulator.sdkUrl(), u"user"_s, {} }, u"pass"_s);
    return QTest::qWaitFor([&] { return future.isFinished(); }, 20000)
        && session.state() == VCenterConnection::State::Connected;
}

ExportSpec spec(const QString& vm, const QString& output, int priority = 0)
{
    ExportSpec s;
    s.vmName = vm;
    s.outputDir = output;
    s.priority = priority;
    return s;
}

QJsonArray storedJobs(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll())[u"jobs"_s].toArray() : QJsonArray();
}
} // namespace

class TestExportQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDamagedFileCannotMakeIdsRepeat()
    {
        // The largest id used to make the next one wrap, so two jobs shared an id (fuzz_exportqueue).
        QTemporaryDir dir;
        const QString store = dir.filePath(u"queue.json"_s);
        const auto job = [](const QString& id, const QString& vm) {
            return QJsonObject { { u"id"_s, id }, { u"state"_s, u"failed"_s },
                { u"spec"_s, QJsonObject { { u"vm"_s, vm }, { u"output"_s, u"/tmp"_s } } } };
        };
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
            QJsonObject { { u"jobs"_s,
                QJsonArray { job(u"18446744073709551614"_s, u"a"_s), job(u"18446744073709551615"_s, u"b"_s) } } })
                       .toJson());
        file.close();
        VSphereSession session;
        ExportQueue queue(&session, store);
        ExportSpec spec;
        spec.outputDir = dir.path();
        spec.vmName = u"c"_s;
        queue.add(spec);
        spec.vmName = u"d"_s;
        queue.add(spec);
        QList<quint64> ids = queue.ids();
        std::sort(ids.begin(), ids.end());
        QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());
        QVERIFY(!ids.contains(0));
        QVERIFY(std::all_of(ids.cbegin(), ids.cend(), [](quint64 id) { return id < 1000; }));
        QCOMPARE(ids.size(), 2); // c and d: the jobs with impossible ids are not loaded
    }

    void survivesARestartAndResumesFromItsFiles()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"6"_s,
            u"--throttle-kbps"_s, u"2048"_s });
        QTemporaryDir out;
        const QString store = out.filePath(u"queue.json"_s);
        VSphereSession session;
        QVERIFY(login(session, simulator));
        quint64 id = 0;
        {
            ExportQueue queue(&session, store);
            id = queue.add(spec(u"DC0_C0_RP0_VM0"_s, out.path()));
            QTRY_VERIFY_WITH_TIMEOUT(queue.job(id)->bytesDone > 1024 * 1024, 20000);
            QCOMPARE(storedJobs(store).first()[u"state"_s].toString(), u"running"_s);
        } // the app quits (or crashes) mid-transfer
        const QString part = out.filePath(u"DC0_C0_RP0_VM0/DC0_C0_RP0_VM0-disk-0.vmdk.part"_s);
        QTRY_VERIFY(QFileInfo(part).size() > 1024 * 1024);

        ExportQueue restarted(&session, store);
        QCOMPARE(restarted.ids(), QList<quint64> { id });
        QSignalSpy finished(&restarted, &ExportQueue::jobFinished);
        QVERIFY(finished.wait(30000));
        const ExportJobRecord* job = restarted.job(id);
        QCOMPARE(job->state, ExportJobRecord::State::Completed);
        QVERIFY(job->log.join(u'\n').contains(u"resuming after a restart"_s));
        QVERIFY(job->log.join(u'\n').contains(u"resuming at byte"_s));
        QCOMPARE(QFileInfo(out.filePath(u"DC0_C0_RP0_VM0/DC0_C0_RP0_VM0-disk-0.vmdk"_s)).size(), 6 * 1024 * 1024);
        QCOMPARE(storedJobs(store).first()[u"state"_s].toString(), u"completed"_s);
    }

    void runsByPriorityWithinTheLimitAndModelFollows()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s, u"--powered-off"_s, u"3"_s, u"--disk-mb"_s, u"1"_s });
        QTemporaryDir out;
        VSphereSession session;
        QVERIFY(login(session, simulator));
        ExportQueue::Policy policy;
        policy.maxConcurrent = 1;
        ExportQueue queue(&session, out.filePath(u"queue.json"_s), policy);
        ExportJobModel model(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<QString> started;
        connect(&queue, &ExportQueue::jobChanged, this, [&](quint64 id) {
            const ExportJobRecord* job = queue.job(id);
            if (job->state == ExportJobRecord::State::Running && !started.contains(job->spec.vmName)) {
                started.append(job->spec.vmName);
            }
            QVERIFY(queue.runningCount() <= 1);
        });
        // Added in one go, before the queue gets to run any.
        queue.add(spec(u"DC0_C0_RP0_VM0"_s, out.path(), 0));
        queue.add(spec(u"DC0_C0_RP0_VM1"_s, out.path(), 5));
        queue.add(spec(u"DC0_C0_RP0_VM2"_s, out.path(), 1));
        QCOMPARE(model.rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(queue.ids().cbegin(), queue.ids().cend(),
                [&](quint64 id) { return queue.job(id)->state == ExportJobRecord::State::Completed; }),
            60000);
        QCOMPARE(started, (QList<QString> { u"DC0_C0_RP0_VM1"_s, u"DC0_C0_RP0_VM2"_s, u"DC0_C0_RP0_VM0"_s }));
        QCOMPARE(model.index(0, ExportJobModel::ProgressColumn).data().toString(), u"100 %"_s);
        QCOMPARE(model.index(0, 0).data(ExportJobModel::ProgressRole).toInt(), 100);
        QVERIFY(model.index(0, 0).data(ExportJobModel::LogRole).toString().contains(u"SHA-256"_s));
        queue.remove(queue.ids().first());
        QCOMPARE(model.rowCount(), 2);
    }

    void retriesTransientFailuresWithBackoff()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"2"_s,
            u"--fail-after-bytes"_s, u"500000"_s });
        QTemporaryDir out;
        VSphereSession session;
        QVERIFY(login(session, simulator));
        ExportQueue::Policy policy;
        policy.retryDelayMs = 200;
        policy.download.maxAttempts = 1; // the disk gives up at once: the queue's retry must do the work
        ExportQueue queue(&session, QString(), policy);
        const quint64 id = queue.add(spec(u"DC0_C0_RP0_VM0"_s, out.path()));
        QSignalSpy finished(&queue, &ExportQueue::jobFinished);
        QVERIFY(finished.wait(30000));
        QVERIFY2(queue.job(id)->state == ExportJobRecord::State::Completed, qPrintable(queue.job(id)->log.join(u'\n')));
        QCOMPARE(queue.job(id)->attempts, 1);
        QVERIFY(queue.job(id)->log.join(u'\n').contains(u"will retry in"_s));
    }

    void permanentFailuresAreNotRetried()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s });
        QTemporaryDir out;
        VSphereSession session;
        QVERIFY(login(session, simulator));
        ExportQueue queue(&session, QString());
        const quint64 running = queue.add(spec(u"DC0_C0_RP0_VM1"_s, out.path())); // powered on
        const quint64 missing = queue.add(spec(u"no-such-vm"_s, out.path()));
        QTRY_VERIFY_WITH_TIMEOUT(!queue.job(running)->isActive() && !queue.job(missing)->isActive(), 20000);
        QCOMPARE(queue.job(running)->state, ExportJobRecord::State::Failed);
        QVERIFY(queue.job(running)->error.contains(u"powered-off"_s));
        QCOMPARE(queue.job(missing)->state, ExportJobRecord::State::Failed);
        QCOMPARE(queue.job(missing)->attempts, 1);

        // The admin agrees to a clean guest shutdown: the same job now goes through.
        queue.retryWithGuestShutdown(running);
        QTRY_COMPARE_WITH_TIMEOUT(queue.job(running)->state, ExportJobRecord::State::Completed, 30000);
        QVERIFY(queue.job(running)->log.join(u'\n').contains(u"the guest is shut down"_s));
    }

    void pauseKeepsPartsAndCancelRemovesThem()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"2"_s, u"--powered-off"_s, u"1"_s, u"--disk-mb"_s, u"6"_s,
            u"--throttle-kbps"_s, u"1024"_s });
        QTemporaryDir out;
        VSphereSession session;
        QVERIFY(login(session, simulator));
        ExportQueue queue(&session, QString());
        const quint64 id = queue.add(spec(u"DC0_C0_RP0_VM0"_s, out.path()));
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(id)->bytesDone > 256 * 1024, 20000);
        queue.pause(id);
        QCOMPARE(queue.job(id)->state, ExportJobRecord::State::Paused);
        const QString part = out.filePath(u"DC0_C0_RP0_VM0/DC0_C0_RP0_VM0-disk-0.vmdk.part"_s);
        QTRY_VERIFY(QFileInfo(part).size() > 0);
        queue.cancel(id);
        QCOMPARE(queue.job(id)->state, ExportJobRecord::State::Cancelled);
        QVERIFY(!QFile::exists(part));
    }

    void readsHypersdkBatchFiles()
    {
        const QByteArray yaml = R"(jobs:
  - name: web
    vm_path: /Datacenter/vm/web/web-01
    output_path: /exports/web
    options: {parallel_downloads: 4, remove_cdrom: true}
  - name: db
    vm_path: /Datacenter/vm/db-01
)";
        ExportSpec defaults;
        defaults.outputDir = u"/exports/default"_s;
        QString error;
        const QList<ExportSpec> specs = readBatchFile(yaml, defaults, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs[0].vmName, u"web-01"_s);
        QCOMPARE(specs[0].outputDir, u"/exports/web"_s);
        QCOMPARE(specs[0].parallelDisks, 4);
        QVERIFY(specs[0].removeCdrom);
        QCOMPARE(specs[1].vmName, u"db-01"_s);
        QCOMPARE(specs[1].outputDir, u"/exports/default"_s);

        const QList<ExportSpec> single = readBatchFile("vm_path: /dc/vm/solo\noutput_path: /x\n", {}, &error);
        QCOMPARE(single.size(), 1);
        QCOMPARE(single[0].vmName, u"solo"_s);

        QVERIFY(readBatchFile("jobs: [{name: x}]\n", defaults, &error).isEmpty());
        QVERIFY(error.contains(u"no vm_path"_s));
        QVERIFY(readBatchFile("jobs: [\n", defaults, &error).isEmpty());
        QVERIFY(error.contains(u"invalid YAML"_s));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestExportQueue)
#include "tst_exportqueue.moc"
