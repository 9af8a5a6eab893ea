// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include "finding.h"
#include "metadatadocument.h"

// Everything wrong with one VM's <key>.yaml, each finding at its line and column in that text:
// YAML syntax, the instance id and host name, the network, a passed-through network_config, and
// the user-data as cloud-init would judge it (lines inside `userdata: |` map to the file's lines).
// Thread-safe and pure, so that the editor runs it off the GUI thread as the admin types.
namespace DocumentValidator {

// ForEditing also reads what the editor's form shows, so that the GUI thread never parses.
enum class Detail { Findings, ForEditing };

struct Result
{
    std::optional<MetadataDocument> document; // when the text could be read at all
    QList<Finding> findings;
    QJsonObject json; // the whole document as PyYAML reads it, with any key it has (when readable)
    QJsonObject cloudConfig; // ForEditing: `userdata` read as YAML; empty when it is no YAML map
};

Result validate(const QByteArray& text, Detail detail = Detail::Findings);

} // namespace DocumentValidator
