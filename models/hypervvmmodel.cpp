// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervvmmodel.h"

#include <algorithm>

HypervVmModel::HypervVmModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int HypervVmModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_vms.size());
}

int HypervVmModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HypervVmModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const HypervVm& vm = m_vms.at(index.row());
    switch (role) {
    case IdRole:
        return vm.id;
    case Qt::ToolTipRole:
        return index.column() == StateColumn ? tr("EnabledState %1").arg(vm.enabledState) : QVariant();
    case SortRole:
        if (index.column() == NameColumn) {
            return vm.name.toCaseFolded();
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return vm.name;
        case StateColumn:
            return vm.stateText();
        case IdColumn:
            return vm.id;
        }
    }
    return {};
}

QVariant HypervVmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case IdColumn:
        return tr("GUID");
    }
    return {};
}

int HypervVmModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_vms.size(); ++row) {
        if (m_vms.at(row).id.compare(id, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

void HypervVmModel::setVms(const QList<HypervVm>& vms)
{
    const auto wanted = [&](const QString& id) {
        return std::any_of(
            vms.cbegin(), vms.cend(), [&](const HypervVm& vm) { return vm.id.compare(id, Qt::CaseInsensitive) == 0; });
    };
    // From the end, so that the rows before keep their numbers.
    for (int row = int(m_vms.size()) - 1; row >= 0; --row) {
        if (!wanted(m_vms.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_vms.removeAt(row);
            endRemoveRows();
        }
    }
    for (const HypervVm& vm : vms) {
        const int row = rowOf(vm.id);
        if (row < 0) {
            beginInsertRows({}, int(m_vms.size()), int(m_vms.size()));
            m_vms.append(vm);
            endInsertRows();
        } else if (m_vms.at(row).name != vm.name || m_vms.at(row).enabledState != vm.enabledState) {
            m_vms[row] = vm;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}
