// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's simulator launcher: finds the bundled vmdesk-vcsim, starts it, and a session logs in.
#include <QSignalSpy>
#include <QTest>

#include "support/testmain.h"
#include "vsphere/simulatorprocess.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

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
};

VMDESK_TEST_GUILESS_MAIN(TestSimulatorProcess)
#include "tst_simulatorprocess.moc"
