// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverypayload.h"

#include <QDir>
#include <QFile>

#include "cloudinit/postgresdriver.h"
#include "metadatadatabase.h"
#include "metadatadatabasemodel.h"
#include "metadatafilemodel.h"

using namespace Qt::StringLiterals;

DeliveryPayload DeliveryPayload::folder(const QString& directory)
{
    DeliveryPayload source;
    source.m_directory = directory;
    return source;
}

DeliveryPayload DeliveryPayload::database(MetadataDatabase* database)
{
    DeliveryPayload source;
    source.m_database = database;
    source.m_isDatabase = true;
    return source;
}

QFuture<CloudInitPayload> DeliveryPayload::build(
    const QString& vmName, CloudInitPayload::Channel channel, int networkVersion) const
{
    if (!m_isDatabase) {
        return CloudInitPayload::buildLater(m_directory, vmName, channel, networkVersion);
    }
    const auto failed = [](const QString& documentName, const QString& error) {
        CloudInitPayload payload;
        payload.documentPath = documentName;
        payload.error = error;
        return payload;
    };
    if (!m_database) {
        return QtFuture::makeReadyFuture(
            failed(vmName, tr("%1's document was not read: its database store was closed.").arg(vmName)));
    }
    const QString location = m_database->location(vmName);
    const QString store = m_database->store().display();
    // The text comes from the database, not the editor: delivery is of the saved document. The
    // fetch answers on the driver's thread; validating and rendering go to the thread pool.
    return m_database->driver()
        ->fetch(vmName)
        .then(QtFuture::Launch::Async,
            [vmName, location, store, channel, networkVersion, failed](const PostgresDriver::Fetched& fetched) {
                if (!fetched.document) {
                    return failed(location,
                        fetched.unavailable
                            ? tr("%1's document could not be read from %2: %3").arg(vmName, store, fetched.error)
                            : tr("%1 has no cloud-init document in %2").arg(vmName, store));
                }
                return CloudInitPayload::fromText(fetched.document->yaml, location, vmName, channel, networkVersion);
            })
        .onCanceled([vmName, location, store, failed] {
            // The driver went away with the store before it answered.
            return failed(location, tr("%1's document was not read: %2 was closed.").arg(vmName, store));
        });
}

bool DeliveryPayload::hasSavedDocument(const QString& vmName) const
{
    if (!m_isDatabase) {
        return QFile::exists(QDir(m_directory).filePath(vmName + u".yaml"_s));
    }
    if (!m_database) {
        return false;
    }
    const MetadataDatabaseModel* model = m_database->model();
    const int row = model->rowOf(vmName);
    return row >= 0 && !model->index(row, 0).data(MetadataFileModel::NeedsCreateRole).toBool();
}
