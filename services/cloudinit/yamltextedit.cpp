// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltextedit.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include "yamlsourcemap.h"

using Node = YamlSourceMap::Node;
using Kind = YamlSourceMap::Kind;
using Style = YamlSourceMap::Style;

namespace YamlTextEdit {

namespace {
// lupdate files these texts under "YamlTextEdit", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(YamlTextEdit)
};

bool isBlockScalar(const Node& node)
{
    return node.kind == Kind::Scalar && (node.style == Style::Literal || node.style == Style::Folded);
}

bool isCollection(const QJsonValue& value)
{
    return value.isObject() || value.isArray();
}

bool isEmptyCollection(const QJsonValue& value)
{
    return (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

// What PyYAML does not read as itself in a YAML text: control characters, C1 codes (U+0085 is a
// line break), U+2028/U+2029 (line breaks in YAML 1.1), U+FFFE/U+FFFF; and format characters.
bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u >= 0xfffe || c.isSurrogate()
        || c.category() == QChar::Other_Format;
}

// A string with line breaks goes into a literal block, unless it holds what only an escape can say.
bool literalSafe(const QString& text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c != u'\n' && c != u'\t' && needsEscape(c); });
}

bool isMultiline(const QJsonValue& value)
{
    return value.isString() && value.toString().contains(u'\n') && literalSafe(value.toString());
}

QByteArray spaces(int count)
{
    return QByteArray(qMax(0, count), ' ');
}

// Words YAML 1.1 (PyYAML, cloud-init) or 1.2 (yaml-cpp) reads as something other than a string.
bool isReservedWord(const QString& text)
{
    static const QStringList words { u"y"_qs, u"n"_qs, u"yes"_qs, u"no"_qs, u"on"_qs, u"off"_qs, u"true"_qs,
        u"false"_qs, u"null"_qs, u"~"_qs };
    return words.contains(text.toLower());
}

bool isPlainSafe(const QString& text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace() || isReservedWord(text)) {
        return false;
    }
    // Addresses are common and never numbers: "192.0.2.10" or "192.0.2.0/24" has more than one dot.
    static const QRegularExpression ipv4(u"^\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?$"_qs);
    if (ipv4.match(text).hasMatch()) {
        return true;
    }
    static const QRegularExpression plain(u"^[A-Za-z_/$][A-Za-z0-9_./@$=+()-]*( [A-Za-z0-9_./@$=+()-]+)*$"_qs);
    return plain.match(text).hasMatch();
}

QByteArray doubleQuoted(const QString& text)
{
    static const QHash<char16_t, QByteArray> named { { u'"', "\\\"" }, { u'\\', "\\\\" }, { u'\n', "\\n" },
        { u'\t', "\\t" }, { u'\r', "\\r" } };
    QByteArray out = "\"";
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (named.contains(c.unicode())) {
            out += named.value(c.unicode());
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += text.mid(i++, 2).toUtf8(); // a character beyond U+FFFF, written as itself
        } else if (needsEscape(c)) {
            out += "\\u" + QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        } else {
            out += QString(c).toUtf8();
        }
    }
    return out + '"';
}

QByteArray scalarOf(const QJsonValue& value, Style preferred = Style::Plain)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        // Whole numbers in full, others with the dot PyYAML needs to see a float ("1e-07" is a string).
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            return std::isnan(number) ? ".nan" : number > 0 ? ".inf" : "-.inf";
        }
        if (std::trunc(number) == number) {
            return QByteArray::number(number, 'f', 0);
        }
        const QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        return text.contains('.') ? text : QByteArray(text).replace("e", ".0e");
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (preferred == Style::SingleQuoted && std::none_of(text.cbegin(), text.cend(), needsEscape)) {
            return '\'' + QString(text).replace(u"'"_qs, u"''"_qs).toUtf8() + '\'';
        }
        if (preferred == Style::DoubleQuoted || !isPlainSafe(text)) {
            return doubleQuoted(text);
        }
        return text.toUtf8();
    }
    default:
        return "null";
    }
}

