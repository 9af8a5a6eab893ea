// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>

#include "finding.h"
#include "metadatadocument.h"

// Everything wrong with one VM's <key>.yaml, each finding at its line and column in that text:
// YAML syntax, the instance id and host name, the network, a passed-through network_config, and
// the user-data as cloud-init would judge it (lines inside `userdata: |` map to the file's lines).
// Thread-safe and pure, so that the editor runs it off the GUI thread as the admin types.
namespace DocumentValidator {

struct Result
{
    std::optional<MetadataDocument> document; // when the text could be read at all
    QList<Finding> findings;
};

Result validate(const QByteArray& text);

} // namespace DocumentValidator
