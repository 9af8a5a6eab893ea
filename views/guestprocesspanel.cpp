// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestprocesspanel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "guestcommanddialog.h"
#include "guestprocessmodel.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

GuestProcessPanel::GuestProcessPanel(
    GuestOperations* operations, const ManagedObjectRef& vm, const QString& vmName, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_vm(vm)
    , m_vmName(vmName)
    , m_model(new GuestProcessModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_kill(new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("&Kill…"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(GuestProcessModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(GuestProcessModel::PidColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(GuestProcessModel::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Guest processes"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* bar = new QHBoxLayout;
    auto* refreshButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Re&fresh"), this);
    auto* start = new QPushButton(QIcon::fromTheme(u"system-run"_s), tr("&Start Program…"), this);
    auto* run = new QPushButton(QIcon::fromTheme(u"utilities-terminal"_s), tr("Run &Command…"), this);
    bar->addWidget(refreshButton);
    bar->addWidget(m_kill);
    bar->addStretch();
    bar->addWidget(start);
    bar->addWidget(run);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(refreshButton, &QPushButton::clicked, this, &GuestProcessPanel::refresh);
    connect(m_kill, &QPushButton::clicked, this, [this] { kill(selectedPid()); });
    connect(start, &QPushButton::clicked, this, &GuestProcessPanel::askStartProgram);
    connect(run, &QPushButton::clicked, this, &GuestProcessPanel::openRunCommand);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuestProcessPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &GuestProcessPanel::updateButtons);
    updateButtons();
}

void GuestProcessPanel::setCredentials(const GuestCredentials& credentials)
{
    m_credentials = credentials;
    if (m_command) {
        m_command->setCredentials(credentials);
    }
}

void GuestProcessPanel::refresh()
{
    if (!m_operations || m_loading) {
        return;
    }
    m_loading = true;
    whenDone<VimError>(
        m_operations->listProcesses(m_vm, m_credentials), this,
        [this](const QList<GuestProcessInfo>& processes) {
            m_loading = false;
            m_model->setProcesses(processes);
            const QString count = tr("%n process(es)", nullptr, m_model->rowCount());
            m_status->setText(m_note.isEmpty() ? count : tr("%1 %2").arg(m_note, count));
            m_note.clear();
            m_status->setToolTip({});
            Q_EMIT refreshed();
        },
        [this](const VimError& error) {
            m_loading = false;
            showError(error);
        });
}

qint64 GuestProcessPanel::selectedPid() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(GuestProcessModel::PidRole).toLongLong();
}

void GuestProcessPanel::kill(qint64 pid)
{
    const int row = m_model->rowOfPid(pid);
    if (!m_operations || row < 0) {
        return;
    }
    const GuestProcessInfo process = m_model->processes().at(row);
    QMessageBox box(QMessageBox::Warning, tr("Kill Process"),
        tr("Kill process %1 in %2?\n\n%3\n\nIt ends at once, without saving its work.")
            .arg(pid)
            .arg(m_vmName, process.commandLine.isEmpty() ? process.name : process.commandLine),
        QMessageBox::Cancel, this);
    box.setObjectName(u"guestKillConfirmation"_s);
    QPushButton* killButton = box.addButton(tr("&Kill"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != killButton) {
        return;
    }
    whenDone<VimError>(
        m_operations->terminateProcess(m_vm, m_credentials, pid), this,
        [this, pid] {
            m_note = tr("Process %1 was killed.").arg(pid);
            refresh();
        },
        [this](const VimError& error) { showError(error); });
}

void GuestProcessPanel::startProgram(const GuestProgramSpec& spec)
{
    if (!m_operations || spec.program.isEmpty()) {
        return;
    }
    whenDone<VimError>(
        m_operations->startProgram(m_vm, m_credentials, spec), this,
        [this, program = spec.program](qint64 pid) {
            m_note = tr("Started %1 as process %2.").arg(program).arg(pid);
            Q_EMIT programStarted(pid);
            refresh();
        },
        [this](const VimError& error) { showError(error); });
}

GuestCommandDialog* GuestProcessPanel::openRunCommand()
{
    if (!m_command) {
        m_command = new GuestCommandDialog(m_operations, m_vm, m_vmName, this);
        m_command->setCredentials(m_credentials);
        // A command may have started or ended processes.
        connect(m_command, &GuestCommandDialog::finished, this, &GuestProcessPanel::refresh);
    }
    m_command->show();
    m_command->raise();
    m_command->activateWindow();
    return m_command;
}

GuestCommandDialog* GuestProcessPanel::commandDialog() const
{
    return m_command;
}

void GuestProcessPanel::askStartProgram()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Start Program — %1").arg(m_vmName));
    auto* program = new QLineEdit(&dialog);
    program->setPlaceholderText(tr("an absolute path in the guest, e.g. /usr/bin/sleep"));
    auto* arguments = new QLineEdit(&dialog);
    auto* workingDirectory = new QLineEdit(&dialog);
    workingDirectory->setPlaceholderText(tr("the guest user's home"));
    auto* note = new QLabel(
        tr("The program runs in the background; its output is not kept. Use Run Command to see output."), &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Program:"), program);
    form->addRow(tr("&Arguments:"), arguments);
    form->addRow(tr("&Working folder:"), workingDirectory);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted) {
        startProgram({ program->text().trimmed(), arguments->text(), workingDirectory->text().trimmed(), {} });
    }
}

void GuestProcessPanel::showError(const VimError& error)
{
    m_status->setText(error.message());
    m_status->setToolTip(error.details());
}

void GuestProcessPanel::updateButtons()
{
    const int row = m_model->rowOfPid(selectedPid());
    const bool running = row >= 0 && !m_model->processes().at(row).hasEnded();
    m_kill->setEnabled(running);
    m_kill->setToolTip(row >= 0 && !running ? tr("This process has ended.") : QString());
}
