// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QSet>

#include "metadatafilemodel.h"
#include "metadatalistmodel.h"

class PostgresDriver;

// The documents of a PostgreSQL metadata store, one row per key, with MetadataFileModel's columns,
// roles, statuses and editor marks (all MetadataListModel's) so that the Metadata page shows either
// store alike; plus one row per inventory VM without a document. Reads go through PostgresDriver
// (its own thread) and validation runs on worker threads: nothing here waits for the database.
// Follows the store through its NOTIFYs (documentChanged) row by row, and lists it again when the
// connection comes back.
class MetadataDatabaseModel : public MetadataListModel
{
    Q_OBJECT
public:
    explicit MetadataDatabaseModel(PostgresDriver* driver, QObject* parent = nullptr);

    // Lists the keys again and reads every document; listed() or listingFailed() follows.
    void refresh();

    // False while a document's read or check is outstanding.
    bool isSettled() const { return m_pending.isEmpty() && !m_listing; }

Q_SIGNALS:
    void listed(int documents);
    void listingFailed(const QString& error);
    // Every read and check asked for so far has been answered.
    void settled();

protected:
    QString pathOf(const QString& key) const override;
    void recheck(const QString& key) override;

private:
    void applyCheck(const QString& key, const std::optional<Row>& check, quint64 serial);
    void dropRow(const QString& key);
    void finished(const QString& key);

    PostgresDriver* m_driver;
    QHash<QString, quint64> m_serials; // the latest read asked for per key; older answers are dropped
    QSet<QString> m_pending;
    quint64 m_serial = 0;
    quint64 m_listings = 0;
    bool m_listing = false;
};
