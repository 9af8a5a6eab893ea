// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "vsphere/guestoperations.h"

// The entries of one guest folder as ListFilesInGuest gives them, "." and ".." left out. Sorted
// through GuestFileSortProxy, which keeps folders first.
class GuestFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModeColumn, OwnerColumn, ModifiedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts the column naturally (bytes, dates)
        IsDirectoryRole,
        NameRole, // the entry's name in every column
    };

    explicit GuestFileModel(QObject* parent = nullptr);

    // The folder these entries are in, and the entries (replacing what was shown).
    void setListing(const QString& folder, const QList<GuestFileInfo>& entries);
    void clear();
    QString folder() const { return m_folder; }
    const QList<GuestFileInfo>& entries() const { return m_entries; }
    // The row of the entry with this name, or -1.
    int rowOf(const QString& name) const;
    GuestFileInfo entryAt(int row) const { return m_entries.value(row); }
    // The entry's path in the guest: the folder joined with its name.
    QString pathOf(const QString& name) const;

    // "drwxr-xr-x" as ls prints it; empty when the guest gives no mode bits.
    static QString modeText(const GuestFileInfo& entry);
    // "uid:gid", or empty when the guest gives neither.
    static QString ownerText(const GuestFileInfo& entry);
    // A POSIX path joined with a name, one slash between.
    static QString joinPath(const QString& folder, const QString& name);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_folder;
    QList<GuestFileInfo> m_entries;
};
