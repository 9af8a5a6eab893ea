// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QStringList>

// Where each node of a YAML text is, byte for byte, so that an edit can replace exactly one node and
// leave every other byte (comments, blank lines, quoting, key order) as the admin typed it.
// yaml-cpp gives only a node's start; libfyaml's event stream gives start and end.
class YamlSourceMap
{
public:
    enum class Kind { Scalar, Map, Sequence, Alias };
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Block, Flow };

    struct Node
    {
        Kind kind = Kind::Scalar;
        Style style = Style::Plain;
        qsizetype start = 0; // quoted scalars include their quotes; block scalars start at their content
        qsizetype end = 0;
        int line = 0; // 0-based, counting '\n' only (a lone '\r' is a line break to YAML, not to the editor)
        int column = 0;
        QByteArray text; // a scalar's source text (for keys: the key); an alias's name
        QByteArray anchor; // the name of the anchor the node defines, if any
        qsizetype anchorStart = -1; // where its name starts (after the &)
        QList<int> children; // a map: key, value, key, value…; a sequence: its items
    };

    // The first document of `text`, or nothing when it is not valid YAML.
    static std::optional<YamlSourceMap> parse(const QByteArray& text);

    bool isEmpty() const { return m_nodes.isEmpty(); }
    const Node& node(int index) const { return m_nodes.at(index); }
    int root() const { return m_nodes.isEmpty() ? -1 : 0; }

    // The value at `path` (map keys and sequence indices) below `from`, or -1.
    int find(const QStringList& path, int from = 0) const;
    // The key node of `key` in map `map`, or -1.
    int keyOf(int map, const QString& key) const;
    int valueOf(int map, const QString& key) const;

    // An anchor defined in the bytes [from, to) that an alias outside them refers to, or empty:
    // taking those bytes away would leave the alias undefined.
    QByteArray anchorUsedOutside(qsizetype from, qsizetype to) const;

    // Positions in a YAML text, for editing it line by line.
    static qsizetype lineStart(const QByteArray& text, qsizetype position);
    static bool onlySpacesBefore(const QByteArray& text, qsizetype position);
    // Where a new line goes after the node ending at `end` (a newline is appended at the very end).
    static qsizetype nextLineStart(QByteArray& text, qsizetype end);
    // Position just past the ':' that follows the key ending at `keyEnd`.
    static qsizetype afterColon(const QByteArray& text, qsizetype keyEnd);

private:
    QList<Node> m_nodes;
};
