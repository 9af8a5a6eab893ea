// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestenvironmentmodel.h"

#include <algorithm>

GuestEnvironmentModel::GuestEnvironmentModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void GuestEnvironmentModel::setVariables(const QStringList& lines)
{
    beginResetModel();
    m_variables.clear();
    for (const QString& line : lines) {
        // Only the first '=' separates: values (PATH-like lists, base64) may hold more.
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0) {
            m_variables.append({ line.left(equals), line.mid(equals + 1) });
        }
    }
    std::sort(m_variables.begin(), m_variables.end());
    endResetModel();
}

void GuestEnvironmentModel::clear()
{
    beginResetModel();
    m_variables.clear();
    endResetModel();
}

std::optional<QString> GuestEnvironmentModel::value(const QString& name) const
{
    for (const auto& [variable, value] : m_variables) {
        if (variable == name) {
            return value;
        }
    }
    return std::nullopt;
}

int GuestEnvironmentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int GuestEnvironmentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestEnvironmentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::EditRole) {
        return {};
    }
    const auto& [name, value] = m_variables.at(index.row());
    return index.column() == NameColumn ? name : value;
}

QVariant GuestEnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return section == NameColumn ? tr("Name") : section == ValueColumn ? tr("Value") : QVariant();
}
