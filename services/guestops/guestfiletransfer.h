// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "vsphere/guestoperations.h"

class DiskDownload;
class DiskUpload;
class QNetworkAccessManager;

// One file to or from a guest: InitiateFileTransferToGuest and an HTTP PUT streamed from disk (the
// upload engine the deploy uses), or InitiateFileTransferFromGuest and a GET streamed into
// <local>.part, renamed when every byte is there. Never the whole file in memory.
class GuestFileTransfer : public QObject
{
    Q_OBJECT
public:
    enum class Direction { Upload, Download };

    GuestFileTransfer(GuestOperations* operations, const ManagedObjectRef& vm, const GuestCredentials& credentials,
        Direction direction, const QString& localPath, const QString& guestPath, bool overwrite,
        QObject* parent = nullptr);
    ~GuestFileTransfer() override;

    void start();
    // Ends the transfer; a download's .part is removed. No signal follows. A download refuses to
    // replace an existing local file unless `overwrite` was given.
    void stop();

    Direction direction() const { return m_direction; }
    QString localPath() const { return m_localPath; }
    QString guestPath() const { return m_guestPath; }
    qint64 bytesDone() const;
    qint64 bytesTotal() const { return m_total; }

Q_SIGNALS:
    void progress();
    void finished();
    void failed(const QString& message);

private:
    // Calls `then` with the thumbprint to trust for `url`.
    void trusted(const QUrl& url, const std::function<void(const QByteArray&)>& then);
    void upload(const QUrl& url, const QByteArray& sha1);
    void download(const GuestDownloadSource& source, const QByteArray& sha1);
    void fail(const QString& message);

    QPointer<GuestOperations> m_operations;
    ManagedObjectRef m_vm;
    GuestCredentials m_credentials;
    Direction m_direction;
    QString m_localPath;
    QString m_guestPath;
    bool m_overwrite;
    QNetworkAccessManager* m_network;
    DiskUpload* m_upload = nullptr;
    DiskDownload* m_download = nullptr;
    qint64 m_total = 0;
    bool m_stopped = false;
};
