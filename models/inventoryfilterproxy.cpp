// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfilterproxy.h"

#include "inventorymodel.h"

namespace {
// The C locale's collation compares bytes and ignores numeric mode; English is the neutral choice then.
QLocale collationLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English) : system;
}
} // namespace

InventoryFilterProxy::InventoryFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool InventoryFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}

void InventoryFilterProxy::setFilterExpression(const QString& expression)
{
    m_filter = InventoryFilter(expression);
    invalidateFilter();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filter.isEmpty()) {
        return true;
    }
    const QAbstractItemModel* model = sourceModel();
    const auto text = [&](int column) { return model->index(sourceRow, column, sourceParent).data().toString(); };
    return m_filter.matches({ { QStringLiteral("name"), text(InventoryModel::NameColumn) },
        { QStringLiteral("power"), text(InventoryModel::PowerStateColumn) },
        { QStringLiteral("guest"), text(InventoryModel::GuestColumn) },
        { QStringLiteral("host"), text(InventoryModel::HostColumn) },
        { QStringLiteral("ip"), text(InventoryModel::IpColumn) },
        { QStringLiteral("tools"), text(InventoryModel::ToolsColumn) },
        { QStringLiteral("notes"), text(InventoryModel::NotesColumn) } });
}
