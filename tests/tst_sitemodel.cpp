// SPDX-License-Identifier: GPL-3.0-or-later
// The Guests page's site view: SiteModel over a sequence of snapshots (guests coming, changing,
// moving to another instance, an instance going silent and then gone) under
// QAbstractItemModelTester, and the console's own server as one instance row among them.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "sitemodel.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
const QUuid instanceA = QUuid::fromString(u"11111111-1111-4111-8111-111111111111"_s);
const QUuid instanceB = QUuid::fromString(u"22222222-2222-4222-8222-222222222222"_s);

SiteInstance instance(const QUuid& id, const QString& address, double age)
{
    const QDateTime started = QDateTime::fromString(u"2024-05-01T08:00:00Z"_s, Qt::ISODate);
    return { id, address, started, started.addSecs(60), age };
}

SiteGuest guest(const QUuid& id, quint64 guestId, const QString& vmName, qint64 requests = 1)
{
    const QDateTime since = QDateTime::fromString(u"2024-05-01T08:01:00Z"_s, Qt::ISODate);
    return { id, guestId, vmName, u"42 1c %1"_s.arg(guestId), {}, u"10.0.0.%1:40000"_s.arg(guestId), since, requests, 0,
        u"METADATA"_s, since.addSecs(5) };
}

QString text(const QModelIndex& index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

QStringList childNames(const SiteModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        names.append(text(model.index(row, 0, parent), SiteModel::NameColumn));
    }
    return names;
}

GuestInfo servingGuest(quint64 id, const QString& vmName, GuestInfo::State state = GuestInfo::State::Serving)
{
    GuestInfo info;
    info.id = id;
    info.identity.vmName = vmName;
    info.peer = u"127.0.0.1:40000"_s;
    info.connectedSince = QDateTime::currentDateTimeUtc();
    info.state = state;
    return info;
}
} // namespace

class TestSiteModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsSnapshotsRowByRow()
    {
        SiteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setSnapshot(
            { { instance(instanceA, u"a.example:13370"_s, 1.2), instance(instanceB, u"b.example:13370"_s, 2) },
                { guest(instanceA, 1, u"vm-1"_s), guest(instanceA, 2, u"vm-2"_s), guest(instanceB, 1, u"vm-3"_s) }, {},
                false });
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex a = model.instanceIndex(instanceA);
        QCOMPARE(text(a, SiteModel::NameColumn), u"a.example:13370"_s);
        QCOMPARE(text(a, SiteModel::StateColumn), u"Up"_s);
        QCOMPARE(text(a, SiteModel::GuestsColumn), u"2"_s);
        QCOMPARE(text(a, SiteModel::HeartbeatColumn), u"1 s ago"_s);
        QCOMPARE(childNames(model, a), (QStringList { u"vm-1"_s, u"vm-2"_s }));
        const QModelIndex vm3 = model.guestIndex(instanceB, 1);
        QCOMPARE(text(vm3, SiteModel::ServedByColumn), u"b.example:13370"_s);
        QCOMPARE(text(vm3, SiteModel::PeerColumn), u"10.0.0.1:40000"_s);
        QCOMPARE(text(vm3, SiteModel::VcUuidColumn), u"42 1c 1"_s);
        QCOMPARE(text(vm3, SiteModel::LastRequestColumn), u"METADATA"_s);
        QCOMPARE(model.guestCount(), 3);

        // The same snapshot again changes nothing at all.
        inserted.clear();
        changed.clear();
        model.setSnapshot(
            { { instance(instanceA, u"a.example:13370"_s, 1.2), instance(instanceB, u"b.example:13370"_s, 2) },
                { guest(instanceA, 1, u"vm-1"_s), guest(instanceA, 2, u"vm-2"_s), guest(instanceB, 1, u"vm-3"_s) }, {},
                false });
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 0);

        // A selection held on B's guest (as a view holds it) survives every later snapshot.
        const QPersistentModelIndex selected(vm3);
        // vm-1 is asked again, vm-2 moves to B (a new connection there), A falls silent.
        model.setSnapshot(
            { { instance(instanceA, u"a.example:13370"_s, 20), instance(instanceB, u"b.example:13370"_s, 1) },
                { guest(instanceA, 1, u"vm-1"_s, 5), guest(instanceB, 1, u"vm-3"_s), guest(instanceB, 9, u"vm-2"_s) },
                {}, false });
        QCOMPARE(childNames(model, model.instanceIndex(instanceA)), QStringList { u"vm-1"_s });
        QCOMPARE(childNames(model, model.instanceIndex(instanceB)), (QStringList { u"vm-3"_s, u"vm-2"_s }));
        QCOMPARE(text(model.guestIndex(instanceA, 1), SiteModel::RequestsColumn), u"5"_s);
        QCOMPARE(text(model.guestIndex(instanceB, 9), SiteModel::ServedByColumn), u"b.example:13370"_s);
        QCOMPARE(text(model.instanceIndex(instanceB), SiteModel::GuestsColumn), u"2"_s);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        const QModelIndex silent = model.instanceIndex(instanceA);
        QCOMPARE(text(silent, SiteModel::StateColumn), u"Down"_s);
        QCOMPARE(text(silent, SiteModel::HeartbeatColumn), u"20 s ago"_s);
        QVERIFY(silent.data(SiteModel::IsDownRole).toBool());
        QVERIFY(silent.data(Qt::BackgroundRole).canConvert<QColor>());
        QVERIFY(!model.instanceIndex(instanceB).data(Qt::BackgroundRole).isValid());
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), u"vm-3"_s);

        // The threshold is the model's: 30 s makes A up again.
        model.setDownAfterSeconds(30);
        QCOMPARE(text(model.instanceIndex(instanceA), SiteModel::StateColumn), u"Up"_s);

        // A is removed by the others: its row and guests go, B moves up, the selection follows it.
        removed.clear();
        model.setSnapshot({ { instance(instanceB, u"b.example:13370"_s, 0.5) },
            { guest(instanceB, 1, u"vm-3"_s), guest(instanceB, 9, u"vm-2"_s) }, {}, false });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!model.instanceIndex(instanceA).isValid());
        QVERIFY(selected.isValid());
        QCOMPARE(selected.parent().row(), 0);
        QCOMPARE(selected.data().toString(), u"vm-3"_s);
        QCOMPARE(selected.data(SiteModel::InstanceIdRole).toUuid(), instanceB);

        // Watching stops: the site is forgotten, row by row.
        model.clearSite();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!selected.isValid());
        QCOMPARE(resets.count(), 0);
    }

    void consoleServerIsOneInstanceRow()
    {
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        VspcConfig config = server.config();
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        server.setConfig(config);
        SiteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setLocalServer(&server, &registry);
        QCOMPARE(model.rowCount(), 0); // not listening: nothing to show

        QVERIFY(server.start());
        const QString address = u"127.0.0.1:%1"_s.arg(server.serverPort());
        QTRY_COMPARE(model.rowCount(), 1);
        const QPersistentModelIndex local(model.instanceIndex({}));
        QCOMPARE(text(local, SiteModel::NameColumn), u"This console (%1)"_s.arg(address));
        QVERIFY(local.data(SiteModel::IsLocalRole).toBool());
        QCOMPARE(text(local, SiteModel::StateColumn), u"Up"_s);

        // Its guests come from the local registry; one still negotiating is not shown.
        registry.add(servingGuest(7, u"local-vm"_s));
        registry.add(servingGuest(8, {}, GuestInfo::State::Negotiating));
        QTRY_COMPARE(model.rowCount(local), 1);
        QCOMPARE(text(model.index(0, 0, local), SiteModel::NameColumn), u"local-vm"_s);
        QCOMPARE(text(model.index(0, 0, local), SiteModel::ServedByColumn), u"This console (%1)"_s.arg(address));
        registry.update(servingGuest(8, u"second-vm"_s));
        QTRY_COMPARE(model.rowCount(local), 2);

        // Among the site's instances it is one more row.
        model.setSnapshot(
            { { instance(instanceA, u"a.example:13370"_s, 1) }, { guest(instanceA, 1, u"vm-1"_s) }, {}, false });
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(local.isValid());
        QCOMPARE(model.guestCount(), 3);

        // Registered in the store under its own address, it is that instance's row, not two.
        const QUuid self = QUuid::createUuid();
        model.setSnapshot(
            { { instance(instanceA, u"a.example:13370"_s, 1), instance(self, address, 0) }, {}, {}, false });
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!local.isValid());
        QVERIFY(!model.instanceIndex({}).isValid());
        QCOMPARE(text(model.instanceIndex(self), SiteModel::NameColumn), address);

        model.setSnapshot({ { instance(instanceA, u"a.example:13370"_s, 1) }, {}, {}, false });
        QTRY_COMPARE(model.rowCount(), 2);
        QVERIFY(model.instanceIndex({}).isValid());
        server.stop();
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!model.instanceIndex({}).isValid());
    }

    void saysHeartbeatAgesInWords()
    {
        QCOMPARE(SiteModel::ageText(-0.2), u"0 s ago"_s);
        QCOMPARE(SiteModel::ageText(3.7), u"3 s ago"_s);
        QCOMPARE(SiteModel::ageText(89), u"89 s ago"_s);
        QCOMPARE(SiteModel::ageText(150), u"3 min ago"_s);
        QCOMPARE(SiteModel::ageText(7200), u"2 h ago"_s);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestSiteModel)
#include "tst_sitemodel.moc"
