// SPDX-License-Identifier: GPL-3.0-or-later
#include "changedondiskprompt.h"

#include <QMessageBox>
#include <QPushButton>

#include "diffconfirmation.h"
#include "metadataeditsession.h"

void ChangedOnDiskPrompt::ask(QWidget* parent, MetadataEditSession* session)
{
    const bool stored = session->isStored();
    while (true) {
        QMessageBox box(QMessageBox::Question, stored ? tr("Changed in the Database") : tr("Changed on Disk"),
            stored ? tr("%1 was changed in the database by somebody else while you have unsaved changes.")
                         .arg(session->key())
                   : tr("%1 was changed on disk while you have unsaved changes.").arg(session->key()),
            QMessageBox::NoButton, parent);
        QPushButton* reload = box.addButton(
            stored ? tr("Reload from the Database") : tr("Reload from Disk"), QMessageBox::DestructiveRole);
        QPushButton* keep = box.addButton(tr("Keep Mine"), QMessageBox::AcceptRole);
        QPushButton* diff = box.addButton(tr("Show Differences…"), QMessageBox::HelpRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == reload) {
            session->reload();
            return;
        }
        if (box.clickedButton() == diff) {
            DiffConfirmation::ask(parent, tr("Differences"),
                stored ? tr("The document in the database (-) and your text (+):")
                       : tr("The file on disk (-) and your text (+):"),
                session->diffAgainstDisk(), tr("Close"));
            continue;
        }
        if (box.clickedButton() == keep) {
            session->keepMine();
        }
        return;
    }
}
