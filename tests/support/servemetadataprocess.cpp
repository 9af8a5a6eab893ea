// SPDX-License-Identifier: GPL-3.0-or-later
#include "servemetadataprocess.h"

#include <csignal>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QtCore/qtestsupport_core.h>

using namespace Qt::StringLiterals;

ServeMetadataProcess::~ServeMetadataProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        kill();
    }
}

QString ServeMetadataProcess::program()
{
    return QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s;
}

QProcessEnvironment ServeMetadataProcess::environmentWith(const QString& password)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passwordVariable), password);
    return environment;
}

quint16 ServeMetadataProcess::start(const QStringList& arguments, const QString& password)
{
    m_process.setProcessEnvironment(environmentWith(password));
    m_process.start(program(),
        QStringList { u"serve-metadata"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--uri"_s, u"my-metadata"_s } + arguments);
    const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+)"_s);
    quint16 port = 0;
    const bool ended = QTest::qWaitFor(
        [&] {
            const QRegularExpressionMatch match = listening.match(log());
            port = match.hasMatch() ? match.captured(1).toUShort() : 0;
            return port != 0 || m_process.state() == QProcess::NotRunning;
        },
        10000);
    return ended ? port : 0;
}

QString ServeMetadataProcess::instance(int timeoutMs)
{
    const QRegularExpression registered(u"registered in \\S+ as instance ([0-9a-f-]{36})"_s);
    QString id;
    const bool ended = QTest::qWaitFor(
        [&] {
            id = registered.match(log()).captured(1);
            return !id.isEmpty() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return ended ? id : QString();
}

const QString& ServeMetadataProcess::log()
{
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

bool ServeMetadataProcess::waitForLog(const QString& text, qsizetype times, int timeoutMs)
{
    return QTest::qWaitFor([&] { return log().count(text) >= times; }, timeoutMs);
}

void ServeMetadataProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished();
    log();
}

int ServeMetadataProcess::stop()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        kill();
        return -1;
    }
    log();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}
