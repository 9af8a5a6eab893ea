// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include "metadatadocument.h"

// Turns a MetadataDocument into exactly what the guest receives. One renderer for the metadata
// server, the editor's preview and the CLI, so what is previewed is what is served.
namespace Renderer {

// meta-data as JSON with the seed's keys. `vmName` fills instance-id and hostname when the document has none.
QByteArray metaData(const MetadataDocument& document, const QString& vmName);
// network-config (YAML): the document's `network_config` as written, else its interfaces as version
// `version` (0: as the document asks, version 1 unless it says `version: 2`). DHCP on eth0 without
// a network section. The DNS servers and search domains go with the first interface, where both
// cloud-init's ENI and netplan renderers write them (a v1 global nameserver entry is lost in netplan).
QByteArray networkData(const MetadataDocument& document, int version = 0);
// user-data as written, trimmed; an empty cloud-config when the document has none.
QByteArray userData(const MetadataDocument& document);

} // namespace Renderer
