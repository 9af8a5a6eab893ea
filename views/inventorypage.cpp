// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventorypage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QDataStream>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "core/atomicwrite.h"
#include "core/whendone.h"
#include "inventoryexport.h"
#include "inventoryfilter.h"
#include "inventoryfilterproxy.h"
#include "inventoryicondelegate.h"
#include "inventorymodel.h"
#include "inventorytreemodel.h"
#include "searchcompleter.h"
#include "vmdetailspane.h"
#include "vsphere/powerfit.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int detailsWidthEmpty = 220; // before a VM is chosen
constexpr int detailsWidth = 400;
constexpr quint32 stateVersion = 2; // 1 was the header state alone

// "VM2" before "VM10" in the tree too.
class NaturalSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        return m_collator.compare(left.data().toString(), right.data().toString()) < 0;
    }

private:
    QCollator m_collator = [] {
        QCollator collator(QLocale(QLocale::English));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        return collator;
    }();
};
} // namespace

InventoryPage::InventoryPage(InventoryModel* model, VCenterConnection* connection, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_treeModel(new InventoryTreeModel(model, this))
    , m_proxy(new InventoryFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_table(new QTableView(this))
    , m_details(new VmDetailsPane(connection, this))
    , m_splitter(new QSplitter(this))
    , m_searchError(new QLabel(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter virtual machines, e.g. web power:on guest:linux host:esx1 attr:alice"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search virtual machines"));
    m_tree->setAccessibleName(tr("Inventory tree"));
    m_table->setAccessibleName(tr("Virtual machines"));
    QStringList terms;
    for (const QString& field : InventoryFilter::fieldNames()) {
        terms.append(field + u':');
    }
    terms << u"power:on"_s << u"power:off"_s << u"power:suspended"_s;
    new SearchCompleter(m_filter, terms);

    auto* treeProxy = new NaturalSortProxy(this);
    treeProxy->setSourceModel(m_treeModel);
    m_tree->setModel(treeProxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true); // thousands of VMs: no per-row size queries
    m_tree->setItemDelegate(new InventoryIconDelegate(InventoryIconDelegate::Source::TreeKind, m_tree));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &InventoryPage::scopeToTreeSelection);
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!parent.isValid()) {
            m_tree->expandToDepth(1); // datacenters and clusters open, hosts closed
        }
    });
    connect(m_treeModel, &QAbstractItemModel::modelReset, this, [this] { m_tree->expandToDepth(1); });

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(InventoryModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table instead of walking 120 × 20 cells
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setDragEnabled(true); // onto the Exports page
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setItemDelegateForColumn(
        InventoryModel::NameColumn, new InventoryIconDelegate(InventoryIconDelegate::Source::TablePowerState, m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(InventoryModel::NameColumn, 220);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &InventoryPage::showColumnMenu);
    for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
        header->setSectionHidden(column, InventoryModel::isHiddenByDefault(column));
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::showCurrentVm);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InventoryPage::updatePowerActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InventoryPage::updatePowerActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InventoryPage::updatePowerActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
            // Live updates touch any row; only the shown VM's concern the details pane.
            const int current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex()).row();
            if (current >= topLeft.row() && current <= bottomRight.row()) {
                showCurrentVm();
            }
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InventoryPage::showCurrentVm);
    addActions();
    updatePowerActions();

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    // The table takes the extra room, and keeps a usable width when the window is small: the side
    // panes give way first. The details pane is narrow until there is a VM to show.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_table->setMinimumWidth(360);
    // Shown side panes stay readable (a layout restored from a differently sized window could
    // leave them a few pixels wide); hidden ones still fold to nothing.
    m_tree->setMinimumWidth(100);
    m_details->setMinimumWidth(140);
    m_splitter->setSizes({ 220, 900, detailsWidthEmpty });
    m_splitter->setChildrenCollapsible(true);
    m_splitter->setCollapsible(1, false);
    m_detailsAction = new QAction(tr("&Details Pane"), this);
    m_detailsAction->setCheckable(true);
    m_detailsAction->setChecked(true);
    m_detailsAction->setShortcut(QKeySequence(u"F9"_s));
    connect(m_detailsAction, &QAction::toggled, this, [this](bool shown) {
        QList<int> sizes = m_splitter->sizes();
        const int width = shown ? (m_detailsWidened ? detailsWidth : detailsWidthEmpty) : 0;
        sizes[1] += sizes[2] - width;
        sizes[2] = width;
        m_splitter->setSizes(sizes);
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_detailsAction);
        m_detailsAction->setChecked(m_splitter->sizes().at(2) > 0);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    m_searchError->setObjectName(u"searchError"_s);
    m_searchError->setStyleSheet(u"color: #c0392b;"_s);
    m_searchError->setWordWrap(true);
    m_searchError->hide();
    layout->addWidget(m_searchError);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_summary);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterExpression(text);
        updateSummary();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &InventoryPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &InventoryPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryPage::updateSummary);
    connect(m_model, &InventoryModel::loadingChanged, this, &InventoryPage::updateSummary);
    updateSummary();
}

