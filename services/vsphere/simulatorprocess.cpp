// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/logging.h"

using namespace Qt::StringLiterals;

SimulatorProcess::SimulatorProcess(QObject* parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SimulatorProcess::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            Q_EMIT failed(tr("The vCenter simulator could not be started: %1").arg(m_process.errorString()));
        }
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_sdkUrl.isEmpty()) {
            Q_EMIT failed(tr("The vCenter simulator stopped before it was ready (exit code %1).").arg(exitCode));
        } else if (status == QProcess::CrashExit) {
            Q_EMIT failed(tr("The vCenter simulator crashed."));
        }
        m_sdkUrl.clear();
    });
}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::locate()
{
    const QDir dir(QCoreApplication::applicationDirPath());
    for (const QString& candidate : { u"vmdesk-vcsim"_s, u"../libexec/vmdesk/vmdesk-vcsim"_s }) {
        const QFileInfo info(dir.filePath(candidate));
        if (info.isExecutable()) {
            return info.canonicalFilePath();
        }
    }
    return {};
}

void SimulatorProcess::start(int vmCount)
{
    const QString program = locate();
    if (program.isEmpty()) {
        Q_EMIT failed(tr("The vCenter simulator (vmdesk-vcsim) is not installed next to vmdesk."));
        return;
    }
    m_output.clear();
    m_sdkUrl.clear();
    qCInfo(lcVsphere) << "starting the vCenter simulator with" << vmCount << "VMs";
    // --demo varies the VMs (guest OS, addresses, notes, Tools, power state) with a fixed seed, so
    // that every demo shows the same estate.
    m_process.start(program, { u"--vms"_s, QString::number(vmCount), u"--demo"_s });
}

void SimulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate(); // SIGTERM lets it remove its datastore files
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

void SimulatorProcess::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (!m_sdkUrl.isEmpty()) {
        return;
    }
    const qsizetype newline = m_output.indexOf('\n');
    if (newline < 0) {
        return;
    }
    const QUrl url(QString::fromUtf8(m_output.left(newline)).trimmed());
    if (!url.isValid() || url.scheme().isEmpty()) {
        Q_EMIT failed(tr("The vCenter simulator printed no SDK URL."));
        return;
    }
    m_sdkUrl = url;
    qCInfo(lcVsphere).noquote() << "the vCenter simulator serves" << url.toString();
    Q_EMIT ready(url);
}
