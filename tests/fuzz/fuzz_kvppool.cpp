// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for Hyper-V KVP pool files (/var/lib/hyperv/.kvp_pool_N), which the daemon and the host fill:
// KvpPool::parse of the bytes, KvpPool::serialize of what it read, and the display text of every field.
//
// Input: the pool file itself. Its bytes are also cut at 0x01 into key/value pairs that go through
// KvpPool::checkLimits and, when it accepts them, through serialize and parse as a writer's records.
//
// Checks: one record per whole 2560 bytes, the rest reported as trailing; every field ends at its first NUL or fills
// its field; parse(serialize(records)) == records, and serialize keeps exactly the bytes up to each NUL and zeros
// after; the display text has no control character left and reads back as the UTF-8 when there is nothing to escape;
// a pair checkLimits accepts comes back terminated and unchanged.
#include <cstdint>
#include <cstring>

#include <QStringDecoder>

#include "check.h"
#include "kvp/kvppool.h"

namespace {
void checkText(const QByteArray& bytes, const QString& text)
{
    for (const QChar c : text) {
        FUZZ_CHECK(c.category() != QChar::Other_Control);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8(bytes);
    const bool plain = std::none_of(decoded.cbegin(), decoded.cend(), [](QChar c) {
        return c == u'\\' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
    });
    if (!utf8.hasError() && plain) {
        FUZZ_CHECK(text == decoded);
    }
    if (utf8.hasError()) {
        FUZZ_CHECK(text.contains(u"\\x"));
    }
}

void checkField(const char* field, int size, const QByteArray& parsed, bool terminated)
{
    const void* nul = std::memchr(field, 0, static_cast<size_t>(size));
    FUZZ_CHECK(terminated == (nul != nullptr));
    FUZZ_CHECK(parsed == QByteArray(field, nul ? static_cast<const char*>(nul) - field : size));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const KvpPool::Contents contents = KvpPool::parse(input);
    FUZZ_CHECK(contents.error.isEmpty());
    FUZZ_CHECK(contents.records.size() == input.size() / KvpPool::recordSize);
    FUZZ_CHECK(contents.trailingBytes == input.size() % KvpPool::recordSize);
    for (qsizetype i = 0; i < contents.records.size(); ++i) {
        const KvpRecord& record = contents.records.at(i);
        const char* raw = input.constData() + i * KvpPool::recordSize;
        checkField(raw, KvpPool::keyFieldSize, record.key, record.keyTerminated);
        checkField(raw + KvpPool::keyFieldSize, KvpPool::valueFieldSize, record.value, record.valueTerminated);
        checkText(record.key, record.keyText());
        checkText(record.value, record.valueText());
    }

    const QByteArray written = KvpPool::serialize(contents.records);
    FUZZ_CHECK(written.size() == contents.records.size() * KvpPool::recordSize);
    FUZZ_CHECK(KvpPool::parse(written).records == contents.records);
    FUZZ_CHECK(KvpPool::parse(written).trailingBytes == 0);
    for (qsizetype i = 0; i < contents.records.size(); ++i) {
        const KvpRecord& record = contents.records.at(i);
        const QByteArray out = written.mid(i * KvpPool::recordSize, KvpPool::recordSize);
        const QByteArray keyTail = out.mid(record.key.size(), KvpPool::keyFieldSize - record.key.size());
        const QByteArray valueTail = out.mid(KvpPool::keyFieldSize + record.value.size());
        FUZZ_CHECK(keyTail.count('\0') == keyTail.size() && valueTail.count('\0') == valueTail.size());
    }

    // The input as a writer's pairs: "key\x01value\x01key\x01value...".
    const QList<QByteArray> parts = input.split('\x01');
    QList<KvpRecord> accepted;
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        const bool fits = KvpPool::checkLimits(parts.at(i), parts.at(i + 1), false).isEmpty();
        const bool hostFits = KvpPool::checkLimits(parts.at(i), parts.at(i + 1), true).isEmpty();
        FUZZ_CHECK(fits || !hostFits); // the host's limits are the stricter ones
        FUZZ_CHECK(fits
            == (!parts.at(i).isEmpty() && !parts.at(i).contains('\0') && !parts.at(i + 1).contains('\0')
                && parts.at(i).size() < KvpPool::keyFieldSize && parts.at(i + 1).size() < KvpPool::valueFieldSize));
        if (fits) {
            accepted.append({ parts.at(i), parts.at(i + 1), true, true });
        }
    }
    FUZZ_CHECK(KvpPool::parse(KvpPool::serialize(accepted)).records == accepted);
    return 0;
}
