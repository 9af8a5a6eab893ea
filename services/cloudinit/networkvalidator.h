// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

#include "finding.h"
#include "metadatadocument.h"

// What a guest's network would trip over, found before it boots: addresses and prefixes (v4 and
// v6), a gateway inside one of the interface's subnets, MAC syntax, interface names (at most 15
// characters, unique), MTU range, DNS server addresses and search domains. Findings carry the path
// ("network.interfaces.1.gateway4"); the caller turns paths into lines.
namespace NetworkValidator {

QList<Finding> validate(const MetadataDocument::Network& network);
// A complete `network_config` (version 1 or 2) passed through to the guest.
QList<Finding> validateConfig(const QJsonObject& config);

// RFC 1123 host name: labels of letters, digits and hyphens, 1 to 63 characters, not starting or
// ending with a hyphen; at most 253 characters in all. Empty when fine, else why not.
QString hostnameProblem(const QString& hostname);

} // namespace NetworkValidator
