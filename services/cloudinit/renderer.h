// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "metadatadocument.h"

// Turns a MetadataDocument into exactly what the guest receives. One renderer for the metadata
// server, the editor's preview and the CLI, so what is previewed is what is served.
namespace Renderer {

// meta-data as JSON with the seed's keys. `vmName` fills instance-id and hostname when the document has none.
QByteArray metaData(const MetadataDocument& document, const QString& vmName);
// network-config version 1 (YAML): one physical interface, a static or DHCP subnet.
QByteArray networkData(const MetadataDocument& document);
// user-data as written, trimmed; an empty cloud-config when the document has none.
QByteArray userData(const MetadataDocument& document);

} // namespace Renderer
