// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ExportJobModel;
class ExportQueue;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QSystemTrayIcon;
class QTableView;

// The export queue: jobs with progress, speed and time left; pause, resume, cancel, retry, open
// folder; the selected job's log. VMs dropped here from the inventory are exported.
class ExportsPage : public QWidget
{
    Q_OBJECT
public:
    ExportsPage(ExportQueue* queue, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // Asks where and how, then queues them.
    void exportVms(const QStringList& names);

Q_SIGNALS:
    // A job ended: what to tell the admin ("web-01 is exported to /srv/ovf").
    void jobFinished(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QList<quint64> selectedJobs() const;
    void showSelected();
    void updateSummary();
    void openFolder();
    void importBatch();
    // Says how a job ended; a desktop notification too when it ran long enough that the admin has
    // probably gone elsewhere.
    void notifyFinished(quint64 id);

    ExportQueue* m_queue;
    ExportJobModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_log;
    QLabel* m_summary;
    QLabel* m_storageWarning;
    QSpinBox* m_concurrency;
    QSystemTrayIcon* m_tray = nullptr;
};
