// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace {
bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}
} // namespace

DiffView::DiffView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("No changes"));
}

void DiffView::setDiff(const QString& unifiedDiff)
{
    m_diff = unifiedDiff;
    render();
}

QList<DiffView::LineKind> DiffView::classify(const QStringList& lines)
{
    static const QRegularExpression hunkHeader(u"^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@"_s);
    QList<LineKind> kinds;
    kinds.reserve(lines.size());
    qint64 oldLeft = 0;
    qint64 newLeft = 0;
    for (const QString& line : lines) {
        if (oldLeft <= 0 && newLeft <= 0) {
            const QRegularExpressionMatch match = hunkHeader.match(line);
            if (match.hasMatch()) {
                oldLeft = match.captured(1).isNull() ? 1 : match.captured(1).toLongLong();
                newLeft = match.captured(2).isNull() ? 1 : match.captured(2).toLongLong();
                kinds.append(LineKind::Hunk);
            } else {
                kinds.append(line.startsWith(u'\\') ? LineKind::Note : LineKind::Header);
            }
            continue;
        }
        if (line.startsWith(u'+')) {
            --newLeft;
            kinds.append(LineKind::Added);
        } else if (line.startsWith(u'-')) {
            --oldLeft;
            kinds.append(LineKind::Removed);
        } else if (line.startsWith(u'\\')) {
            kinds.append(LineKind::Note);
        } else {
            --oldLeft;
            --newLeft;
            kinds.append(LineKind::Context);
        }
    }
    return kinds;
}

QBrush DiffView::background(LineKind kind) const
{
    // Hand-picked pairs: tints derived from the palette lose contrast on one of the two backgrounds.
    const bool dark = isDark(palette());
    switch (kind) {
    case LineKind::Added:
        return QColor(dark ? "#1b4721" : "#dafbe1");
    case LineKind::Removed:
        return QColor(dark ? "#5c1e22" : "#ffebe9");
    case LineKind::Hunk:
        return QColor(dark ? "#1c2d4a" : "#ddf4ff");
    case LineKind::Header:
    case LineKind::Context:
    case LineKind::Note:
        break;
    }
    return Qt::NoBrush;
}

QColor DiffView::foreground(LineKind kind) const
{
    const bool dark = isDark(palette());
    switch (kind) {
    case LineKind::Added:
        return QColor(dark ? "#aff5b4" : "#116329");
    case LineKind::Removed:
        return QColor(dark ? "#ffdcd7" : "#82071e");
    case LineKind::Hunk:
        return QColor(dark ? "#79b8ff" : "#1a5fb4");
    case LineKind::Note:
        return palette().color(QPalette::PlaceholderText);
    case LineKind::Header:
    case LineKind::Context:
        break;
    }
    return palette().color(QPalette::Text);
}

void DiffView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        render();
    }
}

void DiffView::render()
{
    QStringList lines = m_diff.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    m_kinds = classify(lines);
    document()->clear();
    if (lines.isEmpty()) {
        return; // the placeholder says "No changes"
    }
    // Block backgrounds, which QPlainTextEdit paints across the whole width, not only behind text.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineKind kind = m_kinds.at(i);
        QTextBlockFormat block;
        block.setBackground(background(kind));
        QTextCharFormat text;
        text.setForeground(foreground(kind));
        if (kind == LineKind::Header) {
            text.setFontWeight(QFont::Bold);
        }
        if (i == 0) {
            cursor.setBlockFormat(block);
            cursor.setBlockCharFormat(text);
        } else {
            cursor.insertBlock(block, text);
        }
        cursor.insertText(lines.at(i), text);
    }
    cursor.endEditBlock();
    moveCursor(QTextCursor::Start);
}
