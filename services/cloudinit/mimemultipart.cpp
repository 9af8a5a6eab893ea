// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimemultipart.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// SMTP's limit on a line; a longer one is no longer 7bit.
constexpr qsizetype maxLineLength = 998;

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

bool isSevenBit(const QByteArray& content)
{
    qsizetype lineLength = 0;
    for (const char c : content) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\n') {
            lineLength = 0;
            continue;
        }
        // A CR is left to base64 so that the parser's line-end handling cannot change the bytes.
        if (byte >= 0x80 || (byte < 0x20 && byte != '\t') || byte == 0x7f || ++lineLength > maxLineLength) {
            return false;
        }
    }
    return true;
}

// The header token set of RFC 2045, so that a caller's type cannot break out of its header.
QByteArray headerToken(const QString& text)
{
    QByteArray token;
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && (c.isLetterOrNumber() || QByteArrayView("!#$&^_.+-/").contains(char(c.unicode())))) {
            token += char(c.unicode());
        }
    }
    return token;
}

QByteArray dispositionHeader(const QString& filename)
{
    QString clean;
    for (const QChar c : filename) {
        if (!c.isNonCharacter() && c.category() != QChar::Other_Control) {
            clean += c;
        }
    }
    bool ascii = true;
    for (const QChar c : clean) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        QByteArray quoted = clean.toLatin1();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        return "Content-Disposition: attachment; filename=\"" + quoted + "\"\n";
    }
    // RFC 2231, which Python's email reads back as the Unicode name.
    return "Content-Disposition: attachment; filename*=utf-8''" + clean.toUtf8().toPercentEncoding() + "\n";
}

QByteArray partText(const MimePart& part)
{
    QByteArray type = headerToken(part.contentType);
    if (type.isEmpty()) {
        type = "text/plain";
    }
    const bool sevenBit = isSevenBit(part.content);
    QByteArray text = "Content-Type: " + type;
    if (sevenBit) {
        text += "; charset=\"us-ascii\"";
    } else if (isValidUtf8(part.content)) {
        text += "; charset=\"utf-8\"";
    }
    text += "\nMIME-Version: 1.0\nContent-Transfer-Encoding: ";
    text += sevenBit ? "7bit\n" : "base64\n";
    if (!part.filename.isEmpty()) {
        text += dispositionHeader(part.filename);
    }
    text += '\n';
    if (sevenBit) {
        return text + part.content;
    }
    const QByteArray encoded = part.content.toBase64();
    for (qsizetype at = 0; at < encoded.size(); at += 76) {
        text += encoded.mid(at, 76) + '\n';
    }
    return text;
}

QByteArray randomBoundary()
{
    // Python's email shape: fifteen '=', nineteen digits, two '='.
    const quint64 token = QRandomGenerator::system()->generate64() % 10'000'000'000'000'000'000ULL;
    return "===============" + QByteArray::number(token).rightJustified(19, '0') + "==";
}

struct Line
{
    qsizetype start; // first byte
    qsizetype end; // past the last byte before the line break
    qsizetype next; // first byte of the next line
};

QList<Line> splitLines(const QByteArray& text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype newline = text.indexOf('\n', start);
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        qsizetype end = newline < 0 ? text.size() : newline;
        if (end > start && text.at(end - 1) == '\r') {
            --end;
        }
        lines.append({ start, end, next });
        start = next;
    }
    return lines;
}

struct Headers
{
    QList<std::pair<QByteArray, QByteArray>> fields; // lower-case name, unfolded value
    qsizetype bodyStart = -1; // -1: no empty line ends the headers

    QByteArray value(QByteArrayView name) const
    {
        for (const auto& [key, value] : fields) {
            if (key == name) {
                return value;
            }
        }
        return QByteArray();
    }
};

