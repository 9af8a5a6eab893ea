// SPDX-License-Identifier: GPL-3.0-or-later
#include "throughputchart.h"

#include <cmath>

#include <QGraphicsLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "chartpalette.h"
#include "export/exportqueue.h"

using namespace Qt::StringLiterals;

namespace {
// 1, 2, 5 × 10^n at or above `value`: axis ends that read well.
double niceCeiling(double value)
{
    if (value <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

QList<QPointF> scaled(QList<QPointF> points, double unit)
{
    for (QPointF& point : points) {
        point.setY(point.y() / unit);
    }
    return points;
}
} // namespace

ThroughputChart::ThroughputChart(ExportQueue* queue, QWidget* parent)
    : QChartView(parent)
    , m_queue(queue)
    , m_total(new QLineSeries(this))
    , m_job(new QLineSeries(this))
    , m_time(new QValueAxis(this))
    , m_rate(new QValueAxis(this))
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    m_total->setName(tr("All transfers"));
    m_job->setName(tr("Selected job"));
    // The chart animates nothing and draws only when plot() hands it new points: once a second.
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_total);
    chart->addSeries(m_job);
    m_time->setRange(-300, 0);
    m_time->setTickCount(6);
    m_time->setLabelFormat(tr("%d s", "the time axis: seconds before now"));
    m_rate->setRange(0, 1);
    m_rate->setTickCount(3);
    m_rate->setLabelFormat(u"%g"_s);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    for (QLineSeries* series : { m_total, m_job }) {
        series->attachAxis(m_time);
        series->attachAxis(m_rate);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    setChart(chart);
    ChartPalette::apply(chart, palette());
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(150);

    connect(queue, &ExportQueue::jobRemoved, this, [this](quint64 id) {
        m_history.forget(id);
        if (id == m_jobId) {
            setJob(0);
        }
    });
    m_clock.start();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ThroughputChart::sample);
    m_timer.start();
    plot();
}

void ThroughputChart::setJob(quint64 jobId)
{
    if (jobId != m_jobId) {
        m_jobId = jobId;
        m_plottedIdle = false;
        plot();
    }
}

void ThroughputChart::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    m_plottedIdle = false;
    plot();
}

void ThroughputChart::sample()
{
    // Every job, not only the running ones: a short job that starts and ends between two samples
    // is seen queued (0) and then done, so its bytes still count. A job first seen already done
    // only sets its baseline.
    QHash<quint64, qint64> counters;
    for (const quint64 id : m_queue->ids()) {
        const ExportJobRecord* job = m_queue->job(id);
        counters.insert(id, job->bytesDone - job->bytesResumed);
    }
    m_history.sample(m_clock.elapsed(), counters);
    if (isVisible()) {
        plot();
    }
}

void ThroughputChart::plot()
{
    const bool idle = m_history.peak() <= 0;
    if (idle && m_plottedIdle) {
        return;
    }
    m_plottedIdle = idle;
    const ThroughputHistory& history = m_history;
    const ExportJobRecord* job = m_jobId ? m_queue->job(m_jobId) : nullptr;
    // The unit follows the peak so that the axis reads "12 MiB/s" rather than "12582912".
    const double peak = history.peak();
    const QStringList units { tr("B/s"), tr("KiB/s"), tr("MiB/s"), tr("GiB/s") };
    int unit = 0;
    while (unit + 1 < units.size() && peak >= std::pow(1024.0, unit + 1)) {
        ++unit;
    }
    const double scale = std::pow(1024.0, unit);
    m_time->setRange(-(history.capacity() - 1), 0);
    m_rate->setRange(0, niceCeiling(peak / scale));
    m_rate->setTitleText(units.at(unit));
    m_total->replace(scaled(history.totalSeries(), scale));
    m_job->setVisible(job != nullptr);
    if (job) {
        m_job->setName(job->spec.vmName);
        m_job->replace(scaled(history.jobSeries(job->id), scale));
    }
}

void ThroughputChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        ChartPalette::apply(chart(), palette());
    }
}
