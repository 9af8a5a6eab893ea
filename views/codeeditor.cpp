// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeeditor.h"

#include <algorithm>
#include <climits>
#include <memory>

#include <QAction>
#include <QFontDatabase>
#include <QHash>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QToolTip>

#include "snippets.h"
#include "yamlhighlighter.h"

using namespace Qt::StringLiterals;

// The strip left of the text: line numbers and a dot per line with findings.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumberArea(event); }
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto* help = static_cast<QHelpEvent*>(event);
            if (!m_editor->lineNumberAreaToolTip(help->pos(), help->globalPos())) {
                event->ignore();
            }
            return true;
        }
        return QWidget::event(event);
    }

private:
    CodeEditor* m_editor;
};

namespace {
constexpr int IndentWidth = 2; // YAML forbids tabs; two spaces is what cloud-init's docs use

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

int leadingSpaces(const QString& text)
{
    int n = 0;
    while (n < text.size() && text.at(n) == u' ') {
        ++n;
    }
    return n;
}

QColor severityColour(Finding::Severity severity)
{
    // Saturated enough to read on light and dark bases alike.
    return severity == Finding::Severity::Error ? QColor(0xe0, 0x1b, 0x24) : QColor(0xe5, 0xa5, 0x0a);
}

// The header line must stay a comment: "# #cloud-config" or "cloud-config" would change what
// cloud-init does with the whole text.
bool isHeaderBlock(const QTextBlock& block)
{
    const QString text = block.text();
    return !block.previous().isValid()
        && (text.startsWith(u"#cloud-"_s) || text.startsWith(u"#!"_s) || text.startsWith(u"## template:"_s));
}

// The part of a line a finding at a 1-based column points at: the token there (a quoted string, a
// flow collection, a list item, a key or a plain word), or the line's content when the column
// says nothing useful.
std::pair<int, int> tokenAt(const QString& text, int column)
{
    const int n = text.size();
    int content = 0;
    while (content < n && isBlank(text.at(content))) {
        ++content;
    }
    int lineEnd = n;
    while (lineEnd > content && isBlank(text.at(lineEnd - 1))) {
        --lineEnd;
    }
    int start = column - 1;
    while (start >= 0 && start < n && isBlank(text.at(start))) {
        ++start;
    }
    if (column <= 0 || start >= n) {
        return { content, lineEnd };
    }
    const QChar c = text.at(start);
    int end = start + 1;
    if (c == u'\'' || c == u'"') {
        while (end < n && text.at(end) != c) {
            end += text.at(end) == u'\\' && c == u'"' ? 2 : 1;
        }
        return { start, std::min(end + 1, n) };
    }
    if (c == u'[' || c == u'{') {
        int depth = 1;
        for (; end < n && depth > 0; ++end) {
            depth += text.at(end) == u'[' || text.at(end) == u'{' ? 1 : 0;
            depth -= text.at(end) == u']' || text.at(end) == u'}' ? 1 : 0;
        }
        return { start, end };
    }
    if (c == u'-' && (end == n || isBlank(text.at(end)))) {
        return { start, lineEnd };
    }
    while (end < n && !isBlank(text.at(end)) && text.at(end) != u',' && text.at(end) != u']' && text.at(end) != u'}'
        && !(text.at(end) == u':' && (end + 1 == n || isBlank(text.at(end + 1))))) {
        ++end;
    }
    return { start, end };
}

// Where a comment starts in a YAML line (a '#' after a blank, outside quotes), or -1.
int commentStart(const QString& text)
{
    QChar quote;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            quote = c == quote ? QChar() : quote;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'#' && (i == 0 || isBlank(text.at(i - 1)))) {
            return i;
        }
    }
    return -1;
}
} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumberArea(new LineNumberArea(this))
    , m_highlighter(new YamlHighlighter(document()))
    , m_toggleCommentAction(new QAction(tr("Toggle comment"), this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    m_toggleCommentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_toggleCommentAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_toggleCommentAction, &QAction::triggered, this, &CodeEditor::toggleComment);
    addAction(m_toggleCommentAction);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateMarginWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect& rect, int dy) {
        if (dy != 0) {
            m_lineNumberArea->scroll(0, dy);
        } else {
            m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
        }
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        updateExtraSelections();
        m_lineNumberArea->update(); // the current line's number is drawn emphasised
    });
    applyPalette();
    updateMarginWidth();
}

