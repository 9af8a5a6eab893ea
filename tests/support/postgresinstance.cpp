// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresinstance.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {
constexpr int timeoutMs = 60000;

QString program(const char* name)
{
    return QString::fromLatin1(PostgresInstance::binDirectory) + u'/' + QString::fromLatin1(name);
}

QString randomPassword()
{
    static constexpr char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString password;
    for (int i = 0; i < 24; ++i) {
        password.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    }
    return password;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}
} // namespace

PostgresInstance::PostgresInstance()
    : m_password(randomPassword())
{
    m_asNobody = geteuid() == 0;
    m_ready = initialize() && start();
}

PostgresInstance::~PostgresInstance()
{
    stop();
}

QString PostgresInstance::url() const
{
    return u"postgresql://vmdesk@127.0.0.1:%1/vmdesk"_s.arg(m_port);
}

QStringList PostgresInstance::asServerUser(const QString& executable, const QStringList& arguments) const
{
    // Without a parent-death signal a crashed test would leave a server running.
    QStringList command { u"--pdeathsig=TERM"_s };
    if (m_asNobody) {
        const passwd* nobody = getpwnam("nobody");
        command += { u"--reuid=%1"_s.arg(nobody->pw_uid), u"--regid=%1"_s.arg(nobody->pw_gid), u"--clear-groups"_s };
    }
    return command + QStringList { u"--"_s, executable } + arguments;
}

bool PostgresInstance::run(const QString& executable, const QStringList& arguments, QString* output) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"setpriv"_s, asServerUser(executable, arguments));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = u"%1 did not finish: %2"_s.arg(executable, process.errorString());
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PostgresInstance::initialize()
{
    if (!m_dir.isValid() || !QFileInfo::exists(program("initdb"))) {
        m_error = u"needs %1 (postgresql-15) and a temporary directory"_s.arg(program("initdb"));
        return false;
    }
    m_port = freePort();
    const QString passwordFile = m_dir.filePath(u"password"_s);
    QFile file(passwordFile);
    if (!QDir(m_dir.path()).mkdir(u"socket"_s) || !file.open(QIODevice::WriteOnly)
        || file.write(m_password.toLatin1()) < 0) {
        m_error = u"cannot prepare %1"_s.arg(m_dir.path());
        return false;
    }
    file.close();
    if (m_asNobody) {
        const passwd* nobody = getpwnam("nobody");
        for (const QString& path : { m_dir.path(), socketDirectory(), passwordFile }) {
            if (!nobody || chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
                m_error = u"cannot give %1 to the user nobody"_s.arg(path);
                return false;
            }
        }
    }
    QString output;
    const bool created = run(program("initdb"),
        { u"--pgdata="_s + dataDirectory(), u"--username=vmdesk"_s, u"--pwfile="_s + passwordFile,
            u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"--encoding=UTF8"_s, u"--locale=C.UTF-8"_s,
            u"--no-sync"_s },
        &output);
    QFile::remove(passwordFile);
    if (!created) {
        m_error = u"initdb failed: "_s + output;
        return false;
    }
    return true;
}

bool PostgresInstance::start()
{
    if (isRunning()) {
        return true;
    }
    m_server.setWorkingDirectory(m_dir.path());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // fsync and friends off: the data is thrown away, and tests should not wait for the disk.
    m_server.start(u"setpriv"_s,
        asServerUser(program("postgres"),
            { u"-D"_s, dataDirectory(), u"-p"_s, QString::number(m_port), u"-k"_s, socketDirectory(), u"-c"_s,
                u"listen_addresses=127.0.0.1"_s, u"-c"_s, u"fsync=off"_s, u"-c"_s, u"synchronous_commit=off"_s, u"-c"_s,
                u"full_page_writes=off"_s }));
    const QDeadlineTimer deadline(timeoutMs);
    const qsizetype logged = m_log.size(); // a restart logs the same line again
    while (m_log.indexOf(u"database system is ready to accept connections"_s, logged) < 0) {
        if (m_server.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_error = u"postgres did not start: "_s + m_log + m_server.errorString();
            return false;
        }
        m_server.waitForReadyRead(100);
        m_log += QString::fromLocal8Bit(m_server.readAll());
    }
    QString output;
    const QStringList exists { u"-h"_s, socketDirectory(), u"-p"_s, QString::number(m_port), u"-U"_s, u"vmdesk"_s,
        u"-d"_s, u"postgres"_s, u"-tAc"_s, u"SELECT 1 FROM pg_database WHERE datname = 'vmdesk'"_s };
    if (!run(program("psql"), exists, &output)) {
        m_error = u"psql failed: "_s + output;
        return false;
    }
    if (output.trimmed() != u"1"_s
        && !run(program("createdb"),
            { u"-h"_s, socketDirectory(), u"-p"_s, QString::number(m_port), u"-U"_s, u"vmdesk"_s, u"vmdesk"_s },
            &output)) {
        m_error = u"createdb failed: "_s + output;
        return false;
    }
    return true;
}

bool PostgresInstance::stop()
{
    if (!isRunning()) {
        return true;
    }
    QString output;
    const bool stopped
        = run(program("pg_ctl"), { u"stop"_s, u"-D"_s, dataDirectory(), u"-m"_s, u"fast"_s, u"-w"_s }, &output);
    if (!stopped) {
        m_error = u"pg_ctl stop failed: "_s + output;
        m_server.kill();
    }
    m_server.waitForFinished(timeoutMs);
    m_log += QString::fromLocal8Bit(m_server.readAll());
    return stopped;
}
