// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatapage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "bulkapplydialog.h"
#include "changedondiskprompt.h"
#include "cloudinit/documenttemplate.h"
#include "cloudinit/filedriver.h"
#include "codeeditor.h"
#include "deliverypayload.h"
#include "diffconfirmation.h"
#include "findingslist.h"
#include "inventorymodel.h"
#include "metadatadatabase.h"
#include "metadatadatabasemodel.h"
#include "metadatadelivery.h"
#include "metadataeditsession.h"
#include "metadatafilemodel.h"
#include "metadatafilterproxy.h"
#include "metadataform.h"
#include "metadatapreview.h"
#include "metadatastorebar.h"
#include "multipartdialog.h"

using namespace Qt::StringLiterals;

MetadataPage::MetadataPage(QWidget* parent, SecretStore* secrets)
    : QWidget(parent)
    , m_storeBar(new MetadataStoreBar(this))
    , m_session(new MetadataEditSession(this))
    , m_model(new MetadataFileModel(this))
    , m_proxy(new MetadataFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_files(new QTableView(this))
    , m_right(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_title(new QLabel(this))
    , m_save(new QPushButton(tr("Save…"), this))
    , m_revert(new QPushButton(tr("Revert"), this))
    , m_form(new MetadataForm(m_session, this))
    , m_editor(new CodeEditor(this))
    , m_preview(new MetadataPreview(this))
    , m_findings(new FindingsList(this))
    , m_delivery(new MetadataDelivery(this))
{
    m_proxy->setSourceModel(m_model);
    m_files->setModel(m_proxy);
    m_files->setObjectName(u"metadataFiles"_s);
    m_files->setAccessibleName(tr("Metadata files"));
    m_filter->setAccessibleName(tr("Search metadata files"));
    m_editor->setAccessibleName(tr("YAML document"));
    m_findings->setAccessibleName(tr("Findings"));
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSortingEnabled(true);
    m_files->sortByColumn(0, Qt::AscendingOrder);
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->setAlternatingRowColors(true);
    m_files->setWordWrap(false);
    m_files->setColumnWidth(MetadataFileModel::KeyColumn, 190);
    m_filter->setPlaceholderText(tr("Filter VMs…"));
    m_filter->setClearButtonEnabled(true);
    m_statusFilter->addItem(tr("All"), int(MetadataFilterProxy::StatusFilter::All));
    m_statusFilter->addItem(tr("With errors"), int(MetadataFilterProxy::StatusFilter::WithErrors));
    m_statusFilter->addItem(tr("With warnings"), int(MetadataFilterProxy::StatusFilter::WithWarnings));
    m_statusFilter->addItem(tr("Changed on disk"), int(MetadataFilterProxy::StatusFilter::ChangedOnDisk));
    m_statusFilter->addItem(tr("No document yet"), int(MetadataFilterProxy::StatusFilter::Missing));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &MetadataFilterProxy::setFilterText);
    connect(m_statusFilter, &QComboBox::activated, this,
        [this] { m_proxy->setStatusFilter(MetadataFilterProxy::StatusFilter(m_statusFilter->currentData().toInt())); });

    auto* newButton = new QPushButton(tr("New…"), this);
    newButton->setToolTip(tr("Create a document for a VM, from the starter or from another VM's document"));
    auto* bulkButton = new QPushButton(tr("Apply to Several…"), this);
    bulkButton->setToolTip(tr("Merge a partial document (for example new DNS servers) into the selected VMs"));
    connect(newButton, &QPushButton::clicked, this, &MetadataPage::newDocument);
    connect(bulkButton, &QPushButton::clicked, this, &MetadataPage::applyToSeveral);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_storeBar);
    m_storeBar->setSecretStore(secrets);
    connect(m_storeBar, &MetadataStoreBar::storeChosen, this, &MetadataPage::openStore);
    connect(m_storeBar, &MetadataStoreBar::message, this, &MetadataPage::statusMessage);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_statusFilter);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_files, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(bulkButton);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);

    m_form->addTab(m_editor, tr("YAML"));
    m_form->addTab(m_preview, tr("Preview"));
    m_editor->setObjectName(u"yamlEditor"_s);
    m_editor->setUndoRedoEnabled(false); // one undo history for the form and the text: the session's
    m_findings->setObjectName(u"findings"_s);
    m_findings->setMaximumHeight(110);
    m_title->setObjectName(u"documentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    auto* parts = new QPushButton(tr("User-data Parts…"), this);
    parts->setToolTip(tr("Combine a cloud-config with shell scripts, a boothook or an include list (MIME multipart, as "
                         "cloud-init devel make-mime builds it)"));
    connect(parts, &QPushButton::clicked, this, &MetadataPage::editUserDataParts);
    auto* undo = new QPushButton(tr("Undo"), this);
    auto* redo = new QPushButton(tr("Redo"), this);
    QAction* undoAction = m_session->undoStack()->createUndoAction(this);
    QAction* redoAction = m_session->undoStack()->createRedoAction(this);
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction->setShortcut(QKeySequence::Redo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undoAction);
    addAction(redoAction);
    connect(undo, &QPushButton::clicked, undoAction, &QAction::trigger);
    connect(redo, &QPushButton::clicked, redoAction, &QAction::trigger);
    connect(m_session->undoStack(), &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_session->undoStack(), &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    auto* saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Revert"), tr("Drop the unsaved changes to %1?").arg(m_session->key()),
                QMessageBox::Discard | QMessageBox::Cancel)
            == QMessageBox::Discard) {
            m_session->reload();
        }
    });

    auto* document = new QWidget(this);
    auto* documentLayout = new QVBoxLayout(document);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_delivery->button());
    header->addWidget(parts);
    header->addWidget(undo);
    header->addWidget(redo);
    header->addWidget(m_revert);
    header->addWidget(m_save);
    documentLayout->addLayout(header);
    documentLayout->addWidget(m_form, 1);
    documentLayout->addWidget(m_delivery->channelsLabel());
    documentLayout->addWidget(m_delivery->resultLabel());
    documentLayout->addWidget(m_findings);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setObjectName(u"metadataEmptyState"_s);
    m_right->addWidget(m_emptyState);
    m_right->addWidget(document);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 440, 900 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(
        m_files->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid()) {
                return;
            }
            const QString key = current.data(MetadataFileModel::KeyRole).toString();
            if (key != m_session->key() && !openVm(key)) {
                // The user kept the open document: select it again.
            }
        });
    connect(m_session, &MetadataEditSession::textChanged, this, &MetadataPage::syncEditorFromSession);
    connect(m_session, &MetadataEditSession::validated, this, &MetadataPage::showValidation);
    connect(m_session, &MetadataEditSession::dirtyChanged, this, &MetadataPage::updateHeader);
    connect(
        m_session, &MetadataEditSession::changedOnDisk, this, [this] { ChangedOnDiskPrompt::ask(this, m_session); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_syncingEditor && m_session->isOpen()) {
            // The session's textChanged comes back with what the editor shows: nothing to compare.
            m_typingInEditor = true;
            m_session->setText(m_editor->toPlainText().toUtf8());
            m_typingInEditor = false;
        }
    });
    connect(m_form, &MetadataForm::problem, this, &MetadataPage::statusMessage);
    connect(m_form, &QTabWidget::currentChanged, this, [this] {
        if (m_previewBehind) {
            updatePreview();
        }
    });
    connect(m_findings, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_form->setCurrentIndex(yamlTabIndex());
        m_editor->goToLine(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt());
        m_editor->setFocus();
    });
    updateHeader();
}

