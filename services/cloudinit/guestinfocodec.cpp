// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestinfocodec.h"

#include <cmath>
#include <zlib.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include "deliverylimits.h"
#include "pyyamljson.h"
#include "renderer.h"
#include "yamltextedit.h"

using namespace Qt::StringLiterals;

namespace GuestInfoCodec {

namespace {
// lupdate files these texts under "GuestInfoCodec", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GuestInfoCodec)
};

constexpr int gzipWindowBits = 15 + 16; // zlib's way of asking for a gzip header and trailer

// Whole payloads at once: a guestinfo value is far below zlib's 4 GiB uInt counts.
QByteArray gzip(const QByteArray& data)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, gzipWindowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH); // deflateBound leaves room for all of it
    out.truncate(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// As Python's gzip module reads it (cloud-init's util.decomp_gzip): members one after another,
// zero bytes after the last one ignored, an empty input empty.
std::optional<QByteArray> gunzip(const QByteArray& data, QString* why)
{
    z_stream stream {};
    inflateInit2(&stream, gzipWindowBits);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[64 * 1024];
    for (int status = Z_OK; status == Z_OK && !data.isEmpty();) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (status == Z_STREAM_END) {
            while (stream.avail_in > 0 && *stream.next_in == 0) {
                ++stream.next_in;
                --stream.avail_in;
            }
            status = stream.avail_in > 0 ? inflateReset(&stream) : Z_STREAM_END;
        } else if (status == Z_BUF_ERROR && stream.avail_in == 0) {
            *why = Text::tr("the gzip data ends early");
        } else if (status != Z_OK) {
            *why = Text::tr("the data is not valid gzip (zlib: %1)")
                       .arg(QLatin1String(stream.msg ? stream.msg : "error"));
        }
    }
    inflateEnd(&stream);
    return why->isEmpty() ? std::optional(out) : std::nullopt;
}

std::optional<QByteArray> fromBase64(const QByteArray& value, QString* why)
{
    QByteArray text = value;
    text.removeIf([](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
    const auto result
        = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    using Status = QByteArray::Base64DecodingStatus;
    if (result.decodingStatus == Status::Ok) {
        return result.decoded;
    }
    *why = result.decodingStatus == Status::IllegalCharacter ? Text::tr("it holds a character that is not base64")
        : result.decodingStatus == Status::IllegalPadding    ? Text::tr("its \"=\" padding is wrong")
                                                             : Text::tr("its length is not that of base64");
    return std::nullopt;
}

QString kib(qint64 bytes)
{
    // Rounded up, so that a value one byte over the limit never reads as the limit.
    return QString::number(std::ceil(double(bytes) * 10 / 1024) / 10, 'f', 1);
}

// cloud-init's load_json_or_yaml: JSON first, then YAML as PyYAML reads it.
std::optional<QJsonValue> jsonOrYaml(const QByteArray& text, QString* why)
{
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(text, &jsonError);
    if (jsonError.error == QJsonParseError::NoError) {
        return json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    }
    const PyYamlJson::Document yaml = PyYamlJson::parse(text);
    if (!yaml.ok) {
        *why = yaml.error;
        return std::nullopt;
    }
    return yaml.value;
}

// A literal block scalar gives the text back byte for byte where YAML can say it without escapes.
// Not for line breaks alone: a block without a line of text reads as empty under every chomping.
QByteArray userdataEntry(const QString& text)
{
    const bool literal = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c != u'\n'; })
        && std::none_of(text.cbegin(), text.cend(), [](QChar c) {
               const char16_t u = c.unicode();
               return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029
                   || u >= 0xfffe || c.isSurrogate() || c.category() == QChar::Other_Format;
           });
    if (!literal) {
        return "userdata: " + YamlTextEdit::scalar(text) + '\n';
    }
    const QStringList lines = (text.endsWith(u'\n') ? text.chopped(1) : text).split(u'\n');
    // The indentation is taken from the first line with text unless the header says it.
    bool indicator = false;
    for (const QString& line : lines) {
        indicator = line.startsWith(u' ');
        if (indicator || !line.isEmpty()) {
            break;
        }
    }
    QByteArray out = "userdata: |";
    out += indicator ? "2" : "";
    out += !text.endsWith(u'\n') ? "-" : text.endsWith(u"\n\n"_s) ? "+" : "";
    out += '\n';
    for (const QString& line : lines) {
        out += (line.isEmpty() ? QByteArray() : "  " + line.toUtf8()) + '\n';
    }
    return out;
}
} // namespace

QByteArray metadataJson(const MetadataDocument& document, const QString& vmName, int networkVersion)
{
    QJsonObject metadata = QJsonDocument::fromJson(Renderer::metaData(document, vmName)).object();
    metadata.insert(u"network"_s, PyYamlJson::parse(Renderer::networkData(document, networkVersion)).value);
    return QJsonDocument(metadata).toJson(QJsonDocument::Compact);
}

QByteArray encode(const QByteArray& payload)
{
    return gzip(payload).toBase64();
}

Values render(const MetadataDocument& document, const QString& vmName, int networkVersion)
{
    return { encode(metadataJson(document, vmName, networkVersion)), encode(Renderer::userData(document)) };
}

std::optional<QByteArray> decode(const QByteArray& value, const QString& encoding, QString* error)
{
    QString why;
    std::optional<QByteArray> result;
    if (encoding.isEmpty()) {
        return value;
    } else if (encoding == u"base64"_s || encoding == u"b64"_s) {
        result = fromBase64(value, &why);
    } else if (encoding == u"gzip+base64"_s || encoding == u"gz+b64"_s) {
        result = fromBase64(value, &why);
        if (result) {
            result = gunzip(*result, &why);
        }
    } else {
        why = Text::tr("cloud-init knows base64, b64, gzip+base64 and gz+b64 and would read this value as plain text");
    }
    if (!result && error) {
        *error = Text::tr("cannot decode %1: %2").arg(encoding, why);
    }
    return result;
}

