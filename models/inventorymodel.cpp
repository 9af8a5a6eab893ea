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

QVariant InventoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const VmSummary& vm = m_vms.at(index.row());
    if (role == ManagedObjectIdRole) {
        return vm.ref.value;
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
    case IpColumn:
        return vm.ipAddress;
    case CpuColumn:
        return vm.cpuCount > 0 ? QVariant(vm.cpuCount) : QVariant();
    case MemoryColumn:
        return vm.memoryMb > 0 ? QLocale().formattedDataSize(qint64(vm.memoryMb) << 20) : QString();
    case StorageColumn:
        return vm.committedBytes > 0 ? QLocale().formattedDataSize(vm.committedBytes) : QString();
    case ToolsColumn:
        return toolsText(vm.toolsStatus);
    case NotesColumn:
        return role == Qt::ToolTipRole ? vm.annotation : vm.annotation.section(u'\n', 0, 0);
    case UuidColumn:
        return vm.biosUuid;
    default:
        return {};
    }
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PowerStateColumn:
        return tr("Power state");
    case GuestColumn:
        return tr("Guest OS");
    case HostColumn:
        return tr("Host");
    case IpColumn:
        return tr("IP address");
    case CpuColumn:
        return tr("CPUs");
    case MemoryColumn:
        return tr("Memory");
    case StorageColumn:
        return tr("Storage used");
    case ToolsColumn:
        return tr("VMware Tools");
    case NotesColumn:
        return tr("Notes");
    case UuidColumn:
        return tr("BIOS UUID");
    default:
        return {};
    }
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
                setLoading(false);
                replaceRows(vms);
                m_connection->watchVirtualMachines(); // from here on, row by row
            }
        },
        [this, generation](const VimError& error) {
            if (generation == m_generation) {
                setLoading(false);
                Q_EMIT loadFailed(error.message());
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
    // The whole source changes here (a new connection or a full reload); live updates arrive
    // row by row once the inventory follows WaitForUpdatesEx.
    if (m_vms.isEmpty() && vms.isEmpty()) {
        return;
    }
    beginResetModel();
    m_vms = vms;
    reindex();
    endResetModel();
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
