// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasklistmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

TaskListModel::TaskListModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(capacity)
{ }

void TaskListModel::addTask(const QString& task, const QString& target, bool succeeded, const QString& message)
{
    if (m_tasks.size() >= m_capacity) {
        const int last = static_cast<int>(m_tasks.size()) - 1;
        beginRemoveRows({}, last, last);
        m_tasks.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_tasks.prepend({ QDateTime::currentDateTime(), task, target, succeeded, message });
    endInsertRows();
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Task& task = m_tasks.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && !task.succeeded) {
        return QBrush(QColor(0xb0, 0x20, 0x20));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(task.at.time(), QLocale::ShortFormat);
    case TaskColumn:
        return task.task;
    case TargetColumn:
        return task.target;
    case ResultColumn:
        return task.succeeded ? tr("Completed") : tr("Failed: %1").arg(task.message);
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
        return tr("Result");
    default:
        return {};
    }
}
