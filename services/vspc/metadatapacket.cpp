// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatapacket.h"

#include <QCoreApplication>

namespace MetadataPacket {

namespace {
QByteArray terminator(LineEnding ending)
{
    return ending == LineEnding::LfCr ? QByteArrayLiteral("\n\r") : QByteArrayLiteral("\n");
}

QByteArray codeSuffix(Request request)
{
    switch (request) {
    case Request::MetaData:
        return QByteArrayLiteral("METADATA");
    case Request::NetworkData:
        return QByteArrayLiteral("NETWORKDATA");
    case Request::UserData:
        return QByteArrayLiteral("USERDATA");
    case Request::Invalid:
        break;
    }
    return {};
}
} // namespace

ParsedRequest parse(const QByteArray& line)
{
    ParsedRequest parsed;
    const qsizetype hash = line.indexOf('#');
    parsed.code = line.mid(2, hash < 0 ? -1 : hash - 2).left(64);
    if (!line.startsWith("!!") || hash < 0) {
        parsed.problem = QCoreApplication::translate("MetadataPacket", "no '#' after the packet code");
        return parsed;
    }
    for (const Request request : { Request::MetaData, Request::NetworkData, Request::UserData }) {
        if (parsed.code == "REQUEST_" + codeSuffix(request)) {
            parsed.request = request;
            return parsed;
        }
    }
    parsed.problem = QCoreApplication::translate("MetadataPacket", "unknown packet code");
    return parsed;
}

QByteArray response(Request request, const QByteArray& payload, LineEnding ending)
{
    return "!!RESPONSE_" + codeSuffix(request) + '#' + payload.toBase64() + terminator(ending);
}

QByteArray error(const QString& message, LineEnding ending)
{
    return "!!ERROR#" + message.toUtf8().toBase64() + terminator(ending);
}

QString name(Request request)
{
    return QString::fromLatin1(codeSuffix(request));
}

} // namespace MetadataPacket
