// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

// The Metadata page's view of MetadataFileModel: a search over VM key and host name, a choice of
// which rows by their findings, and sorting of every column (the status by severity, names the way
// people read them: "vm2" before "vm10").
class MetadataFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class StatusFilter {
        All,
        WithErrors, // at least one error, whatever the status shows first
        WithWarnings, // at least one warning
        Missing, // inventory VMs without a file
        ChangedOnDisk,
    };
    Q_ENUM(StatusFilter)

    explicit MetadataFilterProxy(QObject* parent = nullptr);

    // Case-insensitive; a row matches when its key or its host name contains the text.
    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    // A collation key per text, made once: comparing keys is a byte compare, while QCollator::compare
    // collates both strings again on each of the ~60,000 comparisons that sort 5,000 rows.
    QCollatorSortKey sortKey(const QString& text) const; // a copy: a later insert may move the stored one

    QCollator m_collator;
    mutable QHash<QString, QCollatorSortKey> m_sortKeys;
    QString m_text;
    StatusFilter m_status = StatusFilter::All;
};
