// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "kvp/kvppool.h"

// One Hyper-V KVP pool as a table: key, value and the value's size in bytes. A new reading of the
// pool is merged row by row (inserts, moves, removes and dataChanged, matched by key and, for a key
// written twice, by its occurrence), never a reset, so that a view's selection survives a live change.
class KvpPoolModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, SizeColumn, ColumnCount };
    enum Role {
        RawKeyRole = Qt::UserRole + 1,
        RawValueRole, // the value's bytes as stored, up to its NUL
        SortRole, // the size as a number, the text otherwise
        FilterRole, // key and value text together, for a filter over both
    };

    explicit KvpPoolModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContents(const KvpPool::Contents& contents);
    const KvpPool::Contents& contents() const { return m_contents; }
    KvpRecord record(int row) const { return m_contents.records.value(row); }
    // Bytes of a partial record at the end of the file that were not read (0: none).
    qint64 trailingBytes() const { return m_contents.trailingBytes; }
    // Why the pool could not be read; empty when it was.
    QString error() const { return m_contents.error; }

Q_SIGNALS:
    // The record count, the partial record or the error may have changed.
    void stateChanged();

private:
    KvpPool::Contents m_contents;
};
