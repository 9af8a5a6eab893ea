// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestconnectionmodel.h"

#include <QLocale>

#include "vspc/guestregistry.h"

using namespace Qt::StringLiterals;

GuestConnectionModel::GuestConnectionModel(GuestRegistry* registry, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_ids(registry->ids())
{
    connect(registry, &GuestRegistry::guestAdded, this, [this](quint64 id) {
        const int row = static_cast<int>(m_ids.size());
        beginInsertRows({}, row, row);
        m_ids.append(id);
        endInsertRows();
    });
    connect(registry, &GuestRegistry::guestChanged, this, [this](quint64 id) {
        if (const int row = rowOf(id); row >= 0) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    });
    connect(registry, &GuestRegistry::guestRemoved, this, [this](quint64 id) {
        if (const int row = rowOf(id); row >= 0) {
            beginRemoveRows({}, row, row);
            m_ids.removeAt(row);
            endRemoveRows();
        }
    });
}

int GuestConnectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int GuestConnectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestConnectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_registry) {
        return {};
    }
    const GuestInfo* guest = m_registry->guest(m_ids.at(index.row()));
    if (!guest) {
        return {};
    }
    if (role == GuestIdRole) {
        return guest->id;
    }
    if (role == ProblemRole || role == Qt::BackgroundRole || role == Qt::ForegroundRole
        || (role == Qt::DecorationRole && index.column() == VmNameColumn) || role == Qt::ToolTipRole) {
        const QString problem = problemOf(guest->id);
        if (role == ProblemRole) {
            return problem;
        }
        if (problem.isEmpty()) {
            if (role != Qt::ToolTipRole) {
                return {};
            }
        } else if (role == Qt::BackgroundRole) {
            return warningBackground(m_palette);
        } else if (role == Qt::ForegroundRole) {
            return warningForeground(m_palette);
        } else if (role == Qt::DecorationRole) {
            return m_problemIcon.isNull() ? QVariant() : QVariant(m_problemIcon);
        } else {
            // Rich text so that a long error (a path, a YAML message) wraps instead of running off.
            return QString(u"<p>"_s + problem.toHtmlEscaped() + u"</p>"_s);
        }
    }
    const bool sorting = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sorting) {
        return {};
    }
    switch (index.column()) {
    case VmNameColumn:
        return guest->identity.vmName;
    case StateColumn:
        if (guest->documentChangedSinceFetch && !sorting) {
            return role == Qt::ToolTipRole
                ? tr("The VM's document was changed after the guest fetched it: the guest runs on the old data "
                     "until cloud-init fetches again.")
                : tr("%1 · document changed since fetch").arg(GuestInfo::stateName(guest->state));
        }
        return GuestInfo::stateName(guest->state);
    case PeerColumn:
        return guest->peer;
    case PortUriColumn:
        return guest->identity.portUri;
    case ConnectedSinceColumn:
        return sorting ? QVariant(guest->connectedSince)
                       : QVariant(QLocale().toString(guest->connectedSince.time(), QLocale::ShortFormat));
    case RequestsColumn:
        return guest->errors > 0 && !sorting ? tr("%1 (%2 failed)").arg(guest->requests).arg(guest->errors)
                                             : QVariant(guest->requests);
    case LastRequestColumn:
        return guest->lastRequest;
    case BytesInColumn:
        return sorting ? QVariant(guest->bytesIn) : QVariant(QLocale().formattedDataSize(guest->bytesIn));
    case BytesOutColumn:
        return sorting ? QVariant(guest->bytesOut) : QVariant(QLocale().formattedDataSize(guest->bytesOut));
    case VcUuidColumn:
        return guest->identity.vcUuid;
    case BiosUuidColumn:
        return guest->identity.biosUuid;
    default:
        return {};
    }
}

QString GuestConnectionModel::problemOf(quint64 id) const
{
    if (!m_registry) {
        return {};
    }
    const QList<PacketLogEntry> log = m_registry->log(id);
    for (auto entry = log.crbegin(); entry != log.crend(); ++entry) {
        if (entry->kind == PacketLogEntry::Kind::Response) {
            return {};
        }
        if (entry->kind == PacketLogEntry::Kind::Error) {
            return entry->summary;
        }
    }
    return {};
}

void GuestConnectionModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    changedAll();
}

void GuestConnectionModel::changedAll()
{
    if (!m_ids.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
}

QColor GuestConnectionModel::warningBackground(const QPalette& palette)
{
    // Amber over the palette's base: pale on a light base, a dark brown on a dark one, so that the
    // palette's own text colour keeps its contrast (checked in tst_guestmodels for both).
    const QColor base = palette.color(QPalette::Base);
    const QColor amber(255, 170, 0);
    const double alpha = base.lightnessF() > 0.5 ? 0.30 : 0.35;
    const auto mix = [alpha](double under, double over) { return under * (1 - alpha) + over * alpha; };
    return QColor::fromRgbF(static_cast<float>(mix(base.redF(), amber.redF())),
        static_cast<float>(mix(base.greenF(), amber.greenF())), static_cast<float>(mix(base.blueF(), amber.blueF())));
}

QColor GuestConnectionModel::warningForeground(const QPalette& palette)
{
    return palette.color(QPalette::Text);
}

QVariant GuestConnectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case VmNameColumn:
        return tr("VM");
    case StateColumn:
        return tr("State");
    case PeerColumn:
        return tr("Host connection");
    case PortUriColumn:
        return tr("Port URI");
    case ConnectedSinceColumn:
        return tr("Connected");
    case RequestsColumn:
        return tr("Requests");
    case LastRequestColumn:
        return tr("Last request");
    case BytesInColumn:
        return tr("In");
    case BytesOutColumn:
        return tr("Out");
    case VcUuidColumn:
        return tr("VC UUID");
    case BiosUuidColumn:
        return tr("BIOS UUID");
    default:
        return {};
    }
}
