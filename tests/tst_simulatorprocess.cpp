// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's simulator launcher: finds the bundled vmdesk-vcsim, starts it, and a session logs in;
// the demo's VMs differ from one another, the same way every time.
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <KDSoapClient/KDSoapValue.h>

#include "support/testmain.h"
#include "vsphere/simulatorprocess.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
struct Demo
{
    VmSummaryList vms;
    QHash<QString, QString> toolsStatusByName; // guest.toolsStatus: toolsOk, toolsOld, toolsNotInstalled, ...
    QHash<QString, QStringList> nicAddressesByName; // guest.net, as the details pane reads it
};

// What the app's demo shows, read through the same session the app uses.
Demo readDemo(int vmCount)
{
    Demo demo;
    SimulatorProcess simulator;
    QSignalSpy ready(&simulator, &SimulatorProcess::ready);
    simulator.start(vmCount);
    if (!ready.wait(60000)) {
        return demo;
    }
    VSphereSession session;
    QFuture<void> login = session.login({ simulator.sdkUrl(), u"demo"_s, {} }, u"demo"_s);
    if (!QTest::qWaitFor([&] { return login.isFinished(); }, 20000)) {
        return demo;
    }
    QFuture<VmSummaryList> vms = session.virtualMachines();
    if (!QTest::qWaitFor([&] { return vms.isFinished(); }, 20000) || vms.resultCount() == 0) {
        return demo;
    }
    demo.vms = vms.result();
    for (const VmSummary& vm : std::as_const(demo.vms)) {
        auto tools = session.retrieveProperties(vm.ref, { u"guest.toolsStatus"_s });
        auto details = session.vmDetails(vm.ref);
        QTest::qWaitFor([&] { return tools.isFinished() && details.isFinished(); }, 10000);
        demo.toolsStatusByName.insert(vm.name, tools.result().value(u"guest.toolsStatus"_s).value().toString());
        QStringList addresses;
        for (const VmDetails::NetworkAdapter& nic : details.result().networkAdapters) {
            addresses += nic.ipAddresses;
        }
        demo.nicAddressesByName.insert(vm.name, addresses);
    }
    return demo;
}

template <typename T> qsizetype distinct(const VmSummaryList& vms, T field)
{
    QSet<QString> values;
    for (const VmSummary& vm : vms) {
        values.insert(QVariant(vm.*field).toString());
    }
    return values.size();
}

qsizetype countIf(const VmSummaryList& vms, const std::function<bool(const VmSummary&)>& predicate)
{
    return std::count_if(vms.cbegin(), vms.cend(), predicate);
}
} // namespace

class TestSimulatorProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndServesTheDemo()
    {
        QVERIFY2(!SimulatorProcess::locate().isEmpty(), "vmdesk-vcsim is built next to the test binaries");
        SimulatorProcess simulator;
        QSignalSpy ready(&simulator, &SimulatorProcess::ready);
        QSignalSpy failed(&simulator, &SimulatorProcess::failed);
        simulator.start(6);
        QVERIFY(ready.wait(30000));
        QCOMPARE(failed.size(), 0);
        const QUrl url = ready.first().first().toUrl();
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.path(), u"/sdk"_s);
        QCOMPARE(simulator.sdkUrl(), url);

        VSphereSession session;
        QFuture<void> login = session.login({ url, u"demo"_s, {} }, u"demo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(login.isFinished(), 20000);
        QCOMPARE(session.state(), VCenterConnection::State::Connected);
        QFuture<VmSummaryList> vms = session.virtualMachines();
        QTRY_VERIFY_WITH_TIMEOUT(vms.isFinished(), 20000);
        QCOMPARE(vms.result().size(), 6);

        simulator.stop();
        QVERIFY(!simulator.isRunning());
        QCOMPARE(failed.size(), 0); // a requested stop is not a failure
    }

    void demoVmsAreVaried()
    {
        const Demo demo = readDemo(40);
        const VmSummaryList& vms = demo.vms;
        QCOMPARE(vms.size(), 40);

        QVERIFY2(distinct(vms, &VmSummary::guestFullName) >= 6, "several guest operating systems");
        for (const QString& family : { u"Ubuntu"_s, u"Debian"_s, u"Red Hat"_s, u"Windows Server"_s }) {
            QVERIFY2(countIf(vms, [&](const VmSummary& vm) { return vm.guestFullName.contains(family); }) > 0,
                qPrintable(family));
        }
        QVERIFY(countIf(vms, [](const VmSummary& vm) { return vm.guestFullName == u"otherGuest"_s; }) == 0);
        QVERIFY(countIf(vms, [](const VmSummary& vm) { return vm.powerState == u"poweredOff"_s; }) >= 2);
        QVERIFY(countIf(vms, [](const VmSummary& vm) { return vm.powerState == u"suspended"_s; }) >= 2);
        QVERIFY(countIf(vms, [](const VmSummary& vm) { return vm.powerState == u"poweredOn"_s; }) > vms.size() / 2);
        QVERIFY(countIf(vms, [](const VmSummary& vm) { return !vm.annotation.isEmpty(); }) >= vms.size() / 3);
        QVERIFY(countIf(vms, [](const VmSummary& vm) { return vm.annotation.isEmpty(); }) > 0);
        QVERIFY(distinct(vms, &VmSummary::cpuCount) >= 3);
        QVERIFY(distinct(vms, &VmSummary::memoryMb) >= 3);

        // Only a running guest with running Tools reports addresses, each its own, also in guest.net.
        QSet<QString> addresses;
        for (const VmSummary& vm : vms) {
            const bool reports = vm.powerState == u"poweredOn"_s && vm.toolsStatus == u"guestToolsRunning"_s;
            QCOMPARE(vm.ipAddress.isEmpty(), !reports);
            if (reports) {
                QVERIFY2(!addresses.contains(vm.ipAddress), qPrintable(vm.ipAddress));
                addresses.insert(vm.ipAddress);
                QVERIFY2(demo.nicAddressesByName.value(vm.name).contains(vm.ipAddress), qPrintable(vm.name));
            }
        }
        QVERIFY(addresses.size() >= vms.size() / 2);
        QVERIFY(countIf(vms, [](const VmSummary& vm) {
            return vm.powerState == u"poweredOn"_s && vm.toolsStatus == u"guestToolsNotRunning"_s;
        }) > 0);
        const QSet<QString> toolsStates(demo.toolsStatusByName.cbegin(), demo.toolsStatusByName.cend());
        for (const QString& state : { u"toolsOk"_s, u"toolsOld"_s, u"toolsNotInstalled"_s, u"toolsNotRunning"_s }) {
            QVERIFY2(toolsStates.contains(state), qPrintable(state));
        }

        // The same estate every time the demo starts.
        const Demo again = readDemo(40);
        QCOMPARE(again.vms.size(), vms.size());
        for (qsizetype i = 0; i < vms.size(); ++i) {
            const VmSummary& a = vms.at(i);
            const VmSummary& b = again.vms.at(i);
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.guestFullName, a.guestFullName);
            QCOMPARE(b.powerState, a.powerState);
            QCOMPARE(b.ipAddress, a.ipAddress);
            QCOMPARE(b.annotation, a.annotation);
            QCOMPARE(b.cpuCount, a.cpuCount);
            QCOMPARE(b.memoryMb, a.memoryMb);
        }
        QCOMPARE(again.toolsStatusByName, demo.toolsStatusByName);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestSimulatorProcess)
#include "tst_simulatorprocess.moc"
