// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

#include "vsphere/guestoperations.h"

class ExportQueue;
class GuestFileModel;
class GuestFileSortProxy;
class GuestFileTransfer;
class QLabel;
class QLineEdit;
class QMimeData;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class VimError;

// One guest folder at a time: a path bar, the entries (sortable, folders first), and what an admin
// does with files there. Local files dropped on it are uploaded into the folder shown. Transfers
// go to the transfer queue when there is one (the Transfers page shows them), else run here.
class GuestFileBrowser : public QWidget
{
    Q_OBJECT
public:
    GuestFileBrowser(
        GuestOperations* operations, const ManagedObjectRef& vm, const QString& vmName, QWidget* parent = nullptr);

    // Transfers are queued there from now on; null runs them here.
    void setExportQueue(ExportQueue* queue);
    void setCredentials(const GuestCredentials& credentials);
    // Where Home goes: the guest user's home ("/" until it is known).
    void setHomePath(const QString& path);
    QString homePath() const { return m_home; }
    QString currentPath() const;

    void openPath(const QString& path);
    void goUp();
    void goHome();
    void refresh();
    void createFolder(const QString& name);
    void rename(const QString& name, const QString& newName);
    // Asks first, naming the entries (and that folders go with everything in them).
    void deleteEntries(const QStringList& names);
    void upload(const QStringList& localPaths);
    // Files only: ListFilesInGuest's folders cannot be downloaded as one file. Files already in
    // `localFolder` are named and asked about first (replace them, skip them, or cancel).
    void download(const QStringList& names, const QString& localFolder);
    QStringList selectedNames() const;
    bool isBusy() const { return m_pending > 0 || !m_transfers.isEmpty(); }

    QLineEdit* pathEdit() const { return m_path; }
    QTableView* table() const { return m_table; }
    GuestFileModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* emptyLabel() const { return m_empty; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    void listed(const QString& path);
    // The last transfer run here has ended (each one's outcome is in the status line).
    void transfersFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions(QWidget* bar);
    void askNewFolder();
    void askRename();
    void askUpload();
    void askDownload();
    // Runs `operation` (a change to the folder) and lists the folder again once it is done.
    void change(const QFuture<void>& operation, const QString& done);
    void showError(const VimError& error);
    void showStatus(const QString& text, const QString& details = {});
    void startTransfer(bool upload, const QString& localPath, const QString& guestPath, bool overwrite);
    void updateProgress();
    void updateState();
    static QStringList localFiles(const QMimeData* mime);

    QPointer<GuestOperations> m_operations;
    ManagedObjectRef m_vm;
    QString m_vmName;
    GuestCredentials m_credentials;
    QPointer<ExportQueue> m_queue;
    QSet<quint64> m_queuedUploads;
    QString m_home = QStringLiteral("/");
    QString m_requested; // the folder asked for, shown in the path bar before its listing arrives
    int m_generation = 0; // listings that arrive after a newer one was asked for are dropped
    int m_pending = 0;
    QString m_note; // what the last change did, said again with the listing that follows it
    QList<GuestFileTransfer*> m_transfers;
    GuestFileModel* m_model;
    GuestFileSortProxy* m_proxy;
    QLineEdit* m_path;
    QTableView* m_table;
    QLabel* m_empty;
    QStackedWidget* m_stack;
    QLabel* m_status;
    QProgressBar* m_progress;
    QList<QPushButton*> m_selectionButtons;
};