CodeEditor::~CodeEditor() = default;

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    const QFontMetrics metrics(font());
    return 3 + metrics.height() / 2 + 3 + metrics.horizontalAdvance(u'9') * std::max(2, digits) + 6;
}

void CodeEditor::updateMarginWidth()
{
    const int width = lineNumberAreaWidth();
    if (width != m_marginWidth) {
        m_marginWidth = width; // setViewportMargins relayouts, so only when the digit count changes
        setViewportMargins(width, 0, 0, 0);
        const QRect contents = contentsRect();
        m_lineNumberArea->setGeometry(contents.left(), contents.top(), width, contents.height());
    }
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect contents = contentsRect();
    m_lineNumberArea->setGeometry(contents.left(), contents.top(), lineNumberAreaWidth(), contents.height());
}

void CodeEditor::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(u' ') * IndentWidth);
        m_marginWidth = -1;
        updateMarginWidth();
    }
}

void CodeEditor::applyPalette()
{
    // Translucent, so the current line keeps the base colour's contrast with every highlight colour.
    m_currentLineColour = palette().color(QPalette::Highlight);
    m_currentLineColour.setAlphaF(0.15);
    m_highlighter->setPalette(palette());
    updateExtraSelections();
    m_lineNumberArea->update();
}

int CodeEditor::markLine(const Mark& mark) const
{
    return document()->findBlock(mark.range.selectionStart()).blockNumber() + 1;
}

void CodeEditor::setFindings(const QList<Finding>& findings)
{
    m_marks.clear();
    const int lines = document()->blockCount();
    for (const Finding& finding : findings) {
        if (finding.line <= 0) {
            continue;
        }
        const bool clamped = finding.line > lines;
        const QTextBlock block = document()->findBlockByNumber(std::min(finding.line, lines) - 1);
        const auto [start, end] = tokenAt(block.text(), clamped ? 0 : finding.column);
        QTextCursor range(document());
        range.setPosition(block.position() + start);
        range.setPosition(block.position() + end, QTextCursor::KeepAnchor);
        m_marks.append({ range, finding.severity, finding.message });
    }
    updateExtraSelections();
    m_lineNumberArea->update();
}

QList<CodeEditor::LineMark> CodeEditor::lineMarks() const
{
    QList<LineMark> marks;
    for (const Mark& mark : m_marks) {
        const int line = markLine(mark);
        auto it = std::find_if(marks.begin(), marks.end(), [line](const LineMark& m) { return m.line == line; });
        if (it == marks.end()) {
            marks.append({ line, mark.severity, {} });
            it = marks.end() - 1;
        }
        if (mark.severity == Finding::Severity::Error) {
            it->severity = Finding::Severity::Error;
        }
        it->messages.append(mark.message);
    }
    std::sort(marks.begin(), marks.end(), [](const LineMark& a, const LineMark& b) { return a.line < b.line; });
    return marks;
}

QString CodeEditor::toolTipForMarks(const QList<const Mark*>& marks) const
{
    QStringList lines;
    for (const Mark* mark : marks) {
        const QString line = mark->severity == Finding::Severity::Error ? tr("Error: %1").arg(mark->message)
                                                                        : tr("Warning: %1").arg(mark->message);
        if (!lines.contains(line)) {
            lines.append(line);
        }
    }
    return lines.join(u'\n');
}

QString CodeEditor::toolTipForLine(int line) const
{
    QList<const Mark*> marks;
    for (const Mark& mark : m_marks) {
        if (markLine(mark) == line) {
            marks.append(&mark);
        }
    }
    return toolTipForMarks(marks);
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_marks.size() + 1);
    QTextEdit::ExtraSelection current;
    current.format.setBackground(m_currentLineColour);
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections.append(current);
    for (const Mark& mark : m_marks) {
        if (!mark.range.hasSelection()) {
            continue;
        }
        QTextEdit::ExtraSelection underline;
        underline.cursor = mark.range;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(severityColour(mark.severity));
        selections.append(underline);
    }
    setExtraSelections(selections);
}

