// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorytreemodel.h"

#include "inventorymodel.h"

using namespace Qt::StringLiterals;

struct InventoryTreeModel::Node
{
    Kind kind;
    QString name;
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int vmCount = 0;
    QString id; // VMs: managed object id

    int row() const
    {
        if (!parent) {
            return 0;
        }
        const auto& siblings = parent->children;
        const auto found = std::find_if(
            siblings.cbegin(), siblings.cend(), [this](const auto& child) { return child.get() == this; });
        return static_cast<int>(found - siblings.cbegin());
    }
    Node* child(Kind childKind, const QString& childName) const
    {
        for (const auto& c : children) {
            if (c->kind == childKind && c->name == childName) {
                return c.get();
            }
        }
        return nullptr;
    }
};

InventoryTreeModel::InventoryTreeModel(InventoryModel* source, QObject* parent)
    : QAbstractItemModel(parent)
    , m_source(source)
    , m_root(std::make_unique<Node>(Node { Kind::Datacenter, {}, nullptr, {}, 0, {} }))
{
    connect(source, &QAbstractItemModel::modelReset, this, &InventoryTreeModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row) {
            addVm(row);
        }
    });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
        for (int row = first; row <= last; ++row) {
            removeVm(m_source->vmAt(row).ref.value);
        }
    });
    connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                updateVm(row);
            }
        });
    rebuild();
}

InventoryTreeModel::~InventoryTreeModel() = default;

void InventoryTreeModel::rebuild()
{
    beginResetModel();
    m_root->children.clear();
    m_root->vmCount = 0;
    m_vms.clear();
    for (int row = 0; row < m_source->rowCount(); ++row) {
        Node* branch = branchFor(row, true);
        const VmSummary& vm = m_source->vmAt(row);
        branch->children.push_back(
            std::make_unique<Node>(Node { Kind::VirtualMachine, vm.name, branch, {}, 1, vm.ref.value }));
        m_vms.insert(vm.ref.value, branch->children.back().get());
        for (Node* node = branch; node; node = node->parent) {
            ++node->vmCount;
        }
    }
    endResetModel();
}

QList<std::pair<InventoryTreeModel::Kind, QString>> InventoryTreeModel::branchPath(const VmSummary& vm)
{
    // No cluster (a standalone host) and the root VM folder are no levels.
    const QString unknown = tr("(unknown)");
    QList<std::pair<Kind, QString>> path { { Kind::Datacenter, vm.datacenter.isEmpty() ? unknown : vm.datacenter } };
    if (!vm.cluster.isEmpty()) {
        path.append({ Kind::Cluster, vm.cluster });
    }
    path.append({ Kind::Host, vm.host.isEmpty() ? unknown : vm.host });
    if (!vm.folder.isEmpty()) {
        path.append({ Kind::Folder, vm.folder });
    }
    return path;
}

InventoryTreeModel::Node* InventoryTreeModel::branchFor(int sourceRow, bool create)
{
    Node* node = m_root.get();
    for (const auto& [kind, name] : branchPath(m_source->vmAt(sourceRow))) {
        Node* next = node->child(kind, name);
        if (!next) {
            if (!create) {
                return nullptr;
            }
            auto made = std::make_unique<Node>(Node { kind, name, node, {}, 0, {} });
            next = made.get();
            node->children.push_back(std::move(made));
        }
        node = next;
    }
    return node;
}

void InventoryTreeModel::adjustCounts(Node* from, int delta)
{
    for (Node* node = from; node; node = node->parent) {
        node->vmCount += delta;
        if (node != m_root.get() && delta != 0) {
            const QModelIndex index = indexOf(node);
            Q_EMIT dataChanged(index, index, { VmCountRole, Qt::ToolTipRole });
        }
    }
}

void InventoryTreeModel::addVm(int sourceRow)
{
    const VmSummary& vm = m_source->vmAt(sourceRow);
    // Create the branch one level at a time, announcing each new node.
    Node* node = m_root.get();
    QList<std::pair<Kind, QString>> path = branchPath(vm);
    path.append({ Kind::VirtualMachine, vm.name });
    for (const auto& [kind, name] : path) {
        Node* next = kind == Kind::VirtualMachine ? nullptr : node->child(kind, name);
        if (!next) {
            const int row = static_cast<int>(node->children.size());
            beginInsertRows(node == m_root.get() ? QModelIndex() : indexOf(node), row, row);
            node->children.push_back(std::make_unique<Node>(Node { kind, name, node, {}, 0, {} }));
            next = node->children.back().get();
            if (kind == Kind::VirtualMachine) {
                next->id = vm.ref.value;
                next->vmCount = 1;
                m_vms.insert(vm.ref.value, next);
            }
            endInsertRows();
        }
        node = next;
    }
    adjustCounts(node->parent, 1);
}

void InventoryTreeModel::removeVm(const QString& id)
{
    Node* node = m_vms.take(id);
    if (!node) {
        return;
    }
    adjustCounts(node->parent, -1);
    // Remove the VM, then every branch it leaves empty.
    while (node != m_root.get() && (node->kind == Kind::VirtualMachine || node->children.empty())) {
        Node* parent = node->parent;
        const int row = node->row();
        beginRemoveRows(parent == m_root.get() ? QModelIndex() : indexOf(parent), row, row);
        parent->children.erase(parent->children.begin() + row);
        endRemoveRows();
        node = parent;
    }
}

void InventoryTreeModel::updateVm(int sourceRow)
{
    const VmSummary& vm = m_source->vmAt(sourceRow);
    Node* node = m_vms.value(vm.ref.value);
    if (!node) {
        return;
    }
    if (branchFor(sourceRow, false) != node->parent) {
        removeVm(vm.ref.value); // moved: vMotion, another folder, renamed cluster
        addVm(sourceRow);
        return;
    }
    node->name = vm.name;
    const QModelIndex index = indexOf(node);
    Q_EMIT dataChanged(index, index);
}

QModelIndex InventoryTreeModel::indexOf(const Node* node) const
{
    if (!node || node == m_root.get()) {
        return {};
    }
    return createIndex(node->row(), 0, const_cast<Node*>(node));
}

QModelIndex InventoryTreeModel::indexOfVm(const QString& managedObjectId) const
{
    return indexOf(m_vms.value(managedObjectId));
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const Node* node = parent.isValid() ? static_cast<Node*>(parent.internalPointer()) : m_root.get();
    return createIndex(row, column, node->children.at(row).get());
}

QModelIndex InventoryTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    return indexOf(static_cast<Node*>(child.internalPointer())->parent);
}

int InventoryTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    const Node* node = parent.isValid() ? static_cast<Node*>(parent.internalPointer()) : m_root.get();
    return static_cast<int>(node->children.size());
}

int InventoryTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant InventoryTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node* node = static_cast<Node*>(index.internalPointer());
    switch (role) {
    case Qt::DisplayRole:
        return node->name;
    case Qt::ToolTipRole:
        return node->kind == Kind::VirtualMachine ? node->name
                                                  : tr("%1 — %n VM(s)", nullptr, node->vmCount).arg(node->name);
    case KindRole:
        return QVariant::fromValue(node->kind);
    case ManagedObjectIdRole:
        return node->kind == Kind::VirtualMachine ? QVariant(node->id) : QVariant();
    case VmCountRole:
        return node->vmCount;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole) {
        return tr("Inventory");
    }
    return {};
}
