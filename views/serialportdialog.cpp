// SPDX-License-Identifier: GPL-3.0-or-later
#include "serialportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SerialPortDialog::SerialPortDialog(const SerialPortTarget& target, int vmCount, QWidget* parent)
    : QDialog(parent)
    , m_portUri(new QComboBox(this))
    , m_vspcUri(new QComboBox(this))
{
    setWindowTitle(tr("Connect Serial Port to Metadata Server"));
    m_portUri->setEditable(true);
    m_portUri->addItems(target.portUris.isEmpty() ? QStringList { u"my-metadata"_s } : target.portUris);
    m_portUri->setObjectName(u"portUri"_s);
    m_vspcUri->setEditable(true);
    m_vspcUri->addItems(target.vspcUris);
    m_vspcUri->setObjectName(u"vspcUri"_s);
    auto* intro = new QLabel(
        tr("A network serial port is added to %n VM(s). ESXi connects it to the metadata server:", nullptr, vmCount),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Port URI (the server accepts these):"), m_portUri);
    form->addRow(tr("vSPC address (as the ESXi hosts reach this machine):"), m_vspcUri);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (!target.warning.isEmpty()) {
        auto* warning = new QLabel(target.warning, this);
        warning->setObjectName(u"serialPortWarning"_s);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"color: #b06000;"_s);
        layout->addWidget(warning);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Add Serial Port to %n VM(s)", nullptr, vmCount), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString SerialPortDialog::portUri() const
{
    return m_portUri->currentText().trimmed();
}

QString SerialPortDialog::vspcUri() const
{
    return m_vspcUri->currentText().trimmed();
}
