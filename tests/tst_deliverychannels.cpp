// SPDX-License-Identifier: GPL-3.0-or-later
// The provisioning services against the simulator harness: guestinfo pushed, read back and
// cleared (and refused before any call when too big), the seed ISO attached to and detached from
// a VM's CD-ROM with the file on the datastore, and the placement catalog's view of the inventory.
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "provisioning/datastorefiles.h"
#include "provisioning/guestinfochannel.h"
#include "provisioning/placementcatalog.h"
#include "provisioning/seedisochannel.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
template <typename T> bool finishes(const QFuture<T>& future)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, 30000);
}

template <typename T> QString failureOf(QFuture<T> future)
{
    try {
        future.waitForFinished();
    } catch (const VimError& error) {
        return error.message();
    }
    return {};
}

GuestInfoCodec::Values valuesFor(const QByteArray& metadata, const QByteArray& userdata)
{
    return { GuestInfoCodec::encode(metadata), GuestInfoCodec::encode(userdata) };
}
} // namespace

class TestDeliveryChannels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_simulator.isReady());
        QFuture<void> login = m_session.login({ m_simulator.sdkUrl(), u"user"_s, {} }, u"pass"_s);
        QVERIFY(finishes(login));
        QCOMPARE(m_session.state(), VCenterConnection::State::Connected);
        QFuture<VmSummaryList> vms = m_session.virtualMachinesNamed({ u"DC0_C0_RP0_VM1"_s });
        QVERIFY(finishes(vms));
        QCOMPARE(vms.result().size(), 1);
        m_vm = vms.result().first().ref;
    }

    void guestinfoIsPushedReadBackAndCleared()
    {
        VmActions actions(&m_session);
        GuestInfoChannel channel(&m_session, &actions);
        QSignalSpy tasks(&actions, &VmActions::taskFinished);
        const QByteArray metadata = R"({"instance-id": "i-1", "local-hostname": "vm1"})";
        const QByteArray userdata = "#cloud-config\npackages: [htop]\n";
        QFuture<GuestInfoChannel::Keys> pushed = channel.push(m_vm, valuesFor(metadata, userdata));
        QVERIFY(finishes(pushed));
        QVERIFY2(failureOf(pushed).isEmpty(), qPrintable(failureOf(pushed)));
        const GuestInfoChannel::Keys keys = pushed.result();
        QCOMPARE(keys.value(u"guestinfo.metadata.encoding"_s), u"gzip+base64"_s);
        QCOMPARE(keys.value(u"guestinfo.userdata.encoding"_s), u"gzip+base64"_s);
        QVERIFY(GuestInfoChannel::holds(keys, metadata, userdata));
        QCOMPARE(GuestInfoChannel::decode(keys).metadata, metadata);
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().at(2).toBool(), true); // the reconfigure task succeeded

        QFuture<void> cleared = channel.clear(m_vm);
        QVERIFY(finishes(cleared));
        QVERIFY(failureOf(cleared).isEmpty());
        QFuture<GuestInfoChannel::Keys> after = channel.read(m_vm);
        QVERIFY(finishes(after));
        for (const QString& key : after.result().keys()) {
            QVERIFY2(
                !key.startsWith(u"guestinfo.metadata"_s) && !key.startsWith(u"guestinfo.userdata"_s), qPrintable(key));
        }
    }

    void guestinfoOverTheLimitIsRefusedBeforeAnyCall()
    {
        VmActions actions(&m_session);
        GuestInfoChannel channel(&m_session, &actions);
        QSignalSpy tasks(&actions, &VmActions::taskFinished);
        // Random bytes do not compress: 60 KiB of them is over 64 KiB after base64.
        QByteArray noise(60 * 1024, Qt::Uninitialized);
        for (char& byte : noise) {
            byte = char(QRandomGenerator::global()->bounded(256));
        }
        QFuture<GuestInfoChannel::Keys> pushed = channel.push(m_vm, valuesFor("{}", noise));
        QVERIFY(finishes(pushed));
        const QString failure = failureOf(pushed);
        QVERIFY2(failure.contains(u"64 KiB"_s), qPrintable(failure));
        QCOMPARE(tasks.size(), 0);
    }

    void theSeedIsoIsAttachedReadBackAndDetached()
    {
        VmActions actions(&m_session);
        SeedIsoChannel channel(&m_session, &actions);
        const QByteArray image = "not really an ISO, but bytes that must arrive unchanged\n";
        QFuture<SeedIsoChannel::Attachment> attached = channel.attach(m_vm, image);
        QVERIFY(finishes(attached));
        QVERIFY2(failureOf(attached).isEmpty(), qPrintable(failureOf(attached)));
        const SeedIsoChannel::Attachment attachment = attached.result();
        QVERIFY2(attachment.iso.path.endsWith(u"DC0_C0_RP0_VM1-cidata.iso"_s), qPrintable(attachment.iso.toString()));

        QFuture<VmLocation> location = VmLocation::read(&m_session, m_vm);
        QVERIFY(finishes(location));
        QCOMPARE(location.result().datacenterPath, u"DC0"_s);
        bool pointed = false;
        for (const VmLocation::Device& device : location.result().devicesOfType(u"VirtualCdrom"_s)) {
            pointed |= device.fileName == attachment.iso.toString()
                && device.backingType == u"VirtualCdromIsoBackingInfo"_s;
        }
        QVERIFY(pointed);

        DatastoreFiles files(&m_session);
        QFuture<QByteArray> onDatastore = files.download(u"DC0"_s, attachment.iso);
        QVERIFY(finishes(onDatastore));
        QCOMPARE(onDatastore.result(), image);

        QFuture<void> detached = channel.detach(m_vm);
        QVERIFY(finishes(detached));
        QVERIFY2(failureOf(detached).isEmpty(), qPrintable(failureOf(detached)));
        QFuture<std::optional<SeedIsoChannel::Attachment>> now = channel.current(m_vm);
        QVERIFY(finishes(now));
        QVERIFY(!now.result().has_value());
        QFuture<QByteArray> gone = files.download(u"DC0"_s, attachment.iso);
        QVERIFY(finishes(gone));
        QVERIFY2(failureOf(gone).contains(u"404"_s), qPrintable(failureOf(gone)));
    }

    void theCatalogResolvesNamesOrSaysWhy()
    {
        QFuture<PlacementCatalog> read = PlacementCatalog::read(&m_session);
        QVERIFY(finishes(read));
        const PlacementCatalog catalog = read.result();
        QCOMPARE(catalog.datacenters(), QStringList { u"DC0"_s });
        QCOMPARE(catalog.clusters(u"DC0"_s), QStringList { u"DC0_C0"_s });
        QVERIFY(catalog.hosts(u"DC0"_s).size() >= 1);
        QVERIFY(catalog.pools(u"DC0"_s, u"DC0_C0"_s).contains(u"Resources"_s));
        QVERIFY(!catalog.datastores(u"DC0"_s).isEmpty());
        QVERIFY(catalog.networks(u"DC0"_s).contains(u"VM Network"_s));
        QVERIFY(catalog.folders(u"DC0"_s).contains(QString()));

        DeploySpec spec;
        spec.name = u"x"_s;
        const auto placed = catalog.resolve(spec, { u"VM Network"_s });
        QVERIFY(std::holds_alternative<PlacementCatalog::Placement>(placed));
        const auto& placement = std::get<PlacementCatalog::Placement>(placed);
        QCOMPARE(placement.datacenterPath, u"DC0"_s);
        QCOMPARE(placement.pool.type, u"ResourcePool"_s);
        QCOMPARE(placement.datastore.type, u"Datastore"_s);
        QCOMPARE(placement.folder.type, u"Folder"_s);
        QCOMPARE(placement.networks.size(), 1);

        spec.host = u"no-such-host"_s;
        QCOMPARE(std::get<QString>(catalog.resolve(spec)), u"There is no host named no-such-host in DC0."_s);
        spec.host.clear();
        const auto unmapped = catalog.resolve(spec, { u"Backend"_s });
        QVERIFY(std::get<QString>(unmapped).contains(u"Backend"_s));
        spec.networks.insert(u"Backend"_s, u"VM Network"_s);
        QVERIFY(std::holds_alternative<PlacementCatalog::Placement>(catalog.resolve(spec, { u"Backend"_s })));
    }

private:
    SimulatorInstance m_simulator { { u"--vms"_s, u"4"_s } };
    VSphereSession m_session;
    ManagedObjectRef m_vm;
};

VMDESK_TEST_GUILESS_MAIN(TestDeliveryChannels)
#include "tst_deliverychannels.moc"