Headers readHeaders(const QByteArray& text)
{
    Headers headers;
    for (const Line& line : splitLines(text)) {
        const QByteArray content = text.mid(line.start, line.end - line.start);
        if (content.isEmpty()) {
            headers.bodyStart = line.next;
            break;
        }
        if ((content.front() == ' ' || content.front() == '\t') && !headers.fields.isEmpty()) {
            headers.fields.last().second += ' ' + content.trimmed();
            continue;
        }
        const qsizetype colon = content.indexOf(':');
        if (colon > 0) {
            headers.fields.append({ content.left(colon).trimmed().toLower(), content.mid(colon + 1).trimmed() });
        }
    }
    return headers;
}

// The value before the first ';' and the parameters after it, quoted strings unescaped.
struct HeaderValue
{
    QByteArray main;
    QList<std::pair<QByteArray, QByteArray>> parameters;

    QByteArray parameter(QByteArrayView name) const
    {
        for (const auto& [key, value] : parameters) {
            if (key == name) {
                return value;
            }
        }
        return QByteArray();
    }
};

HeaderValue splitHeaderValue(const QByteArray& header)
{
    HeaderValue result;
    QList<QByteArray> pieces;
    QByteArray piece;
    bool quoted = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (quoted && c == '\\' && i + 1 < header.size()) {
            piece += header.at(++i);
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            pieces.append(piece.trimmed());
            piece.clear();
        } else {
            piece += c;
        }
    }
    pieces.append(piece.trimmed());
    result.main = pieces.takeFirst().toLower();
    for (const QByteArray& parameter : std::as_const(pieces)) {
        const qsizetype equals = parameter.indexOf('=');
        if (equals > 0) {
            result.parameters.append(
                { parameter.left(equals).trimmed().toLower(), parameter.mid(equals + 1).trimmed() });
        }
    }
    return result;
}

QString filenameOf(const Headers& headers)
{
    const HeaderValue disposition = splitHeaderValue(headers.value("content-disposition"));
    const QByteArray extended = disposition.parameter("filename*");
    const qsizetype quote = extended.indexOf("''");
    if (quote >= 0) {
        // RFC 2231: charset'language'percent-encoded; user-data producers use utf-8.
        return QString::fromUtf8(QByteArray::fromPercentEncoding(extended.mid(quote + 2)));
    }
    QByteArray plain = disposition.parameter("filename");
    if (plain.isEmpty()) {
        plain = splitHeaderValue(headers.value("content-type")).parameter("name");
    }
    return QString::fromUtf8(plain);
}

std::optional<MimePart> readPart(const QByteArray& text, int number, QString* error)
{
    MimePart part;
    // A part that starts with its empty line has no headers; without any empty line it is all headers.
    const Headers headers = readHeaders(text);
    const QByteArray body = headers.bodyStart < 0 ? QByteArray() : text.mid(headers.bodyStart);
    const QByteArray type = splitHeaderValue(headers.value("content-type")).main;
    part.contentType = type.isEmpty() ? u"text/plain"_s : QString::fromLatin1(type);
    part.filename = filenameOf(headers);
    const QByteArray encoding = headers.value("content-transfer-encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "7bit" || encoding == "8bit" || encoding == "binary") {
        part.content = body;
    } else if (encoding == "base64") {
        QByteArray compact;
        for (const char c : body) {
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t') {
                compact += c;
            }
        }
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *error = QCoreApplication::translate("MimeMultipart", "part %1 is not valid base64").arg(number);
            return std::nullopt;
        }
        part.content = std::move(decoded.decoded);
    } else {
        *error = QCoreApplication::translate(
            "MimeMultipart", "part %1 uses the transfer encoding \"%2\", which is not supported")
                     .arg(number)
                     .arg(QString::fromLatin1(encoding.left(40)));
        return std::nullopt;
    }
    return part;
}

} // namespace

QByteArray MimeMultipart::build(const QList<MimePart>& parts)
{
    QList<QByteArray> texts;
    for (const MimePart& part : parts) {
        texts.append(partText(part));
    }
    QByteArray boundary;
    bool clashes = true;
    while (clashes) {
        boundary = randomBoundary();
        clashes = false;
        for (const QByteArray& text : std::as_const(texts)) {
            clashes = clashes || text.contains(boundary);
        }
    }
    QByteArray message = "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\nMIME-Version: 1.0\n\n";
    for (const QByteArray& text : std::as_const(texts)) {
        // The line break before a delimiter belongs to the delimiter, not to the part.
        message += "--" + boundary + '\n' + text + '\n';
    }
    return message + "--" + boundary + "--\n";
}

