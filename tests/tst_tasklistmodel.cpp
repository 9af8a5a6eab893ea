// SPDX-License-Identifier: GPL-3.0-or-later
// Recent Tasks: this app's own work and vCenter's recent tasks in one bounded list, each task once;
// a power-off made by another client (an independent session) shows with the VM's name.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "inventorymodel.h"
#include "support/futurewait.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "tasklistmodel.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
using State = VimTask::State;

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

VimTask vcenterTask(const QString& key, State state, const QDateTime& queued)
{
    VimTask task;
    task.ref = { u"Task"_s, key };
    task.descriptionId = u"VirtualMachine.powerOff"_s;
    task.name = u"PowerOffVM_Task"_s;
    task.entity = { u"VirtualMachine"_s, u"vm-7"_s };
    task.entityName = u"web-1"_s;
    task.state = state;
    task.progress = state == State::Running ? 40 : -1;
    task.queueTime = queued;
    task.initiator = u"alice"_s;
    return task;
}

// The row whose target and task are these, or -1.
int rowOf(const TaskListModel& model, const QString& target, const QString& task)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, TaskListModel::TargetColumn) == target
            && cell(model, row, TaskListModel::TaskColumn) == task) {
            return row;
        }
    }
    return -1;
}
} // namespace

class TestTaskListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void localTasksMoveOnUnderTheirKey()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString key = model.upsertLocalTask({}, u"Export"_s, u"web-1"_s, State::Running, 25);
        QVERIFY(!key.isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TaskListModel::ResultColumn), u"Running (25%)"_s);
        QCOMPARE(model.index(0, 0).data(TaskListModel::ProgressRole).toInt(), 25);
        QCOMPARE(model.upsertLocalTask(key, u"Export"_s, u"web-1"_s, State::Error, -1, u"disk full"_s), key);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TaskListModel::ResultColumn), u"Failed: disk full"_s);
        QCOMPARE(model.index(0, 0).data(TaskListModel::StateRole).toInt(), int(State::Error));
        const QString other = model.upsertLocalTask({}, u"Export"_s, u"web-2"_s, State::Queued);
        QVERIFY(other != key);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, TaskListModel::TargetColumn), u"web-2"_s); // newest first
    }

    void aVCenterTaskThisAppStartedShowsOnce()
    {
        TaskListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime queued = QDateTime::currentDateTimeUtc();
        model.upsertVCenterTask(vcenterTask(u"task-42"_s, State::Running, queued));
        QCOMPARE(cell(model, 0, TaskListModel::TaskColumn), u"Power off virtual machine"_s);
        QCOMPARE(cell(model, 0, TaskListModel::ResultColumn), u"Running (40%)"_s);
        QCOMPARE(cell(model, 0, TaskListModel::InitiatorColumn), u"alice"_s);
        // This app's own word on the same task (VmActions::taskFinished), then vCenter's.
        model.addTask(u"Power off"_s, u"web-1"_s, true, {}, u"task-42"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TaskListModel::ResultColumn), u"Completed"_s);
        model.upsertVCenterTask(vcenterTask(u"task-42"_s, State::Success, queued));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, TaskListModel::TaskColumn), u"Power off virtual machine"_s);
        // The other order: the app's word first, vCenter's view joins its row.
        model.addTask(u"Power on"_s, u"web-1"_s, false, u"InvalidPowerState"_s, u"task-43"_s);
        QCOMPARE(model.rowCount(), 2);
        VimTask failed = vcenterTask(u"task-43"_s, State::Error, queued.addSecs(1));
        failed.errorMessage = u"The attempted operation cannot be performed in the current state."_s;
        model.upsertVCenterTask(failed);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(cell(model, 0, TaskListModel::ResultColumn).startsWith(u"Failed: The attempted"_s));
        // Not a vCenter task: a row of its own.
        model.addTask(u"Shut down guest"_s, u"web-1"_s, true, {});
        QCOMPARE(model.rowCount(), 3);
    }

    void staysBoundedDroppingFinishedTasksFirst()
    {
        TaskListModel model(nullptr, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        model.upsertVCenterTask(vcenterTask(u"task-1"_s, State::Running, start)); // oldest, still running
        model.upsertVCenterTask(vcenterTask(u"task-2"_s, State::Success, start.addSecs(1)));
        model.upsertVCenterTask(vcenterTask(u"task-3"_s, State::Success, start.addSecs(2)));
        model.upsertVCenterTask(vcenterTask(u"task-4"_s, State::Queued, start.addSecs(3)));
        QCOMPARE(model.rowCount(), 3);
        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            keys.append(model.index(row, 0).data(TaskListModel::KeyRole).toString());
        }
        QCOMPARE(keys, (QStringList { u"task-4"_s, u"task-3"_s, u"task-1"_s }));
        // A task that arrives late (vCenter's first answer is in no order) goes where its time is.
        model.upsertVCenterTask(vcenterTask(u"task-0"_s, State::Success, start.addSecs(-10)));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data(TaskListModel::KeyRole).toString(), u"task-1"_s);
    }

    void anotherClientsPowerOffShowsWithTheVmsName()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"4"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        VmActions actions(&session);
        InventoryModel inventory(&session);
        TaskListModel tasks;
        QAbstractItemModelTester tester(&tasks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tasks.follow(&session, &inventory, &actions);
        QVERIFY(!failureOf(session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(inventory.rowCount() > 0 && !inventory.isLoading(), 30000);
        const VmSummary vm = inventory.vmAt(0);
        QCOMPARE(vm.powerState, u"poweredOn"_s);

        // Another client: its own session, nothing shared with this one but the vCenter.
        VSphereSession other;
        QVERIFY(!failureOf(other.login({ simulator.sdkUrl(), u"operator"_s, {} }, u"secret"_s)));
        VmActions otherActions(&other);
        QVERIFY(!failureOf(otherActions.power(vm.ref, VmActions::Power::Off)));
        const QString powerOff = u"Power off virtual machine"_s;
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(tasks, vm.name, powerOff) >= 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(tasks.index(rowOf(tasks, vm.name, powerOff), TaskListModel::ResultColumn).data(),
            QVariant(u"Completed"_s), 15000);
        // The inventory followed too, without a reload.
        QTRY_COMPARE_WITH_TIMEOUT(inventory.vmNamed(vm.name)->powerState, u"poweredOff"_s, 15000);

        // This app's own power-on: one row, though both VmActions and vCenter report it.
        const int before = tasks.rowCount();
        QVERIFY(!failureOf(actions.power(vm.ref, VmActions::Power::On)));
        const QString powerOn = u"Power on virtual machine"_s;
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(tasks, vm.name, powerOn) >= 0, 15000);
        QTest::qWait(1000); // whichever report comes second must not add a row
        QCOMPARE(tasks.rowCount(), before + 1);
        QVERIFY(!failureOf(other.logout()));
        QVERIFY(!failureOf(session.logout()));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestTaskListModel)
#include "tst_tasklistmodel.moc"
