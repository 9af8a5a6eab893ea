// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A dozen names, then how many more: a label that lists hundreds would push the buttons off screen.
QString list(const QStringList& names)
{
    constexpr int shown = 12;
    const QString text = names.mid(0, shown).join(u", "_s);
    return names.size() > shown ? ExportDialog::tr("%1 and %n more", nullptr, int(names.size() - shown)).arg(text)
                                : text;
}
} // namespace

ExportDialog::ExportDialog(const QStringList& vmNames, QWidget* parent)
    : QDialog(parent)
    , m_vmNames(vmNames)
    , m_output(new QLineEdit(this))
    , m_ova(new QCheckBox(tr("Also write an &OVA file"), this))
    , m_parallelDisks(new QSpinBox(this))
    , m_removeCdrom(new QCheckBox(tr("Leave out &CD/DVD drives"), this))
    , m_removeSerial(new QCheckBox(tr("Leave out &serial ports"), this))
    , m_shutdown(new QCheckBox(tr("Shut the &guests down first (and wait)"), this))
    , m_priority(new QSpinBox(this))
    , m_powerWarning(new QLabel(this))
{
    setWindowTitle(
        vmNames.size() == 1 ? tr("Export %1").arg(vmNames.first()) : tr("Export %1 VMs").arg(vmNames.size()));
    const QSettings settings;
    const QString defaultFolder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + u"/vmdesk-exports"_s;
    m_output->setText(settings.value(u"export/output"_s, defaultFolder).toString());
    m_ova->setChecked(settings.value(u"export/ova"_s, false).toBool());
    m_parallelDisks->setRange(1, 16);
    m_parallelDisks->setValue(settings.value(u"export/parallelDisks"_s, 2).toInt());
    m_removeCdrom->setChecked(settings.value(u"export/removeCdrom"_s, false).toBool());
    m_removeSerial->setChecked(settings.value(u"export/removeSerial"_s, false).toBool());
    m_shutdown->setToolTip(tr("vCenter exports only powered-off VMs. vmdesk asks the guest OS to shut down; it never "
                              "powers a VM off hard."));
    m_priority->setRange(-10, 10);
    auto* browse = new QToolButton(this);
    browse->setText(u"…"_s);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_output->text());
        if (!chosen.isEmpty()) {
            m_output->setText(chosen);
        }
    });

    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output);
    outputRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* names = new QLabel(list(vmNames), this);
    names->setWordWrap(true);
    names->setToolTip(vmNames.join(u'\n'));
    form->addRow(tr("VMs:"), names);
    form->addRow(tr("Folder:"), outputRow);
    form->addRow(tr("Disks at once:"), m_parallelDisks);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(QString(), m_ova);
    form->addRow(QString(), m_removeCdrom);
    form->addRow(QString(), m_removeSerial);
    form->addRow(QString(), m_shutdown);
    m_powerWarning->setObjectName(u"powerWarning"_s);
    m_powerWarning->setWordWrap(true);
    m_powerWarning->setTextFormat(Qt::PlainText);
    m_powerWarning->setStyleSheet(u"QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c060;"
                                  " border-radius: 3px; padding: 6px; }"_s);
    m_powerWarning->hide();
    // Right under the warning: the admin who reads "powered on" finds the remedy beside it.
    form->addRow(m_powerWarning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->button(QDialogButtonBox::Ok);
    m_exportButton->setText(tr("&Export"));
    connect(m_shutdown, &QCheckBox::toggled, this, &ExportDialog::updatePowerStates);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The source VMs are not changed: left-out devices are removed from the exported "
                                    "descriptor only."),
        this));
    layout->addWidget(buttons);
}

void ExportDialog::setPowerStates(const PowerStateSource& source)
{
    m_poweredOn.clear();
    m_suspended.clear();
    for (const QString& name : std::as_const(m_vmNames)) {
        const QString state = source ? source(name) : QString();
        if (state == u"poweredOn"_s) {
            m_poweredOn.append(name);
        } else if (state == u"suspended"_s) {
            m_suspended.append(name);
        }
    }
    updatePowerStates();
}

QStringList ExportDialog::refusedVms() const
{
    QStringList refused;
    for (const QString& name : m_vmNames) {
        if (m_suspended.contains(name) || (!m_shutdown->isChecked() && m_poweredOn.contains(name))) {
            refused.append(name);
        }
    }
    return refused;
}

void ExportDialog::updatePowerStates()
{
    QStringList lines;
    if (!m_poweredOn.isEmpty()) {
        lines.append(m_shutdown->isChecked()
                ? tr("Powered on: %1. Their guests are asked to shut down, and each export starts once its VM "
                     "is off.")
                      .arg(list(m_poweredOn))
                : tr("Powered on, will be refused: %1. vCenter exports only powered-off VMs; tick \"Shut the "
                     "guests down first\" to export them too.")
                      .arg(list(m_poweredOn)));
    }
    if (!m_suspended.isEmpty()) {
        lines.append(
            tr("Suspended, will be refused: %1. Resume and shut them down to export them.").arg(list(m_suspended)));
    }
    m_powerWarning->setText(lines.join(u'\n'));
    m_powerWarning->setToolTip(QStringList(m_poweredOn + m_suspended).join(u'\n'));
    m_powerWarning->setVisible(!lines.isEmpty());
    const qsizetype exported = m_vmNames.size() - refusedVms().size();
    m_exportButton->setEnabled(exported > 0);
    m_exportButton->setText(
        exported == m_vmNames.size() ? tr("&Export") : tr("&Export %n VM(s)", nullptr, int(exported)));
}

QList<ExportSpec> ExportDialog::specs() const
{
    const QStringList refused = refusedVms();
    QList<ExportSpec> specs;
    for (const QString& name : m_vmNames) {
        if (refused.contains(name)) {
            continue;
        }
        ExportSpec spec;
        spec.vmName = name;
        spec.outputDir = m_output->text();
        spec.ova = m_ova->isChecked();
        spec.parallelDisks = m_parallelDisks->value();
        spec.removeCdrom = m_removeCdrom->isChecked();
        spec.removeSerialPorts = m_removeSerial->isChecked();
        spec.shutdownGuest = m_shutdown->isChecked();
        spec.priority = m_priority->value();
        specs.append(spec);
    }
    return specs;
}

void ExportDialog::accept()
{
    if (specs().isEmpty()) {
        return; // everything chosen would be refused: the button is disabled, and so is Enter
    }
    if (m_output->text().trimmed().isEmpty() || !QDir().mkpath(m_output->text())) {
        QMessageBox::warning(this, windowTitle(), tr("The folder %1 cannot be created.").arg(m_output->text()));
        return;
    }
    QSettings settings;
    settings.setValue(u"export/output"_s, m_output->text());
    settings.setValue(u"export/ova"_s, m_ova->isChecked());
    settings.setValue(u"export/parallelDisks"_s, m_parallelDisks->value());
    settings.setValue(u"export/removeCdrom"_s, m_removeCdrom->isChecked());
    settings.setValue(u"export/removeSerial"_s, m_removeSerial->isChecked());
    QDialog::accept();
}
