// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatadatabasemodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QtConcurrent>

#include "cloudinit/filedriver.h"
#include "cloudinit/postgresdriver.h"
#include "core/whendone.h"
#include "metadatafilecheck.h"
#include "metadatarowformat.h"

using namespace Qt::StringLiterals;
using namespace MetadataRowFormat;

MetadataDatabaseModel::MetadataDatabaseModel(PostgresDriver* driver, QObject* parent)
    : QAbstractTableModel(parent)
    , m_driver(driver)
{
    connect(m_driver, &MetadataDriver::documentChanged, this, &MetadataDatabaseModel::recheck);
    // NOTIFYs sent while the connection was down are lost: only a new listing is up to date.
    connect(m_driver, &PostgresDriver::connectionChanged, this, [this](bool up) {
        if (up) {
            refresh();
        }
    });
    if (m_driver->isConnected()) {
        refresh();
    }
}

MetadataDatabaseModel::Status MetadataDatabaseModel::statusOf(const Row& row) const
{
    if (!row.stored) {
        return Status::Missing;
    }
    const auto editor = m_editor.constFind(row.key);
    const bool open = editor != m_editor.cend();
    if (!row.check && !(open && editor->findings)) {
        return Status::Checking;
    }
    if (open && row.check && !editor->savedHash.isEmpty() && editor->savedHash != row.check->sha256) {
        return Status::ChangedOnDisk;
    }
    const QList<Finding>& findings = findingsOf(row);
    return Findings::hasError(findings) ? Status::Errors : (findings.isEmpty() ? Status::Valid : Status::Warnings);
}

const QList<Finding>& MetadataDatabaseModel::findingsOf(const Row& row) const
{
    static const QList<Finding> none;
    const auto editor = m_editor.constFind(row.key);
    if (editor != m_editor.cend() && editor->findings) {
        return *editor->findings;
    }
    return row.check ? row.check->findings : none;
}

QString MetadataDatabaseModel::hostnameOf(const Row& row) const
{
    const auto editor = m_editor.constFind(row.key);
    if (editor != m_editor.cend() && editor->findings) {
        return editor->hostname;
    }
    return row.check ? row.check->hostname : QString();
}

QVariant MetadataDatabaseModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const Status status = statusOf(row);
    const QDateTime updated = row.check ? row.check->updated : QDateTime();
    switch (role) {
    case MetadataFileModel::KeyRole:
        return row.key;
    case MetadataFileModel::StatusRole:
        return QVariant::fromValue(status);
    case MetadataFileModel::FindingsRole:
        return QVariant::fromValue(findingsOf(row));
    case MetadataFileModel::PathRole:
        return QString(m_driver->store().display() + u'/' + row.key);
    case MetadataFileModel::NeedsCreateRole:
        return !row.stored;
    case MetadataFileModel::ErrorCountRole:
        return countOf(findingsOf(row), true);
    case MetadataFileModel::WarningCountRole:
        return countOf(findingsOf(row), false);
    case Qt::DecorationRole:
        if (index.column() != MetadataFileModel::StatusColumn) {
            return {};
        }
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            return colourOf(status);
        }
        if (!m_icons.contains(int(status))) {
            m_icons.insert(int(status), makeIcon(status));
        }
        return m_icons.value(int(status));
    case Qt::ToolTipRole:
        if (index.column() == MetadataFileModel::StatusColumn || index.column() == MetadataFileModel::FindingsColumn) {
            if (status == Status::Missing) {
                return MetadataFileModel::tr("This VM has no document yet. Select it to create one.");
            }
            const QString tip = findingsTooltip(findingsOf(row));
            return tip.isEmpty() ? MetadataFileModel::statusName(status) : tip;
        }
        return {};
    case Qt::DisplayRole:
    case MetadataFileModel::SortRole:
        break;
    default:
        return {};
    }
    const bool sorting = role == MetadataFileModel::SortRole;
    switch (index.column()) {
    case MetadataFileModel::KeyColumn:
        return row.key;
    case MetadataFileModel::StatusColumn:
        return sorting ? QVariant(MetadataFileModel::severity(status))
                       : QVariant(MetadataFileModel::statusName(status));
    case MetadataFileModel::FindingsColumn:
        if (sorting) {
            // Errors outweigh any number of warnings.
            return qint64(countOf(findingsOf(row), true)) * 1000000 + countOf(findingsOf(row), false);
        }
        return findingsText(findingsOf(row));
    case MetadataFileModel::HostnameColumn:
        return hostnameOf(row);
    case MetadataFileModel::ModifiedColumn:
        if (sorting) {
            return updated.isValid() ? updated.toMSecsSinceEpoch() : qint64(0);
        }
        return updated.isValid() ? QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant MetadataDatabaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const titles[] = { QT_TRANSLATE_NOOP("MetadataFileModel", "VM"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Status"), QT_TRANSLATE_NOOP("MetadataFileModel", "Findings"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Host name"), QT_TRANSLATE_NOOP("MetadataFileModel", "Modified") };
    static_assert(std::size(titles) == MetadataFileModel::ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= MetadataFileModel::ColumnCount) {
        return {};
    }
    return MetadataFileModel::tr(titles[section]);
}

void MetadataDatabaseModel::emitRowChanged(int row)
{
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, MetadataFileModel::ColumnCount - 1));
    }
}

