// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A vmdeskctl subcommand: its arguments start with "vmdeskctl <name>"; it returns the exit code.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList& arguments)> run;
};

QList<Command> allCommands();

// The commands' translated texts share one context, "vmdeskctl" (lupdate reads it from here).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(vmdeskctl)
};

// Exit codes shared by the commands.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitAuthentication = 3, ExitConnection = 4 };

class VimError;
// The exit code for a vCenter failure: authentication, connection (certificate included), or other.
int exitCodeFor(const VimError& error);
