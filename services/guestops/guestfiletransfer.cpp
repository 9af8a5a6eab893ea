// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestfiletransfer.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include "core/whendone.h"
#include "export/diskdownload.h"
#include "provisioning/diskupload.h"
#include "vsphere/vimerror.h"

GuestFileTransfer::GuestFileTransfer(GuestOperations* operations, const ManagedObjectRef& vm,
    const GuestCredentials& credentials, Direction direction, const QString& localPath, const QString& guestPath,
    bool overwrite, QObject* parent)
    : QObject(parent)
    , m_operations(operations)
    , m_vm(vm)
    , m_credentials(credentials)
    , m_direction(direction)
    , m_localPath(localPath)
    , m_guestPath(guestPath)
    , m_overwrite(overwrite)
    , m_network(new QNetworkAccessManager(this))
{ }

GuestFileTransfer::~GuestFileTransfer()
{
    stop();
}

qint64 GuestFileTransfer::bytesDone() const
{
    if (m_upload) {
        return m_upload->bytesDone();
    }
    return m_download ? m_download->bytesDone() : 0;
}

void GuestFileTransfer::start()
{
    if (!m_operations) {
        fail(tr("Not connected to a vCenter."));
        return;
    }
    if (m_direction == Direction::Upload) {
        const QFileInfo local(m_localPath);
        if (!local.isFile() || !local.isReadable()) {
            fail(tr("%1 is not a readable file.").arg(m_localPath));
            return;
        }
        m_total = local.size();
        whenDone<VimError>(
            m_operations->initiateUpload(m_vm, m_credentials, m_guestPath, m_total, m_overwrite), this,
            [this](const QUrl& url) { trusted(url, [this, url](const QByteArray& sha1) { upload(url, sha1); }); },
            [this](const VimError& error) { fail(error.message()); });
    } else {
        if (!m_overwrite && QFileInfo::exists(m_localPath)) {
            fail(tr("%1 exists already.").arg(m_localPath));
            return;
        }
        whenDone<VimError>(
            m_operations->initiateDownload(m_vm, m_credentials, m_guestPath), this,
            [this](const GuestDownloadSource& source) {
                trusted(source.url, [this, source](const QByteArray& sha1) { download(source, sha1); });
            },
            [this](const VimError& error) { fail(error.message()); });
    }
}

void GuestFileTransfer::trusted(const QUrl& url, const std::function<void(const QByteArray&)>& then)
{
    if (!m_operations || m_stopped) {
        return;
    }
    whenDone<VimError>(m_operations->transferThumbprint(m_vm, url), this, then,
        [this](const VimError& error) { fail(error.message()); });
}

void GuestFileTransfer::upload(const QUrl& url, const QByteArray& sha1)
{
    if (m_stopped) {
        return;
    }
    LeaseDevice device;
    device.targetId = QFileInfo(m_guestPath).fileName();
    device.importKey = m_guestPath; // what the upload's messages name
    device.url = url;
    device.fileSize = m_total;
    device.sslThumbprint = sha1;
    m_upload = new DiskUpload(m_network, device, m_localPath, this);
    connect(m_upload, &DiskUpload::progress, this, &GuestFileTransfer::progress);
    connect(m_upload, &DiskUpload::finished, this, &GuestFileTransfer::finished);
    connect(m_upload, &DiskUpload::failed, this, &GuestFileTransfer::fail);
    m_upload->start();
}

void GuestFileTransfer::download(const GuestDownloadSource& source, const QByteArray& sha1)
{
    if (m_stopped) {
        return;
    }
    m_total = source.size;
    LeaseDevice device;
    device.targetId = QFileInfo(m_guestPath).fileName();
    device.url = source.url;
    device.fileSize = source.size;
    device.sslThumbprint = sha1;
    // A transfer URL is good for one GET: a retry would fail, so there is none.
    m_download = new DiskDownload(m_network, device, m_localPath, DiskDownload::Retry { 1, 0, 0 }, this);
    connect(m_download, &DiskDownload::progress, this, &GuestFileTransfer::progress);
    connect(m_download, &DiskDownload::finished, this, &GuestFileTransfer::finished);
    connect(m_download, &DiskDownload::failed, this, [this](const QString& message, bool) { fail(message); });
    QFile::remove(m_download->partPath()); // an old .part is not this file's beginning
    m_download->start();
}

void GuestFileTransfer::fail(const QString& message)
{
    if (m_download) {
        m_download->stop();
        QFile::remove(m_download->partPath());
    }
    Q_EMIT failed(message);
}

void GuestFileTransfer::stop()
{
    m_stopped = true;
    if (m_upload) {
        m_upload->stop();
    }
    if (m_download) {
        m_download->stop();
        QFile::remove(m_download->partPath());
    }
}
