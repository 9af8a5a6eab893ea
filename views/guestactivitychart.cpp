// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestactivitychart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include "chartpalette.h"
#include "requestactivitymodel.h"

GuestActivityChart::GuestActivityChart(RequestActivityModel* model, QWidget* parent)
    : QChartView(parent)
    , m_model(model)
    , m_requests(new QLineSeries(this))
    , m_latency(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_rateAxis(new QValueAxis(this))
    , m_latencyAxis(new QValueAxis(this))
{
    auto* chart = new QChart;
    setChart(chart);
    m_requests->setName(tr("Requests/s"));
    m_latency->setName(tr("Latency p99 (ms)"));
    chart->addSeries(m_requests);
    chart->addSeries(m_latency);
    m_time->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_time->setTickCount(6);
    m_rateAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_rateAxis->setTitleText(tr("req/s"));
    m_latencyAxis->setLabelFormat(QStringLiteral("%.3g"));
    m_latencyAxis->setTitleText(tr("ms"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);
    chart->addAxis(m_latencyAxis, Qt::AlignRight);
    m_requests->attachAxis(m_time);
    m_requests->attachAxis(m_rateAxis);
    m_latency->attachAxis(m_time);
    m_latency->attachAxis(m_latencyAxis);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 0, 4, 0));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(170);
    applyTheme();
    connect(model, &RequestActivityModel::sampled, this, &GuestActivityChart::refresh);
    refresh();
}

QString GuestActivityChart::summary() const
{
    if (m_model->sampleCount() == 0) {
        return tr("No requests sampled yet");
    }
    const RequestActivityModel::Sample& last = m_model->sampleAt(m_model->sampleCount() - 1);
    const QString rate = tr("%1 requests/s").arg(QLocale().toString(last.requestsPerSecond, 'f', 1));
    return last.latencyP99Ms < 0 ? rate
                                 : tr("%1, p99 latency %2 ms").arg(rate, QLocale().toString(last.latencyP99Ms, 'g', 3));
}

void GuestActivityChart::refresh()
{
    QList<QPointF> requests;
    QList<QPointF> latency;
    requests.reserve(m_model->sampleCount());
    double maxRate = 0;
    double maxLatency = 0;
    for (int row = 0; row < m_model->sampleCount(); ++row) {
        const RequestActivityModel::Sample& sample = m_model->sampleAt(row);
        const auto x = static_cast<qreal>(sample.at.toMSecsSinceEpoch());
        requests.append({ x, sample.requestsPerSecond });
        maxRate = qMax(maxRate, sample.requestsPerSecond);
        if (sample.latencyP99Ms >= 0) { // a second without answers has no latency: a gap, not zero
            latency.append({ x, sample.latencyP99Ms });
            maxLatency = qMax(maxLatency, sample.latencyP99Ms);
        }
    }
    m_requests->replace(requests);
    m_latency->replace(latency);
    // The window is always the model's whole span, so that the line enters from the right.
    const QDateTime end
        = m_model->sampleCount() > 0 ? m_model->sampleAt(m_model->sampleCount() - 1).at : QDateTime::currentDateTime();
    m_time->setRange(end.addSecs(-m_model->capacity()), end);
    m_rateAxis->setRange(0, maxRate > 0 ? maxRate * 1.2 : 1.0);
    m_latencyAxis->setRange(0, maxLatency > 0 ? maxLatency * 1.2 : 1.0);
    setToolTip(summary());
    setAccessibleDescription(summary());
}

void GuestActivityChart::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    }
}

void GuestActivityChart::applyTheme()
{
    ChartPalette::apply(chart(), palette());
}
