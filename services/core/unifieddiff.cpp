// SPDX-License-Identifier: GPL-3.0-or-later
#include "unifieddiff.h"

#include <dtl/dtl.hpp>
#include <vector>

#include <QList>

using namespace Qt::StringLiterals;

namespace {

// Lines keep their '\n', so a last line without one differs from the same text with one, as in diff.
std::vector<QString> splitLines(const QString& text)
{
    std::vector<QString> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', start);
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        lines.push_back(text.mid(start, next - start));
        start = next;
    }
    return lines;
}

struct Edit
{
    dtl::edit_t type;
    QString line;
};

// GNU diff's range: "start,count", just "start" for one line, and for no lines the line before the
// range with ",0" (what patch expects for an empty file).
QString range(qsizetype linesBefore, qsizetype count)
{
    if (count == 0) {
        return QString::number(linesBefore) + u",0"_s;
    }
    if (count == 1) {
        return QString::number(linesBefore + 1);
    }
    return QString::number(linesBefore + 1) + u',' + QString::number(count);
}

void appendLine(QString& out, QChar mark, const QString& line)
{
    out += mark;
    out += line;
    if (!line.endsWith(u'\n')) {
        out += u"\n\\ No newline at end of file\n"_s;
    }
}

} // namespace

QString UnifiedDiff::diff(
    const QString& oldText, const QString& newText, const QString& oldLabel, const QString& newLabel, int context)
{
    if (oldText == newText) {
        return QString();
    }
    context = std::max(context, 0);
    // Deletions first within each change, the order diff -u prints them in.
    dtl::Diff<QString, std::vector<QString>> lineDiff(splitLines(oldText), splitLines(newText), true);
    lineDiff.compose();
    std::vector<Edit> edits;
    for (const auto& [line, info] : lineDiff.getSes().getSequence()) {
        edits.push_back({ info.type, line });
    }

    QString out = u"--- "_s + oldLabel + u"\n+++ "_s + newLabel + u'\n';
    const auto size = qsizetype(edits.size());
    qsizetype oldBefore = 0; // old lines before edits[index]
    qsizetype newBefore = 0;
    qsizetype index = 0;
    qsizetype unprinted = 0; // where the unchanged lines not yet in a hunk start
    while (index < size) {
        if (edits[size_t(index)].type == dtl::SES_COMMON) {
            ++oldBefore;
            ++newBefore;
            ++index;
            continue;
        }
        // A hunk: context before the first change, through every change closer than 2 * context + 1
        // unchanged lines to the previous one, and context after the last.
        const qsizetype leading = std::min<qsizetype>(context, index - unprinted);
        const qsizetype begin = index - leading;
        qsizetype lastChange = index;
        for (qsizetype scan = index; scan < size; ++scan) {
            if (edits[size_t(scan)].type != dtl::SES_COMMON) {
                lastChange = scan;
            } else if (scan - lastChange > 2 * qsizetype(context)) {
                break;
            }
        }
        const qsizetype end = std::min(size, lastChange + 1 + context);
        qsizetype oldCount = 0;
        qsizetype newCount = 0;
        QString body;
        for (qsizetype at = begin; at < end; ++at) {
            const Edit& edit = edits[size_t(at)];
            if (edit.type == dtl::SES_COMMON) {
                ++oldCount;
                ++newCount;
                appendLine(body, u' ', edit.line);
            } else if (edit.type == dtl::SES_DELETE) {
                ++oldCount;
                appendLine(body, u'-', edit.line);
            } else {
                ++newCount;
                appendLine(body, u'+', edit.line);
            }
        }
        out += u"@@ -"_s + range(oldBefore - leading, oldCount) + u" +"_s + range(newBefore - leading, newCount)
            + u" @@\n"_s + body;
        for (qsizetype at = index; at < end; ++at) {
            const dtl::edit_t type = edits[size_t(at)].type;
            oldBefore += type != dtl::SES_ADD ? 1 : 0;
            newBefore += type != dtl::SES_DELETE ? 1 : 0;
        }
        index = end;
        unprinted = end;
    }
    return out;
}
