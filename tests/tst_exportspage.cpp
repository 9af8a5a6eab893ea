// SPDX-License-Identifier: GPL-3.0-or-later
// The Exports page with a live queue against the simulator; renders the README's screenshot.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "export/exportqueue.h"
#include "exportdialog.h"
#include "exportspage.h"
#include "inventorymodel.h"
#include "mainwindow.h"
#include "support/fakevcenterconnection.h"
#include "support/simulatorinstance.h"
#include "support/smalldisk.h"
#include "support/testfiles.h"
#include "support/testmain.h"
#include "throughputchart.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
// A queue file as the queue writes it, with jobs that ran earlier: their sizes as the admin saw them.
struct StoredJob
{
    QString vm;
    QString state;
    qint64 done = 0;
    qint64 total = 0;
    QString error;
};

QString writeQueue(const QTemporaryDir& dir, const QList<StoredJob>& jobs)
{
    QJsonArray array;
    quint64 id = 0;
    for (const StoredJob& job : jobs) {
        ExportSpec spec;
        spec.vmName = job.vm;
        spec.outputDir = dir.filePath(u"out"_s);
        array.append(
            QJsonObject { { u"id"_s, QString::number(++id) }, { u"spec"_s, spec.toJson() }, { u"state"_s, job.state },
                { u"bytesDone"_s, job.done }, { u"bytesTotal"_s, job.total }, { u"error"_s, job.error } });
    }
    const QString path = dir.filePath(u"queue.json"_s);
    writeFile(path, QJsonDocument(QJsonObject { { u"jobs"_s, array } }).toJson());
    return path;
}

// What the page asked, and the answer the test gives instead of an admin.
struct Confirmations
{
    QStringList actions;
    QList<QStringList> names;
    QStringList consequences;
    bool answer = false;

    ExportsPage::Confirmer confirmer()
    {
        return [this](const QString& action, const QStringList& vms, const QString& consequence) {
            actions.append(action);
            names.append(vms);
            consequences.append(consequence);
            return answer;
        };
    }
};

