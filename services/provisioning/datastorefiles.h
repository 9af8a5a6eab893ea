// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include "vsphere/managedobjectref.h"

class VSphereSession;

// A datastore path, "[datastore1] dir/file.iso", in parts.
struct DatastorePath
{
    QString datastore;
    QString path; // relative to the datastore's root, "/"-separated

    QString toString() const;
    QString directory() const;
    static DatastorePath parse(const QString& text); // empty datastore when `text` is not one
};

// Files on a datastore through vCenter's HTTP file service (/folder/<path>?dcPath=&dsName=, with the
// session cookie, as govc datastore.upload does) and FileManager for deletes. Transfers stream;
// futures fail with VimError.
class DatastoreFiles : public QObject
{
    Q_OBJECT
public:
    explicit DatastoreFiles(VSphereSession* session, QObject* parent = nullptr);

    // `datacenter` is its inventory path ("DC0", "Folder/DC1").
    QFuture<void> upload(const QString& datacenter, const DatastorePath& target, const QByteArray& bytes);
    QFuture<QByteArray> download(const QString& datacenter, const DatastorePath& source);
    // FileManager.DeleteDatastoreFile_Task; a file that is already gone counts as deleted.
    QFuture<void> remove(const ManagedObjectRef& datacenter, const DatastorePath& file);

    QUrl url(const QString& datacenter, const DatastorePath& file) const;

private:
    QNetworkAccessManager* network();

    QPointer<VSphereSession> m_session;
    QNetworkAccessManager m_network;
    QPointer<class VimClient> m_sharedWith;
};
