// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Asks before an action that cannot be taken back, saying which action and on how many VMs: the
// title and the button name both ("Power Off 120 VMs"), the names in the details.
namespace ConfirmAction {

// `action` as a button says it ("Power Off"); `consequence` says what the admin loses.
bool ask(QWidget* parent, const QString& action, const QStringList& vmNames, const QString& consequence);
// "Power Off DC0_VM4" for one VM, "Power Off 120 VMs" for more.
QString title(const QString& action, const QStringList& vmNames);

} // namespace ConfirmAction
