// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QTableView;
class TaskListModel;

// The Recent Tasks dock at the bottom of the window: the tasks of vCenter and of this app, an icon
// per state and a progress bar while a task runs.
class RecentTasksDock : public QDockWidget
{
    Q_OBJECT
public:
    RecentTasksDock(TaskListModel* tasks, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    // About six rows under the header: what the window gives the dock at first
    // (QMainWindow::resizeDocks), and its size hint.
    int defaultHeight() const;
    QSize sizeHint() const override;

private:
    QTableView* m_view;
};
