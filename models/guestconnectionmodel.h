// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QPointer>

class GuestRegistry;

// One row per guest the metadata server knows (connected, or closed in the last minute). Follows
// the registry row by row: inserts, dataChanged and removes, never a reset. A guest whose last
// request failed (no document for the VM, say) is tinted with a warning colour made from the
// palette, carries the problem's icon, and says the whole error in its tooltip and ProblemRole.
class GuestConnectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VmNameColumn,
        StateColumn,
        PeerColumn,
        PortUriColumn,
        ConnectedSinceColumn,
        RequestsColumn,
        LastRequestColumn,
        BytesInColumn,
        BytesOutColumn,
        VcUuidColumn,
        BiosUuidColumn,
        ColumnCount
    };
    enum Role {
        GuestIdRole = Qt::UserRole + 1,
        SortRole,
        ProblemRole, // the full error of the guest's last request; empty when it was answered
    };

    explicit GuestConnectionModel(GuestRegistry* registry, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    quint64 guestId(int row) const { return m_ids.value(row); }
    int rowOf(quint64 id) const { return static_cast<int>(m_ids.indexOf(id)); }
    // What failed for this guest last, or nothing: an error after its last answer.
    QString problemOf(quint64 id) const;

    // The colours of a guest with a problem follow this palette (the view's, light or dark).
    void setPalette(const QPalette& palette);
    // Shown in the first column of a guest with a problem (the view's style has the pixmap).
    void setProblemIcon(const QIcon& icon) { m_problemIcon = icon; }
    static QColor warningBackground(const QPalette& palette);
    static QColor warningForeground(const QPalette& palette);

private:
    void changedAll();

    QPointer<GuestRegistry> m_registry;
    QList<quint64> m_ids;
    QPalette m_palette;
    QIcon m_problemIcon;
};
