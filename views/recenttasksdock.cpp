// SPDX-License-Identifier: GPL-3.0-or-later
#include "recenttasksdock.h"

#include <QHeaderView>
#include <QTableView>

#include "tasklistmodel.h"

using namespace Qt::StringLiterals;

RecentTasksDock::RecentTasksDock(TaskListModel* tasks, QWidget* parent)
    : QDockWidget(tr("Recent Tasks"), parent)
    , m_view(new QTableView(this))
{
    setObjectName(u"RecentTasksDock"_s);
    m_view->setModel(tasks);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(TaskListModel::TaskColumn, 200);
    m_view->horizontalHeader()->resizeSection(TaskListModel::TargetColumn, 200);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    setWidget(m_view);
    QAction* toggle = toggleViewAction(); // a closed dock comes back from the View menu
    toggle->setText(tr("Recent &Tasks"));
    toggle->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
}
