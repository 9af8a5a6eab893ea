// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: VSphereSession against the govmomi simulator started by the CTest fixture.
#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "inventorymodel.h"
#include "inventorytreemodel.h"
#include "support/futurewait.h"
#include "support/simulatorenvironment.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
using State = VCenterConnection::State;

// Waits for a future while the event loop runs, and returns the VimError it failed with.

QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedLog.append(message);
}
} // namespace

class TestVSphereSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SimulatorEnvironment::sdkUrl().isValid(), "run through ctest: the vcsim fixture provides the URL");
    }

    void loginListsVmsAndLogsOut()
    {
        VSphereSession session;
        QSignalSpy states(&session, &VCenterConnection::stateChanged);
        QSignalSpy errors(&session, &VCenterConnection::errorOccurred);

        QVERIFY(!failureOf(session.login(
            { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, SimulatorEnvironment::password())));
        QCOMPARE(session.state(), State::Connected);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Connecting);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Connected);
        QVERIFY(session.serverDescription().contains(u"vCenter"_s));

        QFuture<VmSummaryList> vms = session.virtualMachines();
        QVERIFY(!failureOf(vms));
        QCOMPARE(vms.result().size(), SimulatorEnvironment::vmCount());
        QSet<QString> names;
        for (const VmSummary& vm : vms.result()) {
            QVERIFY(!vm.name.isEmpty());
            QCOMPARE(vm.ref.type, u"VirtualMachine"_s);
            QVERIFY(vm.powerState == u"poweredOn"_s || vm.powerState == u"poweredOff"_s);
            names.insert(vm.name);
        }
        QCOMPARE(names.size(), SimulatorEnvironment::vmCount());
        // The fixture pages by 25 (--max-page): the list above came in pages, through tokens.
        QFile simulatorLog(qEnvironmentVariable("VMDESK_VCSIM_STATE") + u"/stderr"_s);
        QVERIFY(simulatorLog.open(QIODevice::ReadOnly));
        QVERIFY(simulatorLog.readAll().contains("ContinueRetrievePropertiesExResponse page of 25 objects"));

        QVERIFY(!failureOf(session.logout()));
        QCOMPARE(session.state(), State::Disconnected);
        QCOMPARE(states.last().at(0).value<State>(), State::Disconnected);
        QCOMPARE(errors.size(), 0);
    }

    void logsInAgainWhenVCenterEndsTheSession()
    {
        VSphereSession session;
        QVERIFY(!failureOf(session.login(
            { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, SimulatorEnvironment::password())));
        QSignalSpy again(&session, &VCenterConnection::reauthenticated);
        QSignalSpy states(&session, &VCenterConnection::stateChanged);
        // The session ends behind our back, as an idle timeout or another admin would end it.
        QVERIFY(!failureOf(session.client()->call(u"Logout"_s, session.serviceContent().sessionManager)));
        QFuture<VmSummaryList> vms = session.virtualMachines();
        QVERIFY(!failureOf(vms));
        QCOMPARE(vms.result().size(), SimulatorEnvironment::vmCount());
        QCOMPARE(again.size(), 1);
        QCOMPARE(states.size(), 0); // transparent: still connected throughout
        QVERIFY(!failureOf(session.logout()));
    }

    void firstLoadOfManyVmsFillsTheModelsInPages()
    {
        // 1,200 VMs in pages of 250, through the models the window uses; both pass the tester.
        SimulatorInstance simulator({ u"--vms"_s, u"1200"_s, u"--clusters"_s, u"2"_s, u"--standalone-hosts"_s, u"1"_s,
            u"--max-page"_s, u"250"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        InventoryModel model(&session);
        InventoryTreeModel tree(&model);
        QAbstractItemModelTester flatTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!failureOf(session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0 && !model.isLoading(), 60000);
        QCOMPARE(model.rowCount(), 1200);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const VmSummary& vm = model.vmAt(row);
            ids.insert(vm.ref.value);
            QCOMPARE(vm.datacenter, u"DC0"_s);
            QVERIFY2(vm.host.startsWith(u"DC0_"_s), qPrintable(vm.host));
            QVERIFY(!vm.name.isEmpty() && vm.memoryMb > 0 && !vm.instanceUuid.isEmpty());
        }
        QCOMPARE(ids.size(), 1200);
        QCOMPARE(tree.rowCount(), 1); // DC0
        QCOMPARE(tree.index(0, 0).data(InventoryTreeModel::VmCountRole).toInt(), 1200);
        QCOMPARE(tree.rowCount(tree.index(0, 0)), 3); // two clusters and the standalone host
        QVERIFY(simulator.log().contains(u"ContinueRetrievePropertiesExResponse page of 250"_s));
        QVERIFY(!failureOf(session.logout()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(tree.rowCount(), 0);
    }

    void hostNamesComeInPagesToo()
    {
        // 30 hosts, pages of 10: host names need ContinueRetrievePropertiesEx as the VMs do.
        SimulatorInstance simulator({ u"--vms"_s, u"12"_s, u"--cluster-hosts"_s, u"30"_s, u"--max-page"_s, u"10"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        QVERIFY(!failureOf(session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QFuture<VmSummaryList> vms = session.virtualMachines();
        QVERIFY(!failureOf(vms));
        QCOMPARE(vms.result().size(), 12);
        for (const VmSummary& vm : vms.result()) {
            QVERIFY2(vm.host.startsWith(u"DC0_C0_H"_s), qPrintable(vm.host)); // a name, never a "host-N" id
        }
        QVERIFY(simulator.log().contains(u"ContinueRetrievePropertiesExResponse page of 10"_s));
    }

    void placesEveryVmAndReadsItsAttributes()
    {
        // A folder around the datacenter puts its VMs in a VM folder "F0"; one cluster, one
        // standalone host.
        SimulatorInstance simulator(
            { u"--vms"_s, u"8"_s, u"--folders"_s, u"1"_s, u"--standalone-hosts"_s, u"1"_s, u"--max-page"_s, u"3"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        QVERIFY(!failureOf(session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QFuture<VmSummaryList> vms = session.virtualMachines();
        QVERIFY(!failureOf(vms));
        QSet<QString> clusters;
        for (const VmSummary& vm : vms.result()) {
            QCOMPARE(vm.datacenter, u"DC0"_s);
            QCOMPARE(vm.folder, u"F0"_s);
            QVERIFY2(vm.host.startsWith(u"DC0_"_s), qPrintable(vm.host));
            // Cluster VMs run on DC0_C0_H*, the standalone host's VMs have no cluster.
            QCOMPARE(vm.cluster, vm.host.startsWith(u"DC0_C0_"_s) ? u"DC0_C0"_s : QString());
            clusters.insert(vm.cluster);
            QCOMPARE(vm.instanceUuid.size(), 36);
            QVERIFY(vm.instanceUuid != vm.biosUuid);
            QVERIFY(vm.provisionedBytes() >= vm.committedBytes);
        }
        QCOMPARE(clusters, (QSet<QString> { u"DC0_C0"_s, QString() }));

        // A custom attribute nobody defined yet: defined, then set (the 0.24 simulator does not
        // announce custom values through WaitForUpdatesEx, so a new load shows it).
        const VmSummary target = vms.result().first();
        VmActions actions(&session);
        QSignalSpy tasks(&actions, &VmActions::taskFinished);
        QVERIFY(!failureOf(actions.setCustomAttribute(target.ref, u"Owner"_s, u"alice"_s)));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().at(2).toBool(), true);
        QFuture<VmSummaryList> again = session.virtualMachines();
        QVERIFY(!failureOf(again));
        for (const VmSummary& vm : again.result()) {
            QCOMPARE(vm.attributes.value(u"Owner"_s), vm.ref == target.ref ? u"alice"_s : QString());
        }
        QVERIFY(!failureOf(session.logout()));
    }

    void callsAfterLogoutFailInsteadOfReachingAGoneClient()
    {
        // Answers still on their way at a logout continue with more calls; those must fail as
        // "not connected", not use the client the logout deleted (bench/inventory_load crashed
        // in half of its runs when they did).
        VSphereSession session;
        QVERIFY(!failureOf(session.login(
            { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, SimulatorEnvironment::password())));
        QFuture<VmSummaryList> vms = session.virtualMachines();
        session.watchVirtualMachines();
        QVERIFY(!failureOf(session.logout()));
        QTRY_VERIFY(vms.isFinished());
        QTRY_VERIFY(!session.client()); // the logout's deleteLater has run
        const auto refused = failureOf(session.call(u"CurrentTime"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }));
        QVERIFY(refused);
        QCOMPARE(refused->kind(), VimError::Kind::NotAuthenticated);
        const auto collected = failureOf(session.virtualMachinesNamed({ u"DC0_C0_RP0_VM0"_s }));
        QVERIFY(collected);
        QCOMPARE(collected->kind(), VimError::Kind::NotAuthenticated);
    }

    void findsVmsByNameAndReadsOneAgain()
    {
        SimulatorInstance simulator({ u"--vms"_s, u"6"_s });
        QVERIFY(simulator.isReady());
        VSphereSession session;
        QVERIFY(!failureOf(session.login({ simulator.sdkUrl(), u"admin"_s, {} }, u"secret"_s)));
        QFuture<VmSummaryList> named = session.virtualMachinesNamed({ u"DC0_C0_RP0_VM1"_s, u"no-such-vm"_s });
        QVERIFY(!failureOf(named));
        QCOMPARE(named.result().size(), 1);
        const VmSummary vm = named.result().first();
        QCOMPARE(vm.name, u"DC0_C0_RP0_VM1"_s);
        QCOMPARE(vm.powerState, u"poweredOn"_s);
        QCOMPARE(vm.ref.type, u"VirtualMachine"_s);

        // As the window does: a load, then an action, then the VM read again. The simulator does
        // not announce custom values, and this attribute did not exist at the load: the name is
        // learned on the way.
        QVERIFY(!failureOf(session.virtualMachines()));
        VmActions actions(&session);
        QVERIFY(!failureOf(actions.setCustomAttribute(vm.ref, u"Owner"_s, u"bob"_s)));
        QSignalSpy changes(&session, &VCenterConnection::vmChanged);
        session.refreshVirtualMachine(vm.ref);
        QVERIFY(changes.wait(10000));
        const VmSummary again = changes.first().first().value<VmSummary>();
        QCOMPARE(again.ref, vm.ref);
        QCOMPARE(again.attributes.value(u"Owner"_s), u"bob"_s);
        QVERIFY(!again.host.isEmpty() && !again.datacenter.isEmpty()); // placed like a loaded row
        QVERIFY(!failureOf(session.logout()));
    }

    void liveUpdatesFollowAPowerChange()
    {
        VSphereSession session;
        QVERIFY(!failureOf(session.login(
            { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, SimulatorEnvironment::password())));
        QSignalSpy changes(&session, &VCenterConnection::vmChanged);
        session.watchVirtualMachines();
        QTRY_VERIFY_WITH_TIMEOUT(changes.size() >= SimulatorEnvironment::vmCount(), 10000); // everything, once
        const VmSummary target = changes.first().first().value<VmSummary>();
        changes.clear();
        VmActions actions(&session);
        QVERIFY(!failureOf(actions.power(target.ref, VmActions::Power::Off)));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changes.cbegin(), changes.cend(),
                                     [&](const QList<QVariant>& change) {
                                         const VmSummary vm = change.first().value<VmSummary>();
                                         return vm.ref == target.ref && vm.powerState == u"poweredOff"_s
                                             && vm.name == target.name;
                                     }),
            15000);
        QVERIFY(!failureOf(actions.power(target.ref, VmActions::Power::On)));
        QVERIFY(!failureOf(session.logout()));
    }

    void keepaliveNoticesAnEndedSession()
    {
        VSphereSession session;
        session.setKeepaliveInterval(100);
        QVERIFY(!failureOf(session.login(
            { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, SimulatorEnvironment::password())));
        QSignalSpy again(&session, &VCenterConnection::reauthenticated);
        QVERIFY(!failureOf(session.client()->call(u"Logout"_s, session.serviceContent().sessionManager)));
        QVERIFY(again.wait(5000)); // no call of ours was needed: the keepalive found it and logged in
        QCOMPARE(session.state(), State::Connected);
        QVERIFY(!failureOf(session.logout()));
    }

    void wrongPasswordIsInvalidLogin()
    {
        VSphereSession session;
        QSignalSpy errors(&session, &VCenterConnection::errorOccurred);
        const QString wrong = u"not-the-password-4711"_s;
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const auto error
            = failureOf(session.login({ SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, wrong));
        qInstallMessageHandler(previous);

        QVERIFY(error);
        QCOMPARE(error->kind(), VimError::Kind::InvalidLogin);
        QCOMPARE(error->faultType(), u"InvalidLogin"_s);
        QCOMPARE(session.state(), State::Disconnected);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().first().toString().contains(wrong));
        QVERIFY(!capturedLog.isEmpty()); // the attempt and its failure are logged...
        for (const QString& line : std::as_const(capturedLog)) {
            QVERIFY2(!line.contains(wrong), qPrintable(line)); // ...without the password
        }
    }

    void callWithoutSessionIsNotAuthenticated()
    {
        VimClient client(SimulatorEnvironment::sdkUrl());
        const auto error = failureOf(client.call(u"CreateContainerView"_s, { u"ViewManager"_s, u"ViewManager"_s },
            { VimClient::reference(u"container"_s, { u"Folder"_s, u"group-d1"_s }),
                VimClient::element(u"type"_s, u"VirtualMachine"_s), VimClient::element(u"recursive"_s, true) }));
        QVERIFY(error);
        QCOMPARE(error->kind(), VimError::Kind::NotAuthenticated);
    }

    void closedPortIsConnectionRefused()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();

        VSphereSession session;
        QSignalSpy errors(&session, &VCenterConnection::errorOccurred);
        const auto error
            = failureOf(session.login({ QUrl(u"http://127.0.0.1:%1/sdk"_s.arg(port)), u"user"_s, {} }, u"password"_s));
        QVERIFY(error);
        QCOMPARE(error->kind(), VimError::Kind::ConnectionRefused);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(session.state(), State::Disconnected);
    }

    void untrustedCertificateIsRefusedUntilPinned()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QCOMPARE(QProcess::execute(u"openssl"_s,
                     { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=vmdesk-test-vcenter"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
                         u"-keyout"_s, key, u"-out"_s, cert }),
            0);
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
        QCOMPARE(certificates.size(), 1);
        const QByteArray digest = certificates.first().digest(QCryptographicHash::Sha256);

        QProcess simulator;
        simulator.start(SimulatorEnvironment::simulatorBinary(),
            { u"--vms"_s, u"2"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key });
        QVERIFY(simulator.waitForReadyRead(30000));
        const QUrl url(QString::fromUtf8(simulator.readLine()).trimmed());
        QCOMPARE(url.scheme(), u"https"_s);

        VSphereSession refused;
        const auto error = failureOf(refused.login({ url, u"user"_s, {} }, u"password"_s));
        QVERIFY(error);
        QCOMPARE(error->kind(), VimError::Kind::UntrustedCertificate);
        QCOMPARE(error->certificateSha256(), QString::fromLatin1(digest.toHex(':').toUpper()));
        QVERIFY(error->message().contains(error->certificateSha256()));

        VSphereSession wrongPin;
        QVERIFY(failureOf(wrongPin.login({ url, u"user"_s, QByteArray(32, 'x') }, u"password"_s)));

        VSphereSession pinned;
        QVERIFY(!failureOf(pinned.login({ url, u"user"_s, digest }, u"password"_s)));
        QCOMPARE(pinned.state(), State::Connected);
        QFuture<VmSummaryList> vms = pinned.virtualMachines();
        QVERIFY(!failureOf(vms));
        QCOMPARE(vms.result().size(), 2);

        simulator.terminate();
        QVERIFY(simulator.waitForFinished(10000));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestVSphereSession)
#include "tst_vspheresession.moc"
