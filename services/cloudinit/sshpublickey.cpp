// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshpublickey.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>

#include "core/printable.h"

using namespace Qt::StringLiterals;

namespace {

struct KeyType
{
    const char* name;
    const char* display;
    int bits; // 0: read from the key itself
    const char* curve; // ECDSA: the curve the blob must name
};

// sk-* keys carry an application string after the public point; the rest match their plain kind.
const KeyType keyTypes[] = {
    { "ssh-ed25519", "ED25519", 256, nullptr },
    { "ssh-rsa", "RSA", 0, nullptr },
    { "ecdsa-sha2-nistp256", "ECDSA", 256, "nistp256" },
    { "ecdsa-sha2-nistp384", "ECDSA", 384, "nistp384" },
    { "ecdsa-sha2-nistp521", "ECDSA", 521, "nistp521" },
    { "ssh-dss", "DSA", 0, nullptr },
    { "sk-ssh-ed25519@openssh.com", "ED25519-SK", 256, nullptr },
    { "sk-ecdsa-sha2-nistp256@openssh.com", "ECDSA-SK", 256, "nistp256" },
};

const KeyType* findType(QStringView name)
{
    for (const KeyType& type : keyTypes) {
        if (name == QLatin1StringView(type.name)) {
            return &type;
        }
    }
    return nullptr;
}

// Reads the SSH wire format (RFC 4251): big-endian uint32 lengths before each string.
class BlobReader
{
public:
    explicit BlobReader(const QByteArray& blob)
        : m_blob(blob)
    { }

    std::optional<QByteArray> string()
    {
        if (m_blob.size() - m_position < 4) {
            return std::nullopt;
        }
        const auto* bytes = reinterpret_cast<const unsigned char*>(m_blob.constData() + m_position);
        const quint32 length
            = (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8) | quint32(bytes[3]);
        if (length > quint32(m_blob.size() - m_position - 4)) {
            return std::nullopt;
        }
        m_position += 4;
        const QByteArray value = m_blob.mid(m_position, qsizetype(length));
        m_position += qsizetype(length);
        return value;
    }

    bool atEnd() const { return m_position == m_blob.size(); }

private:
    const QByteArray& m_blob;
    qsizetype m_position = 0;
};

// The bit length of a positive mpint, as OpenSSL's BN_num_bits counts it.
int mpintBits(const QByteArray& mpint)
{
    qsizetype first = 0;
    while (first < mpint.size() && mpint.at(first) == 0) {
        ++first;
    }
    if (first == mpint.size()) {
        return 0;
    }
    int topBits = 0;
    for (auto top = static_cast<unsigned char>(mpint.at(first)); top != 0; top >>= 1) {
        ++topBits;
    }
    return int(mpint.size() - first - 1) * 8 + topBits;
}

// Skips an authorized_keys options prefix: up to the first space outside double quotes.
QString withoutOptions(const QString& line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && quoted && i + 1 < line.size()) {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if ((c == u' ' || c == u'\t') && !quoted) {
            return line.mid(i + 1).trimmed();
        }
    }
    return QString();
}

// Checks the blob's fields after the type string and returns the key's size in bits.
std::optional<int> readBody(const KeyType& type, BlobReader& reader, QString* error)
{
    const QString truncated = QCoreApplication::translate("SshPublicKey", "the key is truncated or damaged");
    const QLatin1StringView name(type.name);
    int bits = type.bits;
    if (name == u"ssh-rsa") {
        const auto exponent = reader.string();
        const auto modulus = exponent ? reader.string() : std::nullopt;
        if (!modulus) {
            *error = truncated;
            return std::nullopt;
        }
        bits = mpintBits(*modulus);
    } else if (name == u"ssh-dss") {
        const auto p = reader.string();
        if (!p || !reader.string() || !reader.string() || !reader.string()) {
            *error = truncated;
            return std::nullopt;
        }
        bits = mpintBits(*p);
    } else if (type.curve) {
        const auto curve = reader.string();
        const auto point = curve ? reader.string() : std::nullopt;
        if (!point) {
            *error = truncated;
            return std::nullopt;
        }
        if (*curve != type.curve) {
            *error = QCoreApplication::translate("SshPublicKey", "the key says curve %1 but its type is %2")
                         .arg(printable(QString::fromLatin1(*curve).left(40)), QLatin1StringView(type.name));
            return std::nullopt;
        }
    } else {
        const auto publicKey = reader.string();
        if (!publicKey || publicKey->size() != 32) {
            *error = truncated;
            return std::nullopt;
        }
    }
    if (name.startsWith(u"sk-") && !reader.string()) {
        *error = truncated;
        return std::nullopt;
    }
    if (bits <= 0) {
        *error = truncated;
        return std::nullopt;
    }
    if (!reader.atEnd()) {
        *error = QCoreApplication::translate("SshPublicKey", "the key has extra data after its end");
        return std::nullopt;
    }
    return bits;
}

} // namespace

