// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The seed's packet protocol on a serial line: "!!CODE#<base64>" requests and responses.
namespace MetadataPacket {

enum class Request { Invalid, MetaData, NetworkData, UserData };
enum class LineEnding { Lf, LfCr };

struct ParsedRequest
{
    Request request = Request::Invalid;
    QByteArray code; // as received, for logs and error replies
    QString problem; // why it is Invalid
};

ParsedRequest parse(const QByteArray& line);
QByteArray response(Request request, const QByteArray& payload, LineEnding ending);
QByteArray error(const QString& message, LineEnding ending);
QString name(Request request); // "METADATA", ...

} // namespace MetadataPacket
