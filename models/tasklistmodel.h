// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include "vsphere/vimtask.h"

class InventoryModel;
class VCenterConnection;
class VmActions;

// Recent tasks, newest first: vCenter's own list (every client's and user's tasks, live: queued,
// running with progress, finished) and this app's work that is no vCenter task (exports, guest
// operations). A vCenter task this app started shows once: rows are keyed, and vCenter's task id
// ("task-42") is the key of both views of it. Bounded: past the capacity the oldest finished row
// goes (the oldest row if none has finished).
//
// The app's own work is reported with upsertLocalTask():
//     const QString key = tasks->upsertLocalTask({}, tr("Export"), vmName, VimTask::State::Running, 0);
//     tasks->upsertLocalTask(key, tr("Export"), vmName, VimTask::State::Running, 40);
//     tasks->upsertLocalTask(key, tr("Export"), vmName, VimTask::State::Error, -1, error.message());
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TaskColumn, TargetColumn, ResultColumn, InitiatorColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // VimTask::State as int
        ProgressRole, // percent while running, -1 if unknown
        KeyRole, // the row's key
    };

    explicit TaskListModel(QObject* parent = nullptr, int capacity = 200);

    // Follows vCenter's recent tasks on `connection` (asks it to watch them whenever it is
    // connected); names their targets from `inventory` where vCenter gives only an id; records what
    // `actions` did (taskFinished), merged with vCenter's row when the action was a vCenter task.
    void follow(VCenterConnection* connection, const InventoryModel* inventory = nullptr, VmActions* actions = nullptr);

    // Adds the row with this key, or updates it. An empty key makes a new local key ("local-3"),
    // returned: pass it again to move the row on. `percent` (0-100) is shown while running; -1
    // for unknown. `message` says why a task failed. Keys starting with "task-" are vCenter's.
    QString upsertLocalTask(const QString& key, const QString& name, const QString& target, VimTask::State state,
        int percent = -1, const QString& message = {});
    // A finished action, as VmActions::taskFinished reports it (target: its display name).
    void addTask(const QString& task, const QString& target, bool succeeded, const QString& message,
        const QString& taskKey = {});
    // vCenter's view of one task (VCenterConnection::taskChanged).
    void upsertVCenterTask(const VimTask& task);

    int capacity() const { return m_capacity; }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Task
    {
        QString key;
        QDateTime at; // queued (vCenter) or started (local)
        QString name;
        QString target;
        QString entityId; // a VM's id, while its name is not known yet
        VimTask::State state = VimTask::State::Queued;
        int progress = -1;
        QString message;
        QString initiator;
        QDateTime started;
        QDateTime completed;
        bool fromVCenter = false;
    };
    int rowOf(const QString& key) const;
    // Puts a new row where its time belongs (newest first), or updates the row with its key.
    void upsert(Task task);
    void trim();
    QString targetName(const ManagedObjectRef& entity, const QString& entityName) const;

    QList<Task> m_tasks;
    int m_capacity;
    quint64 m_nextLocalKey = 1;
    QPointer<VCenterConnection> m_connection;
    QPointer<const InventoryModel> m_inventory;
};