// The lines of a literal block scalar for `text`, each indented by `indent`, with the header
// (" |", " |-", " |+") that reads them back as `text`.
QByteArray literalHeader(const QString& text)
{
    QByteArray header = " |";
    if (!text.isEmpty() && text.front().isSpace()) {
        header += '2';
    }
    if (!text.endsWith(u'\n')) {
        header += '-';
    } else if (text.endsWith(u"\n\n"_qs)) {
        header += '+';
    }
    return header;
}

QByteArray literalBody(const QString& text, int indent)
{
    QString body = text;
    if (body.endsWith(u'\n')) {
        body.chop(1);
    }
    QByteArray out;
    for (const QString& line : body.split(u'\n')) {
        out += (line.isEmpty() ? QByteArray() : spaces(indent) + line.toUtf8()) + '\n';
    }
    return out;
}

QByteArray flow(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QByteArrayList parts;
        for (auto it = object.begin(); it != object.end(); ++it) {
            parts.append(scalarOf(it.key()) + ": " + flow(it.value()));
        }
        return '{' + parts.join(", ") + '}';
    }
    if (value.isArray()) {
        QByteArrayList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts.append(flow(item));
        }
        return '[' + parts.join(", ") + ']';
    }
    return value.isString() && !isPlainSafe(value.toString()) ? doubleQuoted(value.toString()) : scalarOf(value);
}

// "key: value" for a new map entry at `indent`, ending without a newline.
QByteArray entry(const QString& key, const QJsonValue& value, int indent)
{
    QByteArray out = spaces(indent) + scalarOf(key) + ':';
    if (isMultiline(value)) {
        return out + literalHeader(value.toString()) + '\n' + literalBody(value.toString(), indent + 2).chopped(1);
    }
    if (isCollection(value) && !isEmptyCollection(value)) {
        return out + '\n' + spaces(indent + 2) + toYaml(value, indent + 2);
    }
    return out + ' ' + toYaml(value, indent + 2);
}

QJsonValue nested(const QStringList& path, qsizetype from, const QJsonValue& value)
{
    QJsonValue result = value;
    for (qsizetype i = path.size() - 1; i >= from; --i) {
        result = QJsonObject { { path.at(i), result } };
    }
    return result;
}

class Editor
{
public:
    Editor(QByteArray text, YamlSourceMap map)
        : m_text(std::move(text))
        , m_map(std::move(map))
    { }

    QByteArray set(const QStringList& path, const QJsonValue& value)
    {
        int node = m_map.root();
        int parent = -1;
        int key = -1;
        for (qsizetype i = 0; i < path.size(); ++i) {
            const Node& current = m_map.node(node);
            if (current.kind == Kind::Map) {
                const int keyNode = m_map.keyOf(node, path.at(i));
                if (keyNode < 0) {
                    insertIntoMap(node, path.at(i), nested(path, i + 1, value));
                    return m_text;
                }
                parent = node;
                key = keyNode;
                node = m_map.valueOf(node, path.at(i));
            } else if (current.kind == Kind::Sequence) {
                bool ok = false;
                const int index = path.at(i).toInt(&ok);
                if (ok && index == current.children.size()) {
                    appendToSequence(node, nested(path, i + 1, value));
                    return m_text;
                }
                if (!ok || index < 0 || index > current.children.size()) {
                    throw std::runtime_error(
                        Text::tr("%1 has no item %2").arg(path.mid(0, i).join(u'.'), path.at(i)).toStdString());
                }
                parent = node;
                key = -1;
                node = current.children.at(index);
            } else {
                replace(node, parent, key, nested(path, i, value));
                return m_text;
            }
        }
        replace(node, parent, key, value);
        return m_text;
    }

