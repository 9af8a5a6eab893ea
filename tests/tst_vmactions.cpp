// SPDX-License-Identifier: GPL-3.0-or-later
// VM actions against a private simulator: power, guest operations, snapshots, notes; every
// outcome read back from vCenter.
#include <QSignalSpy>
#include <QTest>

#include "support/futurewait.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {

QString propertyOf(VSphereSession& session, const ManagedObjectRef& object, const QString& path)
{
    QFuture<QHash<QString, KDSoapValue>> future = session.retrieveProperties(object, { path });
    return failureOf(future) ? QString() : future.result().value(path).value().toString();
}
} // namespace

class TestVmActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_simulator = std::make_unique<SimulatorInstance>(QStringList { u"--vms"_s, u"2"_s });
        QVERIFY(m_simulator->isReady());
        QVERIFY(!failureOf(m_session.login({ m_simulator->sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QFuture<VmSummaryList> vms = m_session.virtualMachines();
        QVERIFY(!failureOf(vms));
        m_vm = vms.result().first().ref;
    }

    void serialPortAndGuestInfoShowInTheDetails()
    {
        VmActions actions(&m_session);
        QFuture<VmDetails> before = m_session.vmDetails(m_vm);
        QVERIFY(!failureOf(before));
        QVERIFY(before.result().serialPorts.isEmpty());
        QVERIFY(!before.result().disks.isEmpty());
        QVERIFY(!before.result().networkAdapters.isEmpty());
        QCOMPARE(before.result().networkAdapters.first().macAddress.count(u':'), 5);

        QVERIFY(!failureOf(actions.addNetworkSerialPort(m_vm, u"vmdesk"_s, u"telnet://192.0.2.10:13370"_s)));
        QVERIFY(!failureOf(actions.setGuestInfo(m_vm,
            { { u"guestinfo.metadata"_s, u"aW5zdGFuY2UtaWQ6IGkx"_s },
                { u"guestinfo.metadata.encoding"_s, u"base64"_s } })));
        QFuture<VmDetails> after = m_session.vmDetails(m_vm);
        QVERIFY(!failureOf(after));
        const VmDetails details = after.result();
        QCOMPARE(details.serialPorts.size(), 1);
        const VmDetails::SerialPort port = details.serialPorts.first();
        QCOMPARE(port.backing, u"network"_s);
        QCOMPARE(port.direction, u"client"_s);
        QCOMPARE(port.serviceUri, u"vmdesk"_s);
        QCOMPARE(port.proxyUri, u"telnet://192.0.2.10:13370"_s);
        QCOMPARE(details.guestInfo,
            (QList<std::pair<QString, QString>> { { u"guestinfo.metadata"_s, u"aW5zdGFuY2UtaWQ6IGkx"_s },
                { u"guestinfo.metadata.encoding"_s, u"base64"_s } }));
    }

    void powerActionsAreTasksWhoseResultComesFromVCenter()
    {
        VmActions actions(&m_session);
        QSignalSpy tasks(&actions, &VmActions::taskFinished);
        QCOMPARE(propertyOf(m_session, m_vm, u"runtime.powerState"_s), u"poweredOn"_s);
        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::Off)));
        QCOMPARE(propertyOf(m_session, m_vm, u"runtime.powerState"_s), u"poweredOff"_s);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().at(0).toString(), u"Power off"_s);
        QVERIFY(tasks.first().at(2).toBool());

        // Powering off what is off is vCenter's error to report, and it is reported as such.
        const auto again = failureOf(actions.power(m_vm, VmActions::Power::Off));
        QVERIFY(again);
        QVERIFY(again->message().contains(u"Power off failed"_s));
        QCOMPARE(tasks.last().at(2).toBool(), false);

        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::On)));
        QCOMPARE(propertyOf(m_session, m_vm, u"runtime.powerState"_s), u"poweredOn"_s);
        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::Suspend)));
        QCOMPARE(propertyOf(m_session, m_vm, u"runtime.powerState"_s), u"suspended"_s);
        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::On)));
        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::Reset)));
        QCOMPARE(propertyOf(m_session, m_vm, u"runtime.powerState"_s), u"poweredOn"_s);
    }

    void guestOperations()
    {
        VmActions actions(&m_session);
        // The 0.24 simulator has no RebootGuest: the fault must reach the admin, not vanish.
        const auto reboot = failureOf(actions.power(m_vm, VmActions::Power::RebootGuest));
        QVERIFY(reboot);
        QVERIFY(!reboot->message().isEmpty());
        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::ShutdownGuest)));
        QTRY_COMPARE_WITH_TIMEOUT(propertyOf(m_session, m_vm, u"runtime.powerState"_s), u"poweredOff"_s, 10000);
        QVERIFY(!failureOf(actions.power(m_vm, VmActions::Power::On)));
    }

    void snapshotsCreateListRevertDelete()
    {
        VmActions actions(&m_session);
        QVERIFY(!failureOf(actions.createSnapshot(m_vm, u"before-upgrade"_s, u"clean state"_s, false)));
        QVERIFY(!failureOf(actions.createSnapshot(m_vm, u"after-upgrade"_s, QString(), false)));
        QFuture<QList<VmActions::Snapshot>> list = actions.snapshots(m_vm);
        QVERIFY(!failureOf(list));
        QCOMPARE(list.result().size(), 2);
        QCOMPARE(list.result().at(0).name, u"before-upgrade"_s);
        QCOMPARE(list.result().at(0).description, u"clean state"_s);
        QCOMPARE(list.result().at(0).depth, 0);
        QCOMPARE(list.result().at(1).name, u"after-upgrade"_s);
        QCOMPARE(list.result().at(1).depth, 1);

        QVERIFY(!failureOf(actions.revertToSnapshot(list.result().at(0).ref)));
        QVERIFY(!failureOf(actions.removeSnapshot(list.result().at(0).ref, true)));
        QFuture<QList<VmActions::Snapshot>> empty = actions.snapshots(m_vm);
        QVERIFY(!failureOf(empty));
        QCOMPARE(empty.result().size(), 0);
    }

    void notes()
    {
        VmActions actions(&m_session);
        QVERIFY(!failureOf(actions.setAnnotation(m_vm, u"owner: web team\nticket OPS-42"_s)));
        QCOMPARE(propertyOf(m_session, m_vm, u"config.annotation"_s), u"owner: web team\nticket OPS-42"_s);
    }

private:
    std::unique_ptr<SimulatorInstance> m_simulator;
    VSphereSession m_session;
    ManagedObjectRef m_vm;
};

VMDESK_TEST_GUILESS_MAIN(TestVmActions)
#include "tst_vmactions.moc"
