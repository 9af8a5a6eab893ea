// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlhighlighter.h"

#include <QRegularExpression>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace {
// Block states. YAML outside block scalars is 0; inside a block scalar the state is the column of
// the node owning it plus 2 (the column may be -1 for a scalar at document level), so the lines
// that follow know which indentation still belongs to it.
constexpr int NormalState = 0;
constexpr int NotYamlState = 0x40000000;

int blockScalarState(int ownerColumn)
{
    return ownerColumn + 2;
}

bool isFlowIndicator(QChar c)
{
    return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool startsWith(const QString& text, QStringView prefix)
{
    return QStringView(text).startsWith(prefix);
}

// The first line decides what the whole user-data is; cloud-init reads these as something other
// than YAML.
bool isNonYamlHeader(const QString& line)
{
    return startsWith(line, u"#!") || startsWith(line, u"#include") || startsWith(line, u"#cloud-boothook")
        || startsWith(line, u"#part-handler") || startsWith(line, u"#upstart-job")
        || startsWith(line, u"Content-Type:");
}

bool isHeader(const QString& line)
{
    return startsWith(line, u"#cloud-") || startsWith(line, u"## template:") || isNonYamlHeader(line);
}

// Index just past the closing quote of the quoted scalar opening at start, or the line's end.
int quotedEnd(const QString& text, int start)
{
    const QChar quote = text.at(start);
    for (int i = start + 1; i < text.size(); ++i) {
        if (quote == u'"' && text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == quote) {
            if (quote == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                ++i; // '' is an escaped quote
                continue;
            }
            return i + 1;
        }
    }
    return text.size();
}

// Whether a ':' at index makes what precedes it a mapping key.
bool isKeyColon(const QString& text, int index, int flowDepth)
{
    if (index >= text.size() || text.at(index) != u':') {
        return false;
    }
    if (index + 1 == text.size()) {
        return true;
    }
    const QChar next = text.at(index + 1);
    return isBlank(next) || (flowDepth > 0 && isFlowIndicator(next));
}
} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void YamlHighlighter::setPalette(const QPalette& palette)
{
    // Two hand-picked sets rather than colours derived from the palette: derived hues lose
    // contrast on one of the two kinds of background.
    const bool dark = palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
    const auto colour = [dark](const char* light, const char* onDark) { return QColor(dark ? onDark : light); };
    auto make = [this](Role role, const QColor& foreground, bool bold = false, bool italic = false) {
        QTextCharFormat format;
        format.setForeground(foreground);
        if (bold) {
            format.setFontWeight(QFont::Bold);
        }
        format.setFontItalic(italic);
        m_formats.at(static_cast<size_t>(role)) = format;
    };
    make(Role::Header, colour("#8e24aa", "#d6a0ff"), true);
    make(Role::Comment, colour("#6a737d", "#8b949e"), false, true);
    make(Role::Key, colour("#1a5fb4", "#79b8ff"));
    make(Role::Indicator, colour("#a2520e", "#ffab70"), true);
    make(Role::String, colour("#26804a", "#9ecb7e"));
    make(Role::BlockIndicator, colour("#a2520e", "#ffab70"), true);
    make(Role::BlockScalar, colour("#3f6f52", "#b5d99c"));
    make(Role::Anchor, colour("#7a3ea1", "#d2a8ff"));
    make(Role::Tag, colour("#0e7c86", "#56d4dd"));
    make(Role::Keyword, colour("#a626a4", "#ff7bd0"), true);
    make(Role::Number, colour("#986801", "#e5c07b"));
    QTextCharFormat invalid;
    invalid.setBackground(colour("#f4b4b4", "#7a2020"));
    m_formats.at(static_cast<size_t>(Role::Invalid)) = invalid;
    rehighlight();
}

void YamlHighlighter::setFormat(int start, int count, Role role)
{
    QSyntaxHighlighter::setFormat(start, count, format(role));
}

void YamlHighlighter::highlightBlock(const QString& text)
{
    if (!currentBlock().previous().isValid()) {
        if (isHeader(text)) {
            setFormat(0, text.size(), Role::Header);
        } else if (startsWith(text, u"#")) {
            setFormat(0, text.size(), Role::Comment);
        } else {
            highlightYaml(text, NormalState);
            return;
        }
        setCurrentBlockState(isNonYamlHeader(text) ? NotYamlState : NormalState);
        return;
    }
    const int previous = previousBlockState();
    if (previous == NotYamlState) {
        highlightPlain(text);
        setCurrentBlockState(NotYamlState);
        return;
    }
    highlightYaml(text, previous);
}

void YamlHighlighter::highlightPlain(const QString& text)
{
    int i = 0;
    while (i < text.size() && isBlank(text.at(i))) {
        ++i;
    }
    if (i < text.size() && text.at(i) == u'#') {
        setFormat(i, text.size() - i, Role::Comment);
    }
}

