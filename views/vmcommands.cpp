// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmcommands.h"

#include <QDateTime>
#include <QHostInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkInterface>

#include "confirmaction.h"
#include "core/whendone.h"
#include "inventorymodel.h"
#include "serialportdialog.h"
#include "vspc/vspcserver.h"
#include "vsphere/vcenterconnection.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

VmCommands::VmCommands(QWidget* window, VCenterConnection* connection, InventoryModel* inventory, VmActions* actions,
    VspcServer* metadataServer)
    : QObject(window)
    , m_window(window)
    , m_connection(connection)
    , m_inventory(inventory)
    , m_actions(actions)
    , m_metadataServer(metadataServer)
{ }

void VmCommands::power(const QStringList& vmNames, VmActions::Power action, bool confirmed)
{
    if (!m_actions || vmNames.isEmpty()) {
        return;
    }
    if (!confirmed && !confirmPower(vmNames, action)) {
        return;
    }
    actOn(powerActionName(action), vmNames, [&](const ManagedObjectRef& vm) { return m_actions->power(vm, action); });
}

QString VmCommands::powerActionName(VmActions::Power action)
{
    switch (action) {
    case VmActions::Power::On:
        return tr("Power On");
    case VmActions::Power::Off:
        return tr("Power Off");
    case VmActions::Power::Reset:
        return tr("Reset");
    case VmActions::Power::Suspend:
        return tr("Suspend");
    case VmActions::Power::ShutdownGuest:
        return tr("Shut Down Guest");
    case VmActions::Power::RebootGuest:
        return tr("Restart Guest");
    }
    return {};
}

bool VmCommands::confirmPower(const QStringList& vmNames, VmActions::Power action)
{
    const QString lost = tr("The guest is not shut down: unsaved work in it is lost.");
    const QString name = powerActionName(action);
    switch (action) {
    case VmActions::Power::On:
        return true;
    case VmActions::Power::Off:
    case VmActions::Power::Reset:
        return ConfirmAction::ask(m_window, name, vmNames, lost);
    case VmActions::Power::Suspend:
        return ConfirmAction::ask(m_window, name, vmNames, tr("The guest stops until it is powered on again."));
    case VmActions::Power::ShutdownGuest:
        return ConfirmAction::ask(m_window, name, vmNames,
            tr("VMware Tools asks the guest operating system to shut down; its users are logged off."));
    case VmActions::Power::RebootGuest:
        return ConfirmAction::ask(m_window, name, vmNames,
            tr("VMware Tools asks the guest operating system to restart; its users are logged off."));
    }
    return false;
}

void VmCommands::takeSnapshot(const QStringList& vmNames)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Take Snapshot"), tr("Snapshot name:"), QLineEdit::Normal,
        QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s), &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    actOn(tr("Take Snapshot"), vmNames, [&](const ManagedObjectRef& vm) {
        return m_actions->createSnapshot(vm, name.trimmed(), tr("Taken with vmdesk"), false);
    });
}

void VmCommands::editNotes(const QStringList& vmNames)
{
    bool ok = false;
    const std::optional<VmSummary> first = vmNames.isEmpty() ? std::nullopt : m_inventory->vmNamed(vmNames.first());
    const QString text
        = QInputDialog::getMultiLineText(m_window, tr("Edit Notes"), tr("Notes for %1:").arg(vmNames.join(u", "_s)),
            first && vmNames.size() == 1 ? first->annotation : QString(), &ok);
    if (!ok) {
        return;
    }
    actOn(tr("Edit Notes"), vmNames, [&](const ManagedObjectRef& vm) { return m_actions->setAnnotation(vm, text); });
}

void VmCommands::setAttribute(const QStringList& vmNames)
{
    if (vmNames.isEmpty()) {
        return;
    }
    // The names in use offered first; a new name defines the attribute for all VMs.
    QStringList known;
    for (int row = 0; row < m_inventory->rowCount(); ++row) {
        for (const QString& name : m_inventory->vmAt(row).attributes.keys()) {
            if (!known.contains(name)) {
                known.append(name);
            }
        }
    }
    known.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Set Attribute"),
        tr("Custom attribute for %n VM(s):", nullptr, int(vmNames.size())), known, 0, true, &ok)
                             .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    const std::optional<VmSummary> first = m_inventory->vmNamed(vmNames.first());
    const QString value
        = QInputDialog::getText(m_window, tr("Set Attribute"), tr("Value of \"%1\" (empty clears it):").arg(name),
            QLineEdit::Normal, first ? first->attributes.value(name) : QString(), &ok);
    if (!ok) {
        return;
    }
    actOn(tr("Set Attribute"), vmNames,
        [&](const ManagedObjectRef& vm) { return m_actions->setCustomAttribute(vm, name, value); });
}

