// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include "export/nfclease.h"

class QNetworkReply;

// Sends one file to an import lease's device URL with HTTP PUT, streamed from disk by
// QNetworkAccessManager (never the whole file in memory). The lease's SHA-1 thumbprint is trusted,
// like the export's downloads.
class DiskUpload : public QObject
{
    Q_OBJECT
public:
    DiskUpload(QNetworkAccessManager* network, const LeaseDevice& device, const QString& path, QObject* parent = nullptr);
    ~DiskUpload() override;

    void start();
    void stop();

    const LeaseDevice& device() const { return m_device; }
    QString path() const { return m_path; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }

Q_SIGNALS:
    void progress();
    void finished();
    void failed(const QString& message);

private:
    QPointer<QNetworkAccessManager> m_network;
    LeaseDevice m_device;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
