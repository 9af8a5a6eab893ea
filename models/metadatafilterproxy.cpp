// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafilterproxy.h"

#include "metadatafilemodel.h"

namespace {
// The C locale's collation compares bytes and ignores numeric mode; English is the neutral choice then.
QLocale collationLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English) : system;
}
} // namespace

MetadataFilterProxy::MetadataFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(MetadataFileModel::SortRole);
}

void MetadataFilterProxy::setFilterText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void MetadataFilterProxy::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

bool MetadataFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant leftValue = left.data(MetadataFileModel::SortRole);
    const QVariant rightValue = right.data(MetadataFileModel::SortRole);
    if (leftValue.typeId() == QMetaType::QString) {
        const int order = sortKey(leftValue.toString()).compare(sortKey(rightValue.toString()));
        if (order != 0) {
            return order < 0;
        }
    } else if (leftValue.toLongLong() != rightValue.toLongLong()) {
        return leftValue.toLongLong() < rightValue.toLongLong();
    }
    // Equal values (a status, a count) keep the VMs in name order.
    return sortKey(left.data(MetadataFileModel::KeyRole).toString())
               .compare(sortKey(right.data(MetadataFileModel::KeyRole).toString()))
        < 0;
}

QCollatorSortKey MetadataFilterProxy::sortKey(const QString& text) const
{
    auto it = m_sortKeys.constFind(text);
    if (it == m_sortKeys.cend()) {
        if (m_sortKeys.size() > 50000) {
            m_sortKeys.clear(); // host names come and go; keys of the current rows are made again
        }
        it = m_sortKeys.insert(text, m_collator.sortKey(text));
    }
    return *it;
}

bool MetadataFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex key = sourceModel()->index(sourceRow, MetadataFileModel::KeyColumn, sourceParent);
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::WithErrors:
        if (key.data(MetadataFileModel::ErrorCountRole).toInt() == 0) {
            return false;
        }
        break;
    case StatusFilter::WithWarnings:
        if (key.data(MetadataFileModel::WarningCountRole).toInt() == 0) {
            return false;
        }
        break;
    case StatusFilter::Missing:
    case StatusFilter::ChangedOnDisk: {
        const auto wanted = m_status == StatusFilter::Missing ? MetadataFileModel::Status::Missing
                                                              : MetadataFileModel::Status::ChangedOnDisk;
        if (key.data(MetadataFileModel::StatusRole).value<MetadataFileModel::Status>() != wanted) {
            return false;
        }
        break;
    }
    }
    if (m_text.isEmpty()) {
        return true;
    }
    return key.data().toString().contains(m_text, Qt::CaseInsensitive)
        || sourceModel()
               ->index(sourceRow, MetadataFileModel::HostnameColumn, sourceParent)
               .data()
               .toString()
               .contains(m_text, Qt::CaseInsensitive);
}