void MetadataDatabaseModel::refresh()
{
    m_listing = true;
    const quint64 listing = ++m_listings;
    whenDone(m_driver->keys(), this, [this, listing](const PostgresDriver::Keys& result) {
        if (listing != m_listings) {
            return; // a newer listing is on its way
        }
        m_listing = false;
        if (!result.error.isEmpty()) {
            Q_EMIT listingFailed(result.error);
            if (isSettled()) {
                Q_EMIT settled();
            }
            return;
        }
        const QSet<QString> keys(result.keys.cbegin(), result.keys.cend());
        QStringList gone;
        for (const Row& row : std::as_const(m_rows)) {
            if (row.stored && !keys.contains(row.key)) {
                gone.append(row.key);
            }
        }
        for (const QString& key : std::as_const(gone)) {
            dropRow(key);
        }
        QStringList sorted = result.keys;
        sorted.sort();
        for (const QString& key : std::as_const(sorted)) {
            if (const int row = rowOf(key); row < 0) {
                setRow({ key, true, std::nullopt }); // Checking until its read is back
            } else if (!m_rows.at(row).stored) {
                m_rows[row].stored = true;
                emitRowChanged(row);
            }
            recheck(key);
        }
        syncInventory();
        Q_EMIT listed(int(result.keys.size()));
    });
}

void MetadataDatabaseModel::recheck(const QString& key)
{
    const quint64 serial = ++m_serial;
    m_serials.insert(key, serial);
    m_pending.insert(key);
    whenDone(m_driver->fetch(key), this, [this, key, serial](const PostgresDriver::Fetched& fetched) {
        if (m_serials.value(key) != serial) {
            return;
        }
        if (!fetched.document) {
            if (fetched.unavailable) {
                finished(key); // not known to be gone: keep what was known until the next listing
            } else {
                applyCheck(key, std::nullopt, serial);
            }
            return;
        }
        const PostgresDriver::StoredDocument document = *fetched.document;
        whenDone(QtConcurrent::run([document] {
            MetadataFileCheck checked = MetadataFiles::checkText(document.key, document.yaml);
            return Check { document.key, std::move(checked.findings), checked.hostname, document.updated,
                MetadataFiles::hashOf(document.yaml) };
        }),
            this, [this, key, serial](const Check& check) { applyCheck(key, check, serial); });
    });
}

void MetadataDatabaseModel::applyCheck(const QString& key, const std::optional<Check>& check, quint64 serial)
{
    if (m_serials.value(key) != serial) {
        return;
    }
    if (check) {
        setRow({ key, true, check });
    } else {
        dropRow(key);
    }
    finished(key);
}

void MetadataDatabaseModel::finished(const QString& key)
{
    m_pending.remove(key);
    if (isSettled()) {
        Q_EMIT settled();
    }
}

void MetadataDatabaseModel::setRow(const Row& row)
{
    if (const int at = rowOf(row.key); at >= 0) {
        m_rows[at] = row;
        emitRowChanged(at);
        return;
    }
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at);
    m_rowOfKey.insert(row.key, at);
    m_rows.append(row);
    endInsertRows();
}

void MetadataDatabaseModel::dropRow(const QString& key)
{
    const int row = rowOf(key);
    if (row < 0) {
        return;
    }
    if (m_inventory.contains(key)) {
        m_rows[row] = Row { key, false, std::nullopt }; // an inventory VM without a document again
        emitRowChanged(row);
        return;
    }
    beginRemoveRows({}, row, row);
    m_rowOfKey.remove(key);
    m_rows.removeAt(row);
    // The rows after it moved up; the index must say so before views ask again.
    for (int later = row; later < m_rows.size(); ++later) {
        m_rowOfKey[m_rows.at(later).key] = later;
    }
    endRemoveRows();
}

void MetadataDatabaseModel::setInventoryVms(const QStringList& names)
{
    m_inventory.clear();
    for (const QString& name : names) {
        // A name the store refuses as a key gets no row, as in the folder's model.
        if (FileDriver::isSafeKey(name)) {
            m_inventory.insert(name);
        }
    }
    syncInventory();
}

void MetadataDatabaseModel::syncInventory()
{
    QStringList stale;
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.stored && !m_inventory.contains(row.key)) {
            stale.append(row.key);
        }
    }
    for (const QString& key : std::as_const(stale)) {
        dropRow(key);
    }
    QStringList missing;
    for (const QString& name : std::as_const(m_inventory)) {
        if (!m_rowOfKey.contains(name)) {
            missing.append(name);
        }
    }
    missing.sort();
    for (const QString& name : std::as_const(missing)) {
        setRow({ name, false, std::nullopt });
    }
}

void MetadataDatabaseModel::markOpened(const QString& key, const QByteArray& savedBytesHash)
{
    EditorState& editor = m_editor[key];
    editor.savedHash = savedBytesHash;
    editor.findings.reset();
    ++editor.serial; // a revalidation still running is of text that is saved or discarded now
    emitRowChanged(rowOf(key));
}

void MetadataDatabaseModel::markSaved(const QString& key, const QByteArray& savedBytesHash)
{
    markOpened(key, savedBytesHash);
    recheck(key);
}

void MetadataDatabaseModel::markClosed(const QString& key)
{
    if (m_editor.remove(key) > 0) {
        emitRowChanged(rowOf(key));
    }
}

void MetadataDatabaseModel::revalidate(const QString& key, const QByteArray& text)
{
    if (rowOf(key) < 0) {
        return;
    }
    EditorState& editor = m_editor[key];
    const quint64 serial = ++editor.serial;
    whenDone(QtConcurrent::run(MetadataFiles::checkText, key, text), this,
        [this, key, serial](const MetadataFileCheck& checked) {
            const auto editor = m_editor.find(key);
            // The editor typed again, saved or closed meanwhile: this answer is stale.
            if (editor == m_editor.end() || editor->serial != serial) {
                return;
            }
            editor->findings = checked.findings;
            editor->hostname = checked.hostname;
            emitRowChanged(rowOf(key));
        });
}
