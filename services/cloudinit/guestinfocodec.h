// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "metadatadocument.h"

// cloud-init's VMware datasource reads a VM's data from guestinfo keys in its VMX file. This puts
// a document into that form (and reads it back), so that what vmdesk pushes is what the guest's
// DataSourceVMware.py decodes.
namespace GuestInfoCodec {

// What cloud-init's VMware datasource reads: guestinfo.metadata (+ .encoding), guestinfo.userdata (+ .encoding).
struct Values
{
    QByteArray metadata; // encoded values, ASCII
    QByteArray userdata;
};

// meta-data JSON with the network config under its "network" key (networkVersion 1 or 2; the
// network YAML from Renderer::networkData parsed as PyYAML reads it and embedded as JSON).
QByteArray metadataJson(const MetadataDocument& document, const QString& vmName, int networkVersion = 2);
// gzip (RFC 1952) then base64: "gzip+base64".
QByteArray encode(const QByteArray& payload);
inline constexpr auto encodingName = "gzip+base64";
Values render(const MetadataDocument& document, const QString& vmName, int networkVersion = 2);

// The value of a key as cloud-init decodes it: encoding "base64"/"b64", "gzip+base64"/"gz+b64", or
// empty (plain). Whitespace in base64 is skipped. Returns nothing and sets `error` on bad base64 or
// gzip, and on an encoding cloud-init does not know (it would read such a value as plain text).
std::optional<QByteArray> decode(const QByteArray& value, const QString& encoding, QString* error = nullptr);

// Problems that stop a push, in plain words, empty when it fits: each value against
// DeliveryLimits::guestinfoValueLimit, both together against DeliveryLimits::vmxLimit.
QStringList limitProblems(const Values& values);

// guestinfo values, already decoded (metadata as JSON or YAML, userdata, vendordata) → the YAML
// text of a new vmdesk document. Metadata keys go over (public-keys-data becomes public-keys); its
// "network" becomes network_config; user-data is kept byte for byte. What the document cannot
// hold or vmdesk does not serve is said in `notes`. Empty when the metadata cannot be read or
// there is nothing to import (the reason is in `notes`).
QByteArray importDocument(
    const QByteArray& metadata, const QByteArray& userdata, const QByteArray& vendordata, QStringList* notes = nullptr);

} // namespace GuestInfoCodec
