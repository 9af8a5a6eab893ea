// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshkeyseditor.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cloudinit/sshpublickey.h"
#include "formfields.h"

using namespace Qt::StringLiterals;
using namespace FormFields;

SshKeysEditor::SshKeysEditor(QWidget* parent)
    : QWidget(parent)
    , m_table(FormFields::table({ tr("Key"), tr("Type"), tr("Bits"), tr("Comment"), tr("Fingerprint (SHA256)") }, this))
{
    m_table->setObjectName(u"sshKeys"_s);
    m_table->setAccessibleName(tr("SSH keys"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 260);
    auto* add = new QPushButton(tr("Add key…"), this);
    auto* remove = new QPushButton(tr("Remove key"), this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons({ add, remove }));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString key
            = QInputDialog::getMultiLineText(this, tr("Add SSH Key"), tr("Paste a public key (id_ed25519.pub):"));
        if (!key.trimmed().isEmpty()) {
            Q_EMIT keysEdited(keys() << key.trimmed());
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            edited();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_filling && item->column() == 0) {
            edited();
        }
    });
}

void SshKeysEditor::setKeys(const QStringList& keys)
{
    m_filling = true;
    setRowCount(m_table, int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        setCell(m_table, row, 0, keys.at(row));
    }
    showDetails();
    m_filling = false;
}

QStringList SshKeysEditor::keys() const
{
    QStringList keys;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QTableWidgetItem* item = m_table->item(row, 0); item && !item->text().trimmed().isEmpty()) {
            keys.append(item->text().trimmed());
        }
    }
    return keys;
}

void SshKeysEditor::edited()
{
    Q_EMIT keysEdited(keys());
}

void SshKeysEditor::showDetails()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const SshPublicKey key = SshPublicKey::parse(m_table->item(row, 0)->text());
        setCell(m_table, row, 1, key.isValid() ? key.displayType() : tr("invalid"));
        setCell(m_table, row, 2, key.isValid() ? QString::number(key.bits) : QString());
        setCell(m_table, row, 3, key.comment);
        setCell(m_table, row, 4, key.isValid() ? key.fingerprint : key.error);
        for (int column = 0; column < m_table->columnCount(); ++column) {
            QTableWidgetItem* item = m_table->item(row, column);
            item->setForeground(key.isValid() ? palette().text() : QBrush(Qt::red));
            item->setToolTip(key.isValid() ? QString() : key.error);
            if (column > 0) {
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            }
        }
    }
}
