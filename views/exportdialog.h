// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "export/exportspec.h"

class QCheckBox;
class QLineEdit;
class QSpinBox;

// Where and how to export the chosen VMs. Remembers the last choices.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QStringList& vmNames, QWidget* parent = nullptr);

    QList<ExportSpec> specs() const;

    void accept() override;

private:
    QStringList m_vmNames;
    QLineEdit* m_output;
    QCheckBox* m_ova;
    QSpinBox* m_parallelDisks;
    QCheckBox* m_removeCdrom;
    QCheckBox* m_removeSerial;
    QCheckBox* m_shutdown;
    QSpinBox* m_priority;
};