    QByteArray remove(const QStringList& path)
    {
        if (path.isEmpty()) {
            return m_text;
        }
        const int parent = m_map.find(path.mid(0, path.size() - 1));
        if (parent < 0) {
            return m_text;
        }
        const Node& container = m_map.node(parent);
        int first = -1; // the node whose line(s) go
        int last = -1;
        int next = -1; // the sibling after, if any
        if (container.kind == Kind::Map) {
            first = m_map.keyOf(parent, path.last());
            if (first < 0) {
                return m_text;
            }
            const qsizetype at = container.children.indexOf(first);
            last = container.children.at(at + 1);
            next = at + 2 < container.children.size() ? container.children.at(at + 2) : -1;
        } else if (container.kind == Kind::Sequence) {
            bool ok = false;
            const int index = path.last().toInt(&ok);
            if (!ok || index < 0 || index >= container.children.size()) {
                return m_text;
            }
            first = last = container.children.at(index);
            next = index + 1 < container.children.size() ? container.children.at(index + 1) : -1;
        } else {
            return m_text;
        }
        const bool onlyChild = container.children.size() == (container.kind == Kind::Map ? 2 : 1);
        if (container.style == Style::Flow || onlyChild) {
            if (onlyChild) {
                replaceRange(container.start, container.end, container.kind == Kind::Map ? "{}" : "[]");
                return m_text;
            }
            removeFromFlow(container, first, last);
            return m_text;
        }
        qsizetype from = m_map.node(first).start;
        if (container.kind == Kind::Sequence) {
            from = m_text.lastIndexOf('-', from);
        }
        if (YamlSourceMap::onlySpacesBefore(m_text, from)) {
            from = YamlSourceMap::lineStart(m_text, from);
            const qsizetype to = YamlSourceMap::nextLineStart(m_text, m_map.node(last).end);
            replaceRange(from, to, {});
        } else if (next >= 0) {
            // The first key of a map inside "- key: value": the next key moves up onto the dash's line.
            qsizetype to = m_map.node(next).start;
            if (container.kind == Kind::Sequence) {
                to = m_text.lastIndexOf('-', to);
            }
            replaceRange(from, to, {});
        }
        return m_text;
    }

private:
    void replaceRange(qsizetype from, qsizetype to, const QByteArray& with)
    {
        // An alias whose anchor is gone makes the whole text unreadable (PyYAML: undefined alias).
        if (const QByteArray anchor = m_map.anchorUsedOutside(from, to); !anchor.isEmpty()) {
            throw std::runtime_error(Text::tr("the value is used elsewhere through its anchor &%1")
                                         .arg(QString::fromUtf8(anchor))
                                         .toStdString());
        }
        // A block scalar ends at the start of the line after it: what replaces it keeps that newline,
        // and one written at the very end gets one (without, its last line break is not read).
        const bool newline = !with.isEmpty() && !with.endsWith('\n')
            && (to == m_text.size() || (to > from && m_text.at(to - 1) == '\n'));
        m_text.replace(from, to - from, newline ? with + '\n' : with);
    }

    // The column that the entries of a block map or sequence start at.
    int entryColumn(int collection) const
    {
        const Node& node = m_map.node(collection);
        return node.children.isEmpty() ? node.column : m_map.node(node.children.first()).column;
    }

    void insertIntoMap(int map, const QString& key, const QJsonValue& value)
    {
        const Node& node = m_map.node(map);
        if (node.style == Style::Flow) {
            const QByteArray item = scalarOf(key) + ": " + flow(value);
            replaceRange(node.end - 1, node.end - 1, node.children.isEmpty() ? item : ", " + item);
            return;
        }
        const int column = entryColumn(map);
        const qsizetype at = YamlSourceMap::nextLineStart(m_text, node.end);
        replaceRange(at, at, entry(key, value, column) + '\n');
    }

    void appendToSequence(int sequence, const QJsonValue& value)
    {
        const Node& node = m_map.node(sequence);
        if (node.style == Style::Flow) {
            replaceRange(node.end - 1, node.end - 1, (node.children.isEmpty() ? "" : ", ") + flow(value));
            return;
        }
        const int column = node.column; // the dash's column
        const qsizetype at = YamlSourceMap::nextLineStart(m_text, node.end);
        QByteArray item = spaces(column) + "- ";
        if (isMultiline(value)) {
            item
                += literalHeader(value.toString()).mid(1) + '\n' + literalBody(value.toString(), column + 2).chopped(1);
        } else {
            item += toYaml(value, column + 2);
        }
        replaceRange(at, at, item + '\n');
    }

