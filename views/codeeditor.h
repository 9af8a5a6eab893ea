// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>

#include "cloudinit/finding.h"

class QMenu;
class YamlHighlighter;

// The user-data editor: YAML-friendly typing (spaces only, indentation kept), line numbers, and
// the validator's findings shown where they are. Findings are anchored with text cursors, so they
// follow edits until the next validation replaces them; nothing here walks the whole document
// on a keystroke.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    // What the margin shows for one line (1-based): the worst severity and every message.
    struct LineMark
    {
        int line = 0;
        Finding::Severity severity = Finding::Severity::Warning;
        QStringList messages;
    };

    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    // Replaces the findings shown. A finding on line 0 concerns the whole text and marks no line;
    // a line past the end marks the last one.
    void setFindings(const QList<Finding>& findings);
    QList<LineMark> lineMarks() const;
    // The tooltip the margin shows for a line, empty when the line has no finding.
    QString toolTipForLine(int line) const;

    // 1-based line and column, clamped to the text.
    void goToLine(int line, int column = 1);
    // Inserts a snippet of Snippets::all() below the cursor's line, at that line's indentation.
    bool insertSnippet(const QString& name);
    // Comments the selected lines (or the cursor's) out, or back in when all of them are comments.
    void toggleComment();

    QAction* toggleCommentAction() const { return m_toggleCommentAction; }
    YamlHighlighter* highlighter() const { return m_highlighter; }
    // The standard edit menu with the toggle-comment action and an "Insert snippet" submenu.
    QMenu* createContextMenu();
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    friend class LineNumberArea;
    struct Mark
    {
        QTextCursor range; // the underlined token; may be empty, then it only marks the line
        Finding::Severity severity;
        QString message;
    };

    void paintLineNumberArea(QPaintEvent* event);
    bool lineNumberAreaToolTip(const QPoint& pos, const QPoint& globalPos);
    int markLine(const Mark& mark) const;
    QString toolTipForMarks(const QList<const Mark*>& marks) const;
    void updateExtraSelections();
    void updateMarginWidth();
    void applyPalette();
    void insertNewline();
    QList<QTextBlock> selectedBlocks() const;
    void indentSelection(bool indent);

    QWidget* m_lineNumberArea = nullptr;
    YamlHighlighter* m_highlighter = nullptr;
    QAction* m_toggleCommentAction = nullptr;
    QList<Mark> m_marks;
    QColor m_currentLineColour;
    int m_marginWidth = -1;
};
