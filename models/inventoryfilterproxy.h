// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include "inventoryfilter.h"

// Filters the inventory with the search language (InventoryFilter) and sorts the way people read
// names: "VM2" before "VM10", case-insensitively.
class InventoryFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InventoryFilterProxy(QObject* parent = nullptr);

    // The search language of InventoryFilter: "web power:on guest:linux".
    void setFilterExpression(const QString& expression);
    // Only VMs whose columns hold these values (a folder also matches its subfolders): the branch
    // chosen in the inventory tree. Empty: all.
    void setScope(const QList<std::pair<int, QString>>& scope);
    // A field name in the search the language does not know ("hots"), or nothing.
    QString unknownField() const { return m_filter.unknownField(); }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    InventoryFilter m_filter;
    QList<std::pair<int, QString>> m_scope;
};
