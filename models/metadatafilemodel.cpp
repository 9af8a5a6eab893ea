// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafilemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

#include "core/whendone.h"
#include "metadatafilecheck.h"

using namespace Qt::StringLiterals;

namespace {
using Checked = MetadataFileCheck;
using MetadataFiles::checkFile;
using MetadataFiles::isKeyFile;
using MetadataFiles::listStamps;
using MetadataFiles::Stamps;
} // namespace

MetadataFileModel::MetadataFileModel(QObject* parent)
    : MetadataListModel(parent)
{
    // Copying many files in raises one directory change each; list the directory once for them.
    m_directoryDebounce.setSingleShot(true);
    m_directoryDebounce.setInterval(100);
    connect(&m_directoryDebounce, &QTimer::timeout, this, &MetadataFileModel::directoryChanged);
    m_watcher = new QFileSystemWatcher;
    m_watcher->moveToThread(&m_watcherThread);
    m_watcherThread.setObjectName(u"metadata-watch"_s);
    m_watcherThread.start();
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString& path) {
        if (path == m_directory) {
            m_directoryDebounce.start();
        }
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString& path) {
        const QFileInfo info(path);
        if (QString key;
            info.absolutePath() == m_directory && isKeyFile(info.fileName(), &key) && m_rowOfKey.contains(key)) {
            recheck(key);
        }
    });
}

MetadataFileModel::~MetadataFileModel()
{
    m_scan.cancel();
    m_watcher->deleteLater(); // on its thread, which runs deferred deletions as it finishes
    m_watcherThread.quit();
    m_watcherThread.wait();
}

QString MetadataFileModel::pathOf(const QString& key) const
{
    return QDir(m_directory).absoluteFilePath(key + MetadataFiles::suffix);
}

void MetadataFileModel::setDirectory(const QString& path)
{
    m_scan.cancel();
    if (auto* previous = std::exchange(m_scanWatcher, nullptr)) {
        previous->disconnect(this);
        previous->deleteLater();
    }
    m_directoryDebounce.stop();
    m_relistAfterScan = false;
    QMetaObject::invokeMethod(m_watcher, [watcher = m_watcher] {
        if (const QStringList watched = watcher->files() + watcher->directories(); !watched.isEmpty()) {
            watcher->removePaths(watched);
        }
    });
    clearRows(); // also the editor marks: they are about files of the old directory
    m_directory = QDir(path).absolutePath();
    m_scanning = true;
    m_scanClock.start();
    if (QFileInfo(m_directory).isDir()) {
        QMetaObject::invokeMethod(m_watcher, [watcher = m_watcher, path = m_directory] { watcher->addPath(path); });
    }
    const quint64 generation = m_generation;
    whenDone(QtConcurrent::run(listStamps, m_directory), this, [this, generation](const Stamps& stamps) {
        if (generation == m_generation) {
            QStringList keys = stamps.keys();
            keys.sort();
            listed(keys);
        }
    });
}

