// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A throwaway PostgreSQL 15 (Debian's postgresql-15) for tests: a new cluster in a temporary
// directory made with initdb, a server on 127.0.0.1 and a free port with its own socket directory,
// a superuser `vmdesk` with a random password (TCP connections must give it), and a database
// `vmdesk`. Stopped (and its files removed) when destroyed.
//
// initdb and postgres refuse to run as root, and CI runs as root: then they run as `nobody`
// through setpriv, which owns the temporary directory. The server runs in the foreground as our
// child with a parent-death signal, so that a crashing test does not leave it behind; pg_ctl stops
// it. pg_virtualenv was not used: it wraps a whole command rather than letting a test stop and
// restart the server, and as root it creates clusters under /etc/postgresql and /var/lib.
class PostgresInstance
{
public:
    static constexpr auto binDirectory = "/usr/lib/postgresql/15/bin";

    PostgresInstance(); // creates and starts; see isReady() and errorString()
    ~PostgresInstance();
    PostgresInstance(const PostgresInstance&) = delete;
    PostgresInstance& operator=(const PostgresInstance&) = delete;

    bool isReady() const { return m_ready; }
    QString errorString() const { return m_error; }

    bool start(); // again, on the same port and data
    bool stop(); // pg_ctl stop -m fast: clients see the connection end
    bool restart() { return stop() && start(); }
    bool isRunning() const { return m_server.state() != QProcess::NotRunning; }

    QString url() const; // postgresql://vmdesk@127.0.0.1:PORT/vmdesk
    QString password() const { return m_password; }
    quint16 port() const { return m_port; }
    QString log() const { return m_log; } // what the server printed so far

private:
    bool initialize();
    QStringList asServerUser(const QString& program, const QStringList& arguments) const;
    bool run(const QString& program, const QStringList& arguments, QString* output) const;
    QString dataDirectory() const { return m_dir.filePath(QStringLiteral("data")); }
    QString socketDirectory() const { return m_dir.filePath(QStringLiteral("socket")); }

    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_password;
    QString m_error;
    QString m_log;
    quint16 m_port = 0;
    bool m_asNobody = false;
    bool m_ready = false;
};
