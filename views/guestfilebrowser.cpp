// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfilebrowser.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "export/exportqueue.h"
#include "guestfilemodel.h"
#include "guestfilesortproxy.h"
#include "guestops/guestfiletransfer.h"
#include "guestops/guesttransferspec.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

GuestFileBrowser::GuestFileBrowser(
    GuestOperations* operations, const ManagedObjectRef& vm, const QString& vmName, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_vm(vm)
    , m_vmName(vmName)
    , m_model(new GuestFileModel(this))
    , m_proxy(new GuestFileSortProxy(this))
    , m_path(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    m_path->setObjectName(u"guestPath"_s);
    m_path->setAccessibleName(tr("Guest folder"));
    m_path->setPlaceholderText(tr("A folder in the guest, e.g. /var/log"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GuestFileModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(GuestFileModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(GuestFileModel::ModifiedColumn, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Guest files"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();

    auto* bar = new QWidget(this);
    createActions(bar);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_progress);
    layout->addLayout(footer);

    connect(m_path, &QLineEdit::returnPressed, this, [this] { openPath(m_path->text().trimmed()); });
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(GuestFileModel::IsDirectoryRole).toBool()) {
            openPath(m_model->pathOf(index.data(GuestFileModel::NameRole).toString()));
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuestFileBrowser::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GuestFileBrowser::updateState);
    updateState();
}

void GuestFileBrowser::createActions(QWidget* bar)
{
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    const auto button = [this, layout, bar](const QString& text, const QString& icon, auto handler) {
        auto* button = new QPushButton(QIcon::fromTheme(icon), text, bar);
        connect(button, &QPushButton::clicked, this, handler);
        layout->addWidget(button);
        return button;
    };
    button(tr("&Up"), u"go-up"_s, [this] { goUp(); })->setObjectName(u"guestUp"_s);
    button(tr("&Home"), u"go-home"_s, [this] { goHome(); })->setObjectName(u"guestHome"_s);
    layout->addWidget(m_path, 1);
    button(tr("Re&fresh"), u"view-refresh"_s, [this] { refresh(); });
    button(tr("U&pload…"), u"document-send"_s, [this] { askUpload(); });
    m_selectionButtons.append(button(tr("&Download…"), u"document-save"_s, [this] { askDownload(); }));
    button(tr("&New Folder…"), u"folder-new"_s, [this] { askNewFolder(); });
    m_selectionButtons.append(button(tr("&Rename…"), u"edit-rename"_s, [this] { askRename(); }));
    m_selectionButtons.append(button(tr("De&lete…"), u"edit-delete"_s, [this] { deleteEntries(selectedNames()); }));
}

void GuestFileBrowser::setExportQueue(ExportQueue* queue)
{
    if (m_queue) {
        disconnect(m_queue, nullptr, this, nullptr);
    }
    m_queue = queue;
    if (!queue) {
        return;
    }
    connect(queue, &ExportQueue::jobFinished, this, [this](quint64 id) {
        if (!m_queuedUploads.remove(id)) {
            return;
        }
        const ExportJobRecord* job = m_queue ? m_queue->job(id) : nullptr;
        if (job && job->state == ExportJobRecord::State::Failed) {
            showStatus(tr("The upload of %1 failed: %2").arg(QFileInfo(job->guest.localPath).fileName(), job->error));
        }
        refresh();
    });
}

void GuestFileBrowser::setCredentials(const GuestCredentials& credentials)
{
    m_credentials = credentials;
}

void GuestFileBrowser::setHomePath(const QString& path)
{
    m_home = path.isEmpty() ? u"/"_s : path;
}

QString GuestFileBrowser::currentPath() const
{
    return m_model->folder();
}

void GuestFileBrowser::openPath(const QString& path)
{
    if (!m_operations || path.isEmpty()) {
        return;
    }
    // Guest paths are POSIX here; a trailing slash would make ".." of "/a/" be "/a".
    QString clean = QDir::cleanPath(path);
    if (!clean.startsWith(u'/')) {
        clean = GuestFileModel::joinPath(currentPath().isEmpty() ? m_home : currentPath(), clean);
    }
    m_requested = clean;
    m_path->setText(clean);
    const int generation = ++m_generation;
    ++m_pending;
    showStatus(tr("Listing %1…").arg(clean));
    updateState();
    whenDone<VimError>(
        m_operations->listAllFiles(m_vm, m_credentials, clean), this,
        [this, clean, generation](const QList<GuestFileInfo>& entries) {
            --m_pending;
            if (generation != m_generation) {
                return;
            }
            m_model->setListing(clean, entries);
            const QString count = tr("%n item(s)", nullptr, m_model->rowCount());
            showStatus(m_note.isEmpty() ? count : tr("%1 %2").arg(m_note, count));
            m_note.clear();
            Q_EMIT listed(clean);
        },
        [this, generation](const VimError& error) {
            --m_pending;
            if (generation != m_generation) {
                return;
            }
            // The path bar goes back to the folder still shown, so that Enter retries nothing stale.
            m_path->setText(currentPath());
            showError(error);
            updateState();
        });
}

void GuestFileBrowser::goUp()
{
    const QString path = currentPath();
    if (!path.isEmpty() && path != u"/"_s) {
        openPath(QFileInfo(path).path());
    }
}

void GuestFileBrowser::goHome()
{
    openPath(m_home);
}

void GuestFileBrowser::refresh()
{
    openPath(currentPath().isEmpty() ? (m_requested.isEmpty() ? m_home : m_requested) : currentPath());
}

void GuestFileBrowser::createFolder(const QString& name)
{
    if (!m_operations || name.isEmpty()) {
        return;
    }
    change(m_operations->makeDirectory(m_vm, m_credentials, m_model->pathOf(name), false),
        tr("Created the folder %1.").arg(name));
}

void GuestFileBrowser::rename(const QString& name, const QString& newName)
{
    const int row = m_model->rowOf(name);
    if (!m_operations || row < 0 || newName.isEmpty() || newName == name) {
        return;
    }
    const QString from = m_model->pathOf(name);
    const QString to = m_model->pathOf(newName);
    const QFuture<void> move = m_model->entryAt(row).isDirectory()
        ? m_operations->moveDirectory(m_vm, m_credentials, from, to)
        : m_operations->moveFile(m_vm, m_credentials, from, to, false);
    change(move, tr("Renamed %1 to %2.").arg(name, newName));
}

void GuestFileBrowser::deleteEntries(const QStringList& names)
{
    if (!m_operations || names.isEmpty()) {
        return;
    }
    QStringList folders;
    for (const QString& name : names) {
        if (m_model->entryAt(m_model->rowOf(name)).isDirectory()) {
            folders.append(name);
        }
    }
    QString text = names.size() == 1 ? tr("Delete %1 from %2?").arg(names.first(), m_vmName)
                                     : tr("Delete these %n items from %1?", nullptr, int(names.size())).arg(m_vmName);
    if (names.size() > 1) {
        text += u"\n\n"_s + names.join(u'\n');
    }
    if (!folders.isEmpty()) {
        text += u"\n\n"_s
            + tr("The folders are deleted with everything in them: %1.", nullptr, int(folders.size()))
                  .arg(folders.join(u", "_s));
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete in the Guest"), text, QMessageBox::Cancel, this);
    box.setObjectName(u"guestDeleteConfirmation"_s);
    QPushButton* deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton) {
        return;
    }
    for (const QString& name : names) {
        const QString path = m_model->pathOf(name);
        change(folders.contains(name) ? m_operations->deleteDirectory(m_vm, m_credentials, path, true)
                                      : m_operations->deleteFile(m_vm, m_credentials, path),
            tr("Deleted %1.").arg(name));
    }
}

void GuestFileBrowser::change(const QFuture<void>& operation, const QString& done)
{
    ++m_pending;
    updateState();
    whenDone<VimError>(
        operation, this,
        [this, done] {
            --m_pending;
            // Said with the new listing's count, which would otherwise replace it at once.
            m_note = done;
            refresh();
        },
        [this](const VimError& error) {
            --m_pending;
            showError(error);
            refresh();
        });
}

void GuestFileBrowser::upload(const QStringList& localPaths)
{
    const QString folder = currentPath();
    if (!m_operations || folder.isEmpty()) {
        showStatus(tr("Open a guest folder first."));
        return;
    }
    QStringList files;
    QStringList replaced;
    QStringList skipped;
    for (const QString& path : localPaths) {
        const QFileInfo info(path);
        if (!info.isFile()) {
            skipped.append(info.fileName());
            continue;
        }
        files.append(info.absoluteFilePath());
        if (m_model->rowOf(info.fileName()) >= 0) {
            replaced.append(info.fileName());
        }
    }
    if (!replaced.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Replace in the Guest"),
            tr("%1 already has %n of these file(s): %2. Replace them?", nullptr, int(replaced.size()))
                .arg(folder, replaced.join(u", "_s)));
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    for (const QString& file : std::as_const(files)) {
        startTransfer(true, file, GuestFileModel::joinPath(folder, QFileInfo(file).fileName()),
            replaced.contains(QFileInfo(file).fileName()));
    }
    if (!skipped.isEmpty()) {
        showStatus(tr("Only files are uploaded; left out: %1.").arg(skipped.join(u", "_s)));
    }
}

void GuestFileBrowser::download(const QStringList& names, const QString& localFolder)
{
    QStringList folders;
    QStringList files;
    QStringList existing;
    for (const QString& name : names) {
        const int row = m_model->rowOf(name);
        if (row < 0) {
            continue;
        }
        if (m_model->entryAt(row).isDirectory()) {
            folders.append(name);
            continue;
        }
        files.append(name);
        if (QFileInfo::exists(QDir(localFolder).filePath(name))) {
            existing.append(name);
        }
    }
    QStringList notes;
    bool replace = false;
    if (!existing.isEmpty()) {
        // The local files are the admin's own: none is replaced without being named and agreed to.
        QMessageBox box(QMessageBox::Warning, tr("Replace on This Computer"),
            tr("%1 already has %n of these file(s): %2. Replace them, or skip them and download only the others?",
                nullptr, int(existing.size()))
                .arg(QDir::toNativeSeparators(localFolder), existing.join(u", "_s)),
            QMessageBox::Cancel, this);
        box.setObjectName(u"guestDownloadReplaceConfirmation"_s);
        QPushButton* replaceButton = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        QPushButton* skipButton = box.addButton(tr("&Skip These"), QMessageBox::ActionRole);
        box.setDefaultButton(skipButton);
        box.exec();
        if (box.clickedButton() == replaceButton) {
            replace = true;
        } else if (box.clickedButton() == skipButton) {
            files.removeIf([&existing](const QString& name) { return existing.contains(name); });
            notes.append(tr("Not replaced: %1.").arg(existing.join(u", "_s)));
        } else {
            return;
        }
    }
    for (const QString& name : std::as_const(files)) {
        // Overwrite only what the admin agreed to replace: a file that appeared since is not lost.
        startTransfer(
            false, QDir(localFolder).filePath(name), m_model->pathOf(name), replace && existing.contains(name));
    }
    if (!folders.isEmpty()) {
        notes.prepend(tr("Folders are not downloaded, only files; left out: %1.").arg(folders.join(u", "_s)));
    }
    if (!notes.isEmpty()) {
        showStatus(notes.join(u' '));
    }
}

void GuestFileBrowser::startTransfer(bool upload, const QString& localPath, const QString& guestPath, bool overwrite)
{
    const QString name = QFileInfo(upload ? localPath : guestPath).fileName();
    if (m_queue) {
        const quint64 id = m_queue->add(
            GuestTransferSpec { m_vm, m_vmName, m_credentials, upload, localPath, guestPath, overwrite });
        if (upload) {
            m_queuedUploads.insert(id);
        }
        showStatus(upload ? tr("The upload of %1 is on the Transfers page.").arg(name)
                          : tr("The download of %1 is on the Transfers page.").arg(name));
        return;
    }
    auto* transfer = new GuestFileTransfer(m_operations, m_vm, m_credentials,
        upload ? GuestFileTransfer::Direction::Upload : GuestFileTransfer::Direction::Download, localPath, guestPath,
        overwrite, this);
    m_transfers.append(transfer);
    const auto ended = [this, transfer, upload] {
        m_transfers.removeOne(transfer);
        transfer->deleteLater();
        updateProgress();
        if (upload) {
            refresh();
        }
        if (m_transfers.isEmpty()) {
            Q_EMIT transfersFinished();
        }
    };
    connect(transfer, &GuestFileTransfer::progress, this, &GuestFileBrowser::updateProgress);
    connect(transfer, &GuestFileTransfer::finished, this, [this, ended, name, upload] {
        const QString text = upload ? tr("Uploaded %1.").arg(name) : tr("Downloaded %1.").arg(name);
        showStatus(text);
        if (upload) {
            m_note = text; // the refresh after an upload says it again
        }
        ended();
    });
    connect(transfer, &GuestFileTransfer::failed, this, [this, ended, name, upload](const QString& message) {
        const QString text = upload ? tr("The upload of %1 failed: %2").arg(name, message)
                                    : tr("The download of %1 failed: %2").arg(name, message);
        showStatus(text);
        if (upload) {
            m_note = text;
        }
        ended();
    });
    showStatus(upload ? tr("Uploading %1…").arg(name) : tr("Downloading %1…").arg(name));
    transfer->start();
    updateProgress();
}

void GuestFileBrowser::updateProgress()
{
    qint64 done = 0;
    qint64 total = 0;
    for (const GuestFileTransfer* transfer : std::as_const(m_transfers)) {
        done += transfer->bytesDone();
        total += transfer->bytesTotal();
    }
    m_progress->setVisible(!m_transfers.isEmpty());
    // Percent, since a range in bytes would overflow int for large files.
    m_progress->setRange(0, total > 0 ? 100 : 0);
    m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    m_progress->setFormat(tr("%n transfer(s): %p%", nullptr, int(m_transfers.size())));
    updateState();
}

QStringList GuestFileBrowser::selectedNames() const
{
    QStringList names;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows(GuestFileModel::NameColumn)) {
        names.append(row.data(GuestFileModel::NameRole).toString());
    }
    return names;
}

void GuestFileBrowser::askNewFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New Folder"), tr("Name of the new folder in %1:").arg(currentPath()), QLineEdit::Normal, {}, &ok);
    if (ok) {
        createFolder(name.trimmed());
    }
}

void GuestFileBrowser::askRename()
{
    const QStringList names = selectedNames();
    if (names.size() != 1) {
        showStatus(tr("Choose one entry to rename."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Rename"), tr("New name of %1:").arg(names.first()), QLineEdit::Normal, names.first(), &ok);
    if (ok) {
        rename(names.first(), name.trimmed());
    }
}

void GuestFileBrowser::askUpload()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload to %1").arg(currentPath()));
    if (!files.isEmpty()) {
        upload(files);
    }
}

void GuestFileBrowser::askDownload()
{
    const QStringList names = selectedNames();
    if (names.isEmpty()) {
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download to"), QDir::homePath());
    if (!folder.isEmpty()) {
        download(names, folder);
    }
}

void GuestFileBrowser::showError(const VimError& error)
{
    showStatus(error.message(), error.details());
}

void GuestFileBrowser::showStatus(const QString& text, const QString& details)
{
    m_status->setText(text);
    m_status->setToolTip(details);
}

void GuestFileBrowser::updateState()
{
    const bool listed = !currentPath().isEmpty();
    const bool selected = m_table->selectionModel()->hasSelection();
    for (QPushButton* button : std::as_const(m_selectionButtons)) {
        button->setEnabled(selected && m_pending == 0);
    }
    if (!listed) {
        m_empty->setText(m_pending > 0 ? tr("Listing the folder…") : tr("No folder is shown."));
    } else {
        m_empty->setText(tr("%1 is empty.\nDrop files here to upload them.").arg(currentPath()));
    }
    m_stack->setCurrentWidget(listed && m_model->rowCount() > 0 ? static_cast<QWidget*>(m_table) : m_empty);
}

QStringList GuestFileBrowser::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls()) {
        return files;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}

void GuestFileBrowser::dragEnterEvent(QDragEnterEvent* event)
{
    if (!currentPath().isEmpty() && !localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

void GuestFileBrowser::dragMoveEvent(QDragMoveEvent* event)
{
    if (!currentPath().isEmpty() && !localFiles(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::CopyAction);
        event->accept();
    }
}

void GuestFileBrowser::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty()) {
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    upload(files);
}
