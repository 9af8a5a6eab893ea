// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedriver.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

#include "core/logging.h"
#include "core/whendone.h"

using namespace Qt::StringLiterals;

namespace {
MetadataDriver::Lookup readDocument(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return { std::nullopt, FileDriver::tr("no metadata file %1").arg(path) };
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return { std::nullopt, FileDriver::tr("cannot read %1: %2").arg(path, file.errorString()) };
    }
    QString error;
    std::optional<MetadataDocument> document = MetadataDocument::fromYaml(file.readAll(), &error);
    if (!document) {
        return { std::nullopt, FileDriver::tr("%1: %2").arg(path, error) };
    }
    return { std::move(document), {} };
}
} // namespace

FileDriver::FileDriver(const QString& directory, QObject* parent)
    : MetadataDriver(parent)
    , m_directory(directory)
{
    m_watcher.addPath(m_directory.absolutePath());
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileDriver::forget);
    // A new file (or one replaced by an editor's rename) shows up as a directory change.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        const QStringList keys = m_cache.keys();
        for (const QString& key : keys) {
            if (!m_cache.value(key).document) {
                m_cache.remove(key);
                Q_EMIT documentChanged(key);
            }
        }
    });
}

bool FileDriver::isSafeKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 255 || key == u"."_s || key == u".."_s || key.contains(u"/"_s)
        || key.contains(u"\\"_s) || key.startsWith(u'.')) {
        return false;
    }
    return std::none_of(key.cbegin(), key.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

void FileDriver::forget(const QString& path)
{
    const QString key = QFileInfo(path).completeBaseName();
    if (m_cache.remove(key) > 0) {
        qCInfo(lcCloudinit).noquote() << "metadata for" << key << "changed; reloading on next request";
        Q_EMIT documentChanged(key);
    }
    // Editors replace files: watch the new one if it is there again.
    if (QFileInfo::exists(path)) {
        m_watcher.addPath(path);
    }
}

QFuture<MetadataDriver::Lookup> FileDriver::lookup(const QString& key)
{
    if (!isSafeKey(key)) {
        qCWarning(lcCloudinit).noquote() << "refusing unsafe metadata key" << key.toUtf8().toPercentEncoding(" @_-");
        return QtFuture::makeReadyFuture(Lookup { std::nullopt, tr("refused an unsafe VM key") });
    }
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        return QtFuture::makeReadyFuture(*cached);
    }
    const QString path = m_directory.filePath(key + u".yaml"_s);
    auto promise = std::make_shared<QPromise<Lookup>>();
    promise->start();
    whenDone(QtConcurrent::run(readDocument, path), this, [this, key, path, promise](const Lookup& lookup) {
        m_cache.insert(key, lookup);
        if (QFileInfo::exists(path)) {
            m_watcher.addPath(path);
        }
        if (!lookup.document) {
            qCWarning(lcCloudinit).noquote() << lookup.error;
        }
        promise->addResult(lookup);
        promise->finish();
    });
    return promise->future();
}
