// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "vsphere/vmactions.h"

class InventoryFilterProxy;
class InventoryModel;
class QLabel;
class QLineEdit;
class QTableView;

// The VMs of the connected vCenter, filterable and sortable.
class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryPage(InventoryModel* model, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);
    QStringList selectedVmNames() const;

Q_SIGNALS:
    void exportRequested(const QStringList& vmNames);
    void powerRequested(const QStringList& vmNames, VmActions::Power action);
    void snapshotRequested(const QStringList& vmNames);
    void notesRequested(const QStringList& vmNames);

private:
    void updateSummary();

    InventoryModel* m_model;
    InventoryFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_summary;
};