QStringList limitProblems(const Values& values)
{
    QStringList problems;
    const auto perValue = [&](const QString& name, const QByteArray& value) {
        if (value.size() > DeliveryLimits::guestinfoValueLimit) {
            problems.append(Text::tr("%1 is %2 KiB after %3; VMware guestinfo takes at most %4 KiB per value")
                                .arg(name, kib(value.size()), QLatin1String(encodingName))
                                .arg(DeliveryLimits::guestinfoValueLimit / 1024));
        }
    };
    perValue(u"meta-data"_s, values.metadata);
    perValue(u"user-data"_s, values.userdata);
    const qint64 total = values.metadata.size() + values.userdata.size();
    if (total > DeliveryLimits::vmxLimit) {
        problems.append(
            Text::tr("meta-data and user-data are %1 KiB together after %2; a VMX file takes at most %3 KiB")
                .arg(kib(total), QLatin1String(encodingName))
                .arg(DeliveryLimits::vmxLimit / 1024));
    }
    return problems;
}

QByteArray importDocument(
    const QByteArray& metadata, const QByteArray& userdata, const QByteArray& vendordata, QStringList* notes)
{
    QStringList ignored;
    QStringList& said = notes ? *notes : ignored;
    QJsonObject meta;
    if (!metadata.trimmed().isEmpty()) {
        QString why;
        const std::optional<QJsonValue> value = jsonOrYaml(metadata, &why);
        if (!value || !value->isObject()) {
            said.append(value ? Text::tr("the metadata is not a map of keys")
                              : Text::tr("the metadata is neither JSON nor YAML: %1").arg(why));
            return {};
        }
        meta = value->toObject();
    }
    // A null says nothing (vmdesk itself pushes "tags": null for a document without tags), and
    // the document reads it as a value of the wrong type.
    for (const QString& key : meta.keys()) {
        if (meta.value(key).isNull()) {
            meta.remove(key);
        }
    }
    QJsonObject root;
    // As DataSourceVMware.process_metadata: a map is the config, text is decoded with network.encoding.
    QJsonValue network = meta.take(u"network"_s);
    const QString networkEncoding = meta.take(u"network.encoding"_s).toString();
    if (network.isString()) {
        QString why;
        const std::optional<QByteArray> text = decode(network.toString().toUtf8(), networkEncoding, &why);
        const std::optional<QJsonValue> parsed = text ? jsonOrYaml(*text, &why) : std::nullopt;
        network = parsed.value_or(QJsonValue());
        if (!parsed) {
            said.append(Text::tr("the metadata's network was not imported: %1").arg(why));
        }
    }
    if (network.isObject()) {
        root.insert(u"network_config"_s, network); // its version is checked when the document is read
    } else if (!network.isUndefined() && !network.isNull()) {
        said.append(Text::tr("the metadata's network is not a map; it was not imported"));
    }
    // cloud-init takes public-keys-data before public-keys; the document knows the list.
    for (const QString& key : { u"public-keys-data"_s, u"public_keys_data"_s }) {
        if (meta.contains(key)) {
            const QStringList keys = meta.take(key).toString().split(u'\n', Qt::SkipEmptyParts);
            meta.remove(u"public_keys"_s);
            meta.insert(u"public-keys"_s, QJsonArray::fromStringList(keys));
        }
    }
    static const QStringList served { u"instance-id"_s, u"instance_id"_s, u"local-hostname"_s, u"hostname"_s,
        u"public-keys"_s, u"public_keys"_s, u"ami-id"_s, u"ami_id"_s, u"region"_s, u"availability-zone"_s,
        u"availability_zone"_s, u"tags"_s };
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!served.contains(it.key())) {
            said.append(
                Text::tr("metadata key \"%1\" is kept in the document, but vmdesk does not serve it").arg(it.key()));
        }
    }
    if (!meta.isEmpty()) {
        root.insert(u"metadata"_s, meta);
    }
    QByteArray body;
    if (!root.isEmpty()) {
        body += YamlTextEdit::toYaml(root) + '\n';
    }
    QByteArray userText = userdata;
    if (userText.startsWith("\x1f\x8b")) { // cloud-init takes gzip-compressed user-data as its text
        QString why;
        if (const std::optional<QByteArray> text = gunzip(userText, &why)) {
            userText = *text;
            said.append(Text::tr("the user-data was gzip-compressed; it was imported uncompressed"));
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8(userText);
    if (utf8.hasError()) {
        said.append(Text::tr("the user-data (%1 bytes) is not UTF-8 text; it was not imported").arg(userText.size()));
    } else if (!userText.isEmpty()) {
        body += userdataEntry(text);
    }
    if (!vendordata.isEmpty()) {
        said.append(
            Text::tr("the vendor-data (%1 bytes) was not imported: a vmdesk document has none").arg(vendordata.size()));
    }
    // A comment alone is not a document (it must be a map): the editor would open it with an error.
    if (body.isEmpty()) {
        said.append(Text::tr("there is no metadata or user-data to import"));
        return {};
    }
    // What the import keeps as written (a network_config of another version, tags or keys of
    // another shape) can be what a document refuses: the admin reads why before fixing it.
    const QByteArray out = "# Imported from VMware guestinfo by vmdesk.\n" + body;
    QString refused;
    if (!MetadataDocument::fromYaml(out, &refused)) {
        said.append(Text::tr("the imported document needs editing before it can be used: %1").arg(refused));
    }
    return out;
}

} // namespace GuestInfoCodec
