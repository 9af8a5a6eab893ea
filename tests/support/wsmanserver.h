// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// The Hyper-V WinRM test server (tests/hyperv/wsman_server.py) in a child process, for tests of WS-Management
// clients. What it answers, and what of that is inferred, is in docs/hyperv-wsman-server.md. Stopped when destroyed.
class WsManServer
{
public:
    struct Options
    {
        QString statePath; // {"vms":[{"id","name","state","intrinsic":{},"guest":{},"host":{}}]}
        QString poolRoot; // guest pool files as <poolRoot>/<vm name>/.kvp_pool_N; empty: none
        int pageSize = 0; // most items per PullResponse; 0: as many as MaxElements asks
        bool jobs = false; // methods answer 4096 and a Msvm_ConcreteJob
        int jobPolls = 2; // reads of a job while it is still running
        QString certificate, key; // PEM files; both set: HTTPS
        QString user = QStringLiteral("Administrator");
        QString password = QStringLiteral("hyperv-test-password");
    };

    WsManServer() = default;
    WsManServer(const WsManServer&) = delete;
    WsManServer& operator=(const WsManServer&) = delete;
    ~WsManServer();

    // Starts the server and waits (up to 10 s) for its port. False, with *error set, when it does not come up.
    bool start(const Options& options, QString* error);
    QUrl endpoint() const { return m_endpoint; } // http(s)://127.0.0.1:PORT/wsman
    void stop();

    // Writes a state file for Options::statePath.
    static bool writeState(const QString& path, const QJsonObject& state, QString* error);

private:
    QProcess m_process;
    QUrl m_endpoint;
};
