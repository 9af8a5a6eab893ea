// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// A real tool (cloud-init, ssh-keygen, diff, python3) run to its end as the test's referee.
struct ToolRun
{
    int exitCode = -1; // -1: it did not start, crashed or timed out
    QByteArray output;
    QByteArray errors;

    QByteArray all() const { return output + errors; }
};

inline ToolRun runTool(const QString& program, const QStringList& arguments, const QByteArray& input = {},
    const QString& directory = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PYTHONUTF8"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(directory);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        return { -1, process.readAllStandardOutput(), process.readAllStandardError() + "\n(timed out or crashed)" };
    }
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}
