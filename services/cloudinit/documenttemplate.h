// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

// New documents: a commented starter, or any document used as a template, with the instance-id
// and host name filled in for the VM (edited in place, so the template's comments stay).
// Shared by the Metadata page's New and `vmdeskctl metadata new`.
namespace DocumentTemplate {

QByteArray starter();
// `templateText` with metadata.instance-id set to a fresh "<vm>-<8 hex>" and the host name (in
// the template's spelling, local-hostname by default) derived from the VM name.
std::optional<QByteArray> instantiate(const QByteArray& templateText, const QString& vmName, QString* error);
// A host name from a VM display name: letters, digits and hyphens, at most 63 characters.
QString hostnameFor(const QString& vmName);
QString freshInstanceId(const QString& vmName);

} // namespace DocumentTemplate