void VmCommands::connectSerialPorts(const QStringList& vmNames)
{
    if (vmNames.isEmpty()) {
        return;
    }
    // The server's own port URI and an address ESXi reaches: else the server refuses the VM.
    const VspcConfig config = m_metadataServer ? m_metadataServer->config() : VspcConfig {};
    const quint16 port = m_metadataServer && m_metadataServer->isListening() ? m_metadataServer->serverPort() : 0;
    SerialPortDialog dialog(
        SerialPortTarget::forServer(config, port, QNetworkInterface::allAddresses(), QHostInfo::localHostName()),
        int(vmNames.size()), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.portUri().isEmpty() || dialog.vspcUri().isEmpty()) {
        return;
    }
    const QString portUri = dialog.portUri();
    const QString uri = dialog.vspcUri();
    actOn(tr("Connect Serial Port"), vmNames,
        [&](const ManagedObjectRef& vm) { return m_actions->addNetworkSerialPort(vm, portUri, uri); });
}

void VmCommands::actOn(const QString& actionName, const QStringList& vmNames,
    const std::function<QFuture<void>(const ManagedObjectRef&)>& action)
{
    QHash<QString, ManagedObjectRef> byName;
    for (int row = 0; row < m_inventory->rowCount(); ++row) {
        byName.insert(m_inventory->vmAt(row).name, m_inventory->vmAt(row).ref);
    }
    struct Outcome
    {
        int pending = 0;
        int total = 0;
        QStringList failed;
        QStringList messages; // plain words, one per failed VM
        QStringList details; // the raw faults
    };
    auto outcome = std::make_shared<Outcome>();
    const auto finishOne = [this, outcome, actionName] {
        if (--outcome->pending == 0 && !outcome->failed.isEmpty()) {
            reportFailures(actionName, outcome->total, outcome->failed, outcome->messages, outcome->details);
        }
    };
    for (const QString& name : vmNames) {
        const ManagedObjectRef vm = byName.value(name);
        if (vm.isNull()) {
            continue;
        }
        ++outcome->pending;
        ++outcome->total;
        // State always comes from vCenter: the VM is read again once its task has ended (live
        // updates bring most changes anyway; this also covers what vCenter does not announce).
        whenDone<VimError>(
            action(vm), this,
            [this, vm, finishOne] {
                m_connection->refreshVirtualMachine(vm);
                finishOne();
            },
            [this, vm, name, outcome, finishOne](const VimError& error) {
                Q_EMIT errorOccurred(tr("%1: %2").arg(name, error.message()));
                outcome->failed.append(name);
                outcome->messages.append(error.message());
                outcome->details.append(error.details().isEmpty() ? error.message() : error.details());
                m_connection->refreshVirtualMachine(vm);
                finishOne();
            });
    }
}

void VmCommands::reportFailures(const QString& actionName, int total, const QStringList& failed,
    const QStringList& messages, const QStringList& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning,
        tr("%1 failed for %2 of %n VM(s)", nullptr, total).arg(actionName).arg(failed.size()),
        failed.size() == 1 ? tr("%1 failed for %2.").arg(actionName, failed.first())
                           : tr("%1 failed for %n VM(s).", nullptr, int(failed.size())).arg(actionName),
        QMessageBox::Close, m_window);
    QStringList distinct = messages;
    distinct.removeDuplicates();
    box->setInformativeText(distinct.join(u"\n\n"_s));
    QStringList lines;
    for (qsizetype i = 0; i < failed.size(); ++i) {
        lines.append(u"%1: %2"_s.arg(failed.at(i), details.at(i)));
    }
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"failureReport"_s);
    box->open(); // not modal for the app: the admin goes on while reading it
}