int MetadataPage::yamlTabIndex() const
{
    return m_form->indexOf(m_editor);
}

void MetadataPage::setDirectory(const QString& directory)
{
    if (directory == m_directory) {
        return;
    }
    m_directory = directory;
    m_model->setDirectory(directory);
    if (!m_database) { // a database the admin opened stays until they choose another store
        m_storeBar->showFolder(directory);
    }
    updateHeader();
}

void MetadataPage::openStore(const MetadataStore& store, const QString& password)
{
    if (!confirmClose()) {
        return;
    }
    if (m_session->isOpen() && !m_session->isStored()) {
        m_model->markClosed(m_session->key());
    }
    m_session->close();
    delete std::exchange(m_database, nullptr);
    if (store.kind() == MetadataStore::Kind::File) {
        m_proxy->setSourceModel(m_model);
        m_directory.clear(); // scan it again even when it is the same folder
        setDirectory(store.directory());
        return;
    }
    m_database = new MetadataDatabase(store, password, m_session, this);
    m_database->model()->setInventoryVms(m_inventoryNames);
    connect(m_database, &MetadataDatabase::opened, this, &MetadataPage::storedOpened);
    connect(m_database, &MetadataDatabase::saveFinished, this, [this](const QString& key, const QString& error) {
        if (error.isEmpty()) {
            Q_EMIT documentSaved(key);
        }
    });
    connect(m_database, &MetadataDatabase::removeFinished, this, &MetadataPage::updateHeader);
    m_proxy->setSourceModel(m_database->model());
    m_storeBar->showDatabase(m_database);
    updateHeader();
}

