// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs the bundled vCenter simulator (vmdesk-vcsim) for the demo profile and reports its SDK URL.
// Its VMs are varied (vmdesk-vcsim --demo); the tests' shared simulator keeps them uniform.
class SimulatorProcess : public QObject
{
    Q_OBJECT
public:
    explicit SimulatorProcess(QObject* parent = nullptr);
    ~SimulatorProcess() override;

    // The simulator next to the running binary, or in ../libexec/vmdesk; empty if not installed.
    static QString locate();

    void start(int vmCount);
    void stop();
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QUrl sdkUrl() const { return m_sdkUrl; }

Q_SIGNALS:
    void ready(const QUrl& sdkUrl);
    void failed(const QString& message);

private:
    void readOutput();

    QProcess m_process;
    QUrl m_sdkUrl;
    QByteArray m_output;
};
