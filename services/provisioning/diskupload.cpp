// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskupload.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include "core/logging.h"

using namespace Qt::StringLiterals;

DiskUpload::DiskUpload(QNetworkAccessManager* network, const LeaseDevice& device, const QString& path, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_device(device)
    , m_path(path)
{
    m_total = QFileInfo(path).size();
}

DiskUpload::~DiskUpload()
{
    stop();
}

void DiskUpload::stop()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void DiskUpload::start()
{
    // The reply reads the file until it is destroyed, which may be after this object: it owns the file.
    auto* file = new QFile(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        Q_EMIT failed(tr("Cannot read %1: %2").arg(m_path, file->errorString()));
        delete file;
        return;
    }
    m_total = file->size();
    QNetworkRequest request(m_device.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-vnd.vmware-streamVmdk"_s);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_total);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qCInfo(lcExport).noquote() << "uploading" << m_path << m_total << "bytes to" << m_device.url.toString();
    m_reply = m_network->put(request, file);
    file->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        m_done = sent;
        Q_EMIT progress();
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        if (!m_device.sslThumbprint.isEmpty() && peer.digest(QCryptographicHash::Sha1) == m_device.sslThumbprint) {
            m_reply->ignoreSslErrors(errors);
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        QNetworkReply* reply = m_reply;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 300) {
            const QString why = status >= 300 ? tr("HTTP %1 %2")
                                                    .arg(status)
                                                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                                            .toString())
                                              : reply->errorString();
            Q_EMIT failed(tr("Uploading %1 failed: %2").arg(m_device.importKey, why));
            return;
        }
        m_done = m_total;
        Q_EMIT finished();
    });
}
