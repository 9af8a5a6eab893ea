// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QPalette>
#include <QPointer>
#include <QTimer>

#include "vspc/sitesnapshot.h"

class GuestRegistry;
class VspcServer;

// A whole site as a tree: the metadata servers registered in the shared store at the top, the
// guests each one serves below it. It follows snapshots row by row (inserts, removes and
// dataChanged by instance and guest id, never a reset), so that a selection and the scroll
// position survive every poll. The console's own metadata server, when it listens and is not one
// of the registered instances, is one more instance row with the guests of its local registry.
// An instance whose heartbeat is older than downAfterSeconds() is Down, in a warning colour.
class SiteModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, // instance: its address; guest: the VM
        StateColumn,
        GuestsColumn,
        HeartbeatColumn,
        ServedByColumn, // guest: the address of the instance serving it
        PeerColumn,
        SinceColumn,
        RequestsColumn,
        ErrorsColumn,
        LastRequestColumn,
        VcUuidColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        InstanceIdRole, // a null QUuid for this console's own server
        GuestIdRole, // guest rows only
        IsLocalRole,
        IsDownRole,
    };

    explicit SiteModel(QObject* parent = nullptr);
    ~SiteModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSnapshot(const SiteSnapshot& snapshot);
    // Forgets the registered instances (watching stopped); the local row stays.
    void clearSite();
    // The console's own server and its guests; either may be null.
    void setLocalServer(VspcServer* server, GuestRegistry* registry);
    // The address this console's server registers under, as serve-metadata does, or empty.
    QString localAddress() const;

    double downAfterSeconds() const { return m_downAfterSeconds; }
    void setDownAfterSeconds(double seconds);
    // Down rows' colours follow this palette (the view's, light or dark).
    void setPalette(const QPalette& palette);

    QModelIndex instanceIndex(const QUuid& instance) const; // a null id: the local row
    QModelIndex guestIndex(const QUuid& instance, quint64 guestId) const;
    int guestCount() const;

    static QString ageText(double seconds);

private:
    struct Instance
    {
        SiteInstance info;
        bool local = false;
        QList<SiteGuest> guests;
    };

    Instance* nodeOf(const QModelIndex& index) const;
    int rowOf(const Instance* node) const;
    int findInstance(const QUuid& instance, bool local) const;
    bool isDown(const Instance& node) const;
    QVariant instanceData(const Instance& node, int column, int role) const;
    QVariant guestData(const Instance& node, const SiteGuest& guest, int column, int role) const;
    // Brings one instance's guests to `guests` row by row, keeping the order of those that stay.
    void syncGuests(int row, const QList<SiteGuest>& guests);
    void syncInstance(const SiteInstance& info, bool local, const QList<SiteGuest>& guests);
    void removeInstance(int row);
    void refreshLocal();
    void scheduleLocalRefresh();
    void changedRow(int row);

    std::vector<std::unique_ptr<Instance>> m_instances;
    QList<SiteInstance> m_site; // the registered instances, as last given
    QPointer<VspcServer> m_server;
    QPointer<GuestRegistry> m_registry;
    QTimer m_localRefresh;
    double m_downAfterSeconds = 15;
    QPalette m_palette;
};
