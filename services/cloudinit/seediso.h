// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "metadatadocument.h"

// A NoCloud seed: an ISO 9660 image labelled "cidata" holding meta-data, user-data and
// network-config, which cloud-init finds on any attached CD-ROM without a network or guestinfo.
namespace SeedIso {

struct Files
{
    QByteArray metaData;
    QByteArray userData;
    QByteArray networkConfig;
};

// Renderer's three payloads; networkVersion 0 serves the version the document asks for.
Files render(const MetadataDocument& document, const QString& vmName, int networkVersion = 0);
// The image (volume id CIDATA, Rock Ridge and Joliet names), written by libarchive. Returns nothing
// and sets `error` when libarchive fails. Pure and thread-safe: callers run it on a worker thread.
std::optional<QByteArray> image(const Files& files, QString* error = nullptr);
// Writes image(files) to path atomically: an old file at path stays whole when this fails.
bool write(const QString& path, const Files& files, QString* error = nullptr);

} // namespace SeedIso
