// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

class InventoryModel;
struct VmSummary;

// The inventory as vSphere's "Hosts and Clusters" tree: datacenter → cluster → host → VM folder
// → VM (standalone hosts sit right under their datacenter, VMs in the root VM folder right under
// their host). Follows the flat InventoryModel row by row: a VM that moves (vMotion, a new
// folder) leaves its old branch and joins the new one; branches left empty go.
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Datacenter, Cluster, Host, Folder, VirtualMachine };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1,
        ManagedObjectIdRole, // VMs only
        VmCountRole, // how many VMs are below (1 for a VM)
    };

    explicit InventoryTreeModel(InventoryModel* source, QObject* parent = nullptr);
    ~InventoryTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The tree row of the VM with this managed object id, or an invalid index.
    QModelIndex indexOfVm(const QString& managedObjectId) const;

private:
    struct Node;
    QModelIndex indexOf(const Node* node) const;
    void rebuild();
    void addVm(int sourceRow);
    void removeVm(const QString& id);
    void updateVm(int sourceRow);
    static QList<std::pair<Kind, QString>> branchPath(const VmSummary& vm);
    Node* branchFor(int sourceRow, bool create);
    void adjustCounts(Node* from, int delta);

    QPointer<InventoryModel> m_source;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_vms; // by managed object id
};
