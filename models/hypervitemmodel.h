// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "kvp/hypervkvp.h"

// One VM's KVP items as the host sees them: where each comes from, key, value and the value's
// size in UTF-8 bytes. A new reading is merged by source and key (rows that are gone removed, the
// others changed in place, new ones appended), never a reset, so that the selection survives a
// refresh. Only host items can be changed from the host; the others are read-only.
class HypervItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceColumn, KeyColumn, ValueColumn, SizeColumn, ColumnCount };
    enum class Source { Host, Guest, Intrinsic };
    Q_ENUM(Source)
    enum Role {
        SourceRole = Qt::UserRole + 1, // the Source, in every column
        KeyRole, // the key, in every column
        FullValueRole, // the value as it is, line breaks included
        SortRole, // the size as a number, the text otherwise
    };

    explicit HypervItemModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setItems(const HypervKvpItems& items);
    void clear() { setItems({}); }
    HypervKvpItem item(int row) const { return m_rows.value(row).item; }
    Source source(int row) const { return m_rows.value(row).source; }
    // The row of this key from this source, or -1.
    int rowOf(Source source, const QString& key) const;
    // Embedded instances of the last reading that did not parse, with why.
    QStringList unreadable() const { return m_unreadable; }

    static QString sourceText(Source source);

private:
    struct Row
    {
        Source source = Source::Host;
        HypervKvpItem item;
    };

    QList<Row> m_rows;
    QStringList m_unreadable;
};
