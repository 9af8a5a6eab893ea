// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitemodel.h"

#include <QHostAddress>
#include <QLocale>
#include <QSet>
#include <QSysInfo>

#include "guestconnectionmodel.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
// What serve-metadata would publish of a local guest: one still negotiating or closed is left out.
std::optional<SiteGuest> siteGuestOf(const GuestInfo& guest)
{
    if (guest.state == GuestInfo::State::Negotiating || guest.state == GuestInfo::State::Closed) {
        return std::nullopt;
    }
    return SiteGuest { {}, guest.id, guest.identity.vmName, guest.identity.vcUuid, guest.identity.biosUuid, guest.peer,
        guest.connectedSince, guest.requests, guest.errors, guest.lastRequest, guest.lastRequestAt };
}

// The time alone for today, as most connections are; the date too for older ones.
QString timeText(const QDateTime& time)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

// Calls `apply(first, last)` for each run of consecutive indexes in [0, count) that `pick` selects,
// from the last run to the first, so that removing a run keeps the earlier indexes valid.
template <typename Pick, typename Apply> void forRunsBackwards(int count, Pick pick, Apply apply)
{
    for (int last = count - 1; last >= 0; --last) {
        if (!pick(last)) {
            continue;
        }
        int first = last;
        while (first > 0 && pick(first - 1)) {
            --first;
        }
        apply(first, last);
        last = first;
    }
}
} // namespace

SiteModel::SiteModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_localRefresh(this)
{
    // A burst of guest events (a flood of connections) is one pass over the local registry.
    m_localRefresh.setSingleShot(true);
    m_localRefresh.setInterval(100);
    connect(&m_localRefresh, &QTimer::timeout, this, &SiteModel::refreshLocal);
}

SiteModel::~SiteModel() = default;

QModelIndex SiteModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, nullptr);
    }
    return createIndex(row, column, m_instances.at(size_t(parent.row())).get());
}

QModelIndex SiteModel::parent(const QModelIndex& child) const
{
    const auto* node = child.isValid() ? static_cast<const Instance*>(child.internalPointer()) : nullptr;
    if (!node) {
        return {};
    }
    return createIndex(rowOf(node), 0, nullptr);
}

int SiteModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_instances.size());
    }
    if (parent.internalPointer() || parent.column() != 0) {
        return 0; // guests have no children; only the first column of an instance has them
    }
    return int(m_instances.at(size_t(parent.row()))->guests.size());
}

int SiteModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

SiteModel::Instance* SiteModel::nodeOf(const QModelIndex& index) const
{
    if (auto* parentNode = static_cast<Instance*>(index.internalPointer())) {
        return parentNode;
    }
    return m_instances.at(size_t(index.row())).get();
}

int SiteModel::rowOf(const Instance* node) const
{
    for (size_t row = 0; row < m_instances.size(); ++row) {
        if (m_instances[row].get() == node) {
            return int(row);
        }
    }
    return -1;
}

int SiteModel::findInstance(const QUuid& instance, bool local) const
{
    for (size_t row = 0; row < m_instances.size(); ++row) {
        if (m_instances[row]->local == local && (local || m_instances[row]->info.instance == instance)) {
            return int(row);
        }
    }
    return -1;
}

bool SiteModel::isDown(const Instance& node) const
{
    return !node.local && node.info.heartbeatAgeSeconds > m_downAfterSeconds;
}

QVariant SiteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Instance* node = nodeOf(index);
    if (index.internalPointer()) {
        return guestData(*node, node->guests.at(index.row()), index.column(), role);
    }
    return instanceData(*node, index.column(), role);
}

