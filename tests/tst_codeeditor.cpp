// SPDX-License-Identifier: GPL-3.0-or-later
// The user-data editor offscreen: findings in the margin and under the text, YAML typing rules,
// highlighting read back from the block layouts, and snippets checked by cloud-init itself.
#include <memory>

#include <QAction>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include "codeeditor.h"
#include "snippets.h"
#include "support/testmain.h"
#include "yamlhighlighter.h"

using namespace Qt::StringLiterals;
using Role = YamlHighlighter::Role;

namespace {
const QString sample = uR"(#cloud-config
# a comment
users:
  - name: admin
    sudo: [ALL]
    lock_passwd: true
write_files:
  - path: /etc/motd
    permissions: '0644'
    content: |
      users: not a key here
      # nor is this a comment
runcmd:
  - [echo, 1]
apt:
  http_proxy: http://proxy.example.com:3128
base: &base {size: 2G}
other: *base
tagged: !!str 12
swap: ~)"_s;

Finding finding(Finding::Severity severity, int line, int column, const QString& message)
{
    Finding f;
    f.severity = severity;
    f.line = line;
    f.column = column;
    f.message = message;
    return f;
}

QList<QTextEdit::ExtraSelection> underlines(const CodeEditor& editor)
{
    QList<QTextEdit::ExtraSelection> result;
    for (const QTextEdit::ExtraSelection& selection : editor.extraSelections()) {
        if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline) {
            result.append(selection);
        }
    }
    return result;
}

// The format the highlighter gave the character at a 1-based line and 0-based column.
QTextCharFormat formatAt(const CodeEditor& editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length) {
            return range.format;
        }
    }
    return {};
}

bool hasRole(const CodeEditor& editor, int line, int column, Role role)
{
    return formatAt(editor, line, column).foreground() == editor.highlighter()->format(role).foreground()
        && formatAt(editor, line, column).fontWeight() == editor.highlighter()->format(role).fontWeight();
}

// cloud-init's own verdict on a cloud-config: its exit code and what it printed.
std::pair<int, QString> cloudInitSchema(const QString& text)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"user-data"_s));
    if (!file.open(QIODevice::WriteOnly)) {
        return { -1, file.errorString() };
    }
    file.write(text.toUtf8());
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(u"cloud-init"_s), { u"schema"_s, u"-c"_s, file.fileName() });
    if (!process.waitForFinished(60000)) {
        return { -1, process.errorString() };
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}