void MetadataPage::setInventoryVms(const QStringList& names)
{
    m_inventoryNames = names;
    m_model->setInventoryVms(names);
    if (m_database) {
        m_database->model()->setInventoryVms(names);
    }
}

void MetadataPage::followInventory(InventoryModel* inventory)
{
    auto* collect = new QTimer(this);
    collect->setSingleShot(true);
    collect->setInterval(500);
    connect(collect, &QTimer::timeout, this, [this, inventory] {
        QStringList names;
        for (int row = 0; row < inventory->rowCount(); ++row) {
            names.append(inventory->vmAt(row).name);
        }
        setInventoryVms(names);
    });
    connect(inventory, &QAbstractItemModel::modelReset, collect, qOverload<>(&QTimer::start));
    connect(inventory, &QAbstractItemModel::rowsInserted, collect, qOverload<>(&QTimer::start));
    connect(inventory, &QAbstractItemModel::rowsRemoved, collect, qOverload<>(&QTimer::start));
}

bool MetadataPage::confirmClose()
{
    if (!m_session->isOpen() || !m_session->isDirty()) {
        return true;
    }
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_session->key()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) {
        return saveAndWait(true);
    }
    return answer == QMessageBox::Discard;
}

bool MetadataPage::saveAndWait(bool ask)
{
    return save(ask) && (!m_database || m_storeBar->waitForSave());
}

void MetadataPage::storedOpened(const QString& key, bool existed, const QString& error)
{
    if (!error.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 was not opened: %2").arg(key, error));
        return;
    }
    Q_EMIT statusMessage(existed ? QString()
                                 : tr("%1 has no document yet: this is a starter. Save creates it in %2.")
                                       .arg(key, m_database->store().display()));
    m_right->setCurrentIndex(1);
    updateHeader();
    m_delivery->setVm(key);
}

bool MetadataPage::openVm(const QString& key)
{
    if (!confirmClose()) {
        return false;
    }
    if (m_database) {
        m_database->open(key); // storedOpened() shows it
        return true;
    }
    if (m_session->isOpen()) {
        m_model->markClosed(m_session->key());
    }
    if (!FileDriver::isSafeKey(key)) {
        Q_EMIT statusMessage(tr("\"%1\" cannot be a file name").arg(key));
        return false;
    }
    QString error;
    const QString path = QDir(m_directory).filePath(key + u".yaml"_s);
    if (!QFile::exists(path)) {
        // An inventory VM without a document: the starter, ready to save as its file (Create).
        QString problem;
        m_session->openNew(path,
            DocumentTemplate::instantiate(DocumentTemplate::starter(), key, &problem).value_or(QByteArray()),
            MetadataEditSession::NewDocument::Offered);
        Q_EMIT statusMessage(tr("%1 has no document yet: this is a starter. Save creates %1.yaml.").arg(key));
    } else if (!m_session->open(path, &error)) {
        Q_EMIT statusMessage(error);
        return false;
    } else {
        Q_EMIT statusMessage({}); // what was said about the previous VM is not about this one
    }
    if (m_session->existsOnDisk()) {
        m_model->markOpened(key, MetadataFileModel::hashOf(m_session->diskText()));
    }
    m_right->setCurrentIndex(1);
    updateHeader();
    m_delivery->setVm(key);
    return true;
}

