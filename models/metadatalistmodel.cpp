// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatalistmodel.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QtConcurrent>

#include "cloudinit/filedriver.h"
#include "core/whendone.h"
#include "metadatarowformat.h"

using namespace MetadataRowFormat;

namespace {
// The texts keep MetadataFileModel's translation context, where they were first translated.
constexpr char context[] = "MetadataFileModel";
} // namespace

MetadataListModel::MetadataListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QByteArray MetadataListModel::hashOf(const QByteArray& bytes)
{
    return MetadataFiles::hashOf(bytes);
}

int MetadataListModel::severity(Status status)
{
    // Valid, Warnings, Errors, ChangedOnDisk, Missing, Checking: what needs a look comes first.
    static constexpr int severities[] = { 0, 3, 5, 4, 2, 1 };
    return severities[int(status)];
}

QString MetadataListModel::statusName(Status status)
{
    static const char* const names[] = { QT_TRANSLATE_NOOP("MetadataFileModel", "Valid"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Warnings"), QT_TRANSLATE_NOOP("MetadataFileModel", "Errors"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Changed on disk"), QT_TRANSLATE_NOOP("MetadataFileModel", "No file"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Checking…") };
    return QCoreApplication::translate(context, names[int(status)]);
}

MetadataListModel::Status MetadataListModel::statusOf(const Row& row) const
{
    if (!row.present) {
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

const QList<Finding>& MetadataListModel::findingsOf(const Row& row) const
{
    const auto editor = m_editor.constFind(row.key);
    return editor != m_editor.cend() && editor->findings ? *editor->findings : row.findings;
}

QString MetadataListModel::hostnameOf(const Row& row) const
{
    const auto editor = m_editor.constFind(row.key);
    return editor != m_editor.cend() && editor->findings ? editor->hostname : row.hostname;
}

QIcon MetadataListModel::iconFor(Status status) const
{
    if (const auto it = m_icons.constFind(int(status)); it != m_icons.cend()) {
        return *it;
    }
    return *m_icons.insert(int(status), makeIcon(status));
}

QVariant MetadataListModel::data(const QModelIndex& index, int role) const
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
        return !row.present;
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
            if (statusOf(row) == Status::Missing) {
                return QCoreApplication::translate(
                    "MetadataFileModel", "This VM has no document yet. Select it to create one.");
            }
            const QString tip = findingsTooltip(findingsOf(row));
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
    case HostnameColumn:
        return hostnameOf(row);
    case ModifiedColumn:
        if (sorting) {
            return row.modified.isValid() ? row.modified.toMSecsSinceEpoch() : qint64(0);
        }
        // The database hands out UTC; a file's time is local already, where this changes nothing.
        return row.modified.isValid() ? QLocale().toString(row.modified.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    default:
        return {};
    }
}

QVariant MetadataListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const titles[] = { QT_TRANSLATE_NOOP("MetadataFileModel", "VM"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Status"), QT_TRANSLATE_NOOP("MetadataFileModel", "Findings"),
        QT_TRANSLATE_NOOP("MetadataFileModel", "Host name"), QT_TRANSLATE_NOOP("MetadataFileModel", "Modified") };
    static_assert(std::size(titles) == ColumnCount);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount) {
        return {};
    }
    return QCoreApplication::translate(context, titles[section]);
}

void MetadataListModel::emitRowChanged(int row)
{
    if (row >= 0) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void MetadataListModel::appendRows(const QList<Row>& rows)
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

void MetadataListModel::setRow(const Row& row)
{
    if (const int at = rowOf(row.key); at >= 0) {
        m_rows[at] = row;
        emitRowChanged(at);
        return;
    }
    appendRows({ row });
}

void MetadataListModel::removeRowsAt(QList<int> rows)
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

void MetadataListModel::documentGone(int row)
{
    if (!m_inventory.contains(m_rows.at(row).key)) {
        removeRowsAt({ row });
        return;
    }
    m_rows[row] = Row { m_rows.at(row).key }; // missing again
    emitRowChanged(row);
}

void MetadataListModel::clearRows()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_editor.clear(); // the marks are about documents of the old rows
    endResetModel();
}

void MetadataListModel::setInventoryVms(const QStringList& names)
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
    if (canSyncInventory()) {
        syncInventory();
    }
}

void MetadataListModel::syncInventory()
{
    QList<int> stale;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).present && !m_inventory.contains(m_rows.at(row).key)) {
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

void MetadataListModel::markOpened(const QString& key, const QByteArray& savedBytesHash)
{
    EditorState& editor = m_editor[key];
    editor.savedHash = savedBytesHash;
    editor.findings.reset();
    ++editor.serial; // a revalidation still running is of text that is saved or discarded now
    emitRowChanged(rowOf(key));
}

void MetadataListModel::markSaved(const QString& key, const QByteArray& savedBytesHash)
{
    markOpened(key, savedBytesHash);
    recheck(key);
}

void MetadataListModel::markClosed(const QString& key)
{
    if (m_editor.remove(key) > 0) {
        emitRowChanged(rowOf(key));
    }
}

void MetadataListModel::revalidate(const QString& key, const QByteArray& text)
{
    if (rowOf(key) < 0) {
        return;
    }
    EditorState& editor = m_editor[key];
    const quint64 serial = ++editor.serial;
    const quint64 generation = m_generation;
    whenDone(QtConcurrent::run(MetadataFiles::checkText, key, text), this,
        [this, key, serial, generation](const MetadataFileCheck& checked) {
            const auto editor = m_editor.find(key);
            // The rows were cleared, or the editor typed again, saved or closed meanwhile: stale.
            if (generation != m_generation || editor == m_editor.end() || editor->serial != serial) {
                return;
            }
            editor->findings = checked.findings;
            editor->hostname = checked.hostname;
            emitRowChanged(rowOf(key));
        });
}
