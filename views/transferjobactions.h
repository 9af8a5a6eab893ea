// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class ExportQueue;

// Which of the Transfers page's job actions fit which jobs. One queue runs exports, deploys and
// guest file transfers, but a guest transfer has no powered-on VM to wait for, may have no local
// folder (an upload's file is in the guest), and cannot continue where it stopped.
class TransferJobActions
{
    Q_DECLARE_TR_FUNCTIONS(TransferJobActions)
public:
    // Of `ids`, the jobs that "Shut Down Guest && Retry" fits: a guest transfer needs its guest
    // running, so shutting it down would only make the retry fail.
    static QList<quint64> retryableWithGuestShutdown(const ExportQueue& queue, const QList<quint64>& ids);
    // The local folder "Open Folder" shows for the first of `ids`: an export's folder, the folder a
    // download goes to; empty when there is none (an upload).
    static QString folderToOpen(const ExportQueue& queue, const QList<quint64>& ids);
    // Whether pausing `ids` may go ahead: an export keeps its .part files while paused, but a guest
    // transfer starts over when resumed, so running or queued ones are named and asked about first.
    using Confirmer = std::function<bool(const QString& action, const QStringList& names, const QString& consequence)>;
    static bool confirmPause(const ExportQueue& queue, const QList<quint64>& ids, const Confirmer& confirm);
};
