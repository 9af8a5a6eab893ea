// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "diskwriter.h"
#include "nfclease.h"

class QNetworkReply;

// Downloads one lease file into <file>.part, streaming (never the whole file in memory), hashing
// on the writer thread, resuming an existing .part with HTTP Range (only a 206 with the matching
// Content-Range is appended; a 200 starts the file over), retrying transient failures with
// exponential backoff and jitter. Renames the .part when its size is verified.
class DiskDownload : public QObject
{
    Q_OBJECT
public:
    struct Retry
    {
        int maxAttempts = 5;
        int initialDelayMs = 500;
        int maxDelayMs = 30000;
    };

    DiskDownload(QNetworkAccessManager* network, const LeaseDevice& device, const QString& path, Retry retry,
        QObject* parent = nullptr);
    ~DiskDownload() override;

    void start();
    void stop(); // leaves the .part as it is, for a later resume

    const LeaseDevice& device() const { return m_device; }
    QString path() const { return m_path; }
    QString partPath() const { return m_path + QStringLiteral(".part"); }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    qint64 bytesResumed() const { return m_resumed; } // taken from an existing .part instead of the network
    QByteArray sha256() const { return m_sha256; }

Q_SIGNALS:
    void progress();
    void finished();
    void failed(const QString& message, bool transient);
    void logLine(const QString& line);

private:
    void request();
    void onHeaders();
    void readMore();
    void onReplyFinished();
    void retryOrFail(const QString& message, bool transient);
    void finish();

    QPointer<QNetworkAccessManager> m_network;
    LeaseDevice m_device;
    QString m_path;
    Retry m_retry;
    DiskWriter m_writer;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_resumed = 0;
    qint64 m_requestedFrom = 0;
    int m_attempts = 0;
    bool m_headersChecked = false;
    bool m_stopped = false;
    QByteArray m_sha256;
};
