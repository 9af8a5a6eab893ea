// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QHash>
#include <QWidget>

#include "exportdialog.h"
#include "previousexports.h"

class ExportJobModel;
class QAction;
class ExportQueue;
struct ExportJobRecord;
class InventoryModel;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QSystemTrayIcon;
class QTableView;
class ThroughputChart;

// The Transfers page, the queue of exports, deploys and clones: jobs with progress, speed and time left; pause, resume,
// cancel, retry, open folder; the selected job's log and a throughput graph. VMs dropped here from the inventory are
// exported. Asks before what loses work (cancel, remove) and before replacing an earlier export.
class ExportsPage : public QWidget
{
    Q_OBJECT
public:
    // Asks before an action that loses work; ConfirmAction::ask unless replaced (tests answer
    // without a modal dialog).
    using Confirmer
        = std::function<bool(const QString& action, const QStringList& vmNames, const QString& consequence)>;
    enum class Answer { Proceed, Skip, Cancel };
    // A question about some of the VMs being queued: go on with them, leave them out, or stop.
    struct Question
    {
        QString title;
        QString text;
        QStringList vmNames;
        QString proceed; // the button that goes on with them ("Overwrite")
        QString skip; // the button that leaves them out
    };
    using Asker = std::function<Answer(const Question& question)>;

    ExportsPage(ExportQueue* queue, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    ThroughputChart* chart() const { return m_chart; }

    // Where the export dialog and batch imports learn which VMs are powered on.
    void setPowerStateSource(const ExportDialog::PowerStateSource& source) { m_powerStates = source; }
    // The inventory's power states, for setPowerStateSource().
    static ExportDialog::PowerStateSource powerStatesOf(const InventoryModel* inventory);
    void setConfirmer(const Confirmer& confirm) { m_confirm = confirm; }
    void setAsker(const Asker& ask) { m_ask = ask; }

    // Asks where and how, then queues them.
    void exportVms(const QStringList& names);
    // Queues these exports after the checks: a VM with an unfinished job for the same folder is
    // not queued twice; powered-on VMs without "shut down first" and earlier exports in the way
    // are asked about. Returns the ids of the jobs queued.
    QList<quint64> queueExports(QList<ExportSpec> specs);
    // Cancel and Remove of the toolbar, for these jobs: ask first, saying what is lost.
    void cancelJobs(const QList<quint64>& ids);
    void removeJobs(const QList<quint64>& ids);

    // How a job ended, as a whole sentence ("The export of web-01 was cancelled; …").
    QString finishedMessage(const ExportJobRecord& job) const;

Q_SIGNALS:
    // The admin asked to deploy an OVF/OVA package (the window has the session and the inventory).
    void deployRequested();
    // A job ended: what to tell the admin ("web-01 is exported to /srv/ovf/web-01.").
    void jobFinished(const QString& message);
    // Something the admin should read that is not a job's end (VMs not queued, and why).
    void notice(const QString& message);
    // A job's state, phase or whole percent changed, for a task list: `state` as the table shows
    // it; `message` is finishedMessage() once `finished`, else empty.
    void jobStateChanged(const QString& jobId, const QString& vmName, const QString& state, int percent, bool finished,
        bool succeeded, const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QList<quint64> selectedJobs() const;
    void showSelected();
    void updateSummary();
    // Offers only what fits the selected jobs (a guest upload has no folder here, for one).
    void updateActions();
    void importBatch();
    void reportState(quint64 id);
    Answer ask(const Question& question);
    // Says how a job ended; a desktop notification too when it ran long enough that the admin has
    // probably gone elsewhere.
    void notifyFinished(quint64 id);

    ExportQueue* m_queue;
    ExportJobModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_log;
    ThroughputChart* m_chart;
    QLabel* m_summary;
    QLabel* m_storageWarning;
    QSpinBox* m_concurrency;
    QAction* m_shutdownRetry = nullptr;
    QAction* m_openFolder = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    ExportDialog::PowerStateSource m_powerStates;
    Confirmer m_confirm;
    Asker m_ask;
    PreviousExports m_previous;
    QHash<quint64, QString> m_reported; // the last state reported per job, "state|percent"
};
