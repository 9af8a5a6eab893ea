// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportspage.h"

#include <QAction>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "export/batchfile.h"
#include "export/exportqueue.h"
#include "exportdialog.h"
#include "exportjobmodel.h"
#include "inventorymodel.h"
#include "progressdelegate.h"

using namespace Qt::StringLiterals;

ExportsPage::ExportsPage(ExportQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new ExportJobModel(queue, this))
    , m_table(new QTableView(this))
    , m_log(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_storageWarning(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
{
    setAcceptDrops(true);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(
        ExportJobModel::ProgressColumn, new ProgressDelegate(ExportJobModel::ProgressRole, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(ExportJobModel::VmColumn, 170);
    m_table->horizontalHeader()->resizeSection(ExportJobModel::StateColumn, 170);
    m_table->horizontalHeader()->resizeSection(ExportJobModel::ProgressColumn, 160);
    m_table->horizontalHeader()->resizeSection(ExportJobModel::SizeColumn, 170);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Select a job to see its log. Drop VMs here from the inventory to export them."));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(QSettings().value(u"export/concurrent"_s, queue->policy().maxConcurrent).toInt());
    m_queue->setMaxConcurrent(m_concurrency->value());

    auto* toolbar = new QToolBar(this);
    const auto action = [this, toolbar](const QString& text, auto slot) {
        QAction* a = toolbar->addAction(text, this, slot);
        m_table->addAction(a);
        return a;
    };
    action(tr("Import Batch…"), [this] { importBatch(); });
    action(tr("Pause"), [this] {
        for (const quint64 id : selectedJobs()) {
            m_queue->pause(id);
        }
    });
    action(tr("Resume / Retry"), [this] {
        for (const quint64 id : selectedJobs()) {
            m_queue->resume(id);
        }
    });
    action(tr("Shut Down Guest && Retry"), [this] {
        const QList<quint64> ids = selectedJobs();
        QStringList names;
        for (const quint64 id : ids) {
            names.append(m_queue->job(id)->spec.vmName);
        }
        if (names.isEmpty()
            || QMessageBox::question(this, tr("Shut down guests"),
                   tr("vCenter exports only powered-off VMs. Ask the guest OS of %1 to shut down, wait for it, and "
                      "export? The VM is never powered off hard.")
                       .arg(names.join(u", "_s)))
                != QMessageBox::Yes) {
            return;
        }
        for (const quint64 id : ids) {
            m_queue->retryWithGuestShutdown(id);
        }
    });
    action(tr("Cancel"), [this] {
        for (const quint64 id : selectedJobs()) {
            m_queue->cancel(id);
        }
    });
    action(tr("Remove"), [this] {
        for (const quint64 id : selectedJobs()) {
            m_queue->remove(id);
        }
    });
    action(tr("Open Folder"), [this] { openFolder(); });
    auto* concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(toolbar, 1);
    concurrencyRow->addWidget(new QLabel(tr("VMs at once:"), this));
    concurrencyRow->addWidget(m_concurrency);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // The queue file could not be read or written: the jobs go on, but the admin must know that a
    // restart would not find them as they are now.
    m_storageWarning->setObjectName(u"storageWarning"_s);
    m_storageWarning->setWordWrap(true);
    m_storageWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storageWarning->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
                                    " border-radius: 3px; padding: 6px; }"_s);
    const auto showStorageProblem = [this] {
        QStringList problems;
        if (!m_queue->loadError().isEmpty()) {
            problems.append(m_queue->loadError());
        }
        if (!m_queue->saveError().isEmpty()) {
            problems.append(tr("The export queue could not be saved, so the file on disk still holds the queue as it "
                               "was before (%1). The jobs go on; free some space to have it saved again.")
                                .arg(m_queue->saveError()));
        }
        m_storageWarning->setText(problems.join(u'\n'));
        m_storageWarning->setVisible(!problems.isEmpty());
    };
    connect(m_queue, &ExportQueue::saveErrorChanged, this, showStorageProblem);
    showStorageProblem();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_storageWarning);
    layout->addLayout(concurrencyRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_concurrency, &QSpinBox::valueChanged, this, [this](int value) {
        m_queue->setMaxConcurrent(value);
        QSettings().setValue(u"export/concurrent"_s, value);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExportsPage::showSelected);
    connect(m_queue, &ExportQueue::jobChanged, this, [this](quint64 id) {
        updateSummary();
        const QList<quint64> selected = selectedJobs();
        if (selected.size() == 1 && selected.first() == id) {
            showSelected();
        }
    });
    connect(m_queue, &ExportQueue::jobRemoved, this, &ExportsPage::updateSummary);
    connect(m_queue, &ExportQueue::jobFinished, this, &ExportsPage::notifyFinished);
    updateSummary();
}

QList<quint64> ExportsPage::selectedJobs() const
{
    QList<quint64> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        ids.append(row.data(ExportJobModel::JobIdRole).toULongLong());
    }
    return ids;
}

void ExportsPage::showSelected()
{
    const QList<quint64> selected = selectedJobs();
    const ExportJobRecord* job = selected.size() == 1 ? m_queue->job(selected.first()) : nullptr;
    const QString text = job ? job->log.join(u'\n') : QString();
    if (m_log->toPlainText() != text) {
        m_log->setPlainText(text);
        m_log->moveCursor(QTextCursor::End);
    }
}

void ExportsPage::updateSummary()
{
    int running = 0;
    int queued = 0;
    double speed = 0;
    for (const quint64 id : m_queue->ids()) {
        const ExportJobRecord* job = m_queue->job(id);
        running += job->state == ExportJobRecord::State::Running;
        queued += job->state == ExportJobRecord::State::Queued;
        speed += job->bytesPerSecond;
    }
    m_summary->setText(tr("%1 running, %2 queued, %3 jobs in all — %4/s")
                           .arg(running)
                           .arg(queued)
                           .arg(m_queue->ids().size())
                           .arg(QLocale().formattedDataSize(static_cast<qint64>(speed))));
}

void ExportsPage::openFolder()
{
    const QList<quint64> selected = selectedJobs();
    if (!selected.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_queue->job(selected.first())->spec.outputDir));
    }
}

