// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferjobactions.h"

#include <QFileInfo>

#include "export/exportqueue.h"

QList<quint64> TransferJobActions::retryableWithGuestShutdown(const ExportQueue& queue, const QList<quint64>& ids)
{
    QList<quint64> retryable;
    for (const quint64 id : ids) {
        const ExportJobRecord* job = queue.job(id);
        if (job && job->kind != ExportJobRecord::Kind::GuestTransfer) {
            retryable.append(id);
        }
    }
    return retryable;
}

QString TransferJobActions::folderToOpen(const ExportQueue& queue, const QList<quint64>& ids)
{
    const ExportJobRecord* job = ids.isEmpty() ? nullptr : queue.job(ids.first());
    if (!job) {
        return {};
    }
    if (job->kind != ExportJobRecord::Kind::GuestTransfer) {
        return job->spec.outputDir;
    }
    return job->guest.upload ? QString() : QFileInfo(job->guest.localPath).absolutePath();
}

bool TransferJobActions::confirmPause(const ExportQueue& queue, const QList<quint64>& ids, const Confirmer& confirm)
{
    QStringList names;
    for (const quint64 id : ids) {
        const ExportJobRecord* job = queue.job(id);
        if (job && job->kind == ExportJobRecord::Kind::GuestTransfer && job->isActive()) {
            const GuestTransferSpec& guest = job->guest;
            names.append(
                tr("%1 in %2")
                    .arg(QFileInfo(guest.upload ? guest.localPath : guest.guestPath).fileName(), guest.vmName));
        }
    }
    return names.isEmpty()
        || confirm(tr("Pause the Transfer of"), names,
            tr("A file transfer to or from a guest cannot continue where it stopped: what it has transferred is not "
               "kept, and it starts over from the beginning when resumed."));
}