void MetadataFileModel::listed(const QStringList& keys, qsizetype from)
{
    // A few hundred rows per turn of the event loop: a sorted proxy takes 5,000 at once in ~50 ms.
    const qsizetype to = qMin(keys.size(), from + listingChunk);
    QList<Row> checking;
    checking.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        checking.append({ keys.at(i), true });
    }
    appendRows(checking);
    if (to < keys.size()) {
        QMetaObject::invokeMethod(
            this,
            [this, keys, to, generation = m_generation] {
                if (generation == m_generation) {
                    listed(keys, to);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    Q_EMIT listingFinished(int(keys.size()), m_scanClock.elapsed());
    if (keys.isEmpty()) {
        finishScan(0);
        return;
    }
    QList<QStringList> batches;
    for (qsizetype from = 0; from < keys.size(); from += batchSize) {
        batches.append(keys.mid(from, batchSize));
    }
    const QString directory = m_directory;
    m_scan = QtConcurrent::mapped(std::move(batches), [directory](const QStringList& batch) {
        QList<Checked> checked;
        for (const QString& key : batch) {
            checked.append(checkFile(directory, key));
        }
        return checked;
    });
    m_scanWatcher = new QFutureWatcher<QList<Checked>>(this);
    connect(m_scanWatcher, &QFutureWatcherBase::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            applyBatch(m_scanWatcher->resultAt(i));
        }
    });
    connect(m_scanWatcher, &QFutureWatcherBase::finished, this, [this, files = int(keys.size())] {
        m_scanWatcher->deleteLater();
        m_scanWatcher = nullptr;
        finishScan(files);
    });
    m_scanWatcher->setFuture(m_scan);
}

void MetadataFileModel::applyBatch(const QList<Checked>& batch)
{
    QList<Row> added;
    QStringList present;
    // One dataChanged for the batch's rows, not one per row: a sorted proxy re-sorts on each.
    int first = -1;
    int last = -1;
    for (const Checked& checked : batch) {
        if (!checked.exists) {
            continue; // removed between the listing and the read
        }
        present.append(checked.key);
        if (const int row = rowOf(checked.key); row >= 0) {
            m_rows[row] = Row::from(checked, m_rows.at(row).serial);
            first = first < 0 ? row : qMin(first, row);
            last = qMax(last, row);
        } else {
            added.append(Row::from(checked, 0));
        }
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    appendRows(added);
    watchFiles(present);
}

void MetadataFileModel::watchFiles(const QStringList& keys)
{
    // Directory events miss a file written in place; a watch on the file sees those.
    QStringList paths;
    for (const QString& key : keys) {
        paths.append(pathOf(key));
    }
    if (!paths.isEmpty()) {
        QMetaObject::invokeMethod(m_watcher, [watcher = m_watcher, paths] { watcher->addPaths(paths); });
    }
}

void MetadataFileModel::finishScan(int files)
{
    m_scanning = false;
    syncInventory();
    Q_EMIT scanFinished(files, m_scanClock.elapsed());
    if (m_relistAfterScan) {
        m_relistAfterScan = false;
        directoryChanged();
    }
}

void MetadataFileModel::directoryChanged()
{
    if (m_scanning) {
        // The scan's rows are not all here yet; comparing now would see them as new files.
        m_relistAfterScan = true;
        return;
    }
    const quint64 generation = m_generation;
    whenDone(QtConcurrent::run(listStamps, m_directory), this, [this, generation](const Stamps& stamps) {
        if (generation == m_generation && !m_scanning) {
            applyListing(stamps);
        }
    });
}

void MetadataFileModel::applyListing(const Stamps& stamps)
{
    QList<Row> added;
    for (auto it = stamps.cbegin(); it != stamps.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0) {
            added.append({ it.key(), true }); // Checking until its check is back
        } else if (const Row& known = m_rows.at(row);
                   !known.present || known.modified != it->first || known.size != it->second) {
            m_rows[row].present = true; // also an inventory VM whose file was created: Checking
            emitRowChanged(row);
            recheck(it.key());
        }
    }
    std::sort(added.begin(), added.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
    appendRows(added);
    for (const Row& row : std::as_const(added)) {
        recheck(row.key); // which watches the file once it is read
    }
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).present && !stamps.contains(m_rows.at(row).key)) {
            documentGone(row);
        }
    }
}

void MetadataFileModel::recheck(const QString& key)
{
    const int row = rowOf(key);
    if (row < 0) {
        return;
    }
    // Serials only grow: an answer about an older change, or an older directory, matches no row.
    const quint64 serial = m_rows[row].serial = ++m_serial;
    whenDone(QtConcurrent::run(checkFile, m_directory, key), this,
        [this, serial](const Checked& checked) { applyCheck(checked, serial); });
}

void MetadataFileModel::applyCheck(const Checked& checked, quint64 serial)
{
    const int row = rowOf(checked.key);
    if (row < 0 || m_rows.at(row).serial != serial) {
        return;
    }
    if (!checked.exists) {
        documentGone(row);
        return;
    }
    m_rows[row] = Row::from(checked, serial);
    emitRowChanged(row);
    // An editor that saves by renaming replaces the watched file, and the watch went with the old
    // one. A path already watched is skipped.
    watchFiles({ checked.key });
}
