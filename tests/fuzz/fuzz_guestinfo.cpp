// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what provisioning reads that other tools left behind: a VM's guestinfo values
// (GuestInfoCodec::decode under every encoding spelling, GuestInfoChannel::decode of the keys,
// GuestInfoCodec::importDocument of what they decode to), the networks an OVF descriptor names
// (OvfSource::networksIn) and the address a guest reports (GuestAddressWait::usableAddress).
//
// Input: a first line "ENCODING,ENCODING,ENCODING" (metadata, userdata, vendordata, as their
// .encoding keys hold them; a missing one is no key), then sections separated by "\n--\n":
// metadata, userdata, vendordata (the key is set when its section is there), an OVF descriptor, and
// addresses one a line: the first is guest.ipAddress, each group after an empty line is one NIC.
//
// Checks: the two spellings of an encoding decode alike, an unknown one never decodes, a failure
// says why, what vmdesk encodes decodes back; the channel reads each key as the codec does; an
// imported document reads back as a document holding the user-data byte for byte, or the notes say
// why it does not; every network name is in the descriptor; the address picked is one the guest
// reported, usable, and IPv4 when there is a usable IPv4 address.
#include <cstdint>
#include <cstdlib>

#include <QHostAddress>
#include <QStringDecoder>

#include "check.h"
#include "cloudinit/guestinfocodec.h"
#include "cloudinit/metadatadocument.h"
#include "provisioning/guestaddresswait.h"
#include "provisioning/guestinfochannel.h"
#include "provisioning/ovfsource.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList payloadKeys { u"guestinfo.metadata"_s, u"guestinfo.userdata"_s, u"guestinfo.vendordata"_s };

// The same value under each spelling of its encoding, and under spellings cloud-init does not know.
std::optional<QByteArray> checkedDecode(const QByteArray& value, const QString& encoding)
{
    QString error;
    const std::optional<QByteArray> decoded = GuestInfoCodec::decode(value, encoding, &error);
    FUZZ_CHECK(decoded.has_value() == error.isEmpty());
    return decoded;
}

void checkSpellings(const QByteArray& value)
{
    FUZZ_CHECK(checkedDecode(value, {}) == value);
    const auto base64 = checkedDecode(value, u"base64"_s);
    FUZZ_CHECK(checkedDecode(value, u"b64"_s) == base64);
    const auto gzip = checkedDecode(value, u"gzip+base64"_s);
    FUZZ_CHECK(checkedDecode(value, u"gz+b64"_s) == gzip);
    FUZZ_CHECK(!gzip || base64); // gzip data comes out of base64
    for (const QString& unknown : { u"gzip"_s, u"BASE64"_s, u" base64"_s, u"plain"_s }) {
        FUZZ_CHECK(!checkedDecode(value, unknown));
    }
    // What vmdesk pushes (and base64 broken into lines, as tools write it) reads back as it was.
    FUZZ_CHECK(checkedDecode(GuestInfoCodec::encode(value), u"gzip+base64"_s) == value);
    QByteArray lines = value.toBase64();
    for (qsizetype at = 76; at < lines.size(); at += 78) {
        lines.insert(at, "\r\n");
    }
    FUZZ_CHECK(checkedDecode(lines, u"b64"_s) == value);
}

void checkChannel(const GuestInfoChannel::Keys& keys, const GuestInfoChannel::Decoded& decoded)
{
    QByteArray decodedValues[] = { decoded.metadata, decoded.userdata, decoded.vendordata };
    qsizetype failures = 0;
    for (int i = 0; i < payloadKeys.size(); ++i) {
        const QString& key = payloadKeys.at(i);
        const auto expected = keys.contains(key)
            ? GuestInfoCodec::decode(keys.value(key).toLatin1(), keys.value(key + u".encoding"_s).trimmed())
            : std::optional(QByteArray());
        failures += expected ? 0 : 1;
        FUZZ_CHECK(decodedValues[i] == expected.value_or(QByteArray()));
    }
    FUZZ_CHECK(decoded.problems.size() == failures);
}

