// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfilesortproxy.h"

#include <QDateTime>

#include "guestfilemodel.h"

GuestFileSortProxy::GuestFileSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::English))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(GuestFileModel::SortRole);
}

bool GuestFileSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftFolder = left.data(GuestFileModel::IsDirectoryRole).toBool();
    const bool rightFolder = right.data(GuestFileModel::IsDirectoryRole).toBool();
    if (leftFolder != rightFolder) {
        // Descending order reverses the answer, so folders stay on top by answering the other way.
        return sortOrder() == Qt::AscendingOrder ? leftFolder : rightFolder;
    }
    const QVariant a = left.data(GuestFileModel::SortRole);
    const QVariant b = right.data(GuestFileModel::SortRole);
    if (a.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(a.toString(), b.toString());
        if (order != 0) {
            return order < 0;
        }
    } else {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order != QPartialOrdering::Equivalent && order != QPartialOrdering::Unordered) {
            return order == QPartialOrdering::Less;
        }
    }
    // Equal keys fall back to the name, so that a sort is the same every time.
    return m_collator.compare(
               left.data(GuestFileModel::NameRole).toString(), right.data(GuestFileModel::NameRole).toString())
        < 0;
}
