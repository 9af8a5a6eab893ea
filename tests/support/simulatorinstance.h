// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A private vCenter simulator for tests that need flags the shared fixture does not have
// (TLS, throttled or failing exports, a short lease timeout). Stopped when destroyed.
class SimulatorInstance
{
public:
    explicit SimulatorInstance(const QStringList& arguments);
    ~SimulatorInstance();

    bool isReady() const { return m_url.isValid(); }
    QUrl sdkUrl() const { return m_url; }
    QString dataDirectory() const { return m_tmp.path(); } // where its datastores live
    QString log(); // what it printed on stderr so far

private:
    QTemporaryDir m_tmp;
    QProcess m_process;
    QUrl m_url;
    QString m_log;
};
