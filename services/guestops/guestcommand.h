// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QFuture>
#include <QObject>
#include <QPointer>

#include "vsphere/guestoperations.h"

struct GuestCommandResult
{
    int exitCode = -1;
    QByteArray output; // stdout
    QByteArray errors; // stderr
    qint64 pid = 0;
};

// Runs a command in the guest and gets its output, as `govc guest.run` does: a shell with stdout
// and stderr redirected to temporary files in the guest, ListProcessesInGuest polled with backoff
// until the process ends (or the timeout, which terminates it), the files downloaded and deleted.
class GuestCommand : public QObject
{
    Q_OBJECT
public:
    explicit GuestCommand(GuestOperations* operations, QObject* parent = nullptr);

    // `argv` is the program and its arguments, quoted for the guest's shell here.
    QFuture<GuestCommandResult> run(const ManagedObjectRef& vm, const GuestCredentials& credentials,
        const QStringList& argv, const QString& workingDirectory = {},
        std::chrono::milliseconds timeout = std::chrono::minutes(5));

    // The most output kept per stream; a command that writes more is cut there (and says so).
    static constexpr qint64 maxOutputBytes = 64 * 1024 * 1024;

    // POSIX shell quoting; the C runtime's quoting for one Windows argument, and a whole command
    // line for `cmd.exe /c` with cmd's special characters escaped.
    static QString shellQuoted(const QString& argument);
    static QString windowsQuoted(const QString& argument);
    static QString windowsCommandLine(const QStringList& argv);

private:
    QPointer<GuestOperations> m_operations;
};
