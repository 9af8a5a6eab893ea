// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestprocessmodel.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
bool sameProcess(const GuestProcessInfo& a, const GuestProcessInfo& b)
{
    return a.name == b.name && a.owner == b.owner && a.commandLine == b.commandLine && a.started == b.started
        && a.ended == b.ended && a.exitCode == b.exitCode;
}
} // namespace

GuestProcessModel::GuestProcessModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void GuestProcessModel::setProcesses(const QList<GuestProcessInfo>& processes)
{
    QHash<qint64, GuestProcessInfo> incoming;
    for (const GuestProcessInfo& process : processes) {
        incoming.insert(process.pid, process);
    }
    // Gone first, from the bottom so that the rows above keep their numbers.
    for (int row = int(m_processes.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_processes.at(row).pid)) {
            beginRemoveRows({}, row, row);
            m_processes.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_processes.size(); ++row) {
        const GuestProcessInfo now = incoming.take(m_processes.at(row).pid);
        if (!sameProcess(now, m_processes.at(row))) {
            m_processes[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // New ones in the order the guest gave them.
    QList<GuestProcessInfo> added;
    for (const GuestProcessInfo& process : processes) {
        if (incoming.contains(process.pid)) {
            added.append(incoming.take(process.pid));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_processes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_processes.append(added);
        endInsertRows();
    }
}

void GuestProcessModel::clear()
{
    beginResetModel();
    m_processes.clear();
    endResetModel();
}

int GuestProcessModel::rowOfPid(qint64 pid) const
{
    for (int row = 0; row < m_processes.size(); ++row) {
        if (m_processes.at(row).pid == pid) {
            return row;
        }
    }
    return -1;
}

QString GuestProcessModel::stateText(const GuestProcessInfo& process)
{
    if (!process.hasEnded()) {
        return tr("running");
    }
    return process.exitCode ? tr("exit %1").arg(*process.exitCode) : tr("ended");
}

int GuestProcessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_processes.size());
}

int GuestProcessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestProcessModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const GuestProcessInfo& process = m_processes.at(index.row());
    switch (role) {
    case PidRole:
        return process.pid;
    case RunningRole:
        return !process.hasEnded();
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? process.commandLine : QString();
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        if (index.column() == PidColumn) {
            return process.pid;
        }
        if (index.column() == StartedColumn) {
            return process.started;
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case PidColumn:
            return QString::number(process.pid);
        case NameColumn:
            // The command line says which of several shells this is; the name alone when Tools give none.
            return process.commandLine.isEmpty() ? process.name : process.commandLine;
        case OwnerColumn:
            return process.owner;
        case StartedColumn:
            return process.started.isValid() ? QLocale().toString(process.started.toLocalTime(), QLocale::ShortFormat)
                                             : QString();
        case StateColumn:
            return stateText(process);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant GuestProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PidColumn:
        return tr("PID");
    case NameColumn:
        return tr("Command");
    case OwnerColumn:
        return tr("Owner");
    case StartedColumn:
        return tr("Started");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
