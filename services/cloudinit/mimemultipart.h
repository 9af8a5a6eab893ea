// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

// One part of multipart user-data: a cloud-config, a script, an include list...
struct MimePart
{
    QString filename;
    QString contentType; // "text/cloud-config", "text/x-shellscript", "text/cloud-boothook", "text/x-include-url", ...
    QByteArray content;

    friend bool operator==(const MimePart&, const MimePart&) = default;
};

// Multipart user-data as `cloud-init devel make-mime` writes it (Python's email package underneath),
// so one payload can carry a cloud-config and scripts together.
namespace MimeMultipart {

// A multipart/mixed message. A part that is plain ASCII with short lines is sent as readable 7bit
// text with charset us-ascii; anything else as base64, with charset utf-8 when it is valid UTF-8.
// The boundary is random and checked to occur in no part.
QByteArray build(const QList<MimePart>& parts);

// The parts of a multipart message, their transfer encoding undone. Reads the subset user-data
// producers write: 7bit/8bit/binary and base64 parts, one level deep (a nested multipart comes back
// as one part). Nothing, with `error` set, when the text is no multipart message, has no boundary,
// is not terminated, or a part cannot be decoded.
std::optional<QList<MimePart>> parse(const QByteArray& text, QString* error);

// The type cloud-init gives a payload from its first characters (#cloud-config, #!, #include, ...),
// as its handlers' type_from_starts_with does; "text/plain" when none fits or it is not UTF-8.
QString contentTypeFor(const QByteArray& content);

} // namespace MimeMultipart