void CodeEditor::paintLineNumberArea(QPaintEvent* event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), palette().color(QPalette::Window));
    // Only the findings, never the document: their lines are looked up once per paint.
    QHash<int, Finding::Severity> severities;
    for (const Mark& mark : m_marks) {
        const int line = markLine(mark);
        if (mark.severity == Finding::Severity::Error || !severities.contains(line)) {
            severities.insert(line, mark.severity);
        }
    }
    const QFontMetrics metrics(font());
    const int dot = metrics.height() / 2;
    const int currentLine = textCursor().blockNumber() + 1;
    QTextBlock block = firstVisibleBlock();
    int line = block.blockNumber() + 1;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    painter.setRenderHint(QPainter::Antialiasing);
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int y = qRound(top);
            painter.setPen(palette().color(line == currentLine ? QPalette::WindowText : QPalette::PlaceholderText));
            painter.drawText(3 + dot + 3, y, m_lineNumberArea->width() - (3 + dot + 3) - 6, metrics.height(),
                Qt::AlignRight | Qt::AlignVCenter, QString::number(line));
            if (const auto it = severities.constFind(line); it != severities.constEnd()) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(severityColour(*it));
                painter.drawEllipse(QRectF(3, y + (metrics.height() - dot) / 2.0, dot, dot));
            }
        }
        block = block.next();
        top += height;
        ++line;
    }
}

bool CodeEditor::lineNumberAreaToolTip(const QPoint& pos, const QPoint& globalPos)
{
    QString text;
    QTextBlock block = firstVisibleBlock();
    for (qreal top = blockBoundingGeometry(block).translated(contentOffset()).top(); block.isValid() && top <= pos.y();
         block = block.next()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (pos.y() < bottom) {
            text = toolTipForLine(block.blockNumber() + 1);
            break;
        }
        top = bottom;
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    QToolTip::showText(globalPos, text, m_lineNumberArea);
    return true;
}

bool CodeEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        QList<const Mark*> hovered;
        QRect area;
        const QTextBlock block = cursorForPosition(help->pos()).block();
        for (const Mark& mark : m_marks) {
            if (!mark.range.hasSelection() || document()->findBlock(mark.range.selectionStart()) != block) {
                continue;
            }
            QTextCursor start(document());
            start.setPosition(mark.range.selectionStart());
            QTextCursor end(document());
            end.setPosition(mark.range.selectionEnd());
            const QRect first = cursorRect(start);
            const QRect last = cursorRect(end);
            const QRect underlined = first.top() == last.top()
                ? QRect(first.topLeft(), last.bottomRight())
                : QRect(QPoint(0, first.top()), QPoint(viewport()->width(), last.bottom()));
            if (underlined.contains(help->pos())) {
                hovered.append(&mark);
                area = area.united(underlined);
            }
        }
        if (!hovered.isEmpty()) {
            QToolTip::showText(help->globalPos(), toolTipForMarks(hovered), viewport(), area);
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column, 1, static_cast<int>(block.text().size()) + 1) - 1);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

