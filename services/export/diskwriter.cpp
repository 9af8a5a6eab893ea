// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskwriter.h"

#include <QMetaObject>

#include "core/atomicwrite.h"

DiskWriter::DiskWriter()
{
    m_thread.setObjectName(QStringLiteral("disk writer"));
    m_worker.moveToThread(&m_thread);
    m_thread.start();
}

DiskWriter::~DiskWriter()
{
    QMetaObject::invokeMethod(
        &m_worker, [this] { m_file.close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DiskWriter::fail(const QString& message)
{
    m_failed = true;
    m_file.close();
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
}

void DiskWriter::open(const QString& path, qint64 keep)
{
    QMetaObject::invokeMethod(&m_worker, [this, path, keep] {
        m_failed = false;
        m_hash.reset();
        m_file.close();
        m_file.setFileName(path);
        // Unbuffered: a refused write (a full disk) shows in write() with the system's reason.
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Unbuffered)) {
            fail(tr("cannot open %1: %2").arg(path, m_file.errorString()));
            return;
        }
        // A resumed file is hashed once more from the start: its bytes are on disk, not in memory.
        qint64 hashed = 0;
        QByteArray buffer;
        while (hashed < keep) {
            buffer = m_file.read(qMin<qint64>(4 * 1024 * 1024, keep - hashed));
            if (buffer.isEmpty()) {
                break;
            }
            m_hash.addData(buffer);
            hashed += buffer.size();
        }
        if (!m_file.resize(hashed) || !m_file.seek(hashed)) {
            fail(tr("cannot prepare %1: %2").arg(path, m_file.errorString()));
        }
    });
}

void DiskWriter::write(const QByteArray& chunk)
{
    m_inFlight += chunk.size();
    QMetaObject::invokeMethod(&m_worker, [this, chunk] {
        if (!m_failed) {
            m_hash.addData(chunk);
            if (!writeAll(m_file, chunk)) {
                fail(writeErrorMessage(m_file));
            }
        }
        const qint64 before = m_inFlight.fetch_sub(chunk.size());
        if (before >= readThreshold && before - chunk.size() < readThreshold) {
            QMetaObject::invokeMethod(this, &DiskWriter::drained, Qt::QueuedConnection);
        }
    });
}

void DiskWriter::finish(std::function<void(const QByteArray&, const QString&)> done)
{
    QMetaObject::invokeMethod(&m_worker, [this, done = std::move(done)] {
        QByteArray sha;
        QString error;
        if (m_failed) {
            error = tr("the write failed earlier");
        } else {
            sha = m_hash.hexResult();
        }
        m_file.close();
        QMetaObject::invokeMethod(
            this, [done, sha, error] { done(sha, error); }, Qt::QueuedConnection);
    });
}

void DiskWriter::discard()
{
    QMetaObject::invokeMethod(&m_worker, [this] {
        m_failed = true;
        m_file.close();
    });
}
