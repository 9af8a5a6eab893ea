// SPDX-License-Identifier: GPL-3.0-or-later
#include "recenttasksdock.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

#include "progressdelegate.h"
#include "tasklistmodel.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int defaultRows = 6;

// The task's name with its state's icon.
class TaskStateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QStyle* style = option->widget ? option->widget->style() : QApplication::style();
        QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
        switch (static_cast<VimTask::State>(index.data(TaskListModel::StateRole).toInt())) {
        case VimTask::State::Queued:
            pixmap = QStyle::SP_BrowserStop;
            break;
        case VimTask::State::Running:
            pixmap = QStyle::SP_BrowserReload;
            break;
        case VimTask::State::Success:
            pixmap = QStyle::SP_DialogApplyButton;
            break;
        case VimTask::State::Error:
            pixmap = QStyle::SP_MessageBoxCritical;
            break;
        }
        option->icon = style->standardIcon(pixmap, nullptr, option->widget);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

// A progress bar while the task runs with a known percentage; the status text otherwise.
class TaskResultDelegate : public ProgressDelegate
{
public:
    explicit TaskResultDelegate(QObject* parent)
        : ProgressDelegate(TaskListModel::ProgressRole, parent)
    { }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const bool running = index.data(TaskListModel::StateRole).toInt() == int(VimTask::State::Running);
        if (running && index.data(TaskListModel::ProgressRole).toInt() >= 0) {
            ProgressDelegate::paint(painter, option, index);
        } else {
            QStyledItemDelegate::paint(painter, option, index);
        }
    }
};
} // namespace

RecentTasksDock::RecentTasksDock(TaskListModel* tasks, QWidget* parent)
    : QDockWidget(tr("Recent Tasks"), parent)
    , m_view(new QTableView(this))
{
    setObjectName(u"RecentTasksDock"_s);
    m_view->setModel(tasks);
    m_view->setAccessibleName(tr("Recent tasks"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(TaskListModel::TaskColumn, new TaskStateDelegate(m_view));
    m_view->setItemDelegateForColumn(TaskListModel::ResultColumn, new TaskResultDelegate(m_view));
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(TaskListModel::TaskColumn, 240);
    header->resizeSection(TaskListModel::TargetColumn, 200);
    header->resizeSection(TaskListModel::ResultColumn, 260);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    setWidget(m_view);
    QAction* toggle = toggleViewAction(); // a closed dock comes back from the View menu
    toggle->setText(tr("Recent &Tasks"));
    toggle->setShortcut(QKeySequence(u"Ctrl+Shift+T"_s));
}

int RecentTasksDock::defaultHeight() const
{
    const int frame = 2 * m_view->frameWidth();
    const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
    return title + frame + m_view->horizontalHeader()->sizeHint().height()
        + defaultRows * m_view->verticalHeader()->defaultSectionSize() + 4;
}

QSize RecentTasksDock::sizeHint() const
{
    return { QDockWidget::sizeHint().width(), defaultHeight() };
}
