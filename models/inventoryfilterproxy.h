// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Filters the inventory by a substring of any column and sorts the way people read names:
// "VM2" before "VM10", case-insensitively.
class InventoryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryFilterProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};
