// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "guestconnectionmodel.h"
#include "packetlogmodel.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"

using namespace Qt::StringLiterals;

namespace {
GuestInfo guest(quint64 id, const QString& name)
{
    GuestInfo info;
    info.id = id;
    info.identity.vmName = name;
    info.peer = u"10.0.0.%1:50000"_s.arg(id);
    info.connectedSince = QDateTime::currentDateTime();
    return info;
}

PacketLogEntry entry(const QString& summary)
{
    return { QDateTime::currentDateTime(), PacketLogEntry::Kind::Response, summary, 42, 3, "payload" };
}
} // namespace

class TestGuestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void guestRowsFollowTheRegistry()
    {
        GuestRegistry registry;
        GuestConnectionModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        registry.add(guest(1, u"web-1"_s));
        registry.add(guest(2, u"db-1"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(registry.connectedCount(), 2);
        QCOMPARE(model.index(1, GuestConnectionModel::VmNameColumn).data().toString(), u"db-1"_s);
        QCOMPARE(model.index(0, GuestConnectionModel::StateColumn).data().toString(), u"negotiating"_s);

        GuestInfo served = guest(1, u"web-1"_s);
        served.state = GuestInfo::State::Serving;
        served.requests = 3;
        served.errors = 1;
        served.bytesOut = 2048;
        registry.update(served);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, GuestConnectionModel::StateColumn).data().toString(), u"serving"_s);
        QCOMPARE(model.index(0, GuestConnectionModel::RequestsColumn).data().toString(), u"3 (1 failed)"_s);
        QCOMPARE(model.index(0, GuestConnectionModel::RequestsColumn).data(GuestConnectionModel::SortRole).toInt(), 3);
        QCOMPARE(model.index(0, GuestConnectionModel::BytesOutColumn).data(GuestConnectionModel::SortRole).toLongLong(),
            2048);

        registry.close(1, 10);
        QCOMPARE(registry.connectedCount(), 1);
        QCOMPARE(model.index(0, GuestConnectionModel::StateColumn).data().toString(), u"closed recently"_s);
        QTRY_COMPARE(model.rowCount(), 1); // removed after its retention time
        QCOMPARE(model.guestId(0), quint64(2));
        QCOMPARE(registry.connectedCount(), 1); // removing a closed guest changes nothing
        GuestInfo closed = guest(2, u"db-1"_s);
        closed.state = GuestInfo::State::Closed; // a connection reports its own end
        registry.update(closed);
        QCOMPARE(registry.connectedCount(), 0);
        registry.remove(2);
        QCOMPARE(registry.connectedCount(), 0);
        QCOMPARE(resets.size(), 0);
    }

    void packetLogIsBoundedAndPerGuest()
    {
        GuestRegistry registry(3);
        PacketLogModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        registry.add(guest(1, u"a"_s));
        registry.add(guest(2, u"b"_s));
        registry.appendLog(1, entry(u"METADATA"_s));
        QCOMPARE(model.rowCount(), 0); // no guest chosen yet
        model.setGuest(1);
        QCOMPARE(model.rowCount(), 1);
        registry.appendLog(2, entry(u"other guest"_s));
        QCOMPARE(model.rowCount(), 1);
        for (const QString& what : { u"NETWORKDATA"_s, u"USERDATA"_s, u"METADATA again"_s }) {
            registry.appendLog(1, entry(what));
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PacketLogModel::SummaryColumn).data().toString(), u"NETWORKDATA"_s);
        QCOMPARE(model.index(2, PacketLogModel::SummaryColumn).data().toString(), u"METADATA again"_s);
        QCOMPARE(model.index(2, PacketLogModel::LatencyColumn).data().toString(), u"3 ms"_s);
        QCOMPARE(model.index(2, 0).data(PacketLogModel::PayloadRole).toByteArray(), QByteArray("payload"));
        QCOMPARE(registry.log(1).size(), 3);
        registry.remove(1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.guest(), quint64(0));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestGuestModels)
#include "tst_guestmodels.moc"
