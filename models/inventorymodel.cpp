// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorymodel.h"

#include <QLocale>
#include <QMimeData>

#include "core/whendone.h"
#include "vsphere/vcenterconnection.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

QString InventoryModel::toolsText(const QString& status)
{
    if (status == u"guestToolsRunning"_s) {
        return tr("running");
    }
    if (status == u"guestToolsNotRunning"_s) {
        return tr("not running");
    }
    if (status == u"guestToolsExecutingScripts"_s) {
        return tr("starting");
    }
    return status;
}

QString InventoryModel::powerStateText(const QString& state)
{
    if (state == u"poweredOn"_s) {
        return InventoryModel::tr("Powered on");
    }
    if (state == u"poweredOff"_s) {
        return InventoryModel::tr("Powered off");
    }
    if (state == u"suspended"_s) {
        return InventoryModel::tr("Suspended");
    }
    return state;
}

InventoryModel::InventoryModel(VCenterConnection* connection, QObject* parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    connect(connection, &VCenterConnection::stateChanged, this, [this](VCenterConnection::State state) {
        if (state == VCenterConnection::State::Connected) {
            reload();
        } else if (state == VCenterConnection::State::Disconnected) {
            ++m_generation;
            setLoading(false);
            replaceRows({});
        }
    });
    connect(connection, &VCenterConnection::vmChanged, this, &InventoryModel::updateVm);
    connect(connection, &VCenterConnection::vmRemoved, this, &InventoryModel::removeVm);
    if (connection->state() == VCenterConnection::State::Connected) {
        reload();
    }
}

int InventoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_vms.size());
}

int InventoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
struct ColumnInfo
{
    const char* field;
    const char* title;
    bool hiddenByDefault;
};
// In Column order.
constexpr ColumnInfo columns[] = {
    { "name", QT_TRANSLATE_NOOP("InventoryModel", "Name"), false },
    { "powerState", QT_TRANSLATE_NOOP("InventoryModel", "Power state"), false },
    { "guest", QT_TRANSLATE_NOOP("InventoryModel", "Guest OS"), false },
    { "host", QT_TRANSLATE_NOOP("InventoryModel", "Host"), false },
    { "cluster", QT_TRANSLATE_NOOP("InventoryModel", "Cluster"), false },
    { "datacenter", QT_TRANSLATE_NOOP("InventoryModel", "Datacenter"), true },
    { "folder", QT_TRANSLATE_NOOP("InventoryModel", "Folder"), true },
    { "ipAddress", QT_TRANSLATE_NOOP("InventoryModel", "IP address"), false },
    { "cpus", QT_TRANSLATE_NOOP("InventoryModel", "CPUs"), false },
    { "memoryMB", QT_TRANSLATE_NOOP("InventoryModel", "Memory"), false },
    { "provisionedBytes", QT_TRANSLATE_NOOP("InventoryModel", "Provisioned"), true },
    { "committedBytes", QT_TRANSLATE_NOOP("InventoryModel", "Storage used"), false },
    { "tools", QT_TRANSLATE_NOOP("InventoryModel", "VMware Tools"), false },
    { "notes", QT_TRANSLATE_NOOP("InventoryModel", "Notes"), false },
    { "attributes", QT_TRANSLATE_NOOP("InventoryModel", "Attributes"), false },
    { "biosUuid", QT_TRANSLATE_NOOP("InventoryModel", "BIOS UUID"), true },
    { "instanceUuid", QT_TRANSLATE_NOOP("InventoryModel", "Instance UUID"), true },
    { "id", QT_TRANSLATE_NOOP("InventoryModel", "ID"), true },
};
static_assert(std::size(columns) == InventoryModel::ColumnCount);

} // namespace

QString InventoryModel::sizeText(qint64 bytes)
{
    if (bytes <= 0) {
        return {};
    }
    qint64 unit = 1;
    while (bytes / unit >= 1024) {
        unit *= 1024;
    }
    return QLocale().formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1);
}

namespace {

QString attributesText(const QMap<QString, QString>& attributes)
{
    QStringList pairs;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        pairs.append(it.key() + u": "_s + it.value());
    }
    return pairs.join(u", "_s);
}

QVariant rawValue(const VmSummary& vm, int column)
{
    switch (column) {
    case InventoryModel::PowerStateColumn:
        return vm.powerState;
    case InventoryModel::CpuColumn:
        return vm.cpuCount;
    case InventoryModel::MemoryColumn:
        return vm.memoryMb;
    case InventoryModel::ProvisionedColumn:
        return vm.provisionedBytes();
    case InventoryModel::StorageColumn:
        return vm.committedBytes;
    case InventoryModel::ToolsColumn:
        return vm.toolsStatus;
    case InventoryModel::NotesColumn:
        return vm.annotation;
    case InventoryModel::AttributesColumn: {
        QVariantMap map;
        for (auto it = vm.attributes.cbegin(); it != vm.attributes.cend(); ++it) {
            map.insert(it.key(), it.value());
        }
        return map;
    }
    default:
        return {};
    }
}
} // namespace

bool InventoryModel::isHiddenByDefault(int column)
{
    return column >= 0 && column < ColumnCount && columns[column].hiddenByDefault;
}

