// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "kvp/hypervkvp.h"

class HypervItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// One Hyper-V VM's KVP items as the host sees them, with a filter: push (add or change) a host
// item, change one's value, remove host items after naming them, copy. Guest and intrinsic items
// are the guest's own and read-only. Every request goes through HypervKvp's futures.
class HypervItemsPane : public QWidget
{
    Q_OBJECT
public:
    explicit HypervItemsPane(QWidget* parent = nullptr);

    // Shows the items of `vm` read through `kvp`; null or an empty id: none. Another VM's items
    // are cleared first, the same VM's are merged (the selection stays).
    void setVm(HypervKvp* kvp, const HypervVm& vm);
    const HypervVm& vm() const { return m_vm; }
    // Reads the items again.
    void reload();
    bool isBusy() const { return m_busy; }

    HypervItemModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QLineEdit* filter() const { return m_filter; }
    // Select a VM, it has no items, how many.
    QLabel* note() const { return m_note; }
    QPushButton* pushButton() const { return m_push; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* copyButton() const { return m_copy; }

    // "key=value" lines of the selected items, as copied to the clipboard.
    QString selectedPairs() const;
    void pushItem();
    void editItem();
    void removeItems();
    void copyItems();

Q_SIGNALS:
    // A sentence for the status line, with what lies behind it for a tooltip.
    void statusChanged(const QString& text, const QString& details);
    // The items were read (or not: `error` says why).
    void itemsLoaded(const QString& error);
    // A push or removal ended; `error` is empty when it went through.
    void changeFinished(const QString& error);

private:
    QList<int> selectedRows() const;
    bool selectionIsHostOnly() const;
    // Asks for a key and value (the key fixed when editing); false when cancelled.
    bool askItem(const QString& title, QString* key, QString* value, bool keyFixed);
    void send(const QString& key, const QString& value);
    void finishChange(const QString& done, const QString& error, const QString& details = {});
    void updateNote();
    void updateActions();

    QPointer<HypervKvp> m_kvp;
    HypervVm m_vm;
    int m_request = 0; // answers to older reads are dropped
    int m_generation = 0; // and any answer from before the VM or connection changed
    bool m_busy = false;
    bool m_loading = false;

    HypervItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_note;
    QPushButton* m_push;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_copy;
};
