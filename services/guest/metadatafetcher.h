// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QIODevice;

// The guest's side of the serial metadata protocol: asks for meta-data, user-data and network
// config on a serial port (or any QIODevice), skipping console noise and stray CRs, and writes a
// cloud-init NoCloud seed directory.
class MetadataFetcher : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        QByteArray metaData;
        QByteArray userData;
        QByteArray networkConfig;
    };

    MetadataFetcher(QIODevice* device, int timeoutMs, QObject* parent = nullptr);

    void start();
    // Writes meta-data, user-data and network-config atomically; returns an error message or nothing.
    static QString writeNoCloudSeed(const QString& directory, const Result& result);

Q_SIGNALS:
    void finished(const MetadataFetcher::Result& result);
    void failed(const QString& message);

private:
    void sendCurrentRequest();
    void readDevice();
    void handleLine(QByteArray line);
    void fail(const QString& message);

    QPointer<QIODevice> m_device;
    int m_timeoutMs;
    QTimer m_timer;
    QByteArray m_buffer;
    int m_step = 0;
    Result m_result;
    bool m_done = false;
};
Q_DECLARE_METATYPE(MetadataFetcher::Result)
