// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafetcher.h"

#include <QDir>
#include <QIODevice>

#include "core/atomicwrite.h"

namespace {
struct Step
{
    const char* code;
    QByteArray MetadataFetcher::Result::*field;
};
const Step steps[] = {
    { "METADATA", &MetadataFetcher::Result::metaData },
    { "USERDATA", &MetadataFetcher::Result::userData },
    { "NETWORKDATA", &MetadataFetcher::Result::networkConfig },
};
constexpr int stepCount = static_cast<int>(std::size(steps));
// A guest line longer than this is not one of ours.
constexpr qsizetype maxLine = 16 * 1024 * 1024;
} // namespace

MetadataFetcher::MetadataFetcher(QIODevice* device, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_device(device)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(
            tr("no answer to REQUEST_%1 within %2 s").arg(QLatin1String(steps[m_step].code)).arg(m_timeoutMs / 1000.0));
    });
    connect(device, &QIODevice::readyRead, this, &MetadataFetcher::readDevice);
}

void MetadataFetcher::start()
{
    m_step = 0;
    m_done = false;
    sendCurrentRequest();
}

void MetadataFetcher::sendCurrentRequest()
{
    m_device->write(QByteArray("!!REQUEST_") + steps[m_step].code + "#\n");
    m_timer.start(m_timeoutMs);
}

void MetadataFetcher::readDevice()
{
    m_buffer += m_device->readAll();
    for (qsizetype newline = m_buffer.indexOf('\n'); newline >= 0 && !m_done; newline = m_buffer.indexOf('\n')) {
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        handleLine(std::move(line));
    }
    if (m_buffer.size() > maxLine) {
        m_buffer.clear();
    }
}

void MetadataFetcher::handleLine(QByteArray line)
{
    // A server using the seed's LF CR framing leaves a CR at the start of the next line.
    line.replace('\r', QByteArray()).replace('\0', QByteArray());
    if (line.startsWith("!!ERROR#")) {
        const auto decoded = QByteArray::fromBase64Encoding(line.mid(8));
        fail(tr("the metadata server says: %1").arg(QString::fromUtf8(decoded ? *decoded : line.mid(8))));
        return;
    }
    const QByteArray prefix = QByteArray("!!RESPONSE_") + steps[m_step].code + '#';
    if (!line.startsWith(prefix)) {
        return; // console noise, or an answer to an earlier request
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(line.mid(prefix.size()), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(tr("RESPONSE_%1 is not valid base64").arg(QLatin1String(steps[m_step].code)));
        return;
    }
    m_result.*(steps[m_step].field) = *decoded;
    if (++m_step == stepCount) {
        m_done = true;
        m_timer.stop();
        Q_EMIT finished(m_result);
        return;
    }
    sendCurrentRequest();
}

void MetadataFetcher::fail(const QString& message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer.stop();
    Q_EMIT failed(message);
}

QString MetadataFetcher::writeNoCloudSeed(const QString& directory, const Result& result)
{
    if (!QDir().mkpath(directory)) {
        return tr("cannot create %1").arg(directory);
    }
    const struct
    {
        const char* name;
        const QByteArray& content;
    } files[] = { { "meta-data", result.metaData }, { "user-data", result.userData },
        { "network-config", result.networkConfig } };
    for (const auto& file : files) {
        const QString error = saveAtomically(QDir(directory).filePath(QString::fromLatin1(file.name)), file.content);
        if (!error.isEmpty()) {
            return error;
        }
    }
    return {};
}