    void replace(int node, int parent, int key, const QJsonValue& value)
    {
        const Node& old = m_map.node(node);
        const bool inFlow = parent >= 0 && m_map.node(parent).style == Style::Flow;
        if (old.style == Style::Flow || inFlow) {
            replaceRange(old.start, old.end, flow(value));
            return;
        }
        if (isBlockScalar(old) && value.isString() && literalSafe(value.toString())) {
            replaceBlockScalar(old, key, value.toString());
            return;
        }
        const bool mapValue = parent >= 0 && key >= 0;
        const bool emptyValue = old.kind == Kind::Scalar && old.end == old.start;
        if (emptyValue && !mapValue && old.start > 0 && m_text.at(old.start - 1) == '-') {
            // An empty item sits just past its dash.
            const bool block = isCollection(value) && !isEmptyCollection(value);
            replaceRange(old.start, old.end, ' ' + (block ? toYaml(value, old.column + 1) : scalarOf(value)));
            return;
        }
        if (!isCollection(value) || isEmptyCollection(value)) {
            if (isMultiline(value) && mapValue) {
                const Node& keyNode = m_map.node(key);
                const qsizetype from = YamlSourceMap::afterColon(m_text, keyNode.end);
                const qsizetype to = isBlockScalar(old) ? old.end : (emptyValue ? from : old.end);
                QByteArray body = literalBody(value.toString(), keyNode.column + 2);
                if (!(to > 0 && m_text.at(to - 1) == '\n')) {
                    body.chop(1);
                }
                replaceRange(from, to, literalHeader(value.toString()) + '\n' + body);
                return;
            }
            if ((isBlockScalar(old) || (old.kind != Kind::Scalar && old.kind != Kind::Alias)) && mapValue) {
                const qsizetype from = YamlSourceMap::afterColon(m_text, m_map.node(key).end);
                replaceRange(from, old.end, ' ' + scalarOf(value));
                return;
            }
            if (emptyValue && mapValue) {
                const qsizetype from = YamlSourceMap::afterColon(m_text, m_map.node(key).end);
                replaceRange(from, from, ' ' + scalarOf(value));
                return;
            }
            replaceRange(old.start, old.end, scalarOf(value, old.style));
            return;
        }
        if (old.kind == Kind::Map || old.kind == Kind::Sequence) {
            // A block collection keeps its column; its first line is already indented.
            replaceRange(old.start, old.end, toYaml(value, old.column));
            return;
        }
        if (mapValue) {
            const Node& keyNode = m_map.node(key);
            const qsizetype from = YamlSourceMap::afterColon(m_text, keyNode.end);
            const qsizetype to = emptyValue ? from : old.end;
            const int column = keyNode.column + 2;
            replaceRange(from, to, '\n' + spaces(column) + toYaml(value, column));
            return;
        }
        replaceRange(old.start, old.end, toYaml(value, old.column));
    }

    // A literal or folded scalar keeps its header (and its comment) unless the new text needs other
    // chomping; its lines keep their indentation, so only the lines that changed differ.
    void replaceBlockScalar(const Node& old, int key, const QString& text)
    {
        const qsizetype headerEnd = old.start; // content starts on the line after the header
        const qsizetype headerStart = key >= 0 ? YamlSourceMap::afterColon(m_text, m_map.node(key).end)
                                               : m_text.lastIndexOf('\n', headerEnd - 2) + 1;
        int indent = key >= 0 ? m_map.node(key).column + 2 : old.column + 2;
        const QByteArray oldBody = m_text.mid(old.start, old.end - old.start);
        for (const QByteArray& line : oldBody.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                indent = 0;
                while (indent < line.size() && line.at(indent) == ' ') {
                    ++indent;
                }
                break;
            }
        }
        // Trailing blank lines below a clipped or stripped scalar are layout, not content: keep them.
        qsizetype contentEnd = old.end;
        while (contentEnd > old.start) {
            const qsizetype previous = YamlSourceMap::lineStart(m_text, contentEnd - 1);
            if (!m_text.mid(previous, contentEnd - previous).trimmed().isEmpty()) {
                break;
            }
            contentEnd = previous;
        }
        const QByteArray oldHeader = m_text.mid(headerStart, headerEnd - headerStart);
        const QByteArray wantedHeader = literalHeader(text);
        const bool keep = oldHeader.contains('+');
        const bool strip = oldHeader.contains('-');
        const bool sameChomping = wantedHeader.contains('+') == keep && wantedHeader.contains('-') == strip
            && oldHeader.trimmed().startsWith('|') && !wantedHeader.contains('2');
        const QByteArray body = literalBody(text, indent);
        replaceRange(old.start, keep ? old.end : contentEnd, body);
        if (!sameChomping) {
            replaceRange(headerStart, headerEnd, wantedHeader + '\n');
        }
    }

    void removeFromFlow(const Node& container, int first, int last)
    {
        qsizetype from = m_map.node(first).start;
        qsizetype to = m_map.node(last).end;
        const qsizetype comma = m_text.indexOf(',', to);
        if (comma >= 0 && comma < container.end - 1) {
            to = comma + 1;
            while (to < container.end - 1 && m_text.at(to) == ' ') {
                ++to;
            }
        } else {
            const qsizetype previousComma = m_text.lastIndexOf(',', from);
            if (previousComma > container.start) {
                from = previousComma;
            }
        }
        replaceRange(from, to, {});
    }

    QByteArray m_text;
    YamlSourceMap m_map;
};