QAction* toolbarAction(ExportsPage& page, const QString& text)
{
    for (QAction* action : page.table()->actions()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

ExportSpec specFor(const QString& folder, const QString& vm)
{
    ExportSpec spec;
    spec.vmName = vm;
    spec.outputDir = folder;
    return spec;
}
} // namespace

// Takes what the page opens with QDesktopServices, instead of a file manager.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};

class TestExportsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        // As the application has it: "2 VMs", not "2 VM(s)".
        QVERIFY(m_english.load(u"vmdesk_en"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&m_english);
    }

    void showsTheQueueLive()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"8"_s, u"--powered-off"_s, u"4"_s, u"--disk-mb"_s, u"8"_s,
            u"--throttle-kbps"_s, u"6144"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        QFuture<void> login = session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s);
        QTRY_VERIFY(login.isFinished());
        QTemporaryDir out;
        ExportQueue::Policy policy;
        policy.maxConcurrent = 2;
        ExportQueue queue(&session, QString(), policy);
        QSettings().setValue(u"export/concurrent"_s, 2);
        MainWindow window({ &session, nullptr, nullptr, nullptr, nullptr, &queue });
        window.resize(1200, 700);
        window.showPage(MainWindow::ExportsArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto add = [&](const QString& vm, int priority, bool ova) {
            ExportSpec spec;
            spec.vmName = vm;
            spec.outputDir = out.path();
            spec.priority = priority;
            spec.ova = ova;
            return queue.add(spec);
        };
        const quint64 first = add(u"DC0_C0_RP0_VM0"_s, 9, true);
        add(u"DC0_C0_RP0_VM1"_s, 5, false);
        add(u"DC0_C0_RP0_VM2"_s, 4, false);
        add(u"DC0_C0_RP0_VM3"_s, 1, false);
        const quint64 running = add(u"DC0_C0_RP0_VM7"_s, 8, false); // powered on: fails at once
        QTRY_VERIFY_WITH_TIMEOUT(queue.job(first)->state == ExportJobRecord::State::Completed, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(queue.ids().cbegin(), queue.ids().cend(),
                                     [&](quint64 id) {
                                         const ExportJobRecord* job = queue.job(id);
                                         return job->state == ExportJobRecord::State::Running && job->bytesTotal > 0
                                             && job->bytesDone > job->bytesTotal / 4 && job->bytesPerSecond > 0;
                                     }),
            30000);
        QCOMPARE(queue.job(running)->state, ExportJobRecord::State::Failed);

        QTableView* table = window.exportsPage()->table();
        QCOMPARE(table->model()->rowCount(), 5);
        // The graph draws what the counters moved, once a second: the total, and the selected job.
        ThroughputChart* chart = window.exportsPage()->chart();
        const auto moved = [](const QLineSeries* series) {
            const QList<QPointF> points = series->points();
            return std::any_of(points.cbegin(), points.cend(), [](QPointF point) { return point.y() > 0; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(moved(chart->totalSeries()), 30000);
        const int runningRow = static_cast<int>(std::find_if(queue.ids().cbegin(), queue.ids().cend(), [&](quint64 id) {
            return queue.job(id)->state == ExportJobRecord::State::Running;
        }) - queue.ids().cbegin());
        QVERIFY(runningRow < queue.ids().size());
        table->selectRow(runningRow);
        QVERIFY(chart->jobSeries()->isVisible());
        QCOMPARE(chart->jobSeries()->name(), queue.job(queue.ids().at(runningRow))->spec.vmName);
        QTRY_VERIFY_WITH_TIMEOUT(moved(chart->jobSeries()), 10000);
        QVERIFY(window.exportsPage()->grab().save(u"/tmp/vmdesk-exports-page.png"_s));
        table->selectRow(0);
        QTest::qWait(100);
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(window.grab().save(screenshots.filePath(u"exports.png"_s)));
    }

    void saysWhenTheQueueCannotBeSaved()
    {
        SmallDisk disk(64 * 1024);
        QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
        VSphereSession session;
        ExportQueue queue(&session, disk.filePath(u"queue.json"_s));
        ExportsPage page(&queue);
        page.resize(900, 600);
        page.show();
        auto* warning = page.findChild<QLabel*>(u"storageWarning"_s);
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());

        QFile filler(disk.filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        while (filler.write(QByteArray(4096, 'x')) == 4096) { }
        ExportSpec spec;
        spec.vmName = u"web-01"_s;
        spec.outputDir = disk.path();
        queue.add(spec);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(u"No space left on device"_s), qPrintable(warning->text()));

        filler.remove();
        spec.vmName = u"web-02"_s;
        queue.add(spec);
        QVERIFY(!warning->isVisible());
    }

    void inventoryDragsCarryVmNames()
    {
        FakeVCenterConnection connection;
        connection.vms = { { { u"VirtualMachine"_s, u"vm-1"_s }, u"web-01"_s, u"poweredOff"_s, {} },
            { { u"VirtualMachine"_s, u"vm-2"_s }, u"db-01"_s, u"poweredOff"_s, {} } };
        InventoryModel model(&connection);
        connection.setState(VCenterConnection::State::Connected);
        connection.deliver();
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(0, 0), model.index(0, 1), model.index(1, 0) }));
        QCOMPARE(data->data(QString::fromLatin1(InventoryModel::vmNamesMimeType)), QByteArray("web-01\ndb-01"));
    }

    void exportDialogBuildsOneJobPerVm()
    {
        QTemporaryDir out;
        ExportDialog dialog({ u"web-01"_s, u"db-01"_s });
        dialog.findChild<QLineEdit*>()->setText(out.path());
        for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
            box->setChecked(box->text().contains(u"OVA"_s));
        }
        const QList<ExportSpec> specs = dialog.specs();
        QCOMPARE(specs.size(), 2);
        QCOMPARE(specs[1].vmName, u"db-01"_s);
        QCOMPARE(specs[1].outputDir, out.path());
        QVERIFY(specs[1].ova);
        QVERIFY(!specs[1].shutdownGuest); // never unless asked
    }
    void cancelSaysWhatIsLostAndEndsInASentence()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"out/VM4"_s));
        QVERIFY(writeFile(dir.filePath(u"out/VM4/VM4-disk-0.vmdk.part"_s), QByteArray(1000, 'x')));
        const qint64 gib = 1024 * 1024 * 1024;
        // Not connected: the paused job stays paused and nothing runs behind the test's back.
        VSphereSession session;
        ExportQueue queue(&session, writeQueue(dir, { { u"VM4"_s, u"paused"_s, gib * 12 / 10, 3 * gib, {} } }));
        ExportsPage page(&queue);
        QAbstractItemModelTester tester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Confirmations asked;
        page.setConfirmer(asked.confirmer());
        QSignalSpy finished(&page, &ExportsPage::jobFinished);
        QSignalSpy states(&page, &ExportsPage::jobStateChanged);
        page.table()->selectRow(0);
        QAction* cancel = toolbarAction(page, u"Cancel"_s);
        QVERIFY(cancel);

        cancel->trigger();
        QCOMPARE(asked.actions, QStringList { u"Cancel the Export of"_s });
        QCOMPARE(asked.names.first(), QStringList { u"VM4"_s });
        QCOMPARE(asked.consequences.first(),
            u"1.20 GiB of 3.00 GiB downloaded will be deleted. A cancelled job can only start over from the "
            "beginning."_s);
        QCOMPARE(queue.job(1)->state, ExportJobRecord::State::Paused); // the admin said no
        QVERIFY(QFileInfo::exists(dir.filePath(u"out/VM4/VM4-disk-0.vmdk.part"_s)));
        QCOMPARE(finished.size(), 0);

        asked.answer = true;
        cancel->trigger();
        QCOMPARE(queue.job(1)->state, ExportJobRecord::State::Cancelled);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"out/VM4/VM4-disk-0.vmdk.part"_s)));
        QCOMPARE(finished.size(), 1);
        const QString message = finished.first().first().toString();
        QCOMPARE(message, u"The export of VM4 was cancelled; its partly downloaded files were deleted."_s);
        QVERIFY(!message.contains(u":"_s));
        QVERIFY(!states.isEmpty());
        const QList<QVariant> last = states.last();
        QCOMPARE(last.at(0).toString(), u"1"_s);
        QCOMPARE(last.at(1).toString(), u"VM4"_s);
        QCOMPARE(last.at(2).toString(), u"cancelled"_s);
        QCOMPARE(last.at(4).toBool(), true); // finished
        QCOMPARE(last.at(5).toBool(), false); // not succeeded
        QCOMPARE(last.at(6).toString(), message);

        asked.actions.clear();
        cancel->trigger(); // a cancelled job has nothing left to cancel: no question
        QVERIFY(asked.actions.isEmpty());
    }

    void cancelOfManyNamesEachWithItsSize()
    {
        QTemporaryDir dir;
        const qint64 mib = 1024 * 1024;
        VSphereSession session;
        ExportQueue queue(&session,
            writeQueue(dir,
                { { u"web-01"_s, u"paused"_s, 100 * mib, 400 * mib, {} },
                    { u"web-02"_s, u"failed"_s, 50 * mib, 100 * mib, u"the lease broke"_s },
                    { u"web-03"_s, u"queued"_s, 0, 0, {} }, { u"web-04"_s, u"completed"_s, mib, mib, {} } }));
        ExportsPage page(&queue);
        Confirmations asked;
        page.setConfirmer(asked.confirmer());
        page.cancelJobs(queue.ids());
        QCOMPARE(asked.names.size(), 1);
        // The completed one cannot be cancelled and is not counted.
        QCOMPARE(asked.names.first(),
            (QStringList {
                u"web-01 (100.00 MiB of 400.00 MiB)"_s, u"web-02 (50.00 MiB of 100.00 MiB)"_s, u"web-03"_s }));
        QVERIFY2(asked.consequences.first().startsWith(u"150.00 MiB of 500.00 MiB downloaded will be deleted."_s),
            qPrintable(asked.consequences.first()));
        QCOMPARE(queue.job(4)->state, ExportJobRecord::State::Completed);
        QCOMPARE(queue.job(1)->state, ExportJobRecord::State::Paused);
    }

    void removeAsksOnlyWhenSomethingIsLost()
    {
        QTemporaryDir dir;
        VSphereSession session;
        ExportQueue queue(&session,
            writeQueue(dir,
                { { u"done-01"_s, u"completed"_s, 10, 10, {} }, { u"broken-01"_s, u"failed"_s, 2048, 4096, {} },
                    { u"waiting-01"_s, u"queued"_s, 0, 0, {} } }));
        ExportsPage page(&queue);
        QAbstractItemModelTester tester(page.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        Confirmations asked;
        page.setConfirmer(asked.confirmer());
        page.removeJobs({ 1 }); // completed: its files stay, only the line goes
        QVERIFY(asked.actions.isEmpty());
        QVERIFY(!queue.job(1));

        page.removeJobs({ 2, 3 }); // the queued one cannot be removed; the failed one could be retried
        QCOMPARE(asked.actions, QStringList { u"Remove the Export of"_s });
        QCOMPARE(asked.names.first(), QStringList { u"broken-01"_s });
        QVERIFY2(asked.consequences.first().contains(u"2.00 KiB partly downloaded"_s),
            qPrintable(asked.consequences.first()));
        QVERIFY(queue.job(2));
        asked.answer = true;
        page.removeJobs({ 2, 3 });
        QVERIFY(!queue.job(2));
        QVERIFY(queue.job(3));
    }

    void finishedMessagesAreSentences()
    {
        VSphereSession session;
        ExportQueue queue(&session, QString());
        ExportsPage page(&queue);
        ExportJobRecord job;
        job.spec = specFor(u"/srv/ovf"_s, u"db-01"_s);
        job.state = ExportJobRecord::State::Failed;
        QCOMPARE(page.finishedMessage(job), u"The export of db-01 failed."_s);
        job.error = u"cannot create /srv/ovf/db-01"_s;
        QCOMPARE(page.finishedMessage(job), u"The export of db-01 failed: cannot create /srv/ovf/db-01."_s);
        job.state = ExportJobRecord::State::Completed;
        QCOMPARE(page.finishedMessage(job), u"db-01 is exported to /srv/ovf/db-01."_s);
        job.spec.ova = true;
        QCOMPARE(page.finishedMessage(job), u"db-01 is exported to /srv/ovf/db-01.ova."_s);
    }

    void exportDialogNamesPoweredOnVmsAndNeverQueuesThem()
    {
        QTemporaryDir out;
        const QHash<QString, QString> states { { u"off-01"_s, u"poweredOff"_s }, { u"on-01"_s, u"poweredOn"_s },
            { u"on-02"_s, u"poweredOn"_s }, { u"sleep-01"_s, u"suspended"_s } };
        const auto source = [&](const QString& name) { return states.value(name); };
        ExportDialog dialog({ u"off-01"_s, u"on-01"_s, u"unknown-01"_s, u"on-02"_s, u"sleep-01"_s });
        dialog.findChild<QLineEdit*>()->setText(out.path());
        dialog.shutdownBox()->setChecked(false);
        dialog.setPowerStates(source);
        dialog.show();
        QVERIFY(dialog.powerStateLabel()->isVisible());
        const QString warning = dialog.powerStateLabel()->text();
        QVERIFY2(warning.contains(u"Powered on, will be refused: on-01, on-02."_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"Suspended, will be refused: sleep-01."_s), qPrintable(warning));
        QCOMPARE(dialog.refusedVms(), (QStringList { u"on-01"_s, u"on-02"_s, u"sleep-01"_s }));
        const auto names = [&] {
            QStringList vms;
            for (const ExportSpec& spec : dialog.specs()) {
                vms.append(spec.vmName + (spec.shutdownGuest ? u" (shut down)"_s : QString()));
            }
            return vms;
        };
        QCOMPARE(names(), (QStringList { u"off-01"_s, u"unknown-01"_s }));
        QCOMPARE(dialog.exportButton()->text(), u"&Export 2 VMs"_s);
        QVERIFY(dialog.exportButton()->isEnabled());

        dialog.shutdownBox()->setChecked(true);
        QVERIFY2(dialog.powerStateLabel()->text().contains(u"Powered on: on-01, on-02. Their guests are asked"_s),
            qPrintable(dialog.powerStateLabel()->text()));
        QCOMPARE(names(),
            (QStringList { u"off-01 (shut down)"_s, u"on-01 (shut down)"_s, u"unknown-01 (shut down)"_s,
                u"on-02 (shut down)"_s }));
        QCOMPARE(dialog.exportButton()->text(), u"&Export 4 VMs"_s);

        ExportDialog allOn({ u"on-01"_s, u"on-02"_s });
        allOn.findChild<QLineEdit*>()->setText(out.path());
        allOn.shutdownBox()->setChecked(false);
        allOn.setPowerStates(source);
        QVERIFY(!allOn.exportButton()->isEnabled());
        QVERIFY(allOn.specs().isEmpty());
        allOn.accept(); // Enter, or a script: still nothing
        QCOMPARE(allOn.result(), int(QDialog::Rejected));

        ExportDialog allOff({ u"off-01"_s });
        allOff.setPowerStates(source);
        QVERIFY(allOff.powerStateLabel()->isHidden());
        QCOMPARE(allOff.exportButton()->text(), u"&Export"_s);
    }

    void batchOfPoweredOnVmsIsAskedAbout()
    {
        QTemporaryDir out;
        VSphereSession session;
        ExportQueue queue(&session, QString());
        ExportsPage page(&queue);
        page.setPowerStateSource(
            [](const QString& name) { return name.startsWith(u"on"_s) ? u"poweredOn"_s : u"poweredOff"_s; });
        QList<ExportsPage::Question> questions;
        ExportsPage::Answer answer = ExportsPage::Answer::Skip;
        page.setAsker([&](const ExportsPage::Question& question) {
            questions.append(question);
            return answer;
        });
        QSignalSpy notices(&page, &ExportsPage::notice);
        const QList<ExportSpec> batch { specFor(out.path(), u"off-01"_s), specFor(out.path(), u"on-01"_s) };

        QList<quint64> ids = page.queueExports(batch);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().vmNames, QStringList { u"on-01"_s });
        QCOMPARE(ids.size(), 1);
        QCOMPARE(queue.job(ids.first())->spec.vmName, u"off-01"_s);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().first().toString(), u"Powered on, not queued: on-01."_s);

        answer = ExportsPage::Answer::Proceed;
        ids = page.queueExports(batch); // off-01 is in the queue already
        QCOMPARE(ids.size(), 1);
        QCOMPARE(queue.job(ids.first())->spec.vmName, u"on-01"_s);
        QVERIFY(queue.job(ids.first())->spec.shutdownGuest);
        QCOMPARE(notices.last().first().toString(), u"Already in the queue, not queued again: off-01."_s);

        answer = ExportsPage::Answer::Cancel;
        QVERIFY(page.queueExports({ specFor(out.path(), u"on-02"_s), specFor(out.path(), u"off-02"_s) }).isEmpty());
        QCOMPARE(queue.ids().size(), 2);
    }

    void asksBeforeReplacingAnEarlierExport()
    {
        QTemporaryDir out;
        QVERIFY(QDir(out.path()).mkdir(u"web-01"_s));
        QVERIFY(writeFile(out.filePath(u"web-01/web-01.ovf"_s), "earlier"));
        QVERIFY(writeFile(out.filePath(u"web-02.ova"_s), "earlier"));
        VSphereSession session;
        ExportQueue queue(&session, QString());
        ExportsPage page(&queue);
        QList<ExportsPage::Question> questions;
        ExportsPage::Answer answer = ExportsPage::Answer::Cancel;
        page.setAsker([&](const ExportsPage::Question& question) {
            questions.append(question);
            return answer;
        });
        const QList<ExportSpec> specs { specFor(out.path(), u"web-01"_s), specFor(out.path(), u"web-02"_s),
            specFor(out.path(), u"web-03"_s) };

        QVERIFY(page.queueExports(specs).isEmpty());
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().title, u"Overwrite 2 earlier exports?"_s);
        QCOMPARE(questions.first().vmNames, (QStringList { u"web-01"_s, u"web-02"_s }));
        QCOMPARE(questions.first().proceed, u"Overwrite"_s);
        QVERIFY(questions.first().text.contains(u"deletes it only once the new export is complete"_s));
        QCOMPARE(queue.ids().size(), 0);

        answer = ExportsPage::Answer::Skip;
        QList<quint64> ids = page.queueExports(specs);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(queue.job(ids.first())->spec.vmName, u"web-03"_s);
        QCOMPARE(readFile(out.filePath(u"web-01/web-01.ovf"_s)), QByteArray("earlier"));

        answer = ExportsPage::Answer::Proceed;
        ids = page.queueExports(specs.mid(0, 2));
        QCOMPARE(ids.size(), 2);
        QVERIFY(!QFileInfo::exists(out.filePath(u"web-01"_s)));
        QVERIFY(!QFileInfo::exists(out.filePath(u"web-02.ova"_s)));
        const QStringList aside = QDir(out.path()).entryList({ u"*.previous-*"_s }, QDir::Dirs);
        QCOMPARE(aside.size(), 2);
        QCOMPARE(readFile(out.filePath(aside.first() + u"/web-01/web-01.ovf"_s)), QByteArray("earlier"));

        // Cancelled: the earlier export is kept, and the message says where.
        Confirmations asked;
        asked.answer = true;
        page.setConfirmer(asked.confirmer());
        QSignalSpy finished(&page, &ExportsPage::jobFinished);
        page.cancelJobs({ ids.first() });
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toString(),
            u"The export of web-01 was cancelled; its partly downloaded files were deleted. The earlier export "
            "is kept in %1."_s.arg(out.filePath(aside.first())));
        QVERIFY(QFileInfo::exists(out.filePath(aside.first())));
    }

    void guestTransfersAreOfferedOnlyWhatFitsThem()
    {
        QTemporaryDir dir;
        VSphereSession session; // not connected: the jobs stay queued
        ExportQueue queue(&session, QString());
        GuestTransferSpec upload;
        upload.vmName = u"web-01"_s;
        upload.localPath = dir.filePath(u"app.conf"_s);
        upload.guestPath = u"/etc/app.conf"_s;
        GuestTransferSpec download = upload;
        download.upload = false;
        download.localPath = dir.filePath(u"logs/syslog"_s);
        download.guestPath = u"/var/log/syslog"_s;
        const quint64 up = queue.add(upload);
        const quint64 down = queue.add(download);
        const quint64 db = queue.add(specFor(dir.filePath(u"out"_s), u"db-01"_s));
        ExportsPage page(&queue);
        Confirmations asked;
        page.setConfirmer(asked.confirmer());
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(u"file"_s, &opened, "open");
        QAction* retry = toolbarAction(page, u"Shut Down Guest && Retry"_s);
        QAction* openFolder = toolbarAction(page, u"Open Folder"_s);
        QAction* pause = toolbarAction(page, u"Pause"_s);
        QVERIFY(retry && openFolder && pause);

        page.table()->selectRow(0); // the upload: its file is in the guest, and the guest must stay up
        QVERIFY(!retry->isEnabled());
        QVERIFY(!openFolder->isEnabled());
        page.table()->selectRow(1); // the download: its folder here
        QVERIFY(!retry->isEnabled());
        QVERIFY(openFolder->isEnabled());
        openFolder->trigger();
        QCOMPARE(opened.urls, QList<QUrl> { QUrl::fromLocalFile(dir.filePath(u"logs"_s)) });
        page.table()->selectRow(2); // the export: both, as before
        QVERIFY(retry->isEnabled() && openFolder->isEnabled());
        openFolder->trigger();
        QCOMPARE(opened.urls.last(), QUrl::fromLocalFile(dir.filePath(u"out"_s)));
        QDesktopServices::unsetUrlHandler(u"file"_s);

        page.table()->selectAll(); // of a mixed selection, only the export is shut down for
        QVERIFY(retry->isEnabled());
        retry->trigger();
        QCOMPARE(asked.names, QList<QStringList> { QStringList { u"db-01"_s } });

        // An export keeps what it has while paused, and is paused without a question.
        asked = {};
        page.table()->selectRow(2);
        pause->trigger();
        QVERIFY(asked.actions.isEmpty());
        QCOMPARE(queue.job(db)->state, ExportJobRecord::State::Paused);
        // A guest transfer starts over, and the question says so.
        page.table()->selectAll();
        pause->trigger();
        QCOMPARE(asked.actions, QStringList { u"Pause the Transfer of"_s });
        QCOMPARE(asked.names.first(), (QStringList { u"app.conf in web-01"_s, u"syslog in web-01"_s }));
        QVERIFY2(asked.consequences.first().contains(u"starts over from the beginning"_s),
            qPrintable(asked.consequences.first()));
        QCOMPARE(queue.job(up)->state, ExportJobRecord::State::Queued); // the admin said no
        asked.answer = true;
        pause->trigger();
        QCOMPARE(queue.job(up)->state, ExportJobRecord::State::Paused);
        QCOMPARE(queue.job(down)->state, ExportJobRecord::State::Paused);
    }

private:
    QTranslator m_english;
};

VMDESK_TEST_MAIN(TestExportsPage)
#include "tst_exportspage.moc"
