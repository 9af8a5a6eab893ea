// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "vsphere/vmactions.h"
#include "vsphere/vmsummary.h"

class InventoryFilterProxy;
class InventoryModel;
class InventoryTreeModel;
class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTreeView;
class VCenterConnection;
class VmDetailsPane;

// The VMs of the connected vCenter: a tree (datacenter → cluster → host → folder) that scopes a
// filterable, sortable table with chosen columns, and the details of the current VM.
class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    InventoryPage(InventoryModel* model, VCenterConnection* connection, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTreeView* tree() const { return m_tree; }
    VmDetailsPane* details() const { return m_details; }
    QLineEdit* filter() const { return m_filter; }
    QLabel* summary() const { return m_summary; }
    QLabel* searchError() const { return m_searchError; }
    QSplitter* splitter() const { return m_splitter; }
    // Shows or hides (collapses) the details pane; checkable, for the View menu.
    QAction* detailsAction() const { return m_detailsAction; }
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);
    QStringList selectedVmNames() const;
    QList<VmSummary> selectedVms() const;
    // The VM actions: power, snapshot, notes, export… (the table's context menu and the VM menu).
    QList<QAction*> vmActions() const;
    // The columns shown, in the order shown.
    QList<int> visibleColumns() const;
    // What Copy puts on the clipboard: the selected rows, or all shown when none is selected.
    QString copyText() const;
    // Writes what is shown (rows after filter and tree, chosen columns) as CSV or JSON by the
    // file's suffix; the result arrives in exportFinished.
    void exportShown(const QString& path);

Q_SIGNALS:
    void exportRequested(const QStringList& vmNames);
    // The first selected VM or template, as the clone's source (empty when none is selected).
    void cloneRequested(const QString& vmName);
    void powerRequested(const QStringList& vmNames, VmActions::Power action);
    void snapshotRequested(const QStringList& vmNames);
    void notesRequested(const QStringList& vmNames);
    void attributeRequested(const QStringList& vmNames);
    void serialPortRequested(const QStringList& vmNames);
    // One powered-on VM's guest: its files, or a command to run in it (the Guest window).
    void guestFilesRequested(const VmSummary& vm);
    void guestCommandRequested(const VmSummary& vm);
    void exportFinished(const QString& path, const QString& error);

private:
    void addActions();
    void showColumnMenu(const QPoint& position);
    void scopeToTreeSelection();
    void showCurrentVm();
    void updateSummary();
    // Enables each power action for the selection's states, with the count it applies to.
    void updatePowerActions();
    // Guest operations need exactly one VM, powered on; the status tip says why they are not offered.
    void updateGuestActions();

    InventoryModel* m_model;
    InventoryTreeModel* m_treeModel;
    InventoryFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QTableView* m_table;
    VmDetailsPane* m_details;
    QSplitter* m_splitter;
    QLabel* m_searchError;
    QLabel* m_summary;
    QString m_scopeText; // the tree's branch the table is narrowed to
    QAction* m_detailsAction;
    bool m_detailsWidened = false;
    struct PowerAction
    {
        QAction* qaction;
        VmActions::Power action;
        QString text;
    };
    QList<PowerAction> m_powerActions;
    QAction* m_guestFilesAction = nullptr;
    QAction* m_guestCommandAction = nullptr;
};
