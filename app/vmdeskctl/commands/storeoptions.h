// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "cloudinit/metadatastore.h"

class MetadataDriver;
class QCommandLineParser;
class QObject;

// --store and --password-env, shared by serve-metadata and the `metadata` store commands. The
// PostgreSQL password comes from the variable --password-env names, never from the command line
// (every user can read it in ps) nor from the URL (which is shown and logged).
class StoreOptions
{
public:
    struct Store
    {
        MetadataStore store;
        QString password; // PostgreSQL only
    };

    void addTo(QCommandLineParser& parser) const;
    // `directoryOption` names an older option (--directory DIR) that means --store file:DIR, if the
    // command has one. A file store must be an existing folder. On failure sets `error` to a usage
    // message that never repeats a password.
    std::optional<Store> read(
        const QCommandLineParser& parser, QString* error, const QString& directoryOption = {}) const;
};

// The driver the metadata server reads `store` through: a FileDriver or a PostgresDriver.
std::unique_ptr<MetadataDriver> makeMetadataDriver(const StoreOptions::Store& store, QObject* parent = nullptr);
