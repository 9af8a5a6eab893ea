// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorypage.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "inventoryfilterproxy.h"
#include "inventorymodel.h"

InventoryPage::InventoryPage(InventoryModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new InventoryFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter virtual machines, e.g. web power:on guest:linux"));
    m_filter->setClearButtonEnabled(true);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true); // onto the Exports page
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* exportAction = new QAction(tr("&Export…"), m_table);
    connect(exportAction, &QAction::triggered, this, [this] { Q_EMIT exportRequested(selectedVmNames()); });
    m_table->addAction(exportAction);
    const struct
    {
        QString text;
        VmActions::Power action;
    } powerActions[] = {
        { tr("Power &On"), VmActions::Power::On },
        { tr("Shut &Down Guest"), VmActions::Power::ShutdownGuest },
        { tr("Restart &Guest"), VmActions::Power::RebootGuest },
        { tr("Power O&ff"), VmActions::Power::Off },
        { tr("&Reset"), VmActions::Power::Reset },
        { tr("&Suspend"), VmActions::Power::Suspend },
    };
    for (const auto& power : powerActions) {
        auto* action = new QAction(power.text, m_table);
        connect(action, &QAction::triggered, this,
            [this, which = power.action] { Q_EMIT powerRequested(selectedVmNames(), which); });
        m_table->addAction(action);
    }
    auto* snapshot = new QAction(tr("Take S&napshot…"), m_table);
    connect(snapshot, &QAction::triggered, this, [this] { Q_EMIT snapshotRequested(selectedVmNames()); });
    m_table->addAction(snapshot);
    auto* notes = new QAction(tr("Edit &Notes…"), m_table);
    connect(notes, &QAction::triggered, this, [this] { Q_EMIT notesRequested(selectedVmNames()); });
    m_table->addAction(notes);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(InventoryModel::NameColumn, 260);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &InventoryFilterProxy::setFilterExpression);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InventoryPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InventoryPage::updateSummary);
    connect(m_model, &InventoryModel::loadingChanged, this, &InventoryPage::updateSummary);
    updateSummary();
}

QByteArray InventoryPage::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void InventoryPage::restoreHeaderState(const QByteArray& state)
{
    m_table->horizontalHeader()->restoreState(state);
}

QStringList InventoryPage::selectedVmNames() const
{
    QStringList names;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(InventoryModel::NameColumn)) {
        names.append(row.data().toString());
    }
    return names;
}

void InventoryPage::updateSummary()
{
    if (m_model->isLoading()) {
        m_summary->setText(tr("Loading the inventory…"));
    } else if (m_proxy->rowCount() == m_model->rowCount()) {
        m_summary->setText(tr("Virtual machines: %1").arg(m_model->rowCount()));
    } else {
        m_summary->setText(tr("Virtual machines: %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    }
}
