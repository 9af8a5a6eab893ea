// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "export/nfclease.h"

// Sends one file to an import lease's device URL with HTTP PUT through libcurl on a thread of its
// own: the file is read there, never whole in memory, and at curl's own speed. (QNetworkAccessManager
// hands an upload between threads 16 KiB at a time, a quarter of curl's rate on bench/deploy_upload.)
// The lease's SHA-1 thumbprint is trusted, as the export's downloads trust it; the session cookie
// goes along.
class DiskUpload : public QObject
{
    Q_OBJECT
public:
    // `network` lends its cookie jar (the session's).
    DiskUpload(
        QNetworkAccessManager* network, const LeaseDevice& device, const QString& path, QObject* parent = nullptr);
    ~DiskUpload() override;

    void start();
    // Ends the transfer; no signal follows.
    void stop();

    const LeaseDevice& device() const { return m_device; }
    QString path() const { return m_path; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }

    struct Transfer; // shared with the thread that sends

Q_SIGNALS:
    void progress();
    void finished();
    void failed(const QString& message);

private:
    void poll();

    QPointer<QNetworkAccessManager> m_network;
    LeaseDevice m_device;
    QString m_path;
    std::shared_ptr<Transfer> m_transfer;
    QTimer m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
