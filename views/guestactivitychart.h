// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class RequestActivityModel;

// The metadata server's requests per second and p99 latency over the last minutes, drawn from a
// RequestActivityModel each time it takes a sample (a few hundred points: cheap on the GUI thread).
class GuestActivityChart : public QChartView
{
    Q_OBJECT
public:
    explicit GuestActivityChart(RequestActivityModel* model, QWidget* parent = nullptr);

    QLineSeries* requestSeries() const { return m_requests; }
    QLineSeries* latencySeries() const { return m_latency; }
    // The newest sample in words, for the title and screen readers.
    QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyTheme();

    RequestActivityModel* m_model;
    QLineSeries* m_requests;
    QLineSeries* m_latency;
    QDateTimeAxis* m_time;
    QValueAxis* m_rateAxis;
    QValueAxis* m_latencyAxis;
};
