// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

#include "export/exportspec.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Where and how to export the chosen VMs. Remembers the last choices. Says which VMs are powered
// on, since vCenter exports only powered-off ones: they are shut down first, or left out, never
// queued to fail.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // A VM's vim25 power state by name ("poweredOn", "poweredOff", "suspended"); empty: unknown.
    using PowerStateSource = std::function<QString(const QString& vmName)>;

    ExportDialog(const QStringList& vmNames, QWidget* parent = nullptr);

    void setPowerStates(const PowerStateSource& source);
    // One per VM to export: the refused ones left out.
    QList<ExportSpec> specs() const;
    // Chosen VMs that vCenter would not export as they are: powered on while "Shut the guests down
    // first" is off, and suspended ones (a suspended guest cannot be asked to shut down).
    QStringList refusedVms() const;
    QCheckBox* shutdownBox() const { return m_shutdown; }
    QPushButton* exportButton() const { return m_exportButton; }
    QLabel* powerStateLabel() const { return m_powerWarning; }

    void accept() override;

private:
    void updatePowerStates();

    QStringList m_vmNames;
    QStringList m_poweredOn;
    QStringList m_suspended;
    QLineEdit* m_output;
    QCheckBox* m_ova;
    QSpinBox* m_parallelDisks;
    QCheckBox* m_removeCdrom;
    QCheckBox* m_removeSerial;
    QCheckBox* m_shutdown;
    QSpinBox* m_priority;
    QLabel* m_powerWarning;
    QPushButton* m_exportButton = nullptr;
};
