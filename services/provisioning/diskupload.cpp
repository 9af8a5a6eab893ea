// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskupload.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QThread>

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int progressIntervalMs = 250;
constexpr long uploadBufferBytes = 2 * 1024 * 1024; // libcurl's largest
} // namespace

struct DiskUpload::Transfer
{
    // Set before the thread starts, read only there.
    QByteArray url;
    QByteArray cookie;
    QByteArray path;
    QByteArray thumbprint; // SHA-1 of the host certificate; empty: verify as usual
    curl_off_t size = 0;
    // Shared while it runs.
    std::atomic<qint64> sent { 0 };
    std::atomic<bool> cancelled { false };
    std::atomic<bool> done { false };
    // Written by the thread before `done`.
    long status = 0;
    QString error;
};

namespace {
int onProgress(void* data, curl_off_t, curl_off_t, curl_off_t, curl_off_t uploaded)
{
    auto* transfer = static_cast<DiskUpload::Transfer*>(data);
    transfer->sent.store(uploaded, std::memory_order_relaxed);
    return transfer->cancelled.load(std::memory_order_relaxed) ? 1 : 0; // non-zero aborts the transfer
}

// The lease names the one certificate to trust by its SHA-1 digest; nothing else is checked then.
int verifyThumbprint(X509_STORE_CTX* store, void* data)
{
    const auto* transfer = static_cast<const DiskUpload::Transfer*>(data);
    X509* leaf = X509_STORE_CTX_get0_cert(store);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    return leaf && X509_digest(leaf, EVP_sha1(), digest, &length) == 1
        && QByteArray(reinterpret_cast<const char*>(digest), int(length)) == transfer->thumbprint;
}

CURLcode pinContext(CURL*, void* context, void* data)
{
    SSL_CTX_set_cert_verify_callback(static_cast<SSL_CTX*>(context), verifyThumbprint, data);
    return CURLE_OK;
}

void send(DiskUpload::Transfer& transfer)
{
    std::FILE* file = std::fopen(transfer.path.constData(), "rb");
    if (!file) {
        transfer.error = QCoreApplication::translate("DiskUpload", "Cannot read %1: %2")
                             .arg(QString::fromLocal8Bit(transfer.path), QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    CURL* curl = curl_easy_init();
    char message[CURL_ERROR_SIZE] = {};
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/x-vnd.vmware-streamVmdk");
    headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
    curl_easy_setopt(curl, CURLOPT_URL, transfer.url.constData());
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READDATA, file);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, transfer.size);
    curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, uploadBufferBytes);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_NOPROXY, "*"); // as the session's own connections: no proxy
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, message);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    // A stalled host ends the upload instead of hanging it: under 1 KiB/s for two minutes.
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1024L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, 120L);
    if (!transfer.cookie.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_COOKIE, transfer.cookie.constData());
    }
    if (!transfer.thumbprint.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L); // the thumbprint names the host's certificate
        curl_easy_setopt(curl, CURLOPT_SSL_CTX_FUNCTION, pinContext);
        curl_easy_setopt(curl, CURLOPT_SSL_CTX_DATA, &transfer);
    }
    const CURLcode result = curl_easy_perform(curl);
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &transfer.status);
    if (result != CURLE_OK && result != CURLE_ABORTED_BY_CALLBACK) {
        transfer.error = QString::fromUtf8(message[0] ? message : curl_easy_strerror(result));
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    std::fclose(file);
}
} // namespace

DiskUpload::DiskUpload(QNetworkAccessManager* network, const LeaseDevice& device, const QString& path, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_device(device)
    , m_path(path)
{
    m_total = QFileInfo(path).size();
    connect(&m_progress, &QTimer::timeout, this, &DiskUpload::poll);
}

DiskUpload::~DiskUpload()
{
    stop();
}

void DiskUpload::stop()
{
    m_progress.stop();
    if (m_transfer) {
        m_transfer->cancelled = true; // the thread ends at curl's next progress call
        m_transfer.reset();
    }
}

void DiskUpload::start()
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!initialised) {
        Q_EMIT failed(tr("The HTTP library (libcurl) could not start."));
        return;
    }
    m_total = QFileInfo(m_path).size();
    auto transfer = std::make_shared<Transfer>();
    transfer->url = m_device.url.toEncoded();
    transfer->path = QFile::encodeName(m_path);
    transfer->thumbprint = m_device.sslThumbprint;
    transfer->size = m_total;
    if (m_network && m_network->cookieJar()) {
        QStringList pairs;
        for (const QNetworkCookie& cookie : m_network->cookieJar()->cookiesForUrl(m_device.url)) {
            pairs.append(QString::fromLatin1(cookie.name() + '=' + cookie.value()));
        }
        transfer->cookie = pairs.join(u"; "_s).toLatin1();
    }
    m_transfer = transfer;
    // Without the query: a guest transfer's query is its one-time token.
    qCInfo(lcExport).noquote() << "uploading" << m_path << m_total << "bytes to"
                               << m_device.url.toString(QUrl::RemoveQuery);
    QThread* thread = QThread::create([transfer] {
        send(*transfer);
        transfer->done = true;
    });
    thread->setObjectName(u"disk-upload"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, &DiskUpload::poll);
    thread->start();
    m_progress.start(progressIntervalMs);
}

void DiskUpload::poll()
{
    if (!m_transfer) {
        return;
    }
    m_done = m_transfer->sent.load(std::memory_order_relaxed);
    if (!m_transfer->done) {
        Q_EMIT progress();
        return;
    }
    const std::shared_ptr<Transfer> transfer = std::move(m_transfer);
    m_progress.stop();
    if (!transfer->error.isEmpty() || transfer->status >= 300 || transfer->status == 0) {
        const QString why = transfer->error.isEmpty() ? tr("HTTP %1").arg(transfer->status) : transfer->error;
        Q_EMIT failed(tr("Uploading %1 failed: %2").arg(m_device.importKey, why));
        return;
    }
    m_done = m_total;
    Q_EMIT progress();
    Q_EMIT finished();
}
