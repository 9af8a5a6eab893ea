// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's guests against a real metadata server: they connect, fetch what their documents say,
// the VM without a document gets the server's error, and they come back for more.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cloudinit/filedriver.h"
#include "cloudinit/metadatadocument.h"
#include "cloudinit/renderer.h"
#include "requestactivitymodel.h"
#include "support/testmain.h"
#include "vspc/demoguests.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
int countOf(const QSignalSpy& spy, const QString& vm, const QString& request)
{
    int count = 0;
    for (const QList<QVariant>& signal : spy) {
        count += signal.at(0).toString() == vm && signal.at(1).toString() == request;
    }
    return count;
}
} // namespace

class TestDemoGuests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guestsFetchAndTheOneWithoutADocumentIsRefused()
    {
        QTemporaryDir dir;
        const QDir demo(QStringLiteral(VMDESK_DEMO_DIR));
        const QList<DemoGuests::Vm> vms = DemoGuests::sampleVms();
        QCOMPARE(vms.size(), 4);
        for (const DemoGuests::Vm& vm : vms.first(3)) {
            QVERIFY2(QFile::copy(demo.filePath(vm.name + u".yaml"_s), dir.filePath(vm.name + u".yaml"_s)),
                qPrintable(vm.name));
        }
        QVERIFY(!demo.exists(vms.last().name + u".yaml"_s)); // the demo's VM without a document

        FileDriver driver(dir.path());
        GuestRegistry registry;
        VspcServer server(&driver, &registry);
        VspcConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        config.proxies = { { 'C', u"my-metadata"_s } };
        server.setConfig(config);
        QVERIFY(server.start());
        RequestActivityModel activity(&server.statistics());
        QAbstractItemModelTester tester(&activity, QAbstractItemModelTester::FailureReportingMode::QtTest);

        DemoGuests guests;
        guests.setFetchInterval(50, 150);
        QSignalSpy connected(&guests, &DemoGuests::guestConnected);
        QSignalSpy answered(&guests, &DemoGuests::answered);
        QSignalSpy refused(&guests, &DemoGuests::refused);
        guests.start(server.serverPort(), u"my-metadata"_s, vms);

        QTRY_COMPARE(connected.size(), 4);
        QCOMPARE(guests.connectedCount(), 4);
        QTRY_COMPARE(registry.connectedCount(), 4);
        // Every VM with a document gets all three, twice: they come back on their own.
        for (const DemoGuests::Vm& vm : vms.first(3)) {
            for (const QString& request : { u"METADATA"_s, u"NETWORKDATA"_s, u"USERDATA"_s }) {
                QTRY_VERIFY2(countOf(answered, vm.name, request) >= 2, qPrintable(vm.name + u' ' + request));
            }
        }
        QTRY_VERIFY(countOf(refused, vms.last().name, u"METADATA"_s) >= 2);
        QCOMPARE(countOf(answered, vms.last().name, u"METADATA"_s), 0);
        for (const QList<QVariant>& signal : refused) {
            QCOMPARE(signal.at(0).toString(), vms.last().name);
            QCOMPARE(signal.at(2).toString(), u"no document for this VM"_s);
        }

        // What a guest got is what the server renders from its document.
        QFile yaml(dir.filePath(vms.first().name + u".yaml"_s));
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(yaml.readAll(), &error);
        QVERIFY2(document, qPrintable(error));
        for (const QList<QVariant>& signal : answered) {
            if (signal.at(0).toString() == vms.first().name && signal.at(1).toString() == u"METADATA"_s) {
                QCOMPARE(signal.at(2).toByteArray(), Renderer::metaData(*document, vms.first().name));
            }
        }

        // The server saw it all: the registry's rows, the errors in the packet log, the statistics.
        bool errorLogged = false;
        for (const quint64 id : registry.ids()) {
            if (registry.guest(id)->identity.vmName == vms.last().name) {
                for (const PacketLogEntry& entry : registry.log(id)) {
                    errorLogged |= entry.kind == PacketLogEntry::Kind::Error
                        && entry.summary.contains(vms.last().name + u".yaml"_s);
                }
            }
        }
        QVERIFY(errorLogged);
        const RequestStatistics::Snapshot statistics = server.statistics().snapshot();
        QVERIFY(statistics.requests >= 4 * 3 * 2);
        QVERIFY(statistics.errors >= 2);
        QVERIFY(statistics.answered() + vms.size() >= statistics.requests); // all timed but one in flight per guest

        // The activity model samples the counters: a sample with traffic and a latency comes.
        QSignalSpy sampled(&activity, &RequestActivityModel::sampled);
        activity.start(100);
        QTRY_VERIFY([&] {
            for (int row = 0; row < activity.sampleCount(); ++row) {
                if (activity.sampleAt(row).requestsPerSecond > 0 && activity.sampleAt(row).latencyP99Ms > 0) {
                    return true;
                }
            }
            return false;
        }());
        QVERIFY(!sampled.isEmpty());
        QCOMPARE(activity.rowCount(), activity.sampleCount());

        QSignalSpy disconnected(&guests, &DemoGuests::guestDisconnected);
        config.port = server.serverPort();
        server.setConfig(config);
        server.stop();
        QTRY_COMPARE(disconnected.size(), 4);
        QCOMPARE(guests.connectedCount(), 0);
        // They try again on their own, as ESXi does, and are back once the server is.
        QVERIFY(server.start());
        QTRY_COMPARE(guests.connectedCount(), 4);
        guests.stop();
        QTRY_COMPARE(registry.connectedCount(), 0);
    }

    void sampleVmsHaveStableEsxiUuids()
    {
        const DemoGuests::Vm vm = DemoGuests::vmNamed(u"DC0_C0_RP0_VM0"_s);
        QCOMPARE(vm.vcUuid, DemoGuests::vmNamed(u"DC0_C0_RP0_VM0"_s).vcUuid);
        QVERIFY(vm.vcUuid != vm.biosUuid);
        QVERIFY(vm.vcUuid != DemoGuests::vmNamed(u"DC0_C0_RP0_VM1"_s).vcUuid);
        // "42 1c 6f 0e 5b 9a 2d 37-8e 0f 62 b0 84 58 b6 1c": ESXi's spelling.
        QVERIFY2(QRegularExpression(u"^([0-9a-f]{2} ){7}[0-9a-f]{2}-([0-9a-f]{2} ){7}[0-9a-f]{2}$"_s)
                     .match(vm.vcUuid)
                     .hasMatch(),
            qPrintable(vm.vcUuid));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestDemoGuests)
#include "tst_demoguests.moc"