void InventoryPage::addActions()
{
    const auto add = [this](const QString& text, auto handler, QKeySequence shortcut = {}) {
        auto* action = new QAction(text, m_table);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, handler);
        m_table->addAction(action);
        return action;
    };
    const auto separator = [this] {
        auto* line = new QAction(m_table);
        line->setSeparator(true);
        m_table->addAction(line);
    };
    // The vSphere Client's shortcuts, on the table only: Ctrl+Z stays Undo in the editors.
    const struct
    {
        QString text;
        VmActions::Power action;
        const char* shortcut;
    } powerActions[] = {
        { tr("Power &On"), VmActions::Power::On, "Ctrl+B" },
        { tr("Shut &Down Guest"), VmActions::Power::ShutdownGuest, "Ctrl+D" },
        { tr("Restart &Guest"), VmActions::Power::RebootGuest, "Ctrl+R" },
        { tr("Power O&ff"), VmActions::Power::Off, "Ctrl+E" },
        { tr("&Reset"), VmActions::Power::Reset, "Ctrl+T" },
        { tr("&Suspend"), VmActions::Power::Suspend, "Ctrl+Z" },
    };
    for (const auto& power : powerActions) {
        QAction* action = add(
            power.text,
            [this, which = power.action] {
                // Only the VMs the action suits: the rest would fail in vCenter anyway.
                QStringList names;
                for (const VmSummary& vm : PowerFit::fitting(which, selectedVms())) {
                    names.append(vm.name);
                }
                if (!names.isEmpty()) {
                    Q_EMIT powerRequested(names, which);
                }
            },
            QKeySequence(QString::fromLatin1(power.shortcut)));
        m_powerActions.append({ action, power.action, power.text });
    }
    separator();
    add(tr("Take S&napshot…"), [this] { Q_EMIT snapshotRequested(selectedVmNames()); });
    add(tr("Edit &Notes…"), [this] { Q_EMIT notesRequested(selectedVmNames()); });
    add(tr("Set &Attribute…"), [this] { Q_EMIT attributeRequested(selectedVmNames()); });
    add(tr("Connect Serial Port to &Metadata Server…"), [this] { Q_EMIT serialPortRequested(selectedVmNames()); });
    separator();
    m_guestFilesAction = add(tr("Browse Guest &Files…"), [this] {
        if (const QList<VmSummary> vms = selectedVms(); vms.size() == 1) {
            Q_EMIT guestFilesRequested(vms.first());
        }
    });
    m_guestCommandAction = add(tr("R&un in Guest…"), [this] {
        if (const QList<VmSummary> vms = selectedVms(); vms.size() == 1) {
            Q_EMIT guestCommandRequested(vms.first());
        }
    });
    separator();
    add(tr("&Export…"), [this] { Q_EMIT exportRequested(selectedVmNames()); });
    add(tr("C&lone…"), [this] {
        const QStringList names = selectedVmNames();
        Q_EMIT cloneRequested(names.value(0));
    });
    add(
        tr("&Copy"), [this] { QApplication::clipboard()->setText(copyText()); }, QKeySequence::Copy);
    add(tr("Export &List…"), [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Inventory List"), u"inventory.csv"_s, tr("CSV (*.csv);;JSON (*.json)"));
        if (!path.isEmpty()) {
            exportShown(path);
        }
    });
}

void InventoryPage::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns cannot be given them back.
        action->setEnabled(header->isSectionHidden(column) || header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header,
            [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, [header] {
        for (int column = 0; column < InventoryModel::ColumnCount; ++column) {
            header->moveSection(header->visualIndex(column), column);
            header->setSectionHidden(column, InventoryModel::isHiddenByDefault(column));
        }
    });
    menu.exec(header->mapToGlobal(position));
}

QList<int> InventoryPage::visibleColumns() const
{
    const QHeaderView* header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    return columns;
}

QString InventoryPage::copyText() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    return InventoryExport::clipboardText(*m_proxy, visibleColumns(), rows);
}

void InventoryPage::exportShown(const QString& path)
{
    const QByteArray data = path.endsWith(u".json"_s, Qt::CaseInsensitive)
        ? InventoryExport::json(*m_proxy, visibleColumns())
        : InventoryExport::csv(*m_proxy, visibleColumns());
    whenDone(writeFileAtomically(path, data), this,
        [this, path](const QString& error) { Q_EMIT exportFinished(path, error); });
}

