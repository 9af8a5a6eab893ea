// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sorts a GuestFileModel by any column with folders first in both orders, names naturally
// ("log2" before "log10"), as file managers do.
class GuestFileSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit GuestFileSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QCollator m_collator;
};