void YamlHighlighter::highlightYaml(const QString& text, int previousState)
{
    const int n = text.size();
    int indent = 0;
    while (indent < n && text.at(indent) == u' ') {
        ++indent;
    }
    if (previousState > NormalState && previousState != NotYamlState) {
        // Inside a block scalar every blank or more indented line is text, whatever it looks like.
        const int ownerColumn = previousState - 2;
        bool blank = true;
        for (int i = indent; i < n && blank; ++i) {
            blank = isBlank(text.at(i));
        }
        if (blank || indent > ownerColumn) {
            setFormat(indent, n - indent, Role::BlockScalar);
            setCurrentBlockState(previousState);
            return;
        }
    }

    int i = indent;
    while (i < n && isBlank(text.at(i))) {
        ++i;
    }
    if (i > indent) {
        setFormat(indent, i - indent, Role::Invalid);
    }
    int state = NormalState;
    int ownerColumn = indent - 1; // of a block scalar that starts on this line
    bool nodeStart = true; // a node may begin here: after indentation, "- ", "key:", "[" or ","
    int flowDepth = 0;
    bool tagged = false; // an explicit tag overrides how PyYAML would resolve the scalar after it
    const QStringView line(text);
    if (i == 0 && (line.startsWith(u"---") || line.startsWith(u"...")) && (n == 3 || isBlank(text.at(3)))) {
        setFormat(0, 3, Role::Indicator);
        i = 3;
    }
    while (i < n) {
        const QChar c = text.at(i);
        if (isBlank(c)) {
            ++i;
            continue;
        }
        if (c == u'#' && (i == 0 || isBlank(text.at(i - 1)))) {
            setFormat(i, n - i, Role::Comment);
            break;
        }
        if (flowDepth == 0 && nodeStart && (c == u'-' || c == u'?') && (i + 1 == n || isBlank(text.at(i + 1)))) {
            setFormat(i, 1, Role::Indicator);
            ownerColumn = i;
            ++i;
            continue;
        }
        if (c == u'[' || c == u'{') {
            ++flowDepth;
            nodeStart = true;
            setFormat(i++, 1, Role::Indicator);
            continue;
        }
        if (flowDepth > 0 && (c == u']' || c == u'}' || c == u',')) {
            flowDepth -= c == u',' ? 0 : 1;
            nodeStart = c == u',';
            setFormat(i++, 1, Role::Indicator);
            continue;
        }
        if (c == u'&' || c == u'*' || c == u'!') {
            int end = i + 1;
            while (end < n && !isBlank(text.at(end)) && !(flowDepth > 0 && isFlowIndicator(text.at(end)))) {
                ++end;
            }
            setFormat(i, end - i, c == u'!' ? Role::Tag : Role::Anchor);
            tagged = tagged || c == u'!';
            i = end;
            continue;
        }
        if (flowDepth == 0 && nodeStart && (c == u'|' || c == u'>')) {
            int end = i + 1;
            while (end < n && (text.at(end) == u'-' || text.at(end) == u'+' || text.at(end).isDigit())) {
                ++end;
            }
            int next = end;
            while (next < n && isBlank(text.at(next))) {
                ++next;
            }
            if (next == n || (next > end && text.at(next) == u'#')) {
                setFormat(i, end - i, Role::BlockIndicator);
                state = blockScalarState(ownerColumn);
                i = end;
                continue;
            }
        }
        if (c == u'\'' || c == u'"') {
            const int end = quotedEnd(text, i);
            int next = end;
            while (next < n && isBlank(text.at(next))) {
                ++next;
            }
            if (isKeyColon(text, next, flowDepth)) {
                setFormat(i, end - i, Role::Key);
                ownerColumn = i;
                nodeStart = true;
                i = next + 1;
            } else {
                setFormat(i, end - i, Role::String);
                nodeStart = false;
                i = end;
            }
            continue;
        }
        // A plain scalar: up to a key's colon, a comment or (in flow) an indicator.
        int end = i;
        bool key = false;
        while (end < n) {
            const QChar d = text.at(end);
            if (isKeyColon(text, end, flowDepth)) {
                key = true;
                break;
            }
            if ((d == u'#' && isBlank(text.at(end - 1))) || (flowDepth > 0 && isFlowIndicator(d))) {
                break;
            }
            ++end;
        }
        int tokenEnd = end;
        while (tokenEnd > i && isBlank(text.at(tokenEnd - 1))) {
            --tokenEnd;
        }
        if (key) {
            setFormat(i, tokenEnd - i, Role::Key);
            tagged = false;
            ownerColumn = i;
            nodeStart = true;
            i = end + 1;
        } else {
            if (!tagged) {
                classifyPlainScalar(text, i, tokenEnd - i);
            }
            tagged = false;
            nodeStart = false;
            i = end;
        }
    }
    setCurrentBlockState(state);
}

void YamlHighlighter::classifyPlainScalar(const QString& text, int start, int length)
{
    if (length <= 0) {
        return;
    }
    const QStringView token = QStringView(text).mid(start, length);
    // PyYAML's (YAML 1.1) implicit resolvers, which cloud-init's loader applies.
    static const QRegularExpression keyword(u"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE"
                                            u"|on|On|ON|off|Off|OFF|null|Null|NULL|~)$"_s);
    static const QRegularExpression number(u"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                           u"|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"
                                           u"|[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                           u"|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                                           u"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                                           u"|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"_s);
    const QChar first = token.front();
    if (first.isDigit() || first == u'-' || first == u'+' || first == u'.') {
        if (number.match(token).hasMatch()) {
            setFormat(start, length, Role::Number);
        }
    } else if (length <= 5 && keyword.match(token).hasMatch()) {
        setFormat(start, length, Role::Keyword);
    }
}
