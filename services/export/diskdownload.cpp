// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskdownload.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 chunkSize = 1024 * 1024;
} // namespace

DiskDownload::DiskDownload(
    QNetworkAccessManager* network, const LeaseDevice& device, const QString& path, Retry retry, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_device(device)
    , m_path(path)
    , m_retry(retry)
{
    m_total = device.fileSize;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DiskDownload::request);
    connect(&m_writer, &DiskWriter::drained, this, &DiskDownload::readMore);
    connect(&m_writer, &DiskWriter::failed, this, [this](const QString& message) {
        stop();
        Q_EMIT failed(message, false);
    });
}

DiskDownload::~DiskDownload()
{
    stop();
}

void DiskDownload::start()
{
    m_stopped = false;
    m_attempts = 0;
    request();
}

void DiskDownload::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void DiskDownload::request()
{
    if (m_stopped) {
        return;
    }
    ++m_attempts;
    m_headersChecked = false;
    // Whatever an earlier attempt (or run) left in the .part is kept and asked for from there on.
    m_requestedFrom = QFileInfo(partPath()).size();
    if (m_total > 0 && m_requestedFrom > m_total) {
        m_requestedFrom = 0; // longer than the file can be: not ours to trust
    }
    m_writer.open(partPath(), m_requestedFrom);
    m_done = m_requestedFrom;
    m_resumed = m_requestedFrom;

    QNetworkRequest request(m_device.url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_requestedFrom > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_requestedFrom) + '-');
        Q_EMIT logLine(tr("%1: resuming at byte %2").arg(m_device.targetId).arg(m_requestedFrom));
    }
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(4 * chunkSize); // TCP backpressure instead of an unbounded buffer
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DiskDownload::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &DiskDownload::readMore);
    connect(m_reply, &QNetworkReply::finished, this, &DiskDownload::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // The lease names the host certificate by its SHA-1 thumbprint: trust exactly that one.
        const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
        if (!m_device.sslThumbprint.isEmpty() && peer.digest(QCryptographicHash::Sha1) == m_device.sslThumbprint) {
            m_reply->ignoreSslErrors(errors);
        }
    });
}

void DiskDownload::onHeaders()
{
    if (m_headersChecked || !m_reply) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        return;
    }
    m_headersChecked = true;
    if (status == 206) {
        static const QRegularExpression range(u"^bytes (\\d+)-(\\d+)/(\\d+)$"_s);
        const QRegularExpressionMatch match = range.match(QString::fromLatin1(m_reply->rawHeader("Content-Range")));
        if (!match.hasMatch() || match.captured(1).toLongLong() != m_requestedFrom) {
            // Appending bytes from the wrong place would corrupt the disk silently: start over.
            QNetworkReply* reply = m_reply;
            m_reply.clear();
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_writer.open(partPath(), 0);
            retryOrFail(tr("%1: the server answered the resume with a wrong range").arg(m_device.targetId), true);
            return;
        }
        m_total = match.captured(3).toLongLong();
    } else if (status == 200) {
        if (m_requestedFrom > 0) {
            Q_EMIT logLine(tr("%1: the server ignored the resume; starting the file over").arg(m_device.targetId));
            m_writer.open(partPath(), 0);
            m_done = 0;
            m_resumed = 0;
            m_requestedFrom = 0;
        }
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0) {
            m_total = length;
        }
    } else if (status == 416 && m_total > 0 && m_requestedFrom == m_total) {
        return; // nothing left to fetch: onReplyFinished verifies what is there
    }
}

void DiskDownload::readMore()
{
    if (!m_reply || !m_headersChecked) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206) {
        return;
    }
    while (m_writer.bytesInFlight() < DiskWriter::readThreshold && m_reply && m_reply->bytesAvailable() > 0) {
        const QByteArray chunk = m_reply->read(chunkSize);
        m_done += chunk.size();
        m_writer.write(chunk);
    }
    Q_EMIT progress();
}

void DiskDownload::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError || reply->error() == QNetworkReply::OperationCanceledError) {
        onHeaders();
    }
    // Take what is still buffered before deciding anything.
    while (reply->bytesAvailable() > 0 && (status == 200 || status == 206)) {
        const QByteArray chunk = reply->read(chunkSize);
        m_done += chunk.size();
        m_writer.write(chunk);
    }
    m_reply.clear();
    reply->deleteLater();
    if (m_stopped) {
        return;
    }
    if (status == 416 && m_total > 0 && m_requestedFrom == m_total) {
        finish();
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // 4xx will not get better by asking again (a lease that timed out answers 403); the rest might.
        const bool transient = status < 400 || status >= 500;
        retryOrFail(tr("%1: %2").arg(m_device.targetId, reply->errorString()), transient);
        return;
    }
    if (m_total > 0 && m_done != m_total) {
        retryOrFail(tr("%1: got %2 of %3 bytes").arg(m_device.targetId).arg(m_done).arg(m_total), true);
        return;
    }
    finish();
}

void DiskDownload::retryOrFail(const QString& message, bool transient)
{
    // Close the .part once every queued write has landed: the next attempt resumes from its size.
    m_writer.finish([this, message, transient](const QByteArray&, const QString&) {
        if (m_stopped) {
            return;
        }
        if (!transient || m_attempts >= m_retry.maxAttempts) {
            Q_EMIT failed(message, transient);
            return;
        }
        // Exponential backoff with jitter, so jobs that failed together do not retry together.
        const int ceiling = qMin(m_retry.maxDelayMs, m_retry.initialDelayMs << qMin(m_attempts - 1, 16));
        const int delay = ceiling / 2 + static_cast<int>(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
        Q_EMIT logLine(tr("%1; retrying in %2 ms (attempt %3 of %4)")
                           .arg(message)
                           .arg(delay)
                           .arg(m_attempts + 1)
                           .arg(m_retry.maxAttempts));
        m_retryTimer.start(delay);
    });
}

void DiskDownload::finish()
{
    m_writer.finish([this](const QByteArray& sha, const QString& error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(error, false);
            return;
        }
        const qint64 size = QFileInfo(partPath()).size();
        if (m_total > 0 && size != m_total) {
            QFile::remove(partPath());
            Q_EMIT failed(tr("%1 has %2 bytes, the server announced %3").arg(partPath()).arg(size).arg(m_total), true);
            return;
        }
        QFile::remove(m_path);
        if (!QFile::rename(partPath(), m_path)) {
            Q_EMIT failed(tr("cannot rename %1").arg(partPath()), false);
            return;
        }
        m_sha256 = sha;
        Q_EMIT logLine(tr("%1: %2 bytes, SHA-256 %3").arg(m_device.targetId).arg(size).arg(QString::fromLatin1(sha)));
        Q_EMIT finished();
    });
}
