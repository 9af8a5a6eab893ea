// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include <crypt.h>
#include <cstring>
#include <memory>

#include <QByteArray>

namespace {

// crypt_data holds state derived from the password, so it is wiped, not just freed.
struct CryptData
{
    crypt_data data {};
    ~CryptData() { explicit_bzero(&data, sizeof data); }
};

// The password's UTF-8 bytes, wiped when they go out of scope.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text)
        : m_bytes(text.toUtf8())
    { }
    ~SecretBytes() { explicit_bzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }
    bool hasNul() const { return m_bytes.contains('\0'); }

private:
    QByteArray m_bytes;
};

// Hashes with `setting` (a salt or a whole hash); empty on failure.
QByteArray hashWith(const SecretBytes& password, const QByteArray& setting)
{
    if (password.hasNul()) {
        return QByteArray();
    }
    // About 32 KiB: on the heap, as a worker thread's stack may be small.
    auto data = std::make_unique<CryptData>();
    const char* hashed = crypt_rn(password.data(), setting.constData(), &data->data, sizeof data->data);
    // A failing crypt_rn may still return a "*" failure token on some builds; neither is a hash.
    if (!hashed || hashed[0] == '*') {
        return QByteArray();
    }
    return QByteArray(hashed);
}

} // namespace

QString PasswordHash::sha512Crypt(const QString& password)
{
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    // No random bytes given: libcrypt takes them from the OS (getrandom/getentropy).
    if (!crypt_gensalt_rn("$6$", 0, nullptr, 0, setting, sizeof setting)) {
        return QString();
    }
    const SecretBytes secret(password);
    return QString::fromLatin1(hashWith(secret, QByteArray(setting)));
}

bool PasswordHash::matches(const QString& password, const QString& hash)
{
    if (hash.isEmpty()) {
        return false;
    }
    const SecretBytes secret(password);
    const QByteArray expected = hash.toLatin1();
    const QByteArray actual = hashWith(secret, expected);
    if (actual.isEmpty() || actual.size() != expected.size()) {
        return false;
    }
    // Constant time, so the comparison reveals nothing about how much of a guess was right.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i) {
        difference |= static_cast<unsigned char>(actual.at(i) ^ expected.at(i));
    }
    return difference == 0;
}
