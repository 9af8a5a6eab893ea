// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervitemspane.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "hypervitemmodel.h"
#include "kvp/kvppool.h"

using namespace Qt::StringLiterals;

HypervItemsPane::HypervItemsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new HypervItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_push(new QPushButton(tr("&Push…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move…"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HypervItemModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HypervItemModel::KeyColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(HypervItemModel::ValueColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(HypervItemModel::KeyColumn, 240);
    m_table->setAccessibleName(tr("KVP items of the selected VM"));
    m_filter->setPlaceholderText(tr("Filter sources, keys and values"));
    m_filter->setAccessibleName(tr("Filter the VM's KVP items"));
    m_filter->setClearButtonEnabled(true);
    m_note->setWordWrap(true);

    m_push->setToolTip(tr("Adds a host item to the VM, or changes the one with the same key"));
    m_edit->setToolTip(tr("Changes the value of the selected host item"));
    m_remove->setToolTip(tr("Removes the selected host items; guest and intrinsic items are the guest's own"));
    m_copy->setToolTip(tr("Copies the selected items as key=value lines"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    for (QPushButton* button : { m_push, m_edit, m_remove }) {
        buttons->addWidget(button);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HypervItemsPane::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_edit->isEnabled()) {
            editItem();
        }
    });
    connect(m_push, &QPushButton::clicked, this, &HypervItemsPane::pushItem);
    connect(m_edit, &QPushButton::clicked, this, &HypervItemsPane::editItem);
    connect(m_remove, &QPushButton::clicked, this, &HypervItemsPane::removeItems);
    connect(m_copy, &QPushButton::clicked, this, &HypervItemsPane::copyItems);
    updateNote();
    updateActions();
}

void HypervItemsPane::setVm(HypervKvp* kvp, const HypervVm& vm)
{
    const bool same = kvp == m_kvp && vm.id == m_vm.id;
    if (!same) {
        m_model->clear(); // another VM's items are not merged into these
        ++m_generation;
        m_busy = false; // a change on the earlier VM or connection ends unheard
        m_loading = false;
    }
    m_kvp = kvp;
    m_vm = kvp ? vm : HypervVm {};
    updateNote();
    updateActions();
    if (!same) {
        reload();
    }
}

void HypervItemsPane::reload()
{
    if (!m_kvp || m_vm.id.isEmpty()) {
        return;
    }
    const int request = ++m_request;
    const int generation = m_generation;
    m_loading = true;
    updateNote();
    whenDone<WsManError>(
        m_kvp->items(m_vm.id), this,
        [this, request, generation](const HypervKvpItems& items) {
            if (request == m_request && generation == m_generation) {
                m_loading = false;
                m_model->setItems(items);
                updateNote();
                updateActions();
                Q_EMIT itemsLoaded({});
            }
        },
        [this, request, generation](const WsManError& error) {
            if (request == m_request && generation == m_generation) {
                m_loading = false;
                updateNote();
                Q_EMIT statusChanged(error.message(), error.details());
                Q_EMIT itemsLoaded(error.message());
            }
        });
}

QList<int> HypervItemsPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        rows.append(m_proxy->mapToSource(index).row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool HypervItemsPane::selectionIsHostOnly() const
{
    const QList<int> rows = selectedRows();
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [this](int row) {
        return m_model->source(row) == HypervItemModel::Source::Host;
    });
}

QString HypervItemsPane::selectedPairs() const
{
    QStringList lines;
    for (const int row : selectedRows()) {
        const HypervKvpItem item = m_model->item(row);
        lines.append(item.name + u'=' + item.data);
    }
    return lines.join(u'\n');
}

void HypervItemsPane::copyItems()
{
    if (const QString pairs = selectedPairs(); !pairs.isEmpty()) {
        QApplication::clipboard()->setText(pairs);
    }
}

bool HypervItemsPane::askItem(const QString& title, QString* key, QString* value, bool keyFixed)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* keyEdit = new QLineEdit(*key, &dialog);
    keyEdit->setObjectName(u"hypervKey"_s);
    keyEdit->setAccessibleName(tr("Key"));
    keyEdit->setReadOnly(keyFixed);
    auto* valueEdit = new QPlainTextEdit(*value, &dialog);
    valueEdit->setObjectName(u"hypervValue"_s);
    valueEdit->setAccessibleName(tr("Value"));
    auto* note = new QLabel(tr("A host item reaches the guest's pool 0 (/var/lib/hyperv/.kvp_pool_0). Keys of up "
                               "to %1 and values of up to %2 UTF-8 bytes; an existing key is changed.")
                                .arg(KvpPool::hostKeyLimit)
                                .arg(KvpPool::hostValueLimit),
        &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Push"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Key:"), keyEdit);
    form->addRow(tr("&Value:"), valueEdit);
    form->addRow(note);
    form->addRow(buttons);
    (keyFixed ? static_cast<QWidget*>(valueEdit) : keyEdit)->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *key = keyEdit->text();
    *value = valueEdit->toPlainText();
    return true;
}

void HypervItemsPane::pushItem()
{
    QString key, value;
    if (m_kvp && !m_vm.id.isEmpty() && !m_busy
        && askItem(tr("Push a Host Item to %1").arg(m_vm.name), &key, &value, false)) {
        send(key, value);
    }
}

void HypervItemsPane::editItem()
{
    const QList<int> rows = selectedRows();
    if (!m_kvp || m_busy || rows.size() != 1 || !selectionIsHostOnly()) {
        return;
    }
    const HypervKvpItem item = m_model->item(rows.first());
    QString key = item.name, value = item.data;
    if (askItem(tr("Change a Host Item of %1").arg(m_vm.name), &key, &value, true)) {
        send(key, value);
    }
}

void HypervItemsPane::send(const QString& key, const QString& value)
{
    const HypervKvpItem item { key, value };
    // Said before anything is sent: WinRM would take it, and the guest would read it cut short.
    if (const QString problem = HypervKvp::checkItem(item); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Push the Item"), problem);
        finishChange({}, problem);
        return;
    }
    if (!m_kvp) {
        return; // disconnected while the dialog was open
    }
    m_busy = true;
    updateActions();
    const int generation = m_generation;
    whenDone<WsManError>(
        m_kvp->push(m_vm.id, { item }), this,
        [this, generation, key](const HypervPushResult& result) {
            if (generation == m_generation) {
                finishChange(result.added > 0 ? tr("Added %1 to %2.").arg(key, m_vm.name)
                                              : tr("Changed %1 on %2.").arg(key, m_vm.name),
                    {});
            }
        },
        [this, generation](const WsManError& error) {
            if (generation == m_generation) {
                finishChange({}, error.message(), error.details());
            }
        });
}

void HypervItemsPane::removeItems()
{
    if (!m_kvp || m_busy || !selectionIsHostOnly()) {
        return;
    }
    QStringList keys;
    for (const int row : selectedRows()) {
        keys.append(m_model->item(row).name);
    }
    constexpr int named = 15;
    QString list = keys.mid(0, named).join(u'\n');
    if (keys.size() > named) {
        list += u'\n' + tr("and %n more", nullptr, int(keys.size() - named));
    }
    if (QMessageBox::question(this, tr("Remove Host Items"),
            tr("Remove %n host item(s) from %1? The guest's daemon drops them from its pool 0.", nullptr,
                int(keys.size()))
                    .arg(m_vm.name)
                + u"\n\n"_s + list,
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes
        || !m_kvp) {
        return;
    }
    m_busy = true;
    updateActions();
    const int generation = m_generation;
    whenDone<WsManError>(
        m_kvp->remove(m_vm.id, keys), this,
        [this, generation, keys] {
            if (generation == m_generation) {
                finishChange(tr("Removed %n item(s) from %1.", nullptr, int(keys.size())).arg(m_vm.name), {});
            }
        },
        [this, generation](const WsManError& error) {
            if (generation == m_generation) {
                finishChange({}, error.message(), error.details());
            }
        });
}

void HypervItemsPane::finishChange(const QString& done, const QString& error, const QString& details)
{
    m_busy = false;
    updateActions();
    Q_EMIT statusChanged(error.isEmpty() ? done : error, details);
    reload(); // what the host holds now, whichever way it went
    Q_EMIT changeFinished(error);
}

void HypervItemsPane::updateNote()
{
    QString note, details;
    if (m_vm.id.isEmpty()) {
        note = tr("Select a VM to see its KVP items.");
    } else if (m_loading && m_model->rowCount() == 0) {
        note = tr("Reading the KVP items of %1…").arg(m_vm.name);
    } else if (m_model->rowCount() == 0) {
        note = tr("%1 (%2) has no KVP items. A VM that is not running shows no guest items; push one to give it a "
                  "host item.")
                   .arg(m_vm.name, m_vm.stateText());
    } else {
        note = tr("%n item(s)", nullptr, m_model->rowCount());
        if (!m_model->unreadable().isEmpty()) {
            note += u" "_s + tr("%n item(s) could not be read.", nullptr, int(m_model->unreadable().size()));
            details = u"\n"_s + m_model->unreadable().join(u'\n');
        }
    }
    m_note->setText(note);
    m_note->setToolTip(m_vm.id.isEmpty() ? QString() : tr("VM GUID %1").arg(m_vm.id) + details);
}

void HypervItemsPane::updateActions()
{
    const bool ready = m_kvp && !m_vm.id.isEmpty() && !m_busy;
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_push->setEnabled(ready);
    m_edit->setEnabled(ready && selected == 1 && selectionIsHostOnly());
    m_remove->setEnabled(ready && selectionIsHostOnly());
    m_copy->setEnabled(selected > 0);
}