void InventoryPage::scopeToTreeSelection()
{
    QList<std::pair<int, QString>> scope;
    QModelIndex index = m_tree->currentIndex();
    std::optional<QString> vmId;
    for (; index.isValid(); index = index.parent()) {
        using Kind = InventoryTreeModel::Kind;
        const auto kind = index.data(InventoryTreeModel::KindRole).value<Kind>();
        const QString name = index.data().toString();
        switch (kind) {
        case Kind::Datacenter:
            scope.append({ InventoryModel::DatacenterColumn, name });
            break;
        case Kind::Cluster:
            scope.append({ InventoryModel::ClusterColumn, name });
            break;
        case Kind::Host:
            scope.append({ InventoryModel::HostColumn, name });
            break;
        case Kind::Folder:
            scope.append({ InventoryModel::FolderColumn, name });
            break;
        case Kind::VirtualMachine:
            vmId = index.data(InventoryTreeModel::ManagedObjectIdRole).toString();
            break;
        }
    }
    m_proxy->setScope(scope);
    QStringList path;
    for (auto it = scope.crbegin(); it != scope.crend(); ++it) {
        path.append(it->second);
    }
    m_scopeText = path.join(u" › "_s);
    updateSummary();
    if (vmId) {
        // A VM chosen in the tree: its row becomes the table's current one.
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, 0).data(InventoryModel::ManagedObjectIdRole).toString() == *vmId) {
                m_table->selectRow(row);
                m_table->scrollTo(m_proxy->index(row, 0));
                break;
            }
        }
    }
}

void InventoryPage::showCurrentVm()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->selectionModel()->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    m_details->showVm(m_model->vmAt(current.row()));
    if (!m_detailsWidened && m_detailsAction->isChecked()) {
        // The first VM shown: room for its details, taken from the table.
        m_detailsWidened = true;
        QList<int> sizes = m_splitter->sizes();
        const int grow = std::max(0, std::min(detailsWidth - sizes[2], sizes[1] - m_table->minimumWidth()));
        sizes[1] -= grow;
        sizes[2] += grow;
        m_splitter->setSizes(sizes);
    }
}

QByteArray InventoryPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateVersion << m_table->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

void InventoryPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray header;
    QByteArray splitter;
    in >> version >> header >> splitter;
    if (in.status() != QDataStream::Ok || version != stateVersion) {
        return; // the defaults stay
    }
    m_table->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
}

QList<QAction*> InventoryPage::vmActions() const
{
    return m_table->actions();
}

QList<VmSummary> InventoryPage::selectedVms() const
{
    QList<VmSummary> vms;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(InventoryModel::NameColumn)) {
        vms.append(m_model->vmAt(m_proxy->mapToSource(row).row()));
    }
    return vms;
}

void InventoryPage::updatePowerActions()
{
    const QList<VmSummary> selected = selectedVms();
    for (const PowerAction& power : std::as_const(m_powerActions)) {
        const qsizetype fitting = PowerFit::fitting(power.action, selected).size();
        power.qaction->setEnabled(fitting > 0);
        // A mixed selection says how many will be acted on; the rest are left alone.
        power.qaction->setText(fitting > 0 && fitting < selected.size()
                ? tr("%1 (%2 of %3)").arg(power.text).arg(fitting).arg(selected.size())
                : power.text);
        power.qaction->setStatusTip(
            fitting == 0 && !selected.isEmpty() ? tr("No selected VM is in a state that allows this.") : QString());
    }
    updateGuestActions();
}

void InventoryPage::updateGuestActions()
{
    const QList<VmSummary> selected = selectedVms();
    QString why;
    if (selected.size() != 1) {
        why = tr("Choose one VM to work in its guest.");
    } else if (selected.first().powerState != u"poweredOn"_s) {
        why = tr("Guest operations need a powered-on VM.");
    }
    for (QAction* action : { m_guestFilesAction, m_guestCommandAction }) {
        action->setEnabled(why.isEmpty());
        action->setStatusTip(why.isEmpty() ? tr("Works inside the guest through VMware Tools.") : why);
    }
}

QStringList InventoryPage::selectedVmNames() const
{
    QStringList names;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(InventoryModel::NameColumn)) {
        names.append(row.data().toString());
    }
    return names;
}

void InventoryPage::updateSummary()
{
    QString text;
    if (m_model->isLoading()) {
        text = tr("Loading the inventory…");
    } else if (m_proxy->rowCount() == m_model->rowCount()) {
        text = tr("Virtual machines: %1").arg(m_model->rowCount());
    } else {
        text = tr("Virtual machines: %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    }
    // Say what narrows the list, so that "0 of 120" is never a mystery.
    if (!m_scopeText.isEmpty()) {
        text += tr(" · only %1, chosen in the tree").arg(m_scopeText);
    }
    m_summary->setText(text);
    const QString unknown = m_proxy->unknownField();
    m_searchError->setText(unknown.isEmpty() ? QString()
                                             : tr("“%1” is not a search field, so the whole word is searched for. "
                                                  "Fields: %2.")
                                                   .arg(unknown, InventoryFilter::fieldNames().join(u", "_s)));
    m_searchError->setVisible(!unknown.isEmpty());
}
