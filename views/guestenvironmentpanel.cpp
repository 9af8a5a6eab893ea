// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestenvironmentpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "guestenvironmentmodel.h"

using namespace Qt::StringLiterals;

GuestEnvironmentPanel::GuestEnvironmentPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new GuestEnvironmentModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter names and values"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the environment"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Guest environment"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), this);
    auto* refresh = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Re&fresh"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(copy);
    bar->addWidget(refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateStatus();
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(copyText()); });
    connect(refresh, &QPushButton::clicked, this, &GuestEnvironmentPanel::refreshRequested);
}

void GuestEnvironmentPanel::setVariables(const QStringList& lines)
{
    m_model->setVariables(lines);
    m_status->setToolTip({});
    m_table->resizeColumnToContents(GuestEnvironmentModel::NameColumn);
    updateStatus();
}

void GuestEnvironmentPanel::setError(const QString& message, const QString& details)
{
    m_status->setText(message);
    m_status->setToolTip(details);
}

QString GuestEnvironmentPanel::copyText() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            rows.append(m_proxy->index(row, 0));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& row : std::as_const(rows)) {
        lines.append(
            row.data().toString() + u'=' + row.siblingAtColumn(GuestEnvironmentModel::ValueColumn).data().toString());
    }
    return lines.join(u'\n');
}

void GuestEnvironmentPanel::updateStatus()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_status->setText(
        shown == all ? tr("%n variable(s)", nullptr, all) : tr("%1 of %n variable(s)", nullptr, all).arg(shown));
}
