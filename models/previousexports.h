// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "export/exportspec.h"

// Earlier exports that a new export of the same VM into the same folder replaces.
//
// "Overwrite" moves the earlier <folder>/<VM>/ and <folder>/<VM>.ova aside, into
// <folder>/<VM>.previous-<time>/, before the new job is queued, and deletes them only once the new
// export has completed. Why not delete first: the new export can still fail (the VM is powered on
// again, the lease breaks, the disk fills), and the admin would then have neither. Why not write
// over the old files: the disk downloads refuse to rename a finished .part onto an existing file,
// and a half-written folder would pair the old descriptor with new disks. A rename in the same
// folder is instant; the disk needs room for both copies until the new one is done.
class PreviousExports
{
public:
    // Whether the export would meet files of an earlier one: a non-empty <VM>/ folder or a <VM>.ova.
    static bool exists(const ExportSpec& spec);
    // Moves them aside; returns the folder they are now in, or empty with `error` set.
    static QString moveAside(const ExportSpec& spec, QString* error);

    // Remembers what job `jobId` replaces.
    void track(quint64 jobId, const QString& asidePath);
    QString asidePath(quint64 jobId) const { return m_aside.value(jobId); }
    // The job ended. Completed: the previous export is deleted and an empty string returned.
    // Otherwise it is kept, and its folder returned so that the admin can be told where it is.
    QString settle(quint64 jobId, bool completed);
    // The job left the queue unfinished: its previous export stays where it is, for good.
    void forget(quint64 jobId) { m_aside.remove(jobId); }

private:
    QHash<quint64, QString> m_aside;
};