QVariant InventoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const VmSummary& vm = m_vms.at(index.row());
    if (role == ManagedObjectIdRole) {
        return vm.ref.value;
    }
    if (role == RawValueRole) {
        const QVariant raw = rawValue(vm, index.column());
        return raw.isValid() ? raw : data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return vm.name;
    case PowerStateColumn:
        return powerStateText(vm.powerState);
    case GuestColumn:
        return vm.guestFullName;
    case HostColumn:
        return vm.host;
    case ClusterColumn:
        return vm.cluster;
    case DatacenterColumn:
        return vm.datacenter;
    case FolderColumn:
        return vm.folder;
    case IpColumn:
        return vm.ipAddress;
    case CpuColumn:
        return vm.cpuCount > 0 ? QVariant(vm.cpuCount) : QVariant();
    case MemoryColumn:
        return sizeText(qint64(vm.memoryMb) << 20);
    case ProvisionedColumn:
        return sizeText(vm.provisionedBytes());
    case StorageColumn:
        return sizeText(vm.committedBytes);
    case ToolsColumn:
        return toolsText(vm.toolsStatus);
    case NotesColumn:
        return role == Qt::ToolTipRole ? vm.annotation : vm.annotation.section(u'\n', 0, 0);
    case AttributesColumn:
        return attributesText(vm.attributes);
    case UuidColumn:
        return vm.biosUuid;
    case InstanceUuidColumn:
        return vm.instanceUuid;
    case IdColumn:
        return vm.ref.value;
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == FieldNameRole) {
        return QString::fromLatin1(columns[section].field);
    }
    return role == Qt::DisplayRole ? tr(columns[section].title) : QVariant();
}

Qt::ItemFlags InventoryModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList InventoryModel::mimeTypes() const
{
    return { QString::fromLatin1(vmNamesMimeType) };
}

QMimeData* InventoryModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList names;
    for (const QModelIndex& index : indexes) {
        const QString name = m_vms.value(index.row()).name;
        if (index.isValid() && !names.contains(name)) {
            names.append(name);
        }
    }
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(vmNamesMimeType), names.join(u'\n').toUtf8());
    data->setText(names.join(u'\n'));
    return data;
}

std::optional<VmSummary> InventoryModel::vmNamed(const QString& name) const
{
    const auto found = std::find_if(m_vms.cbegin(), m_vms.cend(), [&](const VmSummary& vm) { return vm.name == name; });
    return found == m_vms.cend() ? std::nullopt : std::optional(*found);
}

QString InventoryModel::nameOf(const QString& managedObjectId) const
{
    const auto found = std::find_if(
        m_vms.cbegin(), m_vms.cend(), [&](const VmSummary& vm) { return vm.ref.value == managedObjectId; });
    return found == m_vms.cend() ? managedObjectId : found->name;
}

void InventoryModel::reload()
{
    if (!m_connection || m_connection->state() != VCenterConnection::State::Connected) {
        return;
    }
    const quint64 generation = ++m_generation;
    setLoading(true);
    whenDone<VimError>(
        m_connection->virtualMachines(), this,
        [this, generation](const VmSummaryList& vms) {
            if (generation == m_generation) {
                replaceRows(vms);
                setLoading(false);
                m_connection->watchVirtualMachines(); // from here on, row by row
            }
        },
        [this, generation](const VimError& error) {
            if (generation == m_generation) {
                Q_EMIT loadFailed(error.message()); // first: whoever waits for the end knows it failed
                setLoading(false);
            }
        });
}

void InventoryModel::setLoading(bool loading)
{
    if (m_loading != loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
}

void InventoryModel::replaceRows(const VmSummaryList& vms)
{
    // A new connection (or none) replaces everything. A reload of the same vCenter changes rows
    // in place, so views keep their selection and the tree its open branches.
    if (m_vms.isEmpty() || vms.isEmpty()) {
        if (m_vms.isEmpty() && vms.isEmpty()) {
            return;
        }
        beginResetModel();
        m_vms = vms;
        reindex();
        endResetModel();
        return;
    }
    QHash<QString, int> incoming;
    incoming.reserve(vms.size());
    for (int i = 0; i < vms.size(); ++i) {
        incoming.insert(vms.at(i).ref.value, i);
    }
    // Gone rows, in runs from the bottom so that each run is one removal.
    for (int last = static_cast<int>(m_vms.size()) - 1; last >= 0;) {
        if (incoming.contains(m_vms.at(last).ref.value)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_vms.at(first - 1).ref.value)) {
            --first;
        }
        beginRemoveRows({}, first, last);
        m_vms.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }
    reindex();
    for (int row = 0; row < m_vms.size(); ++row) {
        const VmSummary& fresh = vms.at(incoming.value(m_vms.at(row).ref.value));
        if (!(m_vms.at(row) == fresh)) {
            m_vms[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    VmSummaryList added;
    for (const VmSummary& vm : vms) {
        if (!m_rows.contains(vm.ref.value)) {
            added.append(vm);
        }
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_vms.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_vms.append(added);
        reindex();
        endInsertRows();
    }
}

void InventoryModel::reindex()
{
    m_rows.clear();
    for (int row = 0; row < m_vms.size(); ++row) {
        m_rows.insert(m_vms.at(row).ref.value, row);
    }
}

void InventoryModel::updateVm(const VmSummary& vm)
{
    if (m_loading) {
        return; // the load under way brings the current state
    }
    if (const auto found = m_rows.constFind(vm.ref.value); found != m_rows.cend()) {
        VmSummary& current = m_vms[*found];
        if (current == vm) {
            return;
        }
        current = vm;
        Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
        return;
    }
    const int row = static_cast<int>(m_vms.size());
    beginInsertRows({}, row, row);
    m_vms.append(vm);
    m_rows.insert(vm.ref.value, row);
    endInsertRows();
}

void InventoryModel::removeVm(const ManagedObjectRef& ref)
{
    const auto found = m_rows.constFind(ref.value);
    if (found == m_rows.cend()) {
        return;
    }
    const int row = *found;
    beginRemoveRows({}, row, row);
    m_vms.removeAt(row);
    reindex();
    endRemoveRows();
}
