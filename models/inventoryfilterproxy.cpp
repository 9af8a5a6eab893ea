// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfilterproxy.h"

#include "inventorymodel.h"

using namespace Qt::StringLiterals;

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
    const QVariant leftValue = left.data(InventoryModel::RawValueRole);
    if (leftValue.typeId() == QMetaType::Int || leftValue.typeId() == QMetaType::LongLong) {
        return leftValue.toLongLong() < right.data(InventoryModel::RawValueRole).toLongLong();
    }
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}

void InventoryFilterProxy::setFilterExpression(const QString& expression)
{
    m_filter = InventoryFilter(expression);
    invalidateFilter();
}

void InventoryFilterProxy::setScope(const QList<std::pair<int, QString>>& scope)
{
    m_scope = scope;
    invalidateFilter();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    for (const auto& [column, value] : m_scope) {
        const QString text = sourceModel()->index(sourceRow, column, sourceParent).data().toString();
        const bool inFolder = column == InventoryModel::FolderColumn && text.startsWith(value + u'/');
        if (text != value && !inFolder) {
            return false;
        }
    }
    if (m_filter.isEmpty()) {
        return true;
    }
    // Each column under its field name (in Column order); the columns without one still match
    // bare words.
    static const QString fieldOfColumn[] = { u"name"_s, u"power"_s, u"guest"_s, u"host"_s, u"cluster"_s, u"dc"_s,
        u"folder"_s, u"ip"_s, {}, {}, {}, {}, u"tools"_s, u"notes"_s, u"attr"_s, u"uuid"_s, u"uuid"_s, {} };
    static_assert(std::size(fieldOfColumn) == InventoryModel::ColumnCount);
    const QAbstractItemModel* model = sourceModel();
    QList<std::pair<QString, QString>> fields;
    fields.reserve(InventoryModel::ColumnCount);
    for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
        fields.append({ fieldOfColumn[column], model->index(sourceRow, column, sourceParent).data().toString() });
    }
    return m_filter.matches(fields);
}
