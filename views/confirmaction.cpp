// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmaction.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace ConfirmAction {

QString title(const QString& action, const QStringList& vmNames)
{
    return vmNames.size() == 1
        ? QCoreApplication::translate("ConfirmAction", "%1 %2").arg(action, vmNames.first())
        : QCoreApplication::translate("ConfirmAction", "%1 %n VM(s)", nullptr, int(vmNames.size())).arg(action);
}

bool ask(QWidget* parent, const QString& action, const QStringList& vmNames, const QString& consequence)
{
    QMessageBox box(QMessageBox::Warning, title(action, vmNames) + u'?', consequence, QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmAction"));
    box.setText(u"<b>"_qs + title(action, vmNames).toHtmlEscaped() + u"?</b>"_qs);
    box.setInformativeText(consequence);
    if (vmNames.size() > 1) {
        box.setDetailedText(vmNames.join(u'\n'));
    }
    QPushButton* go = box.addButton(title(action, vmNames), QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == go;
}

} // namespace ConfirmAction