QString SshPublicKey::displayType() const
{
    const KeyType* known = findType(type);
    return known ? u'(' + QLatin1StringView(known->display) + u')' : QString();
}

SshPublicKey SshPublicKey::parse(const QString& line)
{
    SshPublicKey key;
    QString rest = line.trimmed();
    if (rest.isEmpty()) {
        key.error = QCoreApplication::translate("SshPublicKey", "the key is empty");
        return key;
    }
    if (rest.startsWith(u"-----BEGIN") || rest.startsWith(u"PuTTY-User-Key-File")) {
        key.error = rest.contains(u"PRIVATE") || rest.startsWith(u"PuTTY")
            ? QCoreApplication::translate("SshPublicKey",
                "this is a private key: paste the public key instead (the .pub file, one line starting with "
                "ssh-ed25519, ssh-rsa or ecdsa-sha2-...)")
            : QCoreApplication::translate(
                "SshPublicKey", "this is not in OpenSSH format: paste the one-line public key from the .pub file");
        return key;
    }
    QString typeName = rest.section(u' ', 0, 0, QString::SectionSkipEmpty).section(u'\t', 0, 0);
    if (!findType(typeName)) {
        // Perhaps an options prefix; sshd reads it the same way when the first word is no key type.
        const QString afterOptions = withoutOptions(rest);
        const QString next = afterOptions.section(u' ', 0, 0, QString::SectionSkipEmpty).section(u'\t', 0, 0);
        if (!findType(next)) {
            key.error = QCoreApplication::translate("SshPublicKey", "unknown key type \"%1\"")
                            .arg(printable(typeName.left(40)));
            return key;
        }
        rest = afterOptions;
        typeName = next;
    }
    rest = rest.mid(typeName.size()).trimmed();
    qsizetype end = 0;
    while (end < rest.size() && rest.at(end) != u' ' && rest.at(end) != u'\t') {
        ++end;
    }
    const QString encoded = rest.left(end);
    if (encoded.isEmpty()) {
        key.error = QCoreApplication::translate("SshPublicKey", "the key data is missing after %1").arg(typeName);
        return key;
    }
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    bool asciiOnly = true;
    for (QChar c : encoded) {
        asciiOnly = asciiOnly && c.unicode() < 0x80;
    }
    if (!decoded || !asciiOnly || encoded.size() % 4 != 0) {
        key.error = QCoreApplication::translate("SshPublicKey", "the key data is not base64");
        return key;
    }
    const QByteArray& blob = decoded.decoded;
    BlobReader reader(blob);
    const auto innerType = reader.string();
    if (!innerType) {
        key.error = QCoreApplication::translate("SshPublicKey", "the key is truncated or damaged");
        return key;
    }
    if (QString::fromLatin1(*innerType) != typeName) {
        key.error = QCoreApplication::translate("SshPublicKey", "the type says %1 but the key is %2")
                        .arg(typeName, printable(QString::fromLatin1(*innerType).left(40)));
        return key;
    }
    const KeyType& type = *findType(typeName);
    const std::optional<int> bits = readBody(type, reader, &key.error);
    if (!bits) {
        return key;
    }
    key.type = typeName;
    key.bits = *bits;
    key.comment = rest.mid(end).trimmed();
    key.fingerprint = u"SHA256:"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
    return key;
}
