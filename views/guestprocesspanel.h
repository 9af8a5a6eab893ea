// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "vsphere/guestoperations.h"

class GuestCommandDialog;
class GuestProcessModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class VimError;

// The guest's processes (those Tools know: running ones and those started through Tools that
// ended lately), and what an admin does with them: kill one, start a program, run a command and
// read its output.
class GuestProcessPanel : public QWidget
{
    Q_OBJECT
public:
    GuestProcessPanel(
        GuestOperations* operations, const ManagedObjectRef& vm, const QString& vmName, QWidget* parent = nullptr);

    void setCredentials(const GuestCredentials& credentials);
    void refresh();
    // Asks first, naming the process.
    void kill(qint64 pid);
    void startProgram(const GuestProgramSpec& spec);
    // Opens (or raises) the Run Command dialog.
    GuestCommandDialog* openRunCommand();
    GuestCommandDialog* commandDialog() const;
    qint64 selectedPid() const;

    GuestProcessModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void refreshed();
    void programStarted(qint64 pid);

private:
    void askStartProgram();
    void showError(const VimError& error);
    void updateButtons();

    QPointer<GuestOperations> m_operations;
    ManagedObjectRef m_vm;
    QString m_vmName;
    GuestCredentials m_credentials;
    GuestProcessModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_kill;
    QPointer<GuestCommandDialog> m_command;
    bool m_loading = false;
    QString m_note; // what was just done, said with the list that follows it
};
