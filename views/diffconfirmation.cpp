// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffconfirmation.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

#include "diffview.h"

bool DiffConfirmation::ask(
    QWidget* parent, const QString& title, const QString& question, const QString& diff, const QString& acceptText)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(question, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* view = new DiffView(&dialog);
    view->setDiff(diff);
    layout->addWidget(view);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    box->addButton(acceptText, QDialogButtonBox::AcceptRole);
    QObject::connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog.resize(820, 520);
    return dialog.exec() == QDialog::Accepted;
}
