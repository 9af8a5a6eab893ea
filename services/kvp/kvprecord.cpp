// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvprecord.h"

#include "core/printable.h"

using namespace Qt::StringLiterals;

namespace {
// Length of the well-formed UTF-8 sequence at `at` (Unicode table 3-7: no overlongs, no surrogates, nothing past
// U+10FFFF), or 0. Written out because QStringDecoder only says that something failed, not which bytes.
qsizetype sequenceLength(const QByteArray& bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < bytes.size() ? static_cast<unsigned char>(bytes.at(i)) : 0u; };
    const unsigned lead = byte(at);
    if (lead < 0x80) {
        return 1;
    }
    unsigned low = 0x80, high = 0xbf; // the range of the second byte
    qsizetype length = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        return 0;
    }
    if (byte(at + 1) < low || byte(at + 1) > high) {
        return 0;
    }
    for (qsizetype i = 2; i < length; ++i) {
        if (byte(at + i) < 0x80 || byte(at + i) > 0xbf) {
            return 0;
        }
    }
    return length;
}

// Valid runs go through printable() (which doubles backslashes, so a literal "\x80" in the text stays
// distinguishable from an escaped byte); every byte of an invalid sequence is shown, none is dropped.
QString displayText(const QByteArray& bytes)
{
    QString out;
    qsizetype runStart = 0;
    const auto flushRun
        = [&](qsizetype end) { out += printable(QString::fromUtf8(bytes.constData() + runStart, end - runStart)); };
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype length = sequenceLength(bytes, at);
        if (length > 0) {
            at += length;
            continue;
        }
        flushRun(at);
        out += u"\\x"_s + QString::number(static_cast<unsigned char>(bytes.at(at)), 16).rightJustified(2, u'0');
        runStart = ++at;
    }
    flushRun(bytes.size());
    return out;
}
} // namespace

QString KvpRecord::keyText() const
{
    return displayText(key);
}

QString KvpRecord::valueText() const
{
    return displayText(value);
}