std::optional<QList<MimePart>> MimeMultipart::parse(const QByteArray& text, QString* error)
{
    QString ignored;
    QString& message = error ? *error : ignored;
    const Headers headers = readHeaders(text);
    const HeaderValue contentType = splitHeaderValue(headers.value("content-type"));
    if (!contentType.main.startsWith("multipart/") || headers.bodyStart < 0) {
        message = QCoreApplication::translate(
            "MimeMultipart", "this is not a MIME multipart message (no Content-Type: multipart/... header)");
        return std::nullopt;
    }
    const QByteArray boundary = contentType.parameter("boundary");
    if (boundary.isEmpty()) {
        message = QCoreApplication::translate("MimeMultipart", "the multipart message has no boundary");
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    const QByteArray closing = delimiter + "--";
    QList<MimePart> parts;
    qsizetype partStart = -1; // -1: still in the preamble
    qsizetype previousLineBreak = headers.bodyStart; // where the line break before the current line starts
    for (const Line& line : splitLines(text)) {
        if (line.start < headers.bodyStart) {
            continue;
        }
        // RFC 2046 allows trailing white space after a delimiter.
        const QByteArray content = text.mid(line.start, line.end - line.start);
        qsizetype length = content.size();
        while (length > 0 && (content.at(length - 1) == ' ' || content.at(length - 1) == '\t')) {
            --length;
        }
        const QByteArrayView trimmed(content.constData(), length);
        const bool isDelimiter = trimmed == delimiter;
        const bool isClosing = trimmed == closing;
        if ((isDelimiter || isClosing) && partStart >= 0) {
            const qsizetype partEnd = std::max(partStart, previousLineBreak);
            auto part = readPart(text.mid(partStart, partEnd - partStart), int(parts.size()) + 1, &message);
            if (!part) {
                return std::nullopt;
            }
            parts.append(std::move(*part));
        }
        if (isClosing) {
            return parts;
        }
        if (isDelimiter) {
            partStart = line.next;
        }
        previousLineBreak = line.end;
    }
    message = partStart < 0
        ? QCoreApplication::translate("MimeMultipart", "the multipart message has no part with its boundary")
        : QCoreApplication::translate(
            "MimeMultipart", "the multipart message is not terminated (its closing boundary is missing)");
    return std::nullopt;
}

QString MimeMultipart::contentTypeFor(const QByteArray& content)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    if (decoder.hasError()) {
        return u"text/plain"_s;
    }
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace()) {
        ++start;
    }
    const QString head = text.mid(start, 64).toLower();
    // Longest prefix first, as cloud-init sorts them: #cloud-config-archive before #cloud-config.
    static const std::pair<QLatin1StringView, QLatin1StringView> prefixes[] = {
        { "text/x-shellscript-per-instance"_L1, "text/x-shellscript-per-instance"_L1 },
        { "text/x-shellscript-per-once"_L1, "text/x-shellscript-per-once"_L1 },
        { "text/x-shellscript-per-boot"_L1, "text/x-shellscript-per-boot"_L1 },
        { "#cloud-config-archive"_L1, "text/cloud-config-archive"_L1 },
        { "#cloud-config-jsonp"_L1, "text/cloud-config-jsonp"_L1 },
        { "## template: jinja"_L1, "text/jinja2"_L1 },
        { "#cloud-boothook"_L1, "text/cloud-boothook"_L1 },
        { "#cloud-config"_L1, "text/cloud-config"_L1 },
        { "#part-handler"_L1, "text/part-handler"_L1 },
        { "#include-once"_L1, "text/x-include-once-url"_L1 },
        { "#include"_L1, "text/x-include-url"_L1 },
        { "#!"_L1, "text/x-shellscript"_L1 },
    };
    for (const auto& [prefix, type] : prefixes) {
        if (head.startsWith(prefix)) {
            return type;
        }
    }
    return u"text/plain"_s;
}
