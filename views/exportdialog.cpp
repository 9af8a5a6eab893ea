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

ExportDialog::ExportDialog(const QStringList& vmNames, QWidget* parent)
    : QDialog(parent)
    , m_vmNames(vmNames)
    , m_output(new QLineEdit(this))
    , m_ova(new QCheckBox(tr("Also write an &OVA file"), this))
    , m_parallelDisks(new QSpinBox(this))
    , m_removeCdrom(new QCheckBox(tr("Leave out &CD/DVD drives"), this))
    , m_removeSerial(new QCheckBox(tr("Leave out &serial ports"), this))
    , m_shutdown(new QCheckBox(tr("Shut &running guests down first (and wait)"), this))
    , m_priority(new QSpinBox(this))
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
    form->addRow(tr("VMs:"), new QLabel(vmNames.join(u", "_s).left(300), this));
    form->addRow(tr("Folder:"), outputRow);
    form->addRow(tr("Disks at once:"), m_parallelDisks);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(QString(), m_ova);
    form->addRow(QString(), m_removeCdrom);
    form->addRow(QString(), m_removeSerial);
    form->addRow(QString(), m_shutdown);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The source VMs are not changed: left-out devices are removed from the exported "
                                    "descriptor only."),
        this));
    layout->addWidget(buttons);
}

QList<ExportSpec> ExportDialog::specs() const
{
    QList<ExportSpec> specs;
    for (const QString& name : m_vmNames) {
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