void MetadataPage::openDocumentFor(const QString& vmName, bool showPreview)
{
    if (m_directory.isEmpty() && !m_database) {
        Q_EMIT statusMessage(tr("Choose the metadata folder on the Guests page first."));
        return;
    }
    if ((vmName == m_session->key() || openVm(vmName)) && showPreview) {
        m_form->setCurrentWidget(m_preview);
    }
}

void MetadataPage::syncEditorFromSession()
{
    if (m_typingInEditor) {
        return;
    }
    const QString text = QString::fromUtf8(m_session->text());
    if (m_editor->toPlainText() == text) {
        return;
    }
    // Keep the cursor where it was (by position), as an editor does when a file reloads.
    const int position = m_editor->textCursor().position();
    m_syncingEditor = true;
    m_editor->setPlainText(text);
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    m_editor->setTextCursor(cursor);
    m_syncingEditor = false;
    updatePreview();
}

void MetadataPage::showValidation()
{
    const QList<Finding>& findings = m_session->validation().findings;
    m_editor->setFindings(findings);
    m_findings->setFindings(findings);
    updatePreview();
    if (m_session->isDirty() && m_database) {
        m_database->model()->revalidate(m_session->key(), m_session->text());
    } else if (m_session->isDirty()) {
        m_model->revalidate(m_session->key(), m_session->text());
    }
    updateHeader();
}

void MetadataPage::updatePreview()
{
    // The preview renders on a worker but puts its payloads (100 KB of user-data) into its views
    // on this thread: out of sight it waits, and catches up when its tab is opened.
    m_previewBehind = m_form->currentWidget() != m_preview;
    if (!m_previewBehind) {
        m_preview->setDocument(m_session->text(), m_session->key());
    }
}

void MetadataPage::updateHeader()
{
    if (m_database) {
        m_emptyState->setText(tr("<h3>Select a VM</h3><p>Pick a VM on the left to edit its cloud-init data, or "
                                 "create a document with <b>New…</b>.</p><p>Store: %1</p>")
                                  .arg(m_database->store().display().toHtmlEscaped()));
    } else if (m_directory.isEmpty()) {
        m_emptyState->setText(tr("<h3>No metadata folder yet</h3><p>Choose the folder the metadata server serves on "
                                 "the Guests page. Each VM has one &lt;VM&gt;.yaml file there.</p>"));
    } else {
        m_emptyState->setText(tr("<h3>Select a VM</h3><p>Pick a VM on the left to edit its cloud-init data, or "
                                 "create a document with <b>New…</b>.</p><p>Folder: %1</p>")
                                  .arg(m_directory.toHtmlEscaped()));
    }
    if (!m_session->isOpen()) {
        m_right->setCurrentIndex(0);
        return;
    }
    const QString state = m_session->isDirty() ? tr(" — unsaved changes")
        : !m_session->existsOnDisk()           ? tr(" — no file yet")
                                               : QString();
    m_title->setText(m_session->key() + state);
    m_save->setEnabled(m_session->isDirty() || !m_session->existsOnDisk());
    m_revert->setEnabled(m_session->isDirty());
}

bool MetadataPage::save(bool ask)
{
    if (!m_session->isOpen()) {
        return false;
    }
    if (Findings::hasError(m_session->validation().findings) && ask
        && QMessageBox::warning(this, tr("Save with Errors?"),
               tr("%1 has errors: the guest may ignore parts of it. Save anyway?").arg(m_session->key()),
               QMessageBox::Save | QMessageBox::Cancel)
            != QMessageBox::Save) {
        return false;
    }
    if (ask
        && !DiffConfirmation::ask(this, tr("Save %1").arg(m_session->key()),
            tr("These lines of %1 change on disk:").arg(QDir::toNativeSeparators(m_session->path())),
            m_session->diffAgainstDisk(), tr("Save"))) {
        return false;
    }
    if (m_database) {
        return m_database->save(); // the store bar says how it went
    }
    QString error;
    if (!m_session->save(&error)) {
        QMessageBox::critical(this, tr("Not Saved"),
            tr("%1 was not saved: %2. Your changes are still here.").arg(m_session->key(), error));
        return false;
    }
    m_model->markSaved(m_session->key(), MetadataFileModel::hashOf(m_session->text()));
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_session->path())));
    Q_EMIT documentSaved(m_session->key());
    return true;
}

