// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// One job of the transfer queue: an export (ExportJob) or a deploy or clone (DeployJob). The queue
// only starts and stops it, and reads its progress.
class TransferJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops everything; an export keeps its .part files for a resume (or deletes them), a deploy
    // aborts its lease and removes the half-made VM.
    virtual void stop(bool keepPartialFiles) = 0;

    virtual QString phaseText() const = 0;
    virtual qint64 bytesDone() const = 0;
    virtual qint64 bytesTotal() const = 0;
    virtual qint64 bytesResumed() const { return 0; }
    virtual double bytesPerSecond() const = 0;
    virtual int etaSeconds() const = 0;
    // What the finished job leaves for the admin: the new VM's address, say; empty otherwise.
    virtual QString result() const { return {}; }

Q_SIGNALS:
    void changed();
    void logLine(const QString& line);
    void succeeded();
    void failed(const QString& message, bool transient);
};
