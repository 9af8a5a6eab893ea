// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasklistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include "inventorymodel.h"
#include "vsphere/vcenterconnection.h"
#include "vsphere/vmactions.h"

using namespace Qt::StringLiterals;

TaskListModel::TaskListModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{ }

void TaskListModel::follow(VCenterConnection* connection, const InventoryModel* inventory, VmActions* actions)
{
    m_connection = connection;
    m_inventory = inventory;
    if (inventory) {
        // Tasks that came before the VMs were read show their VM's name once it is known.
        const auto nameKnownTargets = [this] {
            for (int row = 0; row < m_tasks.size(); ++row) {
                Task& task = m_tasks[row];
                if (task.entityId.isEmpty()) {
                    continue;
                }
                const QString name = m_inventory->nameOf(task.entityId);
                if (name != task.entityId) {
                    task.target = name;
                    task.entityId.clear();
                    Q_EMIT dataChanged(index(row, TargetColumn), index(row, TargetColumn));
                }
            }
        };
        connect(inventory, &QAbstractItemModel::modelReset, this, nameKnownTargets);
        connect(inventory, &QAbstractItemModel::rowsInserted, this, nameKnownTargets);
    }
    if (connection) {
        connect(connection, &VCenterConnection::taskChanged, this, &TaskListModel::upsertVCenterTask);
        connect(connection, &VCenterConnection::stateChanged, this, [this](VCenterConnection::State state) {
            if (state == VCenterConnection::State::Connected && m_connection) {
                m_connection->watchTasks();
            }
        });
        if (connection->state() == VCenterConnection::State::Connected) {
            connection->watchTasks();
        }
    }
    if (actions) {
        connect(actions, &VmActions::taskFinished, this,
            [this](const QString& task, const QString& object, bool succeeded, const QString& message,
                const QString& taskKey) {
                addTask(task, m_inventory ? m_inventory->nameOf(object) : object, succeeded, message, taskKey);
            });
    }
}

QString TaskListModel::targetName(const ManagedObjectRef& entity, const QString& entityName) const
{
    // Some servers (the simulator) name the entity by its id; the inventory knows the VM's name.
    if ((entityName.isEmpty() || entityName == entity.value) && m_inventory && entity.type == u"VirtualMachine"_s) {
        return m_inventory->nameOf(entity.value);
    }
    return entityName.isEmpty() ? entity.value : entityName;
}

QString TaskListModel::upsertLocalTask(const QString& key, const QString& name, const QString& target,
    VimTask::State state, int percent, const QString& message)
{
    Task task;
    task.key = key.isEmpty() ? u"local-%1"_s.arg(m_nextLocalKey++) : key;
    task.at = QDateTime::currentDateTime();
    task.name = name;
    task.target = target;
    task.state = state;
    task.progress = state == VimTask::State::Running ? std::clamp(percent, -1, 100) : -1;
    task.message = message;
    if (state == VimTask::State::Success || state == VimTask::State::Error) {
        task.completed = task.at;
    }
    const QString made = task.key;
    upsert(std::move(task));
    return made;
}

void TaskListModel::addTask(
    const QString& task, const QString& target, bool succeeded, const QString& message, const QString& taskKey)
{
    upsertLocalTask(taskKey, task, target, succeeded ? VimTask::State::Success : VimTask::State::Error, -1, message);
}

void TaskListModel::upsertVCenterTask(const VimTask& vimTask)
{
    Task task;
    task.key = vimTask.ref.value;
    task.at = vimTask.queueTime.isValid() ? vimTask.queueTime.toLocalTime() : QDateTime::currentDateTime();
    task.name = vimTask.displayName();
    task.target = targetName(vimTask.entity, vimTask.entityName);
    if (task.target == vimTask.entity.value && vimTask.entity.type == u"VirtualMachine"_s) {
        task.entityId = vimTask.entity.value; // vCenter's tasks arrive before the inventory: named later
    }
    task.state = vimTask.state;
    task.progress = vimTask.state == VimTask::State::Running ? vimTask.progress : -1;
    task.message = vimTask.errorMessage;
    task.initiator = vimTask.initiator;
    task.started = vimTask.startTime.toLocalTime();
    task.completed = vimTask.completeTime.toLocalTime();
    task.fromVCenter = true;
    upsert(std::move(task));
}

int TaskListModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).key == key) {
            return row;
        }
    }
    return -1;
}

void TaskListModel::upsert(Task task)
{
    if (const int row = rowOf(task.key); row >= 0) {
        Task& current = m_tasks[row];
        if (current.fromVCenter && !task.fromVCenter) {
            // This app's word on a vCenter task: vCenter's row stays, with the outcome it may lack.
            current.state = task.state;
            current.progress = -1;
            if (current.message.isEmpty()) {
                current.message = task.message;
            }
            if (!current.completed.isValid()) {
                current.completed = task.completed;
            }
        } else {
            if (task.target.isEmpty()) {
                task.target = current.target;
            }
            if (!task.fromVCenter) {
                task.at = current.at; // a local task keeps its place
            }
            current = std::move(task);
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    // Newest first; vCenter's first answer brings its list in no particular order.
    int row = 0;
    while (row < m_tasks.size() && m_tasks.at(row).at > task.at) {
        ++row;
    }
    beginInsertRows({}, row, row);
    m_tasks.insert(row, std::move(task));
    endInsertRows();
    trim();
}

void TaskListModel::trim()
{
    while (m_tasks.size() > m_capacity) {
        int victim = static_cast<int>(m_tasks.size()) - 1;
        for (int row = victim; row >= 0; --row) {
            const VimTask::State state = m_tasks.at(row).state;
            if (state == VimTask::State::Success || state == VimTask::State::Error) {
                victim = row;
                break;
            }
        }
        beginRemoveRows({}, victim, victim);
        m_tasks.removeAt(victim);
        endRemoveRows();
    }
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
QString resultText(VimTask::State state, int progress, const QString& message)
{
    switch (state) {
    case VimTask::State::Queued:
        return TaskListModel::tr("Queued");
    case VimTask::State::Running:
        return progress >= 0 ? TaskListModel::tr("Running (%1%)").arg(progress) : TaskListModel::tr("Running");
    case VimTask::State::Success:
        return TaskListModel::tr("Completed");
    case VimTask::State::Error:
        return message.isEmpty() ? TaskListModel::tr("Failed") : TaskListModel::tr("Failed: %1").arg(message);
    }
    return {};
}
} // namespace

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Task& task = m_tasks.at(index.row());
    switch (role) {
    case StateRole:
        return static_cast<int>(task.state);
    case ProgressRole:
        return task.progress;
    case KeyRole:
        return task.key;
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn && task.state == VimTask::State::Error) {
            return QBrush(QColor(0xb0, 0x20, 0x20));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            QStringList times { tr("Queued or started: %1").arg(QLocale().toString(task.at, QLocale::LongFormat)) };
            if (task.started.isValid()) {
                times.append(tr("Started: %1").arg(QLocale().toString(task.started, QLocale::LongFormat)));
            }
            if (task.completed.isValid()) {
                times.append(tr("Completed: %1").arg(QLocale().toString(task.completed, QLocale::LongFormat)));
            }
            return times.join(u'\n');
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(task.at.time(), QLocale::ShortFormat);
    case TaskColumn:
        return task.name;
    case TargetColumn:
        return task.target;
    case ResultColumn:
        return resultText(task.state, task.progress, task.message);
    case InitiatorColumn:
        return task.initiator;
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TaskColumn:
        return tr("Task");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Status");
    case InitiatorColumn:
        return tr("Initiator");
    default:
        return {};
    }
}
