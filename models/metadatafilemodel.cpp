// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafilemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QtConcurrent>

#include "cloudinit/filedriver.h"
#include "core/whendone.h"
#include "metadatafilecheck.h"
#include "metadatarowformat.h"

using namespace Qt::StringLiterals;

namespace {
using Checked = MetadataFileCheck;
using MetadataFiles::checkFile;
using MetadataFiles::checkText;
using MetadataFiles::isKeyFile;
using MetadataFiles::listStamps;
using MetadataFiles::Stamps;
using namespace MetadataRowFormat;
} // namespace

MetadataFileModel::MetadataFileModel(QObject* parent)
    : QAbstractTableModel(parent)
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

QByteArray MetadataFileModel::hashOf(const QByteArray& bytes)
{
    return MetadataFiles::hashOf(bytes);
}

int MetadataFileModel::severity(Status status)
{
    // Valid, Warnings, Errors, ChangedOnDisk, Missing, Checking: what needs a look comes first.
    static constexpr int severities[] = { 0, 3, 5, 4, 2, 1 };
    return severities[int(status)];
}

QString MetadataFileModel::statusName(Status status)
{
    static const char* const names[] = { QT_TR_NOOP("Valid"), QT_TR_NOOP("Warnings"), QT_TR_NOOP("Errors"),
        QT_TR_NOOP("Changed on disk"), QT_TR_NOOP("No file"), QT_TR_NOOP("Checking…") };
    return tr(names[int(status)]);
}

MetadataFileModel::Status MetadataFileModel::statusOf(const Row& row) const
{
    if (!row.onDisk) {
        return Status::Missing;
    }
    const auto editor = m_editor.constFind(row.key);
    const bool open = editor != m_editor.cend();
    if (!row.validated && !(open && editor->findings)) {
        return Status::Checking;
    }
    if (open && !editor->savedHash.isEmpty() && !row.sha256.isEmpty() && editor->savedHash != row.sha256) {
        return Status::ChangedOnDisk;
    }
    const QList<Finding>& findings = findingsOf(row);
    return Findings::hasError(findings) ? Status::Errors : (findings.isEmpty() ? Status::Valid : Status::Warnings);
}

const QList<Finding>& MetadataFileModel::findingsOf(const Row& row) const
{
    const auto editor = m_editor.constFind(row.key);
    return editor != m_editor.cend() && editor->findings ? *editor->findings : row.findings;
}

QString MetadataFileModel::pathOf(const QString& key) const
{
    return QDir(m_directory).absoluteFilePath(key + MetadataFiles::suffix);
}

QIcon MetadataFileModel::iconFor(Status status) const
{
    if (const auto it = m_icons.constFind(int(status)); it != m_icons.cend()) {
        return *it;
    }
    return *m_icons.insert(int(status), makeIcon(status));
}

QVariant MetadataFileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case StatusRole:
        return QVariant::fromValue(statusOf(row));
    case FindingsRole:
        return QVariant::fromValue(findingsOf(row));
    case PathRole:
        return pathOf(row.key);
    case NeedsCreateRole:
        return !row.onDisk;
    case ErrorCountRole:
        return countOf(findingsOf(row), true);
    case WarningCountRole:
        return countOf(findingsOf(row), false);
    case Qt::DecorationRole:
        if (index.column() != StatusColumn) {
            return {};
        }
        // Pixmaps need a QGuiApplication; a command-line user of the model gets the colour.
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            return colourOf(statusOf(row));
        }
        return iconFor(statusOf(row));
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == FindingsColumn) {
            const QString tip = findingsTooltip(findingsOf(row));
            if (statusOf(row) == Status::Missing) {
                return tr("This VM has no document yet. Select it to create one.");
            }
            return tip.isEmpty() ? QVariant(statusName(statusOf(row))) : QVariant(tip);
        }
        return index.column() == KeyColumn ? QVariant(pathOf(row.key)) : QVariant();
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == SortRole;
    switch (index.column()) {
    case KeyColumn:
        return row.key;
    case StatusColumn:
        return sorting ? QVariant(severity(statusOf(row))) : QVariant(statusName(statusOf(row)));
    case FindingsColumn:
        if (sorting) {
            // Errors outweigh any number of warnings.
            const QList<Finding>& findings = findingsOf(row);
            return qint64(countOf(findings, true)) * 1000000 + countOf(findings, false);
        }
        return findingsText(findingsOf(row));
    case HostnameColumn: {
        const auto editor = m_editor.constFind(row.key);
        return editor != m_editor.cend() && editor->findings ? editor->hostname : row.hostname;
    }
    case ModifiedColumn:
        if (sorting) {
            return row.modified.isValid() ? row.modified.toMSecsSinceEpoch() : qint64(0);
        }
        return row.modified.isValid() ? QLocale().toString(row.modified, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant MetadataFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const titles[] = { QT_TR_NOOP("VM"), QT_TR_NOOP("Status"), QT_TR_NOOP("Findings"),
        QT_TR_NOOP("Host name"), QT_TR_NOOP("Modified") };
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return {};
    }
    return tr(titles[section]);
}

