// SPDX-License-Identifier: GPL-3.0-or-later
#include "printable.h"

using namespace Qt::StringLiterals;

QString printable(QStringView text)
{
    const auto needsEscape = [](QChar c) {
        return c == u'\\' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph;
    };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape)) {
        return text.toString();
    }
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!needsEscape(c)) {
            out += c;
        } else if (c == u'\\') {
            out += u"\\\\"_s;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c.unicode() < 0x100) {
            out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
        } else {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        }
    }
    return out;
}
