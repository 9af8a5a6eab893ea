// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatorinstance.h"

#include <QDir>

#include "simulatorenvironment.h"

SimulatorInstance::SimulatorInstance(const QStringList& arguments)
    : m_tmp(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm/vmdesk-test-XXXXXX") : QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_tmp.path());
    m_process.setProcessEnvironment(environment);
    m_process.start(SimulatorEnvironment::simulatorBinary(), arguments);
    if (m_process.waitForReadyRead(60000)) {
        m_url = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
    }
}

SimulatorInstance::~SimulatorInstance()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString SimulatorInstance::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}
