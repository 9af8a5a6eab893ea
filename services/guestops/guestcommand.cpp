// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestcommand.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include "core/promises.h"
#include "core/whendone.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// One run's state, shared by the steps of its chain.
struct Run
{
    ManagedObjectRef vm;
    GuestCredentials credentials;
    QStringList argv;
    QString workingDirectory;
    std::chrono::steady_clock::time_point deadline;
    bool windows = false;
    QString outputPath;
    QString errorsPath;
    GuestCommandResult result;
    std::shared_ptr<QPromise<GuestCommandResult>> promise;
    std::optional<VimError> failure;
};
// One command output into memory (it is capped), trusting the host's certificate by its SHA-1 as
// the uploads do.
void downloadOutput(QNetworkAccessManager* network, const QUrl& url, const QByteArray& sha1, QByteArray* into,
    const std::function<void()>& next, const std::function<void(const QString&)>& failed)
{
    QNetworkReply* reply = network->get(QNetworkRequest(url));
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, sha1](const QList<QSslError>&) {
        if (!sha1.isEmpty() && reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha1) == sha1) {
            reply->ignoreSslErrors();
        }
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, into] {
        into->append(reply->read(GuestCommand::maxOutputBytes - into->size()));
        if (into->size() >= GuestCommand::maxOutputBytes) {
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, into, next, failed] {
        reply->deleteLater();
        into->append(reply->read(GuestCommand::maxOutputBytes - into->size()));
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (into->size() >= GuestCommand::maxOutputBytes) {
            into->append(
                GuestCommand::tr("\n[vmdesk: output cut at %1 bytes]\n").arg(GuestCommand::maxOutputBytes).toUtf8());
        } else if (reply->error() != QNetworkReply::NoError || status != 200) {
            failed(reply->errorString());
            return;
        }
        next();
    });
}
} // namespace

GuestCommand::GuestCommand(GuestOperations* operations, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
{ }

QString GuestCommand::shellQuoted(const QString& argument)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (plain.match(argument).hasMatch()) {
        return argument;
    }
    QString quoted = argument;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString GuestCommand::windowsQuoted(const QString& argument)
{
    // The C runtime's rules: backslashes are literal unless they precede a quote, so those (and the
    // ones before the closing quote) are doubled.
    QString quoted = u"\""_s;
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        if (c == u'"') {
            quoted += QString(backslashes * 2 + 1, u'\\') + u'"';
        } else {
            quoted += QString(backslashes, u'\\') + c;
        }
        backslashes = 0;
    }
    return quoted + QString(backslashes * 2, u'\\') + u'"';
}

QString GuestCommand::windowsCommandLine(const QStringList& argv)
{
    // cmd.exe reads the line before the program does: every character it treats specially, quotes
    // included, is escaped with ^ so that it reaches the program's own parser untouched.
    static const QRegularExpression special(u"([()%!^\"<>&|])"_s);
    QStringList quoted;
    for (const QString& argument : argv) {
        quoted.append(windowsQuoted(argument));
    }
    return quoted.join(u' ').replace(special, u"^\\1"_s);
}

