// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "guestconnectionmodel.h"
#include "packetlogmodel.h"
#include "requestactivitymodel.h"
#include "support/contrast.h"
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

PacketLogEntry entry(const QString& summary, PacketLogEntry::Kind kind = PacketLogEntry::Kind::Response)
{
    return { QDateTime::currentDateTime(), kind, summary, 42, 3, "payload" };
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

    void aGuestWhoseLastRequestFailedIsMarked()
    {
        GuestRegistry registry;
        GuestConnectionModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        registry.add(guest(1, u"no-document"_s));
        registry.add(guest(2, u"served"_s));
        registry.appendLog(2, entry(u"METADATA"_s));
        const QString problem = u"no metadata file /srv/metadata/with a long path/no-document.yaml"_s;
        registry.appendLog(1, entry(u"METADATA"_s, PacketLogEntry::Kind::Request));
        registry.appendLog(1, entry(problem, PacketLogEntry::Kind::Error));
        registry.appendLog(1, entry(u"closed: idle"_s, PacketLogEntry::Kind::Event)); // events say nothing
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        registry.update(guest(1, u"no-document"_s)); // a connection publishes after it logs
        QCOMPARE(changes.size(), 1);

        const QModelIndex failed = model.index(0, GuestConnectionModel::StateColumn);
        QCOMPARE(failed.data(GuestConnectionModel::ProblemRole).toString(), problem);
        QVERIFY(failed.data(Qt::ToolTipRole).toString().contains(problem.toHtmlEscaped()));
        QVERIFY(failed.data(Qt::BackgroundRole).canConvert<QColor>());
        const QModelIndex fine = model.index(1, GuestConnectionModel::StateColumn);
        QVERIFY(fine.data(GuestConnectionModel::ProblemRole).toString().isEmpty());
        QVERIFY(!fine.data(Qt::BackgroundRole).isValid());

        // Readable in a light and a dark palette: the warning colours keep the text's contrast.
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        for (const QPalette& palette : { light, dark }) {
            model.setPalette(palette);
            const auto background = failed.data(Qt::BackgroundRole).value<QColor>();
            const auto foreground = failed.data(Qt::ForegroundRole).value<QColor>();
            QVERIFY(background != palette.color(QPalette::Base)); // it does stand out
            QVERIFY2(contrast(background, foreground) >= 4.5,
                qPrintable(u"%1 on %2"_s.arg(foreground.name(), background.name())));
        }

        // The next answer clears it.
        registry.appendLog(1, entry(u"METADATA"_s));
        registry.update(guest(1, u"no-document"_s));
        QVERIFY(failed.data(GuestConnectionModel::ProblemRole).toString().isEmpty());
        QVERIFY(!failed.data(Qt::BackgroundRole).isValid());
    }

    void activitySamplesTheServersCounters()
    {
        RequestStatistics statistics;
        RequestActivityModel model(&statistics);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy sampled(&model, &RequestActivityModel::sampled);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sample();
        QCOMPARE(sampled.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.sampleAt(0).requestsPerSecond, 0.0);
        QVERIFY(!model.index(0, RequestActivityModel::LatencyP99Column).data().isValid()); // nothing answered

        // 99 answers in 100 µs and one in 50 ms: the p99 is the fast ones' bucket, the slow one is p100.
        for (int i = 0; i < 100; ++i) {
            statistics.recordRequest();
            statistics.recordLatency(i == 0 ? 50'000'000 : 100'000);
        }
        statistics.recordRequest();
        statistics.recordError();
        model.sample();
        QCOMPARE(model.rowCount(), 2);
        const RequestActivityModel::Sample& sample = model.sampleAt(1);
        QVERIFY(sample.requestsPerSecond > 0);
        QCOMPARE(sample.errors, quint64(1));
        QVERIFY2(sample.latencyP99Ms >= 0.1 && sample.latencyP99Ms <= 0.1 * std::sqrt(2.0) + 1e-9,
            qPrintable(QString::number(sample.latencyP99Ms)));
        QCOMPARE(
            model.index(1, RequestActivityModel::LatencyP99Column).data(RequestActivityModel::ValueRole).toDouble(),
            sample.latencyP99Ms);
        const RequestStatistics::Snapshot all = statistics.snapshot();
        QCOMPARE(all.answered(), quint64(100));
        QVERIFY(all.percentileMs(1.0) >= 50 && all.percentileMs(1.0) <= 50 * std::sqrt(2.0));

        // The window keeps the latency for a few samples, then forgets it; old rows go, no reset.
        model.setLatencyWindow(2);
        model.sample();
        QVERIFY(model.sampleAt(2).latencyP99Ms > 0);
        QCOMPARE(model.sampleAt(2).requestsPerSecond, 0.0);
        model.sample();
        QCOMPARE(model.sampleAt(3).latencyP99Ms, -1.0);
        model.setCapacity(3);
        QCOMPARE(model.rowCount(), 3);
        model.sample();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(sampled.size(), 5);
        QCOMPARE(resets.size(), 0);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestGuestModels)
#include "tst_guestmodels.moc"
