// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// One `vmdeskctl serve-metadata --uri my-metadata` process on a free loopback port, as an admin
// runs it, with the store's password in the environment variable `passwordVariable`.
class ServeMetadataProcess
{
public:
    static constexpr auto passwordVariable = "VMDESK_TEST_STORE_PASSWORD";

    ServeMetadataProcess() = default;
    ServeMetadataProcess(const ServeMetadataProcess&) = delete;
    ServeMetadataProcess& operator=(const ServeMetadataProcess&) = delete;
    ~ServeMetadataProcess();

    static QString program(); // vmdeskctl beside the test
    static QProcessEnvironment environmentWith(const QString& password);

    // The port it listens on, or 0 (then see log()).
    quint16 start(const QStringList& arguments, const QString& password);
    // The instance id it logs once registered in a shared store, or empty.
    QString instance(int timeoutMs = 20000);
    // Everything it logged so far.
    const QString& log();
    // Waits until the log holds `text` at least `times` times.
    bool waitForLog(const QString& text, qsizetype times = 1, int timeoutMs = 20000);

    bool isRunning() const { return m_process.state() == QProcess::Running; }
    void kill(); // SIGKILL: no chance to unregister
    int stop(); // SIGTERM, as systemd stops it: the exit code, or -1

private:
    QProcess m_process;
    QString m_log;
};
