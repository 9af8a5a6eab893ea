// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsmanserver.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// The password travels in the child's environment, never on its command line (which `ps` shows to everyone).
constexpr auto passwordVariable = "VMDESK_WSMAN_TEST_PASSWORD";
} // namespace

WsManServer::~WsManServer()
{
    stop();
}

bool WsManServer::start(const Options& options, QString* error)
{
    stop();
    QStringList arguments { QStringLiteral(VMDESK_WSMAN_SERVER), u"--state"_s, options.statePath, u"--port"_s, u"0"_s,
        u"--user"_s, options.user, u"--password-env"_s, QString::fromLatin1(passwordVariable), u"--job-polls"_s,
        QString::number(options.jobPolls) };
    if (!options.poolRoot.isEmpty()) {
        arguments << u"--pool-root"_s << options.poolRoot;
    }
    if (options.pageSize > 0) {
        arguments << u"--page-size"_s << QString::number(options.pageSize);
    }
    if (options.jobs) {
        arguments << u"--jobs"_s;
    }
    const bool tls = !options.certificate.isEmpty() && !options.key.isEmpty();
    if (tls) {
        arguments << u"--tls"_s << options.certificate << options.key;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(passwordVariable), options.password);
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(u"python3"_s, arguments);

    const QDeadlineTimer deadline(10000);
    QByteArray line;
    while (!m_process.canReadLine() && m_process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    if (m_process.canReadLine()) {
        line = m_process.readLine().trimmed();
    }
    bool ok = false;
    const int port = line.startsWith("listening on ") ? line.mid(13).toInt(&ok) : 0;
    if (!ok || port <= 0) {
        if (error) {
            *error = m_process.state() == QProcess::NotRunning
                ? u"The WS-Man test server exited (code %1) before listening: %2"_s.arg(m_process.exitCode())
                      .arg(m_process.errorString())
                : u"The WS-Man test server printed no \"listening on PORT\" line within 10 s (got \"%1\")"_s.arg(
                    QString::fromUtf8(line));
        }
        stop();
        return false;
    }
    m_endpoint = QUrl(u"%1://127.0.0.1:%2/wsman"_s.arg(tls ? u"https"_s : u"http"_s).arg(port));
    return true;
}

void WsManServer::stop()
{
    m_endpoint.clear();
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool WsManServer::writeState(const QString& path, const QJsonObject& state, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0 || !file.commit()) {
        if (error) {
            *error = u"Cannot write %1: %2"_s.arg(path, file.errorString());
        }
        return false;
    }
    return true;
}
