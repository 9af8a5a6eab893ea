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
        return { std::nullopt, FileDriver::tr("no metadata file %1").arg(path), FileDriver::tr("no document for this VM") };
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return { std::nullopt, FileDriver::tr("cannot read %1: %2").arg(path, file.errorString()),
            FileDriver::tr("the document for this VM cannot be read") };
    }
    QString error;
    std::optional<MetadataDocument> document = MetadataDocument::fromYaml(file.readAll(), &error);
    if (!document) {
        return { std::nullopt, FileDriver::tr("%1: %2").arg(path, error),
            FileDriver::tr("the document for this VM is not valid") };
    }
    return { std::move(document), {}, {} };
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
        const QStringList keys = m_failures.keys();
        m_failures.clear();
        for (const QString& key : keys) {
            Q_EMIT documentChanged(key);
        }
    });
}

bool FileDriver::isSafeKey(const QString& key)
{
    if (key.isEmpty() || key.size() > 255 || key == u"."_s || key == u".."_s || key.contains(u"/"_s)
        || key.contains(u"\\"_s) || key.startsWith(u'.')) {
        return false;
    }
    return std::none_of(key.cbegin(), key.cend(), [](QChar c) { return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format; });
}

void FileDriver::rememberFailure(const QString& key, const Lookup& lookup)
{
    if (m_failures.size() >= maxRememberedFailures) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            it = it->age.hasExpired(failureLifetimeMs) ? m_failures.erase(it) : std::next(it);
        }
    }
    if (m_failures.size() >= maxRememberedFailures) {
        // A flood of names that have no file: forgetting the oldest costs one more file look-up.
        const auto oldest = std::max_element(m_failures.begin(), m_failures.end(),
            [](const Failure& a, const Failure& b) { return a.age.elapsed() < b.age.elapsed(); });
        m_failures.erase(oldest);
    }
    Failure failure { lookup, {} };
    failure.age.start();
    m_failures.insert(key, failure);
}

void FileDriver::forget(const QString& path)
{
    const QString key = QFileInfo(path).completeBaseName();
    if (m_cache.remove(key) + m_failures.remove(key) > 0) {
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
        return QtFuture::makeReadyFuture(
            Lookup { std::nullopt, tr("refused an unsafe VM key"), tr("refused an unsafe VM key") });
    }
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        return QtFuture::makeReadyFuture(*cached);
    }
    if (const auto failed = m_failures.find(key); failed != m_failures.end()) {
        if (!failed->age.hasExpired(failureLifetimeMs)) {
            return QtFuture::makeReadyFuture(failed->lookup);
        }
        m_failures.erase(failed);
    }
    const QString path = m_directory.filePath(key + u".yaml"_s);
    auto promise = std::make_shared<QPromise<Lookup>>();
    promise->start();
    whenDone(QtConcurrent::run(readDocument, path), this, [this, key, path, promise](const Lookup& lookup) {
        if (lookup.document) {
            m_cache.insert(key, lookup);
        } else {
            rememberFailure(key, lookup);
            qCWarning(lcCloudinit).noquote() << lookup.error;
        }
        if (QFileInfo::exists(path)) {
            m_watcher.addPath(path);
        }
        promise->addResult(lookup);
        promise->finish();
    });
    return promise->future();
}
