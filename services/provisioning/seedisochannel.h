// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFuture>
#include <QObject>
#include <QPointer>

#include "datastorefiles.h"
#include "vmlocation.h"

class VmActions;

// A NoCloud seed ISO on the VM's CD-ROM: uploaded beside the VM ("[ds] <vm dir>/<vm>-cidata.iso"),
// the CD-ROM pointed at it through ReconfigVM_Task (one is added on a free IDE slot when the VM has
// none), and the backing read back to confirm. Detach empties the drive and deletes the file.
class SeedIsoChannel : public QObject
{
    Q_OBJECT
public:
    struct Attachment
    {
        DatastorePath iso;
        int deviceKey = 0;
        bool connected = false;
    };

    SeedIsoChannel(VSphereSession* session, VmActions* actions, QObject* parent = nullptr);

    // `datastore` empty: the VM's own.
    QFuture<Attachment> attach(const ManagedObjectRef& vm, const QByteArray& image, const QString& datastore = {});
    QFuture<void> detach(const ManagedObjectRef& vm);
    // The CD-ROM holding a seed ISO of ours, if any.
    QFuture<std::optional<Attachment>> current(const ManagedObjectRef& vm);

    static inline const QString fileSuffix = QStringLiteral("-cidata.iso");
    static std::optional<Attachment> attachmentIn(const VmLocation& location);

private:
    void pointCdrom(const VmLocation& location, const DatastorePath& iso,
        const std::shared_ptr<class QPromise<Attachment>>& promise);

    QPointer<VSphereSession> m_session;
    QPointer<VmActions> m_actions;
    DatastoreFiles m_files;
};
