// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfilemodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

GuestFileModel::GuestFileModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void GuestFileModel::setListing(const QString& folder, const QList<GuestFileInfo>& entries)
{
    beginResetModel();
    m_folder = folder;
    m_entries.clear();
    for (const GuestFileInfo& entry : entries) {
        if (entry.path != u"."_s && entry.path != u".."_s) {
            m_entries.append(entry);
        }
    }
    endResetModel();
}

void GuestFileModel::clear()
{
    beginResetModel();
    m_folder.clear();
    m_entries.clear();
    endResetModel();
}

int GuestFileModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == name) {
            return row;
        }
    }
    return -1;
}

QString GuestFileModel::pathOf(const QString& name) const
{
    return joinPath(m_folder, name);
}

QString GuestFileModel::joinPath(const QString& folder, const QString& name)
{
    if (folder.isEmpty()) {
        return name;
    }
    return folder.endsWith(u'/') ? QString(folder + name) : QString(folder + u'/' + name);
}

QString GuestFileModel::modeText(const GuestFileInfo& entry)
{
    if (!entry.permissions) {
        return {};
    }
    const qint64 mode = *entry.permissions;
    QString text;
    text += entry.isDirectory() ? u'd' : entry.type == u"symlink"_s ? u'l' : u'-';
    static constexpr char letters[] = "rwx";
    for (int shift = 8; shift >= 0; --shift) {
        text += (mode >> shift) & 1 ? QLatin1Char(letters[(8 - shift) % 3]) : QLatin1Char('-');
    }
    return text;
}

QString GuestFileModel::ownerText(const GuestFileInfo& entry)
{
    if (!entry.owner && !entry.group) {
        return {};
    }
    const auto id = [](const std::optional<qint64>& value) { return value ? QString::number(*value) : u"?"_s; };
    return id(entry.owner) + u':' + id(entry.group);
}

int GuestFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GuestFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestFileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const GuestFileInfo& entry = m_entries.at(index.row());
    switch (role) {
    case IsDirectoryRole:
        return entry.isDirectory();
    case NameRole:
        return entry.path;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !entry.symlinkTarget.isEmpty()) {
            return tr("Link to %1").arg(entry.symlinkTarget);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return entry.path;
        case SizeColumn:
            return entry.size;
        case ModifiedColumn:
            return entry.modified;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.path;
        case SizeColumn:
            // A folder's size is the file system's block, which says nothing to the admin.
            return entry.isDirectory() ? QString() : QLocale().formattedDataSize(entry.size);
        case ModeColumn:
            return modeText(entry);
        case OwnerColumn:
            return ownerText(entry);
        case ModifiedColumn:
            return entry.modified.isValid() ? QLocale().toString(entry.modified.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant GuestFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("Owner");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}