QFuture<GuestCommandResult> GuestCommand::run(const ManagedObjectRef& vm, const GuestCredentials& credentials,
    const QStringList& argv, const QString& workingDirectory, std::chrono::milliseconds timeout)
{
    auto run = std::make_shared<Run>();
    run->vm = vm;
    run->credentials = credentials;
    run->argv = argv;
    run->workingDirectory = workingDirectory;
    run->deadline = std::chrono::steady_clock::now() + timeout;
    run->promise = startedPromise<GuestCommandResult>();
    QFuture<GuestCommandResult> future = run->promise->future();
    // Every step checks that the operations still exist: their owner may go away mid-run.
    QPointer<GuestOperations> ops = m_operations;
    if (!ops || argv.isEmpty()) {
        failWith(run->promise,
            VimError(VimError::Kind::Fault, ops ? tr("No command to run.") : tr("Not connected to a vCenter.")));
        return future;
    }
    auto* network = new QNetworkAccessManager(this); // deleted when the run ends, see `finish`

    // The steps, last first. Each ends the run on failure, after the temporary files are gone.
    auto finish = std::make_shared<std::function<void()>>();
    *finish = [this, ops, run, network] {
        QStringList leftovers;
        for (const QString& path : { run->outputPath, run->errorsPath }) {
            if (!path.isEmpty()) {
                leftovers.append(path);
            }
        }
        auto remaining = std::make_shared<int>(int(leftovers.size()));
        const auto end = [run, network] {
            network->deleteLater();
            if (run->failure) {
                failWith(run->promise, *run->failure);
            } else {
                run->promise->addResult(run->result);
                run->promise->finish();
            }
        };
        if (leftovers.isEmpty() || !ops) {
            end();
            return;
        }
        for (const QString& path : leftovers) {
            whenDone<VimError>(
                ops->deleteFile(run->vm, run->credentials, path), this,
                [remaining, end] {
                    if (--*remaining == 0) {
                        end();
                    }
                },
                [remaining, end](const VimError&) {
                    if (--*remaining == 0) {
                        end();
                    }
                });
        }
    };
    const auto fail = [run, finish](const VimError& error) {
        if (!run->failure) {
            run->failure = error;
        }
        (*finish)();
    };
    const auto fetch
        = [this, ops, run, network, fail](const QString& path, QByteArray* into, const std::function<void()>& next) {
              if (!ops) {
                  fail(VimError::cancelled());
                  return;
              }
              whenDone<VimError>(
                  ops->initiateDownload(run->vm, run->credentials, path), this,
                  [this, ops, run, network, into, next, fail, path](const GuestDownloadSource& source) {
                      if (!ops) {
                          fail(VimError::cancelled());
                          return;
                      }
                      whenDone<VimError>(
                          ops->transferThumbprint(run->vm, source.url), this,
                          [network, into, next, fail, path, source](const QByteArray& sha1) {
                              downloadOutput(network, source.url, sha1, into, next, [fail, path](const QString& why) {
                                  fail(VimError(VimError::Kind::Network,
                                      tr("The output %1 could not be downloaded: %2").arg(path, why)));
                              });
                          },
                          fail);
                  },
                  fail);
          };
    auto poll = std::make_shared<std::function<void(std::chrono::milliseconds)>>();
    *poll = [this, ops, run, fail, fetch, finish, weakPoll = std::weak_ptr(poll)](std::chrono::milliseconds delay) {
        if (!ops) {
            fail(VimError::cancelled());
            return;
        }
        whenDone<VimError>(
            ops->listProcesses(run->vm, run->credentials, { run->result.pid }), this,
            [this, ops, run, fail, fetch, finish, weakPoll, delay](const QList<GuestProcessInfo>& processes) {
                if (processes.isEmpty()) {
                    fail(VimError(
                        VimError::Kind::Fault, tr("The guest lost track of process %1.").arg(run->result.pid)));
                    return;
                }
                if (processes.first().hasEnded()) {
                    run->result.exitCode = processes.first().exitCode.value_or(-1);
                    fetch(run->outputPath, &run->result.output, [fetch, run, finish] {
                        fetch(run->errorsPath, &run->result.errors, [finish] { (*finish)(); });
                    });
                    return;
                }
                if (std::chrono::steady_clock::now() + delay > run->deadline && ops) {
                    ops->terminateProcess(run->vm, run->credentials, run->result.pid);
                    fail(VimError(VimError::Kind::Fault,
                        tr("The command did not end in time; process %1 was terminated.").arg(run->result.pid)));
                    return;
                }
                QTimer::singleShot(delay, this, [weakPoll, delay] {
                    if (const auto again = weakPoll.lock()) {
                        (*again)(std::min<std::chrono::milliseconds>(delay * 2, 2s));
                    }
                });
            },
            fail);
    };
    // The chain keeps its poller alive until the run ends.
    whenDone(future, this, [poll](const GuestCommandResult&) {});
    const auto start = [this, ops, run, fail, poll] {
        if (!ops) {
            fail(VimError::cancelled());
            return;
        }
        GuestProgramSpec spec;
        spec.workingDirectory = run->workingDirectory;
        if (run->windows) {
            spec.program = u"C:\\Windows\\System32\\cmd.exe"_s;
            spec.arguments = u"/c %1 < NUL > \"%2\" 2> \"%3\""_s.arg(
                windowsCommandLine(run->argv), run->outputPath, run->errorsPath);
        } else {
            QStringList quoted;
            for (const QString& argument : run->argv) {
                quoted.append(shellQuoted(argument));
            }
            spec.program = u"/bin/sh"_s;
            spec.arguments = u"-c %1 < /dev/null > %2 2> %3"_s.arg(
                shellQuoted(quoted.join(u' ')), shellQuoted(run->outputPath), shellQuoted(run->errorsPath));
        }
        whenDone<VimError>(
            ops->startProgram(run->vm, run->credentials, spec), this,
            [run, poll](qint64 pid) {
                run->result.pid = pid;
                (*poll)(250ms);
            },
            fail);
    };
    whenDone<VimError>(
        ops->guestFamily(vm), this,
        [this, ops, run, fail, start](const QString& family) {
            run->windows = family == u"windowsGuest"_s;
            if (!ops) {
                fail(VimError::cancelled());
                return;
            }
            whenDone<VimError>(
                ops->createTemporaryFile(run->vm, run->credentials, u"vmdesk-"_s, u".out"_s), this,
                [this, ops, run, fail, start](const QString& outputPath) {
                    run->outputPath = outputPath;
                    if (!ops) {
                        fail(VimError::cancelled());
                        return;
                    }
                    whenDone<VimError>(
                        ops->createTemporaryFile(run->vm, run->credentials, u"vmdesk-"_s, u".err"_s), this,
                        [run, start](const QString& errorsPath) {
                            run->errorsPath = errorsPath;
                            start();
                        },
                        fail);
                },
                fail);
        },
        fail);
    return future;
}
