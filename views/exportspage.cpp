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
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "confirmaction.h"
#include "deploymessage.h"
#include "export/batchfile.h"
#include "export/exportqueue.h"
#include "exportdialog.h"
#include "exportjobmodel.h"
#include "inventorymodel.h"
#include "progressdelegate.h"
#include "throughputchart.h"
#include "transferjobactions.h"

using namespace Qt::StringLiterals;

namespace {
QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// An error from the export ("cannot create /srv/x") as the end of a sentence.
QString sentence(const QString& text)
{
    return text.endsWith(u'.') || text.endsWith(u'!') || text.endsWith(u'?') ? text : text + u'.';
}

bool isUnfinished(const ExportJobRecord& job)
{
    return job.state != ExportJobRecord::State::Completed && job.state != ExportJobRecord::State::Cancelled;
}
} // namespace

ExportsPage::ExportsPage(ExportQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new ExportJobModel(queue, this))
    , m_table(new QTableView(this))
    , m_log(new QPlainTextEdit(this))
    , m_chart(new ThroughputChart(queue, this))
    , m_summary(new QLabel(this))
    , m_storageWarning(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
{
    m_confirm = [this](const QString& action, const QStringList& names, const QString& consequence) {
        return ConfirmAction::ask(this, action, names, consequence);
    };
    m_ask = [this](const Question& question) { return ask(question); };
    setAcceptDrops(true);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Transfer jobs"));
    m_log->setAccessibleName(tr("Job log"));
    m_concurrency->setAccessibleName(tr("Transfers at once"));
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
    action(tr("Deploy OVF/OVA…"), [this] { Q_EMIT deployRequested(); });
    action(tr("Import Batch…"), [this] { importBatch(); });
    action(tr("Pause"), [this] {
        const QList<quint64> ids = selectedJobs();
        if (TransferJobActions::confirmPause(*m_queue, ids, m_confirm)) {
            for (const quint64 id : ids) {
                m_queue->pause(id);
            }
        }
    });
    action(tr("Resume / Retry"), [this] {
        for (const quint64 id : selectedJobs()) {
            m_queue->resume(id);
        }
    });
    m_shutdownRetry = action(tr("Shut Down Guest && Retry"), [this] {
        const QList<quint64> ids = TransferJobActions::retryableWithGuestShutdown(*m_queue, selectedJobs());
        QStringList names;
        for (const quint64 id : ids) {
            names.append(m_queue->job(id)->spec.vmName);
        }
        if (names.isEmpty()
            || !m_confirm(tr("Shut Down and Export"), names,
                tr("vCenter exports only powered-off VMs. The guest OS is asked to shut down, and the export "
                   "starts once the VM is off. The VM is never powered off hard."))) {
            return;
        }
        for (const quint64 id : ids) {
            m_queue->retryWithGuestShutdown(id);
        }
    });
    action(tr("Cancel"), [this] { cancelJobs(selectedJobs()); });
    action(tr("Remove"), [this] { removeJobs(selectedJobs()); });
    m_openFolder = action(tr("Open Folder"), [this] { // disabled, and an empty URL ignored, when there is none
        QDesktopServices::openUrl(QUrl::fromLocalFile(TransferJobActions::folderToOpen(*m_queue, selectedJobs())));
    });
    auto* concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(toolbar, 1);
    concurrencyRow->addWidget(new QLabel(tr("VMs at once:"), this));
    concurrencyRow->addWidget(m_concurrency);

    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_log);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
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
            problems.append(tr("The transfer queue could not be saved, so the file on disk still holds the queue as it "
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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
        const QList<quint64> selected = selectedJobs();
        m_chart->setJob(selected.size() == 1 ? selected.first() : 0);
    });
    connect(m_queue, &ExportQueue::jobChanged, this, [this](quint64 id) {
        updateSummary();
        reportState(id);
        const QList<quint64> selected = selectedJobs();
        if (selected.size() == 1 && selected.first() == id) {
            showSelected();
        }
    });
    connect(m_queue, &ExportQueue::jobRemoved, this, [this](quint64 id) {
        m_previous.forget(id);
        m_reported.remove(id);
        updateSummary();
    });
    connect(m_queue, &ExportQueue::jobFinished, this, &ExportsPage::notifyFinished);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ExportsPage::updateActions);
    updateSummary();
    updateActions();
}

