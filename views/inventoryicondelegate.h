// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Puts the inventory's icons beside the names without the models knowing about them: the
// power-state glyph in the VM table's name column, the node kind in the tree.
class InventoryIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Source { TablePowerState, TreeKind };
    InventoryIconDelegate(Source source, QObject* parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    Source m_source;
};