void checkImport(const QByteArray& metadata, const QByteArray& userdata, const QByteArray& vendordata)
{
    QStringList notes;
    const QByteArray yaml = GuestInfoCodec::importDocument(metadata, userdata, vendordata, &notes);
    if (yaml.isEmpty()) {
        FUZZ_CHECK(!notes.isEmpty()); // the reason is in the notes
        return;
    }
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(yaml, &error);
    if (!document) {
        const bool said
            = std::any_of(notes.cbegin(), notes.cend(), [&](const QString& note) { return note.contains(error); });
        if (!said) {
            std::fprintf(stderr, "imported:\n%s\nreads as: %s\n", yaml.constData(), qPrintable(error));
        }
        FUZZ_CHECK(said);
        return;
    }
    // User-data is kept byte for byte: the text cloud-init reads (gzip taken off) when it is UTF-8.
    QByteArray userText = userdata;
    if (userText.startsWith("\x1f\x8b")) {
        userText = GuestInfoCodec::decode(userText.toBase64(), u"gzip+base64"_s).value_or(userText);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8(userText);
    if (text.startsWith(QChar(0xfeff))) {
        // The import keeps it, but MetadataDocument::fromYaml reads scalars with
        // QString::fromStdString, which takes it for a byte order mark (tests/fuzz/known/README.md).
        text.remove(0, 1);
    }
    if (utf8.hasError() || userText.isEmpty()) {
        FUZZ_CHECK(!document->userData);
    } else {
        if (document->userData != text) {
            std::fprintf(stderr, "imported:\n%s\nuser-data reads back as:\n%s\n", yaml.constData(),
                qPrintable(document->userData.value_or(u"(none)"_s)));
        }
        FUZZ_CHECK(document->userData == text);
    }
}

// Each name as it is written in the descriptor, with XML's attribute-value normalisation (line ends
// and tabs read as spaces). Only for plain UTF-8 text without entities or a DTD, which could make
// names that are not written as they read.
void checkNetworks(const QByteArray& descriptor, const QStringList& names)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(descriptor);
    if (utf8.hasError() || descriptor.contains('\0') || descriptor.contains('&') || descriptor.contains("<!")
        || descriptor.contains("encoding") || text.startsWith(QChar(0xfeff))) {
        return;
    }
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    for (const QString& name : names) {
        FUZZ_CHECK(text.contains(name));
    }
    FUZZ_CHECK(names.size() <= text.count(u"Network"_s));
}

bool usable(const QString& candidate)
{
    const QHostAddress address(candidate);
    return !address.isNull() && !address.isLoopback() && !address.isLinkLocal();
}

void checkAddress(const QList<QByteArray>& lines)
{
    GuestAddressWait::Seen seen;
    QStringList reported;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        if (i == 0) {
            seen.ipAddress = line;
        } else if (line.isEmpty() || seen.nics.isEmpty()) {
            seen.nics.append({ u"VM Network"_s, u"00:50:56:00:00:%1"_s.arg(seen.nics.size()), {} });
        }
        if (i > 0 && !line.isEmpty()) {
            seen.nics.last().addresses.append(line);
        }
        reported.append(line);
    }
    const QString address = GuestAddressWait::usableAddress(seen);
    const bool anyUsable = std::any_of(reported.cbegin(), reported.cend(), usable);
    const bool anyIpv4 = std::any_of(reported.cbegin(), reported.cend(), [](const QString& candidate) {
        return usable(candidate) && QHostAddress(candidate).protocol() == QAbstractSocket::IPv4Protocol;
    });
    FUZZ_CHECK(address.isEmpty() == !anyUsable);
    if (!address.isEmpty()) {
        FUZZ_CHECK(reported.contains(address) && usable(address));
        FUZZ_CHECK(!anyIpv4 || QHostAddress(address).protocol() == QAbstractSocket::IPv4Protocol);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QList<QByteArray> encodings = input.left(newline < 0 ? input.size() : newline).split(',');
    const QByteArray rest = newline < 0 ? QByteArray() : input.mid(newline + 1);
    QList<QByteArray> sections;
    for (qsizetype from = 0;;) {
        const qsizetype at = rest.indexOf("\n--\n", from);
        sections.append(rest.mid(from, at < 0 ? -1 : at - from));
        if (at < 0) {
            break;
        }
        from = at + 4;
    }

    GuestInfoChannel::Keys keys;
    QByteArray payloads[3];
    for (int i = 0; i < 3 && i < sections.size(); ++i) {
        checkSpellings(sections.at(i));
        keys.insert(payloadKeys.at(i), QString::fromUtf8(sections.at(i)));
        const QString encoding = i < encodings.size() ? QString::fromUtf8(encodings.at(i)) : QString();
        if (i < encodings.size()) {
            keys.insert(payloadKeys.at(i) + u".encoding"_s, encoding);
        }
        // Imported as decoded, or as written when it does not decode (as cloud-init reads an
        // unknown encoding).
        payloads[i] = checkedDecode(sections.at(i), encoding.trimmed()).value_or(sections.at(i));
    }
    checkChannel(keys, GuestInfoChannel::decode(keys));
    checkImport(payloads[0], payloads[1], payloads[2]);

    if (sections.size() > 3) {
        checkNetworks(sections.at(3), OvfSource::networksIn(sections.at(3)));
    }
    if (sections.size() > 4) {
        checkAddress(sections.at(4).split('\n'));
    }
    return 0;
}