QVariant SiteModel::instanceData(const Instance& node, int column, int role) const
{
    const bool down = isDown(node);
    switch (role) {
    case InstanceIdRole:
        return node.info.instance;
    case IsLocalRole:
        return node.local;
    case IsDownRole:
        return down;
    case Qt::BackgroundRole:
        return down ? QVariant(GuestConnectionModel::warningBackground(m_palette)) : QVariant();
    case Qt::ForegroundRole:
        return down ? QVariant(GuestConnectionModel::warningForeground(m_palette)) : QVariant();
    case Qt::ToolTipRole:
        if (node.local) {
            return tr("This console's own metadata server, which is not registered in the site's store");
        }
        if (down) {
            return tr("Instance %1 has not sent a heartbeat for %2; the other servers remove an instance that stays "
                      "silent for their timeout (30 s by default)")
                .arg(node.info.instance.toString(QUuid::WithoutBraces), ageText(node.info.heartbeatAgeSeconds));
        }
        return tr("Instance %1").arg(node.info.instance.toString(QUuid::WithoutBraces));
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (column) {
    case NameColumn:
        if (node.local) {
            return tr("This console (%1)").arg(node.info.address);
        }
        return node.info.address.isEmpty() ? node.info.instance.toString(QUuid::WithoutBraces) : node.info.address;
    case StateColumn:
        return down ? tr("Down") : tr("Up");
    case GuestsColumn:
        return int(node.guests.size());
    case HeartbeatColumn:
        if (node.local) {
            return sorting ? QVariant(-1.0) : QVariant();
        }
        return sorting ? QVariant(node.info.heartbeatAgeSeconds) : QVariant(ageText(node.info.heartbeatAgeSeconds));
    case SinceColumn:
        return sorting ? QVariant(node.info.started) : QVariant(timeText(node.info.started));
    default:
        return {};
    }
}

QVariant SiteModel::guestData(const Instance& node, const SiteGuest& guest, int column, int role) const
{
    switch (role) {
    case InstanceIdRole:
        return node.info.instance;
    case GuestIdRole:
        return guest.guestId;
    case IsLocalRole:
        return node.local;
    case IsDownRole:
        return false;
    case Qt::ToolTipRole:
        if (column == LastRequestColumn && guest.lastRequestAt.isValid()) {
            return tr("%1 at %2").arg(guest.lastRequest, timeText(guest.lastRequestAt));
        }
        return {};
    case SortRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (column) {
    case NameColumn:
        return guest.vmName;
    case ServedByColumn:
        return node.local ? tr("This console (%1)").arg(node.info.address) : node.info.address;
    case PeerColumn:
        return guest.peer;
    case SinceColumn:
        return sorting ? QVariant(guest.since) : QVariant(timeText(guest.since));
    case RequestsColumn:
        return guest.requests;
    case ErrorsColumn:
        return guest.errors;
    case LastRequestColumn:
        return guest.lastRequest;
    case VcUuidColumn:
        return guest.vcUuid;
    default:
        return {};
    }
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Instance / VM");
    case StateColumn:
        return tr("State");
    case GuestsColumn:
        return tr("Guests");
    case HeartbeatColumn:
        return tr("Heartbeat");
    case ServedByColumn:
        return tr("Served by");
    case PeerColumn:
        return tr("Host connection");
    case SinceColumn:
        return tr("Since");
    case RequestsColumn:
        return tr("Requests");
    case ErrorsColumn:
        return tr("Errors");
    case LastRequestColumn:
        return tr("Last request");
    case VcUuidColumn:
        return tr("VC UUID");
    default:
        return {};
    }
}

void SiteModel::setSnapshot(const SiteSnapshot& snapshot)
{
    m_site = snapshot.instances;
    QHash<QUuid, QList<SiteGuest>> byInstance;
    for (const SiteGuest& guest : snapshot.guests) {
        byInstance[guest.instance].append(guest);
    }
    QSet<QUuid> present;
    for (const SiteInstance& instance : snapshot.instances) {
        present.insert(instance.instance);
    }
    for (int row = int(m_instances.size()) - 1; row >= 0; --row) {
        if (!m_instances[size_t(row)]->local && !present.contains(m_instances[size_t(row)]->info.instance)) {
            removeInstance(row);
        }
    }
    for (const SiteInstance& instance : snapshot.instances) {
        syncInstance(instance, false, byInstance.value(instance.instance));
    }
    refreshLocal(); // the local server may have registered, or an instance with its address gone
}

void SiteModel::clearSite()
{
    setSnapshot({});
}

void SiteModel::removeInstance(int row)
{
    beginRemoveRows({}, row, row);
    m_instances.erase(m_instances.begin() + row);
    endRemoveRows();
}

void SiteModel::syncInstance(const SiteInstance& info, bool local, const QList<SiteGuest>& guests)
{
    const int row = findInstance(info.instance, local);
    if (row < 0) {
        auto node = std::make_unique<Instance>();
        node->info = info;
        node->local = local;
        node->guests = guests;
        const int at = int(m_instances.size());
        beginInsertRows({}, at, at);
        m_instances.push_back(std::move(node));
        endInsertRows();
        return;
    }
    Instance& node = *m_instances[size_t(row)];
    const bool changed = node.info != info || node.guests.size() != guests.size();
    node.info = info;
    syncGuests(row, guests);
    if (changed) {
        changedRow(row);
    }
}

void SiteModel::syncGuests(int row, const QList<SiteGuest>& guests)
{
    Instance& node = *m_instances[size_t(row)];
    const QModelIndex parentIndex = index(row, 0);
    QHash<quint64, qsizetype> wanted;
    wanted.reserve(guests.size());
    for (qsizetype i = 0; i < guests.size(); ++i) {
        wanted.insert(guests.at(i).guestId, i);
    }
    forRunsBackwards(
        int(node.guests.size()), [&](int i) { return !wanted.contains(node.guests.at(i).guestId); },
        [&](int first, int last) {
            beginRemoveRows(parentIndex, first, last);
            node.guests.remove(first, last - first + 1);
            endRemoveRows();
        });
    QSet<quint64> known;
    known.reserve(node.guests.size());
    QList<bool> changed(node.guests.size(), false);
    for (qsizetype i = 0; i < node.guests.size(); ++i) {
        SiteGuest& guest = node.guests[i];
        known.insert(guest.guestId);
        const SiteGuest& now = guests.at(wanted.value(guest.guestId));
        if (!(guest == now)) {
            guest = now;
            changed[i] = true;
        }
    }
    forRunsBackwards(
        int(changed.size()), [&](int i) { return changed.at(i); },
        [&](int first, int last) {
            Q_EMIT dataChanged(index(first, 0, parentIndex), index(last, ColumnCount - 1, parentIndex));
        });
    QList<SiteGuest> added;
    for (const SiteGuest& guest : guests) {
        if (!known.contains(guest.guestId)) {
            added.append(guest);
        }
    }
    if (!added.isEmpty()) {
        const int at = int(node.guests.size());
        beginInsertRows(parentIndex, at, at + int(added.size()) - 1);
        node.guests.append(added);
        endInsertRows();
    }
}

void SiteModel::changedRow(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SiteModel::setLocalServer(VspcServer* server, GuestRegistry* registry)
{
    if (m_server) {
        disconnect(m_server, nullptr, this, nullptr);
    }
    if (m_registry) {
        disconnect(m_registry, nullptr, this, nullptr);
    }
    m_server = server;
    m_registry = registry;
    if (server) {
        connect(server, &VspcServer::listeningChanged, this, &SiteModel::scheduleLocalRefresh);
    }
    if (registry) {
        connect(registry, &GuestRegistry::guestAdded, this, &SiteModel::scheduleLocalRefresh);
        connect(registry, &GuestRegistry::guestChanged, this, &SiteModel::scheduleLocalRefresh);
        connect(registry, &GuestRegistry::guestRemoved, this, &SiteModel::scheduleLocalRefresh);
    }
    refreshLocal();
}

QString SiteModel::localAddress() const
{
    if (!m_server || !m_server->isListening()) {
        return {};
    }
    // As serve-metadata names itself in the store, so that a registered console matches its row.
    const QHostAddress address = m_server->config().address;
    const QString host = address == QHostAddress(QHostAddress::Any) ? QSysInfo::machineHostName() : address.toString();
    return host + u':' + QString::number(m_server->serverPort());
}

void SiteModel::scheduleLocalRefresh()
{
    if (!m_localRefresh.isActive()) {
        m_localRefresh.start();
    }
}

void SiteModel::refreshLocal()
{
    m_localRefresh.stop();
    const QString address = localAddress();
    const bool registered = std::any_of(
        m_site.cbegin(), m_site.cend(), [&](const SiteInstance& instance) { return instance.address == address; });
    if (address.isEmpty() || registered) {
        if (const int row = findInstance({}, true); row >= 0) {
            removeInstance(row);
        }
        return;
    }
    QList<SiteGuest> guests;
    if (m_registry) {
        for (const quint64 id : m_registry->ids()) {
            if (const GuestInfo* guest = m_registry->guest(id)) {
                if (const std::optional<SiteGuest> shown = siteGuestOf(*guest)) {
                    guests.append(*shown);
                }
            }
        }
    }
    SiteInstance local;
    local.address = address;
    syncInstance(local, true, guests);
}

void SiteModel::setDownAfterSeconds(double seconds)
{
    m_downAfterSeconds = seconds;
    if (!m_instances.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_instances.size()) - 1, ColumnCount - 1));
    }
}

void SiteModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (!m_instances.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_instances.size()) - 1, ColumnCount - 1));
    }
}

QModelIndex SiteModel::instanceIndex(const QUuid& instance) const
{
    const int row = findInstance(instance, instance.isNull());
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex SiteModel::guestIndex(const QUuid& instance, quint64 guestId) const
{
    const QModelIndex parentIndex = instanceIndex(instance);
    if (!parentIndex.isValid()) {
        return {};
    }
    const QList<SiteGuest>& guests = m_instances[size_t(parentIndex.row())]->guests;
    for (qsizetype i = 0; i < guests.size(); ++i) {
        if (guests.at(i).guestId == guestId) {
            return index(int(i), 0, parentIndex);
        }
    }
    return {};
}

int SiteModel::guestCount() const
{
    int count = 0;
    for (const auto& node : m_instances) {
        count += int(node->guests.size());
    }
    return count;
}

QString SiteModel::ageText(double seconds)
{
    const int whole = int(std::max(0.0, seconds));
    if (whole < 90) {
        return tr("%n s ago", nullptr, whole);
    }
    if (whole < 90 * 60) {
        return tr("%n min ago", nullptr, (whole + 30) / 60);
    }
    return tr("%n h ago", nullptr, (whole + 1800) / 3600);
}
