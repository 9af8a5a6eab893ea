// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvppoolmodel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
using Identity = std::pair<QByteArray, int>; // key, and which of the records with that key

QList<Identity> identities(const QList<KvpRecord>& records)
{
    QHash<QByteArray, int> seen;
    QList<Identity> result;
    result.reserve(records.size());
    for (const KvpRecord& record : records) {
        result.append({ record.key, seen[record.key]++ });
    }
    return result;
}
} // namespace

KvpPoolModel::KvpPoolModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int KvpPoolModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contents.records.size());
}

int KvpPoolModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KvpPoolModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KvpRecord& record = m_contents.records.at(index.row());
    switch (role) {
    case RawKeyRole:
        return record.key;
    case RawValueRole:
        return record.value;
    case FilterRole:
        return QString(record.keyText() + u'\n' + record.valueText());
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn && !record.keyTerminated) {
            return tr("The key fills its whole field with no NUL after it.");
        }
        if (index.column() == ValueColumn && !record.valueTerminated) {
            return tr("The value fills its whole field with no NUL after it.");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case KeyColumn:
            return record.keyText();
        case ValueColumn:
            return record.valueText();
        case SizeColumn:
            return role == SortRole ? QVariant(record.value.size()) : QVariant(QString::number(record.value.size()));
        }
    }
    return {};
}

QVariant KvpPoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

void KvpPoolModel::setContents(const KvpPool::Contents& contents)
{
    const QList<Identity> wanted = identities(contents.records);
    QList<Identity> current = identities(m_contents.records);
    // Rows that are gone first, from the end so that the rows before keep their numbers.
    for (auto row = current.size() - 1; row >= 0; --row) {
        if (!wanted.contains(current.at(row))) {
            beginRemoveRows({}, int(row), int(row));
            m_contents.records.removeAt(row);
            current.removeAt(row);
            endRemoveRows();
        }
    }
    // Then walk the new order: each row is already in place, further down (moved up), or new.
    for (int row = 0; row < wanted.size(); ++row) {
        const KvpRecord& record = contents.records.at(row);
        if (row < current.size() && current.at(row) == wanted.at(row)) {
            if (!(m_contents.records.at(row) == record)) {
                m_contents.records[row] = record;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const auto from = current.indexOf(wanted.at(row), row);
        if (from > row) {
            beginMoveRows({}, int(from), int(from), {}, row);
            m_contents.records.move(from, row);
            current.move(from, row);
            endMoveRows();
            if (!(m_contents.records.at(row) == record)) {
                m_contents.records[row] = record;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, row, row);
            m_contents.records.insert(row, record);
            current.insert(row, wanted.at(row));
            endInsertRows();
        }
    }
    m_contents.trailingBytes = contents.trailingBytes;
    m_contents.error = contents.error;
    Q_EMIT stateChanged();
}
