// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervitemmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// A table cell shows one line; the full value is in FullValueRole and the tooltip.
QString oneLine(const QString& value)
{
    QString line = value;
    line.replace(u"\r\n"_s, u"\u21b5"_s).replace(u'\n', u'\u21b5').replace(u'\r', u'\u21b5');
    constexpr int shown = 500;
    return line.size() > shown ? line.left(shown) + u'\u2026' : line;
}
} // namespace

HypervItemModel::HypervItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString HypervItemModel::sourceText(Source source)
{
    switch (source) {
    case Source::Host:
        return tr("Host");
    case Source::Guest:
        return tr("Guest");
    case Source::Intrinsic:
        return tr("Intrinsic");
    }
    return {};
}

int HypervItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HypervItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HypervItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const qsizetype size = row.item.data.toUtf8().size();
    switch (role) {
    case SourceRole:
        return QVariant::fromValue(row.source);
    case KeyRole:
        return row.item.name;
    case FullValueRole:
        return row.item.data;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn) {
            constexpr int shown = 4000;
            return row.item.data.size() > shown ? row.item.data.left(shown) + u'\u2026' : row.item.data;
        }
        if (index.column() == SourceColumn) {
            return row.source == Source::Host ? tr("Pushed by the host: can be changed and removed here")
                                              : tr("Written by the guest: read-only from the host");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case SourceColumn:
            return sourceText(row.source);
        case KeyColumn:
            return row.item.name;
        case ValueColumn:
            return role == SortRole ? row.item.data : oneLine(row.item.data);
        case SizeColumn:
            return role == SortRole ? QVariant(size) : QVariant(QString::number(size));
        }
    }
    return {};
}

QVariant HypervItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

int HypervItemModel::rowOf(Source source, const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).source == source && m_rows.at(row).item.name == key) {
            return row;
        }
    }
    return -1;
}

void HypervItemModel::setItems(const HypervKvpItems& items)
{
    QList<Row> wanted;
    const std::pair<Source, const QList<HypervKvpItem>*> sources[]
        = { { Source::Host, &items.host }, { Source::Guest, &items.guest }, { Source::Intrinsic, &items.intrinsic } };
    for (const auto& [source, list] : sources) {
        for (const HypervKvpItem& item : *list) {
            // A key twice in one source is one row: the later one, as the guest's daemon keeps it.
            const auto same = std::find_if(wanted.begin(), wanted.end(),
                [&](const Row& row) { return row.source == source && row.item.name == item.name; });
            if (same != wanted.end()) {
                same->item = item;
            } else {
                wanted.append({ source, item });
            }
        }
    }
    const auto isWanted = [&](const Row& row) {
        return std::any_of(wanted.cbegin(), wanted.cend(),
            [&](const Row& other) { return other.source == row.source && other.item.name == row.item.name; });
    };
    // From the end, so that the rows before keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!isWanted(m_rows.at(row))) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Row& next : std::as_const(wanted)) {
        const int row = rowOf(next.source, next.item.name);
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(next);
            endInsertRows();
        } else if (m_rows.at(row).item.data != next.item.data) {
            m_rows[row].item.data = next.item.data;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    m_unreadable = items.unreadable;
}
