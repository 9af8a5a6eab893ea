// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "vspc/serialporttarget.h"

class QComboBox;

// Asks where the VMs' new network serial ports connect: the server's own port URI and an address
// of this machine that ESXi reaches, with a warning when the server cannot be reached as it runs.
class SerialPortDialog : public QDialog
{
    Q_OBJECT
public:
    SerialPortDialog(const SerialPortTarget& target, int vmCount, QWidget* parent = nullptr);

    QString portUri() const;
    QString vspcUri() const;

private:
    QComboBox* m_portUri;
    QComboBox* m_vspcUri;
};
