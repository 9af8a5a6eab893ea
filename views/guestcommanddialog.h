// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include "vsphere/guestoperations.h"

class GuestCommand;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Runs a command line in the guest and shows what it printed on stdout and stderr and its exit
// code. Stays open for the next command; the command line is split as a POSIX shell would.
class GuestCommandDialog : public QDialog
{
    Q_OBJECT
public:
    GuestCommandDialog(
        GuestOperations* operations, const ManagedObjectRef& vm, const QString& vmName, QWidget* parent = nullptr);

    void setCredentials(const GuestCredentials& credentials) { m_credentials = credentials; }
    // Runs what the command line says (the Run button).
    void run();
    bool isRunning() const { return m_running; }
    // Words as a POSIX shell splits them: '…' literal, "…" with \" and \\, \ escaping outside quotes.
    // QProcess::splitCommand knows only double quotes, and admins quote with single ones.
    static QStringList splitCommandLine(const QString& line);

    QLineEdit* commandEdit() const { return m_command; }
    QLineEdit* workingDirectoryEdit() const { return m_workingDirectory; }
    QPlainTextEdit* outputView() const { return m_output; }
    QPlainTextEdit* errorsView() const { return m_errors; }
    QLabel* exitLabel() const { return m_exit; }

Q_SIGNALS:
    void finished(int exitCode);
    void failed(const QString& message);

private:
    void setRunning(bool running);

    GuestCommand* m_runner;
    ManagedObjectRef m_vm;
    GuestCredentials m_credentials;
    QLineEdit* m_command;
    QLineEdit* m_workingDirectory;
    QPushButton* m_run;
    QPlainTextEdit* m_output;
    QPlainTextEdit* m_errors;
    QLabel* m_exit;
    bool m_running = false;
};