QStringList MetadataPage::selectedKeys() const
{
    QStringList keys;
    for (const QModelIndex& index : m_files->selectionModel()->selectedRows()) {
        keys.append(index.data(MetadataFileModel::KeyRole).toString());
    }
    return keys;
}

void MetadataPage::newDocument()
{
    if (m_directory.isEmpty() && !m_database) {
        Q_EMIT statusMessage(tr("Choose the metadata folder on the Guests page first."));
        return;
    }
    const QStringList selected = selectedKeys();
    bool ok = false;
    const QString key = QInputDialog::getText(
        this, tr("New Document"), tr("VM name (the file is <name>.yaml):"), QLineEdit::Normal, selected.value(0), &ok)
                            .trimmed();
    if (!ok || key.isEmpty()) {
        return;
    }
    if (!FileDriver::isSafeKey(key)) {
        QMessageBox::warning(this, tr("New Document"), tr("\"%1\" cannot be a file name.").arg(key));
        return;
    }
    const QString path = QDir(m_directory).filePath(key + u".yaml"_s);
    if ((m_database ? DeliveryPayload::database(m_database) : DeliveryPayload::folder(m_directory))
            .hasSavedDocument(key)) {
        QMessageBox::information(this, tr("New Document"), tr("%1 already has a document; it is opened.").arg(key));
        openVm(key);
        return;
    }
    QStringList templates { tr("Starter document") };
    // A database's documents as templates would each need a read first: only the starter there.
    for (const QString& file :
        m_database ? QStringList() : QDir(m_directory).entryList({ u"*.yaml"_s }, QDir::Files, QDir::Name)) {
        templates.append(file);
    }
    const QString chosen = QInputDialog::getItem(this, tr("New Document"),
        tr("Start from (instance-id and host name are filled in for %1):").arg(key), templates, 0, false, &ok);
    if (!ok || !confirmClose()) {
        return;
    }
    QByteArray templateText = DocumentTemplate::starter();
    if (chosen != templates.first()) {
        QFile file(QDir(m_directory).filePath(chosen));
        if (file.open(QIODevice::ReadOnly)) {
            templateText = file.readAll();
        }
    }
    QString error;
    const std::optional<QByteArray> text = DocumentTemplate::instantiate(templateText, key, &error);
    if (!text) {
        QMessageBox::warning(this, tr("New Document"), tr("%1 cannot be used as a template: %2").arg(chosen, error));
        return;
    }
    if (m_database) {
        m_database->openNew(key, *text);
    } else {
        m_session->openNew(path, *text);
    }
    m_delivery->setVm(key);
    m_right->setCurrentIndex(1);
    updateHeader();
    Q_EMIT statusMessage(tr("New document for %1: save it to create %2")
                             .arg(key, m_database ? m_database->location(key) : QDir::toNativeSeparators(path)));
}

void MetadataPage::editUserDataParts()
{
    const auto& document = m_session->validation().document;
    if (!m_session->isOpen() || !document) {
        Q_EMIT statusMessage(tr("Fix the document's YAML first: its user-data cannot be read."));
        return;
    }
    MultipartDialog dialog(document->userData.value_or(QString()).toUtf8(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    if (!m_session->setValue({ u"userdata"_s }, QString::fromUtf8(dialog.userData()), &error)) {
        Q_EMIT statusMessage(error);
    }
}

void MetadataPage::applyToSeveral()
{
    QStringList keys = selectedKeys();
    if (keys.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the VMs to change first (Ctrl+click or Shift+click)."));
        return;
    }
    if (m_database) {
        Q_EMIT statusMessage(
            tr("Apply to Several changes a folder's files; it does not work on a database store yet."));
        return;
    }
    if (!confirmClose()) {
        return;
    }
    BulkApplyDialog dialog(m_directory, keys, this);
    dialog.exec();
    if (m_session->isOpen() && QFile::exists(m_session->path())) {
        m_session->reload();
    }
}
