// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include "provisioning/cloudinitpayload.h"

class MetadataDatabase;

// Where the Deliver actions take a VM's saved document from: the Metadata page's current store. A
// folder gives <directory>/<vm>.yaml; a PostgreSQL store gives the document as the database holds
// it, so a file of the same name in the folder is never delivered instead.
class DeliveryPayload
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryPayload)
public:
    DeliveryPayload() = default;
    static DeliveryPayload folder(const QString& directory);
    static DeliveryPayload database(MetadataDatabase* database);

    bool isDatabase() const { return m_isDatabase; }
    // The saved document, read and rendered off the GUI thread. A missing document, a database
    // that cannot be asked or a closed store is the payload's error; the future always has a result.
    QFuture<CloudInitPayload> build(const QString& vmName, CloudInitPayload::Channel channel, int networkVersion) const;
    // Whether `vmName` has a saved document, as far as is known now (a database's listed rows).
    bool hasSavedDocument(const QString& vmName) const;

private:
    QString m_directory;
    QPointer<MetadataDatabase> m_database;
    bool m_isDatabase = false;
};
