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
        // In the order of InventoryTreeModel::Kind.
        static const QString kinds[] = { u"datacenter"_s, u"cluster"_s, u"host"_s, u"folder"_s, u"vm"_s };
        const auto kind = qsizetype(index.data(InventoryTreeModel::KindRole).value<InventoryTreeModel::Kind>());
        icon = Icons::node(kinds[qBound(qsizetype(0), kind, qsizetype(std::size(kinds) - 1))]);
    }
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(16, 16);
}
