// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

// Recent tasks, newest first, as vCenter reported their outcome. Bounded.
class TaskListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TaskColumn, TargetColumn, ResultColumn, ColumnCount };

    explicit TaskListModel(QObject* parent = nullptr, int capacity = 200);

    void addTask(const QString& task, const QString& target, bool succeeded, const QString& message);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Task
    {
        QDateTime at;
        QString task;
        QString target;
        bool succeeded;
        QString message;
    };
    QList<Task> m_tasks;
    int m_capacity;
};
