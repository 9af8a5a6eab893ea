// SPDX-License-Identifier: GPL-3.0-or-later
// The Exports page's throughput graph: rates from byte counters, a fixed window, no bursts from
// resumed downloads.
#include <QTest>

#include "support/testmain.h"
#include "throughputhistory.h"

class TestThroughputHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesAreCounterDifferencesPerSecond()
    {
        ThroughputHistory history(300);
        history.sample(0, { { 1, 0 }, { 2, 100 } });
        history.sample(1000, { { 1, 1000 }, { 2, 600 } });
        history.sample(3000, { { 1, 5000 }, { 2, 600 } }); // two seconds: 4000 bytes are 2000/s
        QCOMPARE(history.sampleCount(), 3);
        const QList<QPointF> one = history.jobSeries(1);
        QCOMPARE(one, (QList<QPointF> { { -3, 0 }, { -2, 1000 }, { 0, 2000 } }));
        QCOMPARE(history.jobSeries(2), (QList<QPointF> { { -3, 0 }, { -2, 500 }, { 0, 0 } }));
        QCOMPARE(history.totalSeries(), (QList<QPointF> { { -3, 0 }, { -2, 1500 }, { 0, 2000 } }));
        QCOMPARE(history.peak(), 2000.0);
    }

    void aJobThatStartsLaterIsZeroBefore()
    {
        ThroughputHistory history(300);
        history.sample(0, { { 1, 0 } });
        history.sample(1000, { { 1, 100 } });
        history.sample(2000, { { 1, 200 }, { 7, 5000 } }); // 7 appears: its counter is only a baseline
        history.sample(3000, { { 1, 300 }, { 7, 5400 } });
        QCOMPARE(history.jobSeries(7), (QList<QPointF> { { -3, 0 }, { -2, 0 }, { -1, 0 }, { 0, 400 } }));
        QCOMPARE(history.jobSeries(99), (QList<QPointF> { { -3, 0 }, { -2, 0 }, { -1, 0 }, { 0, 0 } }));
    }

    void aNewRunIsNoBurst()
    {
        ThroughputHistory history(300);
        history.sample(0, { { 1, 0 } });
        history.sample(1000, { { 1, 8000 } });
        history.sample(2000, {}); // paused
        history.sample(3000, { { 1, 0 } }); // resumed: counts this run's bytes from 0 again
        history.sample(4000, { { 1, 3000 } });
        history.sample(5000, { { 1, 1000 } }); // the server ignored the resume: a new start
        history.sample(6000, { { 1, 2000 } });
        QCOMPARE(history.totalSeries(),
            (QList<QPointF> { { -6, 0 }, { -5, 8000 }, { -4, 0 }, { -3, 0 }, { -2, 3000 }, { -1, 0 }, { 0, 1000 } }));
    }

    void keepsOnlyTheWindow()
    {
        ThroughputHistory history(5);
        for (int second = 0; second <= 20; ++second) {
            history.sample(second * 1000, { { 3, second * 10 } });
        }
        QCOMPARE(history.sampleCount(), 5);
        const QList<QPointF> points = history.jobSeries(3);
        QCOMPARE(points.size(), 5);
        QCOMPARE(points.first(), QPointF(-4, 10));
        QCOMPARE(points.last(), QPointF(0, 10));
        QCOMPARE(history.totalSeries().size(), 5);
    }

    void forgetsJobs()
    {
        ThroughputHistory history(5);
        history.sample(0, { { 3, 0 } });
        history.sample(1000, { { 3, 50 } });
        history.forget(3);
        QCOMPARE(history.jobSeries(3), (QList<QPointF> { { -1, 0 }, { 0, 0 } }));
        // The total keeps what was measured: the bytes did move.
        QCOMPARE(history.totalSeries().last(), QPointF(0, 50));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestThroughputHistory)
#include "tst_throughputhistory.moc"