void ExportsPage::exportVms(const QStringList& names)
{
    if (names.isEmpty()) {
        return;
    }
    ExportDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    for (const ExportSpec& spec : dialog.specs()) {
        m_queue->add(spec);
    }
}

void ExportsPage::importBatch()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a batch of exports"), QString(), tr("hypersdk job files (*.yaml *.yml);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    QString error;
    ExportSpec defaults;
    defaults.outputDir = QSettings().value(u"export/output"_s).toString();
    const QList<ExportSpec> specs
        = file.open(QIODevice::ReadOnly) ? readBatchFile(file.readAll(), defaults, &error) : QList<ExportSpec>();
    if (!file.isOpen()) {
        error = file.errorString();
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import a batch of exports"), tr("%1: %2").arg(path, error));
        return;
    }
    for (const ExportSpec& spec : specs) {
        m_queue->add(spec);
    }
}

void ExportsPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(InventoryModel::vmNamesMimeType))) {
        event->acceptProposedAction();
    }
}

void ExportsPage::dropEvent(QDropEvent* event)
{
    const QByteArray names = event->mimeData()->data(QString::fromLatin1(InventoryModel::vmNamesMimeType));
    event->acceptProposedAction();
    const QStringList list = QString::fromUtf8(names).split(u'\n', Qt::SkipEmptyParts);
    QMetaObject::invokeMethod(
        this, [this, list] { exportVms(list); }, Qt::QueuedConnection);
}

void ExportsPage::notifyFinished(quint64 id)
{
    const ExportJobRecord* job = m_queue->job(id);
    if (!job) {
        return;
    }
    const QString message = job->state == ExportJobRecord::State::Completed
        ? tr("%1 is exported to %2").arg(job->spec.vmName, job->spec.outputDir)
        : tr("The export of %1 %2: %3").arg(job->spec.vmName, ExportJobRecord::stateName(job->state), job->error);
    Q_EMIT jobFinished(message);
    // A desktop notification only for jobs long enough that the admin has gone elsewhere.
    if (job->added.secsTo(job->finished) >= 30 && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(window()->windowIcon(), this);
        }
        m_tray->show();
        m_tray->showMessage(tr("vmdesk export"), message,
            job->state == ExportJobRecord::State::Completed ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
}
