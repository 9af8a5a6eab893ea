// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlsourcemap.h"

#include <libfyaml.h>
#include <memory>

namespace {
struct ParserDeleter
{
    void operator()(fy_parser* parser) const { fy_parser_destroy(parser); }
};

struct DiagnosticsDeleter
{
    void operator()(fy_diag* diagnostics) const { fy_diag_destroy(diagnostics); }
};

// libfyaml prints parse errors to stderr even when told to be quiet; the callers report errors
// themselves (with yaml-cpp's line and column), so its messages go nowhere.
void discard(fy_diag*, void*, const char*, size_t)
{ }

qsizetype skipSpaceAndComments(const QByteArray& text, qsizetype at)
{
    while (at < text.size() && (text.at(at) == '#' || QByteArray(" \t\r\n").contains(text.at(at)))) {
        const qsizetype newline = text.indexOf('\n', at);
        at = text.at(at) != '#' ? at + 1 : newline < 0 ? text.size() : newline;
    }
    return at;
}

YamlSourceMap::Style scalarStyle(fy_token* token)
{
    switch (fy_token_scalar_style(token)) {
    case FYSS_SINGLE_QUOTED:
        return YamlSourceMap::Style::SingleQuoted;
    case FYSS_DOUBLE_QUOTED:
        return YamlSourceMap::Style::DoubleQuoted;
    case FYSS_LITERAL:
        return YamlSourceMap::Style::Literal;
    case FYSS_FOLDED:
        return YamlSourceMap::Style::Folded;
    default:
        return YamlSourceMap::Style::Plain;
    }
}
} // namespace

std::optional<YamlSourceMap> YamlSourceMap::parse(const QByteArray& text)
{
    fy_diag_cfg diagnosticsConfig {};
    fy_diag_cfg_default(&diagnosticsConfig);
    diagnosticsConfig.fp = nullptr;
    diagnosticsConfig.output_fn = discard;
    std::unique_ptr<fy_diag, DiagnosticsDeleter> diagnostics(fy_diag_create(&diagnosticsConfig));
    fy_parse_cfg config {};
    config.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_1);
    config.diag = diagnostics.get();
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
    if (!parser || fy_parser_set_string(parser.get(), text.constData(), size_t(text.size())) != 0) {
        return std::nullopt;
    }
    YamlSourceMap map;
    QList<int> open; // collections being read
    int documents = 0;
    qsizetype reached = 0; // the end of the last event with a place
    // libfyaml counts a lone carriage return as a line break (as YAML 1.1 and PyYAML do); the text's
    // lines, as the editor and every Finding number them, end at '\n' only. Positions mostly grow,
    // so the count goes on from the last one.
    qsizetype counted = 0;
    int countedLines = 0;
    auto lineAt = [&](qsizetype position) {
        if (position < counted) {
            counted = 0;
            countedLines = 0;
        }
        countedLines += int(text.mid(counted, position - counted).count('\n'));
        counted = position;
        return countedLines;
    };
    auto add = [&](Node node) {
        const int index = int(map.m_nodes.size());
        if (!open.isEmpty()) {
            map.m_nodes[open.last()].children.append(index);
        }
        map.m_nodes.append(std::move(node));
        return index;
    };
    while (fy_event* event = fy_parser_parse(parser.get())) {
        const fy_mark* startMark = fy_event_start_mark(event);
        const fy_mark* endMark = fy_event_end_mark(event);
        Node node;
        if (startMark) {
            node.start = qsizetype(startMark->input_pos);
            node.line = lineAt(node.start);
            node.column = startMark->column;
        } else {
            // An empty scalar (an item, key or value left out) has no token: it is just past the
            // indicator after where the reader was (a key: at its '?' or ':'), so that its parent spans it.
            node.start = skipSpaceAndComments(text, reached);
            const bool indicator = node.start < text.size() && QByteArray("-:?").contains(text.at(node.start));
            const bool key = !open.isEmpty() && map.m_nodes.at(open.last()).kind == Kind::Map
                && map.m_nodes.at(open.last()).children.size() % 2 == 0;
            node.start = !indicator ? reached : node.start + (key ? 0 : 1);
            node.line = lineAt(node.start);
            node.column = int(node.start - (text.lastIndexOf('\n', node.start - 1) + 1));
        }
        node.end = endMark ? qsizetype(endMark->input_pos) : node.start;
        if (endMark) {
            reached = node.end;
        }
        if (fy_token* anchor = fy_event_get_anchor_token(event)) {
            size_t length = 0;
            const char* name = fy_token_get_text(anchor, &length);
            node.anchor = QByteArray(name, qsizetype(length));
            node.anchorStart = qsizetype(fy_token_start_mark(anchor)->input_pos);
        }
        const fy_event_type type = event->type;
        if (type == FYET_DOCUMENT_START) {
            ++documents;
        } else if (documents > 1) {
            // Only the first document is edited; the rest is kept as text.
        } else if (type == FYET_SCALAR) {
            node.style = scalarStyle(event->scalar.value);
            if (node.style == Style::SingleQuoted || node.style == Style::DoubleQuoted) {
                node.start -= 1;
                node.end += 1;
                node.column -= 1;
            }
            if (node.style == Style::Literal || node.style == Style::Folded) {
                // libfyaml ends a block scalar at the next token, past the indentation of its line:
                // the scalar ends at that line's start, so that an edit keeps the indentation.
                qsizetype end = node.end;
                while (end > node.start && text.at(end - 1) == ' ') {
                    --end;
                }
                node.end = end > node.start && text.at(end - 1) == '\n' ? end : node.end;
            }
            node.text = text.mid(node.start, node.end - node.start);
            add(std::move(node));
        } else if (type == FYET_ALIAS) {
            node.kind = Kind::Alias;
            node.text = text.mid(node.start, node.end - node.start);
            add(std::move(node));
        } else if (type == FYET_MAPPING_START || type == FYET_SEQUENCE_START) {
            node.kind = type == FYET_MAPPING_START ? Kind::Map : Kind::Sequence;
            const bool flow = node.end > node.start && (text.at(node.start) == '{' || text.at(node.start) == '[');
            node.style = flow ? Style::Flow : Style::Block;
            open.append(add(std::move(node)));
        } else if ((type == FYET_MAPPING_END || type == FYET_SEQUENCE_END) && !open.isEmpty()) {
            Node& collection = map.m_nodes[open.takeLast()];
            // A block collection's end event sits at the next token, past comments and blank lines:
            // the collection itself ends where its last child does.
            if (collection.style == Style::Flow) {
                collection.end = node.end;
            } else if (!collection.children.isEmpty()) {
                collection.end = map.m_nodes.at(collection.children.last()).end;
            }
        }
        fy_parser_event_free(parser.get(), event);
    }
    if (fy_parser_get_stream_error(parser.get())) {
        return std::nullopt;
    }
    // A nested collection ends where its last descendant does, which is only known once it closed.
    for (qsizetype i = map.m_nodes.size() - 1; i >= 0; --i) {
        Node& node = map.m_nodes[i];
        if (node.style == Style::Block && !node.children.isEmpty()) {
            node.end = qMax(node.end, map.m_nodes.at(node.children.last()).end);
        }
    }
    return map;
}