void placeCursor(CodeEditor& editor, int line, int column)
{
    QTextCursor cursor(editor.document()->findBlockByNumber(line - 1));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    editor.setTextCursor(cursor);
}
} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findingsMarkTheirLines()
    {
        CodeEditor editor;
        editor.setPlainText(sample);
        editor.setFindings({ finding(Finding::Severity::Error, 5, 11, u"sudo must be a string or false"_s),
            finding(Finding::Severity::Warning, 14, 12, u"1 is not a string"_s),
            finding(Finding::Severity::Warning, 5, 5, u"deprecated key"_s),
            finding(Finding::Severity::Error, 0, 0, u"about the whole text"_s) });

        const QList<CodeEditor::LineMark> marks = editor.lineMarks();
        QCOMPARE(marks.size(), 2);
        QCOMPARE(marks.at(0).line, 5);
        QCOMPARE(marks.at(0).severity, Finding::Severity::Error); // the worst of the line's findings
        QCOMPARE(marks.at(0).messages, QStringList({ u"sudo must be a string or false"_s, u"deprecated key"_s }));
        QCOMPARE(marks.at(1).line, 14);
        QCOMPARE(marks.at(1).severity, Finding::Severity::Warning);

        QStringList underlined;
        for (const QTextEdit::ExtraSelection& selection : underlines(editor)) {
            underlined.append(selection.cursor.selectedText());
        }
        // The token at each column: a flow sequence whole, a key without its colon, a scalar.
        QCOMPARE(underlined, QStringList({ u"[ALL]"_s, u"1"_s, u"sudo"_s }));
        const QList<QTextEdit::ExtraSelection> selections = underlines(editor);
        QVERIFY(selections.at(0).format.underlineColor() != selections.at(1).format.underlineColor());

        // The marks are anchored in the text: lines inserted above move them.
        placeCursor(editor, 2, 0);
        editor.textCursor().insertText(u"# one more line\n"_s);
        QCOMPARE(editor.lineMarks().at(0).line, 6);
        QCOMPARE(editor.lineMarks().at(1).line, 15);
        QCOMPARE(underlines(editor).at(0).cursor.selectedText(), u"[ALL]"_s);

        editor.setFindings({});
        QVERIFY(editor.lineMarks().isEmpty());
        QVERIFY(underlines(editor).isEmpty());
    }

    void findingsPastTheEndAreClamped()
    {
        CodeEditor editor;
        editor.setPlainText(sample);
        const int lines = editor.document()->blockCount();
        editor.setFindings({ finding(Finding::Severity::Error, lines + 40, 3, u"unexpected end"_s) });
        QCOMPARE(editor.lineMarks().size(), 1);
        QCOMPARE(editor.lineMarks().at(0).line, lines);
        QCOMPARE(underlines(editor).at(0).cursor.selectedText(), u"swap: ~"_s);
        QCOMPARE(editor.toolTipForLine(lines), u"Error: unexpected end"_s);
    }

    void toolTipsShowTheMessages()
    {
        CodeEditor editor;
        editor.resize(700, 500);
        editor.setPlainText(sample);
        editor.setFindings({ finding(Finding::Severity::Error, 5, 11, u"sudo must be a string or false"_s),
            finding(Finding::Severity::Warning, 5, 5, u"deprecated key"_s) });
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.toolTipForLine(5), u"Error: sudo must be a string or false\nWarning: deprecated key"_s);
        QVERIFY(editor.toolTipForLine(4).isEmpty());

        // Hovering the underlined "[ALL]" names only its finding.
        QTextCursor cursor(editor.document()->findBlockByNumber(4));
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 12);
        const QPoint onToken = editor.cursorRect(cursor).center();
        QHelpEvent overText(QEvent::ToolTip, onToken, editor.viewport()->mapToGlobal(onToken));
        QCoreApplication::sendEvent(editor.viewport(), &overText);
        QTRY_COMPARE(QToolTip::text(), u"Error: sudo must be a string or false"_s);

        // Hovering the margin beside line 5 names all of the line's findings; beside line 4, nothing.
        QWidget* margin = editor.childAt(editor.contentsRect().topLeft() + QPoint(2, 2));
        QVERIFY(margin && margin != editor.viewport() && margin->width() == editor.lineNumberAreaWidth());
        const QPoint besideLine5(4, editor.cursorRect(cursor).center().y());
        QHelpEvent overMargin(QEvent::ToolTip, besideLine5, margin->mapToGlobal(besideLine5));
        QCoreApplication::sendEvent(margin, &overMargin);
        QTRY_COMPARE(QToolTip::text(), editor.toolTipForLine(5));
        const QPoint besideLine4(4, editor.cursorRect(cursor).center().y() - editor.cursorRect(cursor).height());
        QHelpEvent overOtherLine(QEvent::ToolTip, besideLine4, margin->mapToGlobal(besideLine4));
        QCoreApplication::sendEvent(margin, &overOtherLine);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void enterKeepsIndentation()
    {
        CodeEditor editor;
        editor.setPlainText(u"#cloud-config\nusers:"_s);
        editor.moveCursor(QTextCursor::End);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), u"  "_s); // after a key opening a block
        QTest::keyClicks(&editor, u"- name: admin"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), u"    "_s); // lined up with "name"
        QTest::keyClicks(&editor, u"ssh_authorized_keys:  # keys"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), u"      "_s); // the comment does not hide the colon
        QTest::keyClicks(&editor, u"- ssh-ed25519 AAAA"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), u"      "_s); // the next list item
        QTest::keyClicks(&editor, u"content: |"_s);
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), u"        "_s); // the block scalar's body
        QVERIFY(!editor.toPlainText().contains(u'\t'));
    }

    void tabInsertsTwoSpaces()
    {
        CodeEditor editor;
        editor.setPlainText(u"a:\nb: 1\nc: 2"_s);
        placeCursor(editor, 1, 2);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.document()->firstBlock().text(), u"a:  "_s);
        QVERIFY(!editor.toPlainText().contains(u'\t'));

        // With lines selected, Tab and Shift+Tab move the lines.
        QTextCursor selection(editor.document()->findBlockByNumber(1));
        selection.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        editor.setTextCursor(selection);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), u"a:  \n  b: 1\n  c: 2"_s);
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QCOMPARE(editor.toPlainText(), u"a:  \nb: 1\nc: 2"_s);
    }

    void toggleCommentWithTheShortcut()
    {
        CodeEditor editor;
        editor.setPlainText(u"#cloud-config\nruncmd:\n  - ls\n\n  - pwd"_s);
        editor.show();
        QApplication::setActiveWindow(&editor);
        editor.setFocus();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QCOMPARE(editor.toggleCommentAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));

        QTextCursor selection(editor.document()->findBlockByNumber(2));
        selection.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        editor.setTextCursor(selection);
        QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor.toPlainText(), u"#cloud-config\nruncmd:\n  # - ls\n\n  # - pwd"_s);
        QTest::keyClick(&editor, Qt::Key_Slash, Qt::ControlModifier);
        QCOMPARE(editor.toPlainText(), u"#cloud-config\nruncmd:\n  - ls\n\n  - pwd"_s);

        // The header stays as it is; the lines selected with it are commented at their indentation.
        editor.selectAll();
        editor.toggleComment();
        QCOMPARE(editor.toPlainText(), u"#cloud-config\n# runcmd:\n#   - ls\n\n#   - pwd"_s);
        editor.document()->undo();
        QCOMPARE(editor.toPlainText(), u"#cloud-config\nruncmd:\n  - ls\n\n  - pwd"_s);
    }

    void highlighterFormats()
    {
        CodeEditor editor;
        editor.setPlainText(sample);
        editor.highlighter()->rehighlight();
        QVERIFY(hasRole(editor, 1, 0, Role::Header));
        QVERIFY(hasRole(editor, 2, 4, Role::Comment));
        QVERIFY(hasRole(editor, 3, 0, Role::Key)); // users
        QVERIFY(hasRole(editor, 4, 2, Role::Indicator)); // the list dash
        QVERIFY(hasRole(editor, 4, 4, Role::Key)); // name
        QVERIFY(!hasRole(editor, 4, 10, Role::Key)); // admin
        QVERIFY(hasRole(editor, 6, 17, Role::Keyword)); // true
        QVERIFY(hasRole(editor, 9, 17, Role::String)); // '0644'
        QVERIFY(hasRole(editor, 10, 13, Role::BlockIndicator));
        QVERIFY(hasRole(editor, 11, 6, Role::BlockScalar)); // "users:" inside the block scalar
        QVERIFY(hasRole(editor, 12, 6, Role::BlockScalar)); // and "#" too
        QVERIFY(hasRole(editor, 13, 0, Role::Key)); // runcmd: the block scalar has ended
        QVERIFY(hasRole(editor, 14, 11, Role::Number)); // the 1 PyYAML reads as an int
        QVERIFY(hasRole(editor, 16, 2, Role::Key));
        QVERIFY(!hasRole(editor, 16, 14, Role::Key)); // "http:" inside the URL is no key
        QVERIFY(hasRole(editor, 17, 6, Role::Anchor));
        QVERIFY(hasRole(editor, 18, 7, Role::Anchor));
        QVERIFY(hasRole(editor, 19, 8, Role::Tag));
        QVERIFY(!hasRole(editor, 19, 14, Role::Number)); // 12 tagged !!str is a string
        QVERIFY(hasRole(editor, 20, 6, Role::Keyword)); // ~ is null

        // Editing one line re-highlights the lines it changes: a value becoming a block scalar.
        editor.setPlainText(u"#cloud-config\nbootcmd: x\n  key: v\nruncmd: []"_s);
        QVERIFY(hasRole(editor, 3, 2, Role::Key));
        QTextCursor cursor(editor.document()->findBlockByNumber(1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.deletePreviousChar();
        cursor.insertText(u"|"_s);
        QVERIFY(hasRole(editor, 3, 2, Role::BlockScalar));
        QVERIFY(hasRole(editor, 4, 0, Role::Key));

        // A script is not YAML: only its header and comments are coloured.
        editor.setPlainText(u"#!/bin/sh\n# set up\necho key: value"_s);
        QVERIFY(hasRole(editor, 1, 0, Role::Header));
        QVERIFY(hasRole(editor, 2, 0, Role::Comment));
        QVERIFY(!hasRole(editor, 3, 5, Role::Key));
    }

    void highlighterColoursFollowThePalette()
    {
        CodeEditor editor;
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        editor.setPalette(light);
        for (Role role : { Role::Key, Role::Comment, Role::String, Role::Number, Role::Header }) {
            QVERIFY(editor.highlighter()->format(role).foreground().color().lightness() < 128);
        }
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        editor.setPalette(dark);
        for (Role role : { Role::Key, Role::Comment, Role::String, Role::Number, Role::Header }) {
            QVERIFY(editor.highlighter()->format(role).foreground().color().lightness() > 128);
        }
    }

    void snippetsAreValidCloudConfig()
    {
        QVERIFY2(!QStandardPaths::findExecutable(u"cloud-init"_s).isEmpty(), "cloud-init is not installed");
        // The check itself tells good from bad.
        QCOMPARE(cloudInitSchema(u"#cloud-config\nswap:\n  size: lots\n"_s).first, 1);

        const QList<Snippet> snippets = Snippets::all();
        QCOMPARE(snippets.size(), 10);
        for (const Snippet& snippet : snippets) {
            const auto [exitCode, output] = cloudInitSchema(u"#cloud-config\n"_s + snippet.text + u'\n');
            QVERIFY2(exitCode == 0, qPrintable(snippet.name + u": "_s + output));
        }

        // All of them inserted one after the other, each on a fresh line, make one valid file.
        CodeEditor editor;
        editor.setPlainText(u"#cloud-config\n"_s);
        for (const Snippet& snippet : snippets) {
            editor.moveCursor(QTextCursor::End);
            QVERIFY(editor.insertSnippet(snippet.name));
            editor.textCursor().insertText(u"\n"_s);
        }
        const auto [exitCode, output] = cloudInitSchema(editor.toPlainText());
        QVERIFY2(exitCode == 0, qPrintable(output));
        QVERIFY(!editor.insertSnippet(u"no-such-snippet"_s));
    }

    void snippetsFollowIndentationAndTheMenu()
    {
        CodeEditor editor;
        editor.setPlainText(u"#cloud-config\nmerge:\n  "_s);
        editor.moveCursor(QTextCursor::End);
        QVERIFY(editor.insertSnippet(u"timezone"_s));
        QCOMPARE(editor.toPlainText(), u"#cloud-config\nmerge:\n  timezone: Etc/UTC"_s);
        QVERIFY(editor.insertSnippet(u"swap"_s)); // below the current line, at its indentation
        QCOMPARE(editor.toPlainText(),
            u"#cloud-config\nmerge:\n  timezone: Etc/UTC\n  swap:\n    filename: /swap.img\n    size: 2G\n"
            u"    maxsize: 2G"_s);

        const std::unique_ptr<QMenu> menu(editor.createContextMenu());
        QMenu* submenu = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->menu() && action->text() == u"Insert snippet"_s) {
                submenu = action->menu();
            }
        }
        QVERIFY(submenu);
        QVERIFY(menu->actions().contains(editor.toggleCommentAction()));
        QCOMPARE(submenu->actions().size(), Snippets::all().size());
        editor.setPlainText(u"#cloud-config\n"_s);
        editor.moveCursor(QTextCursor::End);
        for (QAction* action : submenu->actions()) {
            if (action->data().toString() == u"ntp"_s) {
                action->trigger();
            }
        }
        QCOMPARE(editor.toPlainText(), u"#cloud-config\n"_s + Snippets::find(u"ntp"_s).text);
    }

    void goToLineMovesTheCursor()
    {
        CodeEditor editor;
        editor.setPlainText(sample);
        editor.goToLine(5, 11);
        QCOMPARE(editor.textCursor().blockNumber(), 4);
        QCOMPARE(editor.textCursor().positionInBlock(), 10);
        editor.goToLine(999, 999);
        QCOMPARE(editor.textCursor().blockNumber(), editor.document()->blockCount() - 1);
        QCOMPARE(editor.textCursor().positionInBlock(), editor.document()->lastBlock().length() - 1);
        editor.goToLine(0, 0);
        QCOMPARE(editor.textCursor().position(), 0);
    }

    void rendersWithAFinding()
    {
        CodeEditor editor;
        editor.resize(640, 420);
        editor.setPlainText(sample);
        editor.setFindings({ finding(Finding::Severity::Error, 5, 11, u"sudo must be a string or false"_s) });
        editor.goToLine(5, 11);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"codeeditor.png"_s);
        QVERIFY(editor.grab().save(path));
        const QImage image(path);
        QCOMPARE(image.size(), editor.size() * editor.devicePixelRatio());

        QSet<QRgb> colours;
        bool errorDot = false;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                colours.insert(pixel);
                errorDot = errorDot || (x < editor.lineNumberAreaWidth() && pixel == qRgb(0xe0, 0x1b, 0x24));
            }
        }
        QVERIFY2(colours.size() > 20, "the rendering is nearly blank");
        QVERIFY(errorDot);
    }
};

VMDESK_TEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