void MetadataFileModel::emitRowChanged(int row)
{
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void MetadataFileModel::setDirectory(const QString& path)
{
    ++m_generation;
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
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_editor.clear(); // the marks are about files of the old directory
    endResetModel();
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

void MetadataFileModel::appendRows(const QList<Row>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (const Row& row : rows) {
        m_rowOfKey.insert(row.key, static_cast<int>(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
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
                   !known.onDisk || known.modified != it->first || known.size != it->second) {
            m_rows[row].onDisk = true; // also an inventory VM whose file was created: Checking
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
        if (m_rows.at(row).onDisk && !stamps.contains(m_rows.at(row).key)) {
            fileGone(row);
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
        fileGone(row);
        return;
    }
    m_rows[row] = Row::from(checked, serial);
    emitRowChanged(row);
    // An editor that saves by renaming replaces the watched file, and the watch went with the old
    // one. A path already watched is skipped.
    watchFiles({ checked.key });
}

void MetadataFileModel::fileGone(int row)
{
    if (!m_inventory.contains(m_rows.at(row).key)) {
        removeRowsAt({ row });
        return;
    }
    m_rows[row] = Row { m_rows.at(row).key }; // missing again
    emitRowChanged(row);
}

void MetadataFileModel::setInventoryVms(const QStringList& names)
{
    m_inventory.clear();
    m_unsafeInventory.clear();
    for (const QString& name : names) {
        if (FileDriver::isSafeKey(name)) {
            m_inventory.insert(name);
        } else {
            m_unsafeInventory.append(name);
        }
    }
    if (!m_scanning) {
        syncInventory();
    }
}

void MetadataFileModel::syncInventory()
{
    QList<int> stale;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).onDisk && !m_inventory.contains(m_rows.at(row).key)) {
            stale.append(row);
        }
    }
    removeRowsAt(stale);
    QList<Row> missing;
    for (const QString& name : std::as_const(m_inventory)) {
        if (!m_rowOfKey.contains(name)) {
            missing.append({ name });
        }
    }
    std::sort(missing.begin(), missing.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
    appendRows(missing);
}

void MetadataFileModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows)) {
        beginRemoveRows({}, row, row);
        m_rowOfKey.remove(m_rows.at(row).key);
        m_rows.removeAt(row);
        // The rows after it moved up; the index must say so before views ask again.
        for (int later = row; later < m_rows.size(); ++later) {
            m_rowOfKey[m_rows.at(later).key] = later;
        }
        endRemoveRows();
    }
}

void MetadataFileModel::markOpened(const QString& key, const QByteArray& savedBytesHash)
{
    EditorState& editor = m_editor[key];
    editor.savedHash = savedBytesHash;
    editor.findings.reset();
    ++editor.serial; // a revalidation still running is of text that is saved or discarded now
    emitRowChanged(rowOf(key));
}

void MetadataFileModel::markSaved(const QString& key, const QByteArray& savedBytesHash)
{
    markOpened(key, savedBytesHash);
    recheck(key);
}

void MetadataFileModel::markClosed(const QString& key)
{
    if (m_editor.remove(key) > 0) {
        emitRowChanged(rowOf(key));
    }
}

void MetadataFileModel::revalidate(const QString& key, const QByteArray& text)
{
    if (rowOf(key) < 0) {
        return;
    }
    EditorState& editor = m_editor[key];
    const quint64 serial = ++editor.serial;
    const quint64 generation = m_generation;
    whenDone(QtConcurrent::run(checkText, key, text), this, [this, key, serial, generation](const Checked& checked) {
        const auto editor = m_editor.find(key);
        // The editor typed again, saved or closed meanwhile: this answer is stale.
        if (generation != m_generation || editor == m_editor.end() || editor->serial != serial) {
            return;
        }
        editor->findings = checked.findings;
        editor->hostname = checked.hostname;
        emitRowChanged(rowOf(key));
    });
}