int YamlSourceMap::keyOf(int map, const QString& key) const
{
    if (map < 0 || m_nodes.at(map).kind != Kind::Map) {
        return -1;
    }
    const QList<int>& children = m_nodes.at(map).children;
    int found = -1; // the last one wins, as in PyYAML
    for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
        const Node& candidate = m_nodes.at(children.at(i));
        if (candidate.kind != Kind::Scalar) {
            continue;
        }
        QByteArray name = candidate.text;
        if (candidate.style == Style::SingleQuoted || candidate.style == Style::DoubleQuoted) {
            name = name.mid(1, name.size() - 2);
        }
        if (QString::fromUtf8(name) == key) {
            found = children.at(i);
        }
    }
    return found;
}

int YamlSourceMap::valueOf(int map, const QString& key) const
{
    const int keyNode = keyOf(map, key);
    if (keyNode < 0) {
        return -1;
    }
    const QList<int>& children = m_nodes.at(map).children;
    return children.at(children.indexOf(keyNode) + 1);
}

int YamlSourceMap::find(const QStringList& path, int from) const
{
    int current = from < m_nodes.size() ? from : -1;
    for (const QString& step : path) {
        if (current < 0) {
            return -1;
        }
        const Node& node = m_nodes.at(current);
        if (node.kind == Kind::Map) {
            current = valueOf(current, step);
        } else if (node.kind == Kind::Sequence) {
            bool ok = false;
            const int index = step.toInt(&ok);
            current = ok && index >= 0 && index < node.children.size() ? node.children.at(index) : -1;
        } else {
            return -1;
        }
    }
    return current;
}

QByteArray YamlSourceMap::anchorUsedOutside(qsizetype from, qsizetype to) const
{
    QByteArrayList dropped;
    QByteArrayList used;
    for (const Node& node : m_nodes) {
        if (node.anchorStart >= from && node.anchorStart < to) {
            dropped.append(node.anchor);
        } else if (node.kind == Kind::Alias && !(node.start >= from && node.end <= to)) {
            used.append(node.text);
        }
    }
    for (const QByteArray& anchor : std::as_const(dropped)) {
        if (used.contains(anchor)) {
            return anchor;
        }
    }
    return {};
}

qsizetype YamlSourceMap::lineStart(const QByteArray& text, qsizetype position)
{
    // lastIndexOf() takes -1 for "from the end": the first line needs no search.
    const qsizetype newline = position <= 0 ? -1 : text.lastIndexOf('\n', position - 1);
    return newline < 0 ? 0 : newline + 1;
}

bool YamlSourceMap::onlySpacesBefore(const QByteArray& text, qsizetype position)
{
    for (qsizetype i = lineStart(text, position); i < position; ++i) {
        if (text.at(i) != ' ') {
            return false;
        }
    }
    return true;
}

// Where a new line goes after the node ending at `end`: the start of the next line, or, after a
// block scalar (which ends at a line start, past its trailing blank lines), before those blank lines.
qsizetype YamlSourceMap::nextLineStart(QByteArray& text, qsizetype end)
{
    if (end > 0 && text.at(end - 1) == '\n') {
        qsizetype position = end;
        while (position > 0) {
            const qsizetype previous = lineStart(text, position - 1);
            if (!text.mid(previous, position - previous).trimmed().isEmpty()) {
                break;
            }
            position = previous;
        }
        return position;
    }
    const qsizetype newline = text.indexOf('\n', end);
    if (newline < 0) {
        text.append('\n');
        return text.size();
    }
    return newline + 1;
}

qsizetype YamlSourceMap::afterColon(const QByteArray& text, qsizetype keyEnd)
{
    const qsizetype colon = text.indexOf(':', keyEnd);
    return colon < 0 ? keyEnd : colon + 1;
}