void CodeEditor::keyPressEvent(QKeyEvent* event)
{
    if (!isReadOnly()) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
            insertNewline();
            return;
        }
        if (event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier) {
            QTextCursor cursor = textCursor();
            if (document()->findBlock(cursor.selectionStart()) != document()->findBlock(cursor.selectionEnd())) {
                indentSelection(true);
            } else {
                cursor.insertText(QString(IndentWidth, u' '));
                setTextCursor(cursor);
            }
            return;
        }
        if (event->key() == Qt::Key_Backtab) {
            indentSelection(false);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::insertNewline()
{
    QTextCursor cursor = textCursor();
    QString before = cursor.block().text().left(cursor.positionInBlock());
    const int indent = leadingSpaces(before);
    // Past the dashes of "- - item" is where a mapping inside the list item lines up.
    int content = indent;
    while (content + 1 < before.size() && before.at(content) == u'-' && before.at(content + 1) == u' ') {
        content += 2;
        while (content < before.size() && before.at(content) == u' ') {
            ++content;
        }
    }
    if (const int comment = commentStart(before); comment >= 0) {
        before.truncate(comment);
    }
    while (!before.isEmpty() && isBlank(before.back())) {
        before.chop(1);
    }
    const bool hasKey = before.endsWith(u':') || before.indexOf(u": "_s, content) >= 0;
    static const QRegularExpression blockScalar(u"(?:^|\\s)[|>][-+0-9]*$"_s);
    int newIndent = hasKey ? content : indent;
    if (before.endsWith(u':')) {
        newIndent = content + IndentWidth;
    } else if (before.size() > content && blockScalar.match(before).hasMatch()) {
        newIndent = hasKey ? content + IndentWidth : std::max(content, indent + IndentWidth);
    }
    cursor.insertText(u'\n' + QString(newIndent, u' '));
    setTextCursor(cursor);
    ensureCursorVisible();
}

QList<QTextBlock> CodeEditor::selectedBlocks() const
{
    const QTextCursor selection = textCursor();
    QTextBlock block = document()->findBlock(selection.selectionStart());
    QTextBlock last = document()->findBlock(selection.selectionEnd());
    if (last != block && selection.selectionEnd() == last.position()) {
        last = last.previous(); // a selection ending at a line's start does not take that line
    }
    QList<QTextBlock> blocks { block };
    while (block != last) {
        block = block.next();
        blocks.append(block);
    }
    return blocks;
}

void CodeEditor::indentSelection(bool indent)
{
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (const QTextBlock& block : selectedBlocks()) {
        const QString text = block.text();
        edit.setPosition(block.position());
        if (indent && !text.isEmpty()) {
            edit.insertText(QString(IndentWidth, u' '));
        } else if (!indent) {
            edit.setPosition(block.position() + std::min(IndentWidth, leadingSpaces(text)), QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        }
    }
    edit.endEditBlock();
}

void CodeEditor::toggleComment()
{
    if (isReadOnly()) {
        return;
    }
    QList<QTextBlock> blocks;
    int column = INT_MAX;
    bool allComments = true;
    for (const QTextBlock& block : selectedBlocks()) {
        const QString text = block.text();
        if (!text.trimmed().isEmpty() && !isHeaderBlock(block)) {
            blocks.append(block);
            const int indent = leadingSpaces(text);
            column = std::min(column, indent);
            allComments = allComments && text.at(indent) == u'#';
        }
    }
    if (blocks.isEmpty()) {
        return;
    }
    QTextCursor edit(document());
    edit.beginEditBlock();
    for (const QTextBlock& block : blocks) {
        const QString text = block.text();
        if (allComments) {
            const int hash = leadingSpaces(text);
            const bool space = hash + 1 < text.size() && text.at(hash + 1) == u' ';
            edit.setPosition(block.position() + hash);
            edit.setPosition(block.position() + hash + (space ? 2 : 1), QTextCursor::KeepAnchor);
            edit.removeSelectedText();
        } else {
            edit.setPosition(block.position() + column);
            edit.insertText(u"# "_s);
        }
    }
    edit.endEditBlock();
}

bool CodeEditor::insertSnippet(const QString& name)
{
    const Snippet snippet = Snippets::find(name);
    if (snippet.name.isEmpty() || isReadOnly()) {
        return false;
    }
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const QString indentation(leadingSpaces(text), u' ');
    QStringList lines = snippet.text.split(u'\n');
    for (QString& line : lines) {
        if (!line.isEmpty()) {
            line.prepend(indentation);
        }
    }
    cursor.beginEditBlock();
    if (text.trimmed().isEmpty()) {
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + text.size(), QTextCursor::KeepAnchor);
        cursor.insertText(lines.join(u'\n'));
    } else {
        cursor.setPosition(block.position() + text.size());
        cursor.insertText(u'\n' + lines.join(u'\n'));
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
    return true;
}

QMenu* CodeEditor::createContextMenu()
{
    QMenu* menu = createStandardContextMenu();
    menu->addSeparator();
    menu->addAction(m_toggleCommentAction);
    QMenu* snippets = menu->addMenu(tr("Insert snippet"));
    snippets->setEnabled(!isReadOnly());
    for (const Snippet& snippet : Snippets::all()) {
        QAction* action = snippets->addAction(snippet.title);
        action->setData(snippet.name);
        connect(action, &QAction::triggered, this, [this, name = snippet.name] { insertSnippet(name); });
    }
    return menu;
}

void CodeEditor::contextMenuEvent(QContextMenuEvent* event)
{
    const std::unique_ptr<QMenu> menu(createContextMenu());
    menu->exec(event->globalPos());
}
