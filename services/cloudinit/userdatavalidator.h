// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "cloudinit/finding.h"

// Checks user-data the way cloud-init 22.4 (Debian 12) would read it, against cloud-init's own
// cloud-config schema (fetched with apt at build time and built in), and a little beyond it: what
// cloud-init silently ignores is reported as a warning.
//
// The verdict "valid" is: no Error finding. For a cloud-config it equals `cloud-init schema -c`'s
// exit status 0. Where cloud-init's check refuses the text for not being a cloud-config at all
// (no "#cloud-config" first line: a script, or a YAML map without the header), this validator
// judges the text as what it is: a script is checked as a script, and a header-less map gets a
// warning because cloud-init boots without applying it. Compare verdicts therefore as
// `!Findings::hasError(validate(text)) && kindOf(text) == UserDataKind::CloudConfig`.
namespace UserDataValidator {

enum class UserDataKind { Empty, CloudConfig, Script, Boothook, Include, Multipart, Unknown };

// By the first line, as cloud-init's part handlers pick one (longest matching prefix wins);
// gzip-compressed user-data is Unknown.
UserDataKind kindOf(const QByteArray& userData);

// Thread-safe; never throws. Lines and columns are 1-based in userData.
QList<Finding> validate(const QByteArray& userData);

// A cloud-config body without the header requirement (a multipart's text/cloud-config part).
QList<Finding> validateCloudConfig(const QByteArray& yaml);

// The top-level keys cloud-init's schema knows (every module's settings).
QStringList knownTopLevelKeys();

} // namespace UserDataValidator
