// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QElapsedTimer>
#include <QTimer>

#include "throughputhistory.h"

class ExportQueue;
class QLineSeries;
class QValueAxis;

// The export throughput of the last five minutes: all jobs together, and the selected one. Reads
// the queue's byte counters once a second, shown or not, so that the graph has its minutes when
// the admin comes to look; draws only while shown, and an idle queue's flat line only once.
class ThroughputChart : public QChartView
{
    Q_OBJECT
public:
    explicit ThroughputChart(ExportQueue* queue, QWidget* parent = nullptr);

    // The job drawn besides the total; 0: none.
    void setJob(quint64 jobId);
    const ThroughputHistory& history() const { return m_history; }
    QLineSeries* totalSeries() const { return m_total; }
    QLineSeries* jobSeries() const { return m_job; }

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void sample();
    // One replace() per series: a redraw per call whatever the number of points.
    void plot();

    ExportQueue* m_queue;
    ThroughputHistory m_history;
    QTimer m_timer;
    QElapsedTimer m_clock;
    quint64 m_jobId = 0;
    bool m_plottedIdle = false;
    QLineSeries* m_total;
    QLineSeries* m_job;
    QValueAxis* m_time;
    QValueAxis* m_rate;
};
