// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryicondelegate.h"

#include "icons.h"
#include "inventorymodel.h"
#include "inventorytreemodel.h"

using namespace Qt::StringLiterals;

InventoryIconDelegate::InventoryIconDelegate(Source source, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_source(source)
{ }

void InventoryIconDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    QIcon icon;
    if (m_source == Source::TablePowerState) {
        icon = Icons::powerState(
            index.siblingAtColumn(InventoryModel::PowerStateColumn).data(InventoryModel::RawValueRole).toString());
    } else {
        using Kind = InventoryTreeModel::Kind;
        switch (index.data(InventoryTreeModel::KindRole).value<Kind>()) {
        case Kind::Datacenter:
            icon = Icons::node(u"datacenter"_s);
            break;
        case Kind::Cluster:
            icon = Icons::node(u"cluster"_s);
            break;
        case Kind::Host:
            icon = Icons::node(u"host"_s);
            break;
        case Kind::Folder:
            icon = Icons::node(u"folder"_s);
            break;
        case Kind::VirtualMachine:
            icon = Icons::node(u"vm"_s);
            break;
        }
    }
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}
