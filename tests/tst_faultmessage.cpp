// SPDX-License-Identifier: GPL-3.0-or-later
// vim25 faults in plain words, with the raw fault kept for the details; which power actions fit
// which VM state.
#include <QTest>

#include "support/testmain.h"
#include "vsphere/faultmessage.h"
#include "vsphere/powerfit.h"

using namespace Qt::StringLiterals;

class TestFaultMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownFaultsReadAsPlainWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        // The spellings seen: govmomi's Go type, the WSDL type, a *Fault element name, vim.fault.*.
        QTest::newRow("govmomi") << u"*types.InvalidPowerState"_s << u"power state"_s;
        QTest::newRow("wsdl") << u"InvalidPowerState"_s << u"power state"_s;
        QTest::newRow("element") << u"TaskInProgressFault"_s << u"Another task"_s;
        QTest::newRow("vim.fault") << u"vim.fault.NoPermission"_s << u"permission"_s;
        QTest::newRow("state") << u"InvalidState"_s << u"busy"_s;
        QTest::newRow("tools") << u"ToolsUnavailable"_s << u"VMware Tools"_s;
    }

    void knownFaultsReadAsPlainWords()
    {
        QFETCH(QString, type);
        QFETCH(QString, expected);
        const QString text = FaultMessage::describe(type, type);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(u"types."_s));
        QCOMPARE(FaultMessage::details(type, u"raw text"_s), type + u": raw text"_s);
    }

    void anUnknownFaultKeepsVCentersText()
    {
        QCOMPARE(FaultMessage::plain(u"SomethingNew"_s), QString());
        QCOMPARE(
            FaultMessage::describe(u"SomethingNew"_s, u"it broke"_s), u"vCenter reported SomethingNew: it broke"_s);
        QCOMPARE(FaultMessage::describe(u"*types.SomethingNew"_s, u"*types.SomethingNew"_s),
            u"vCenter reported SomethingNew."_s);
    }

    void powerActionsFitTheState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("tools");
        QTest::addColumn<QList<int>>("fitting"); // VmActions::Power values
        using P = VmActions::Power;
        QTest::newRow("off") << u"poweredOff"_s << u"guestToolsNotRunning"_s << QList<int> { int(P::On) };
        QTest::newRow("suspended") << u"suspended"_s << QString() << QList<int> { int(P::On), int(P::Off) };
        QTest::newRow("on, tools") << u"poweredOn"_s << u"guestToolsRunning"_s
                                   << QList<int> { int(P::Off), int(P::Reset), int(P::Suspend), int(P::ShutdownGuest),
                                          int(P::RebootGuest) };
        QTest::newRow("on, no tools") << u"poweredOn"_s << u"guestToolsNotRunning"_s
                                      << QList<int> { int(P::Off), int(P::Reset), int(P::Suspend) };
    }

    void powerActionsFitTheState()
    {
        QFETCH(QString, state);
        QFETCH(QString, tools);
        QFETCH(QList<int>, fitting);
        VmSummary vm;
        vm.powerState = state;
        vm.toolsStatus = tools;
        QList<int> actual;
        for (const VmActions::Power action : { VmActions::Power::On, VmActions::Power::Off, VmActions::Power::Reset,
                 VmActions::Power::Suspend, VmActions::Power::ShutdownGuest, VmActions::Power::RebootGuest }) {
            if (PowerFit::fits(action, vm)) {
                actual.append(int(action));
            }
        }
        std::sort(actual.begin(), actual.end());
        std::sort(fitting.begin(), fitting.end());
        QCOMPARE(actual, fitting);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestFaultMessage)
#include "tst_faultmessage.moc"