std::optional<YamlSourceMap> sourceMap(const QByteArray& text, QString* error)
{
    std::optional<YamlSourceMap> map = YamlSourceMap::parse(text);
    if (!map) {
        *error = Text::tr("the text is not valid YAML, so it cannot be changed in place");
    }
    return map;
}

bool isEmptyDocument(const YamlSourceMap& map)
{
    return map.isEmpty() || (map.node(0).kind == Kind::Scalar && map.node(0).text.isEmpty());
}
} // namespace

QByteArray scalar(const QString& text)
{
    return scalarOf(text);
}

QByteArray toYaml(const QJsonValue& value, int indent)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject object = value.toObject();
        QByteArrayList lines;
        for (auto it = object.begin(); it != object.end(); ++it) {
            lines.append(entry(it.key(), it.value(), indent));
        }
        return lines.join('\n').mid(indent);
    }
    if (value.isArray() && !value.toArray().isEmpty()) {
        QByteArrayList lines;
        for (const QJsonValue& item : value.toArray()) {
            if (isMultiline(item)) {
                lines.append(spaces(indent) + "-" + literalHeader(item.toString()) + '\n'
                    + literalBody(item.toString(), indent + 2).chopped(1));
            } else {
                lines.append(spaces(indent) + "- " + toYaml(item, indent + 2));
            }
        }
        return lines.join('\n').mid(indent);
    }
    if (value.isObject()) {
        return "{}";
    }
    if (value.isArray()) {
        return "[]";
    }
    return scalarOf(value);
}

std::optional<QByteArray> set(const QByteArray& text, const QStringList& path, const QJsonValue& value, QString* error)
{
    const std::optional<YamlSourceMap> map = sourceMap(text, error);
    if (!map) {
        return std::nullopt;
    }
    if (isEmptyDocument(*map)) {
        QByteArray out = text;
        if (!out.isEmpty() && !out.endsWith('\n')) {
            out += '\n';
        }
        return out + toYaml(nested(path, 0, value)) + '\n';
    }
    try {
        return Editor(text, *map).set(path, value);
    } catch (const std::runtime_error& e) {
        *error = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

std::optional<QByteArray> remove(const QByteArray& text, const QStringList& path, QString* error)
{
    QByteArray out = text;
    while (true) {
        const std::optional<YamlSourceMap> map = sourceMap(out, error);
        if (!map) {
            return std::nullopt;
        }
        if (isEmptyDocument(*map)) {
            return out;
        }
        // A key written twice is read as its last copy (PyYAML): every copy goes.
        const int parent = path.isEmpty() ? -1 : map->find(path.mid(0, path.size() - 1));
        const bool key = parent >= 0 && map->node(parent).kind == Kind::Map;
        try {
            const QByteArray removed = Editor(out, *map).remove(path);
            if (!key || removed == out) {
                return removed;
            }
            out = removed;
        } catch (const std::runtime_error& e) {
            *error = QString::fromStdString(e.what());
            return std::nullopt;
        }
    }
}

} // namespace YamlTextEdit