ExportDialog::PowerStateSource ExportsPage::powerStatesOf(const InventoryModel* inventory)
{
    return [inventory = QPointer<const InventoryModel>(inventory)](const QString& name) {
        const std::optional<VmSummary> vm = inventory ? inventory->vmNamed(name) : std::nullopt;
        return vm ? vm->powerState : QString();
    };
}

void ExportsPage::reportState(quint64 id)
{
    const ExportJobRecord* job = m_queue->job(id);
    if (!job) {
        return;
    }
    const QModelIndex row = m_model->index(static_cast<int>(m_queue->ids().indexOf(id)), ExportJobModel::StateColumn);
    const QString state = row.data().toString();
    const int percent = row.siblingAtColumn(ExportJobModel::ProgressColumn).data(ExportJobModel::ProgressRole).toInt();
    const QString key = state + u'|' + QString::number(percent);
    if (m_reported.value(id) == key) {
        return;
    }
    m_reported.insert(id, key);
    const bool finished = !job->isActive() && job->state != ExportJobRecord::State::Paused;
    Q_EMIT jobStateChanged(QString::number(id), job->spec.vmName, state, percent, finished,
        job->state == ExportJobRecord::State::Completed, finished ? finishedMessage(*job) : QString());
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

void ExportsPage::updateActions()
{
    const QList<quint64> selected = selectedJobs();
    m_shutdownRetry->setEnabled(!TransferJobActions::retryableWithGuestShutdown(*m_queue, selected).isEmpty());
    m_openFolder->setEnabled(!TransferJobActions::folderToOpen(*m_queue, selected).isEmpty());
}

void ExportsPage::exportVms(const QStringList& names)
{
    if (names.isEmpty()) {
        return;
    }
    ExportDialog dialog(names, this);
    dialog.setPowerStates(m_powerStates);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    queueExports(dialog.specs());
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
    queueExports(specs);
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
    const QString message = finishedMessage(*job);
    m_previous.settle(id, job->state == ExportJobRecord::State::Completed);
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

QString ExportsPage::finishedMessage(const ExportJobRecord& job) const
{
    if (job.kind == ExportJobRecord::Kind::Deploy) {
        return DeployMessage::finished(job);
    }
    if (job.kind == ExportJobRecord::Kind::GuestTransfer) {
        const GuestTransferSpec& guest = job.guest;
        if (job.state == ExportJobRecord::State::Completed) {
            return guest.upload
                ? tr("%1 is uploaded to %2 in %3.").arg(guest.localPath, guest.guestPath, guest.vmName)
                : tr("%1 of %2 is downloaded to %3.").arg(guest.guestPath, guest.vmName, guest.localPath);
        }
        return job.error.trimmed().isEmpty()
            ? tr("The transfer of %1 is %2.")
                  .arg(guest.upload ? guest.localPath : guest.guestPath, ExportJobRecord::stateName(job.state))
            : tr("The transfer of %1 failed: %2")
                  .arg(guest.upload ? guest.localPath : guest.guestPath, sentence(job.error.trimmed()));
    }
    const QString& vm = job.spec.vmName;
    QString message;
    switch (job.state) {
    case ExportJobRecord::State::Completed:
        return tr("%1 is exported to %2.").arg(vm, job.spec.ova ? job.spec.ovaPath() : job.spec.packageDir());
    case ExportJobRecord::State::Cancelled:
        message = tr("The export of %1 was cancelled; its partly downloaded files were deleted.").arg(vm);
        break;
    case ExportJobRecord::State::Failed:
        message = job.error.trimmed().isEmpty()
            ? tr("The export of %1 failed.").arg(vm)
            : tr("The export of %1 failed: %2").arg(vm, sentence(job.error.trimmed()));
        break;
    default:
        message = tr("The export of %1 is %2.").arg(vm, ExportJobRecord::stateName(job.state));
        break;
    }
    if (const QString previous = m_previous.asidePath(job.id); !previous.isEmpty()) {
        message += u' ' + tr("The earlier export is kept in %1.").arg(previous);
    }
    return message;
}

void ExportsPage::cancelJobs(const QList<quint64>& ids)
{
    QList<quint64> cancellable;
    QStringList names;
    int deploys = 0;
    qint64 done = 0;
    qint64 total = 0;
    for (const quint64 id : ids) {
        const ExportJobRecord* job = m_queue->job(id);
        if (!job || !isUnfinished(*job)) {
            continue;
        }
        cancellable.append(id);
        deploys += job->kind == ExportJobRecord::Kind::Deploy ? 1 : 0;
        done += job->kind == ExportJobRecord::Kind::Deploy ? 0 : job->bytesDone;
        total += job->kind == ExportJobRecord::Kind::Deploy ? 0 : job->bytesTotal;
        names.append(job->bytesTotal > 0
                ? tr("%1 (%2 of %3)").arg(job->spec.vmName, dataSize(job->bytesDone), dataSize(job->bytesTotal))
                : job->spec.vmName);
    }
    if (cancellable.isEmpty()) {
        return;
    }
    if (cancellable.size() == 1) {
        names = QStringList { m_queue->job(cancellable.first())->spec.vmName };
    }
    QString lost = done > 0 ? tr("%1 of %2 downloaded will be deleted.").arg(dataSize(done), dataSize(total))
                            : tr("Nothing has been downloaded yet.");
    if (deploys > 0) {
        lost = deploys == cancellable.size() ? QString() : lost + u' ';
        lost += tr("A VM that is still being made is removed from vCenter; one that is already there stays.");
    }
    const QString action = deploys == 0 ? tr("Cancel the Export of")
        : deploys == cancellable.size() ? tr("Cancel the Deploy of")
                                        : tr("Cancel the Transfer of");
    if (!m_confirm(action, names, lost + u' ' + tr("A cancelled job can only start over from the beginning."))) {
        return;
    }
    for (const quint64 id : cancellable) {
        m_queue->cancel(id);
    }
}

void ExportsPage::removeJobs(const QList<quint64>& ids)
{
    QList<quint64> removable;
    QStringList names;
    int deploys = 0;
    qint64 partial = 0;
    bool onlyCompleted = true;
    for (const quint64 id : ids) {
        const ExportJobRecord* job = m_queue->job(id);
        if (!job || job->isActive()) {
            continue; // the queue removes only jobs that do not run or wait to
        }
        removable.append(id);
        deploys += job->kind == ExportJobRecord::Kind::Deploy ? 1 : 0;
        names.append(job->spec.vmName);
        if (job->state != ExportJobRecord::State::Completed) {
            onlyCompleted = false;
            partial += job->state == ExportJobRecord::State::Cancelled ? 0 : job->bytesDone;
        }
    }
    if (removable.isEmpty()) {
        return;
    }
    // A completed job leaves nothing behind but its log: its files stay. Only the others are worth
    // a question, since they could still be retried.
    if (!onlyCompleted) {
        QString consequence = tr("The jobs and their logs leave the list, and unfinished ones can no longer be "
                                 "retried from here. Exported files and deployed VMs stay.");
        if (partial > 0) {
            consequence
                += u' ' + tr("The %1 partly downloaded stays in the folders as .part files.").arg(dataSize(partial));
        }
        const QString action = deploys == 0 ? tr("Remove the Export of")
            : deploys == removable.size()   ? tr("Remove the Deploy of")
                                            : tr("Remove the Transfer of");
        if (!m_confirm(action, names, consequence)) {
            return;
        }
    }
    for (const quint64 id : removable) {
        m_queue->remove(id);
    }
}

ExportsPage::Answer ExportsPage::ask(const Question& question)
{
    QMessageBox box(QMessageBox::Question, question.title, question.text, QMessageBox::Cancel, this);
    box.setDetailedText(question.vmNames.join(u'\n'));
    QPushButton* proceed = box.addButton(question.proceed, QMessageBox::AcceptRole);
    QPushButton* skip = question.skip.isEmpty() ? nullptr : box.addButton(question.skip, QMessageBox::NoRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    if (box.clickedButton() == proceed) {
        return Answer::Proceed;
    }
    return skip && box.clickedButton() == skip ? Answer::Skip : Answer::Cancel;
}

QList<quint64> ExportsPage::queueExports(QList<ExportSpec> specs)
{
    QStringList notQueued;
    // A second job into the same folder would write the same .part files as the first.
    QStringList alreadyQueued;
    for (auto spec = specs.begin(); spec != specs.end();) {
        const bool duplicate = std::any_of(m_queue->ids().cbegin(), m_queue->ids().cend(), [&](quint64 id) {
            const ExportJobRecord* job = m_queue->job(id);
            return isUnfinished(*job) && QDir::cleanPath(job->spec.packageDir()) == QDir::cleanPath(spec->packageDir());
        });
        if (duplicate) {
            alreadyQueued.append(spec->vmName);
            spec = specs.erase(spec);
        } else {
            ++spec;
        }
    }
    if (!alreadyQueued.isEmpty()) {
        notQueued.append(tr("Already in the queue, not queued again: %1.").arg(alreadyQueued.join(u", "_s)));
    }

    // The export dialog asked already; a batch file did not.
    QStringList poweredOn;
    QStringList suspended;
    for (const ExportSpec& spec : std::as_const(specs)) {
        const QString state = m_powerStates ? m_powerStates(spec.vmName) : QString();
        if (state == u"suspended"_s) {
            suspended.append(spec.vmName);
        } else if (state == u"poweredOn"_s && !spec.shutdownGuest) {
            poweredOn.append(spec.vmName);
        }
    }
    if (!suspended.isEmpty()) {
        notQueued.append(tr("Suspended, not queued: %1.").arg(suspended.join(u", "_s)));
    }
    if (!poweredOn.isEmpty()) {
        const Answer answer = m_ask({ tr("Export powered-on VMs?"),
            tr("vCenter exports only powered-off VMs, and %n of these are powered on: %1. Shut their guests down "
               "first (never a hard power-off), or leave them out?",
                nullptr, int(poweredOn.size()))
                .arg(poweredOn.join(u", "_s)),
            poweredOn, tr("Shut Down Guests First"), tr("Leave Them Out") });
        if (answer == Answer::Cancel) {
            return {};
        }
        for (ExportSpec& spec : specs) {
            spec.shutdownGuest = spec.shutdownGuest || (answer == Answer::Proceed && poweredOn.contains(spec.vmName));
        }
        if (answer == Answer::Skip) {
            notQueued.append(tr("Powered on, not queued: %1.").arg(poweredOn.join(u", "_s)));
        }
    }
    specs.removeIf([&](const ExportSpec& spec) {
        return suspended.contains(spec.vmName) || (poweredOn.contains(spec.vmName) && !spec.shutdownGuest);
    });

    QStringList existing;
    for (const ExportSpec& spec : std::as_const(specs)) {
        if (PreviousExports::exists(spec)) {
            existing.append(spec.vmName);
        }
    }
    Answer overwrite = Answer::Proceed;
    if (!existing.isEmpty()) {
        overwrite = m_ask({ tr("Overwrite %n earlier export(s)?", nullptr, int(existing.size())),
            tr("The export folder already holds an export of %1. Overwriting moves it aside (to "
               "<VM>.previous-<time> in the same folder) and deletes it only once the new export is complete; "
               "if the new one fails, the earlier one is kept.")
                .arg(existing.join(u", "_s)),
            existing, tr("Overwrite"), tr("Skip These") });
        if (overwrite == Answer::Cancel) {
            return {};
        }
        if (overwrite == Answer::Skip) {
            notQueued.append(tr("Already exported, not queued: %1.").arg(existing.join(u", "_s)));
        }
    }

    QList<quint64> queued;
    for (const ExportSpec& spec : std::as_const(specs)) {
        QString aside;
        if (existing.contains(spec.vmName)) {
            if (overwrite == Answer::Skip) {
                continue;
            }
            QString error;
            aside = PreviousExports::moveAside(spec, &error);
            if (aside.isEmpty()) {
                notQueued.append(tr("%1 is not queued: %2.").arg(spec.vmName, error));
                continue;
            }
        }
        const quint64 id = m_queue->add(spec);
        if (!aside.isEmpty()) {
            m_previous.track(id, aside);
        }
        queued.append(id);
    }
    if (!notQueued.isEmpty()) {
        Q_EMIT notice(notQueued.join(u' '));
    }
    return queued;
}
