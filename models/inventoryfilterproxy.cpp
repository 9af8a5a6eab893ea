// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfilterproxy.h"

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
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

bool InventoryFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
}
