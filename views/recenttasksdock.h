// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTableView;
class TaskListModel;

// The Recent Tasks dock at the bottom of the window: the tasks of vCenter and of this app.
class RecentTasksDock : public QDockWidget
{
    Q_OBJECT
public:
    RecentTasksDock(TaskListModel* tasks, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

private:
    QTableView* m_view;
};
