// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatadatabasemodel.h"

#include <QtConcurrent>

#include "cloudinit/postgresdriver.h"
#include "core/whendone.h"
#include "metadatafilecheck.h"

using namespace Qt::StringLiterals;

MetadataDatabaseModel::MetadataDatabaseModel(PostgresDriver* driver, QObject* parent)
    : MetadataListModel(parent)
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

QString MetadataDatabaseModel::pathOf(const QString& key) const
{
    return m_driver->store().display() + u'/' + key;
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
            if (row.present && !keys.contains(row.key)) {
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
                setRow({ key, true }); // Checking until its read is back
            } else if (!m_rows.at(row).present) {
                m_rows[row].present = true;
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
            return Row { document.key, true, true, std::move(checked.findings), checked.hostname, document.updated, -1,
                MetadataFiles::hashOf(document.yaml) };
        }),
            this, [this, key, serial](const Row& check) { applyCheck(key, check, serial); });
    });
}

void MetadataDatabaseModel::applyCheck(const QString& key, const std::optional<Row>& check, quint64 serial)
{
    if (m_serials.value(key) != serial) {
        return;
    }
    if (check) {
        setRow(*check);
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

void MetadataDatabaseModel::dropRow(const QString& key)
{
    const int row = rowOf(key);
    if (row < 0) {
        return;
    }
    documentGone(row);
}
