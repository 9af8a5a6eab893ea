// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyyamljson.h"

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace PyYamlJson {

namespace {
const std::string yamlTag = "tag:yaml.org,2002:";

// lupdate files these texts under "PyYamlJson", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PyYamlJson)
};

// PyYAML's implicit resolver table (yaml/resolver.py), one expression per tag. Compiled once per
// thread: validation runs on several worker threads at a time.
const QRegularExpression& pattern(int which)
{
    thread_local const QRegularExpression expressions[] = {
        QRegularExpression(u"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"_s),
        QRegularExpression(u"^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                           "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                           "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                           "|[-+]?\\.(?:inf|Inf|INF)"
                           "|\\.(?:nan|NaN|NAN))$"_s),
        QRegularExpression(u"^(?:[-+]?0b[0-1_]+"
                           "|[-+]?0[0-7_]+"
                           "|[-+]?(?:0|[1-9][0-9_]*)"
                           "|[-+]?0x[0-9a-fA-F_]+"
                           "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"_s),
        QRegularExpression(u"^(?:~|null|Null|NULL|)$"_s),
        QRegularExpression(u"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                           "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                           "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                           ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                           "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"_s),
    };
    return expressions[which];
}
enum Pattern { Bool, Float, Int, Null, Timestamp };

bool matches(Pattern which, const QString& text)
{
    return pattern(which).match(text).hasMatch();
}

// "1:30" is 90 in YAML 1.1: base-60 digits, most significant first.
double sexagesimal(const QString& digits)
{
    double value = 0;
    for (const QString& part : digits.split(u':')) {
        value = value * 60 + part.toDouble();
    }
    return value;
}

QJsonValue integer(double value)
{
    const bool fits = std::abs(value) < 9007199254740992.0; // exact in a double, so also in qint64
    return fits ? QJsonValue(qint64(value)) : QJsonValue(value);
}

// PyYAML's construct_yaml_int; nullopt where Python's int() would raise.
std::optional<QJsonValue> constructInt(QString text)
{
    text.remove(u'_');
    double sign = 1;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        sign = text.startsWith(u'-') ? -1 : 1;
        text = text.mid(1);
    }
    bool ok = true;
    double value = 0;
    if (text == u"0"_s) {
        value = 0;
    } else if (text.startsWith(u"0b"_s)) {
        value = double(text.mid(2).toULongLong(&ok, 2));
    } else if (text.startsWith(u"0x"_s)) {
        value = double(text.mid(2).toULongLong(&ok, 16));
    } else if (text.startsWith(u'0')) {
        value = double(text.toULongLong(&ok, 8));
    } else if (text.contains(u':')) {
        value = sexagesimal(text);
    } else {
        value = text.toDouble(&ok);
        ok = ok && !text.contains(u'.') && !text.contains(u'e', Qt::CaseInsensitive);
    }
    if (!ok || text.isEmpty()) {
        return std::nullopt;
    }
    return integer(sign * value);
}

// PyYAML's construct_yaml_float.
std::optional<QJsonValue> constructFloat(QString text)
{
    text = text.toLower().remove(u'_');
    double sign = 1;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        sign = text.startsWith(u'-') ? -1 : 1;
        text = text.mid(1);
    }
    if (text == u".inf"_s) {
        return QJsonValue(sign * std::numeric_limits<double>::infinity());
    }
    if (text == u".nan"_s) {
        return QJsonValue(std::numeric_limits<double>::quiet_NaN());
    }
    if (text.contains(u':')) {
        return QJsonValue(sign * sexagesimal(text));
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<QJsonValue>(QJsonValue(sign * value)) : std::nullopt;
}

struct ConstructError
{
    QString message;
    YAML::Mark mark;
};

Position positionOf(const YAML::Mark& mark)
{
    return mark.is_null() ? Position {} : Position { mark.line + 1, mark.column + 1 };
}

class Converter
{
public:
    explicit Converter(Document& document)
        : m_document(document)
    { }

    QJsonValue convert(const YAML::Node& node, const QString& path, int depth)
    {
        // Aliases make a graph that JSON spells out as a tree; a few lines can stand for millions
        // of nodes ("billion laughs"), so the tree has a ceiling.
        if (++m_nodes > 1000000 || depth > 1000) {
            throw ConstructError { Text::tr("the document is too large or too deep once its aliases are expanded"),
                node.Mark() };
        }
        m_document.positions.insert(path, positionOf(node.Mark()));
        const std::string& tag = node.Tag();
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue::Null;
        case YAML::NodeType::Scalar:
            return scalar(node, path);
        case YAML::NodeType::Sequence:
            return sequence(node, path, depth);
        case YAML::NodeType::Map:
            if (tag == yamlTag + "set" || tag == yamlTag + "omap" || tag == yamlTag + "pairs") {
                m_document.pythonOnly.insert(
                    path, tag == yamlTag + "set" ? Text::tr("a set") : Text::tr("an ordered map"));
            } else if (tag != "?" && tag != "!" && tag != yamlTag + "map") {
                throw ConstructError { unknownTag(tag), node.Mark() };
            }
            return mapping(node, path, depth);
        }
        return QJsonValue::Null;
    }

private:
    static QString unknownTag(const std::string& tag)
    {
        return Text::tr("cloud-init cannot read a value tagged %1").arg(QString::fromStdString(tag));
    }

    QJsonValue scalar(const YAML::Node& node, const QString& path)
    {
        const QString text = QString::fromStdString(node.Scalar());
        const std::string& tag = node.Tag();
        if (tag == "!" || tag == yamlTag + "str" || tag == "tag:yaml.org,2002:python/unicode") {
            return text;
        }
        if (tag == "?") {
            if (matches(Timestamp, text)) {
                m_document.pythonOnly.insert(path, Text::tr("a date"));
                return text;
            }
            if (text == u"="_s) {
                // PyYAML resolves a lone "=" to tag:yaml.org,2002:value, which its safe loader cannot build.
                throw ConstructError { unknownTag(yamlTag + "value"), node.Mark() };
            }
            return resolvePlain(text);
        }
        std::optional<QJsonValue> value;
        if (tag == yamlTag + "int") {
            value = constructInt(text);
        } else if (tag == yamlTag + "float") {
            value = constructFloat(text);
        } else if (tag == yamlTag + "bool") {
            const QString lower = text.toLower();
            if (matches(Bool, lower)) {
                value = QJsonValue(lower == u"yes"_s || lower == u"true"_s || lower == u"on"_s);
            }
        } else if (tag == yamlTag + "null") {
            value = QJsonValue(QJsonValue::Null);
        } else if (tag == yamlTag + "binary") {
            // cloud-init takes bytes wherever its schema asks for a string.
            const auto decoded
                = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                value = QJsonValue(QString::fromUtf8(*decoded));
            }
        } else if (tag == yamlTag + "timestamp") {
            if (matches(Timestamp, text)) {
                m_document.pythonOnly.insert(path, Text::tr("a date"));
                value = QJsonValue(text);
            }
        } else {
            throw ConstructError { unknownTag(tag), node.Mark() };
        }
        if (!value) {
            throw ConstructError { Text::tr("\"%1\" cannot be read as %2").arg(text, QString::fromStdString(tag)),
                node.Mark() };
        }
        return *value;
    }

    QJsonValue sequence(const YAML::Node& node, const QString& path, int depth)
    {
        const std::string& tag = node.Tag();
        if (tag != "?" && tag != "!" && tag != yamlTag + "seq") {
            throw ConstructError { unknownTag(tag), node.Mark() };
        }
        QJsonArray array;
        for (std::size_t i = 0; i < node.size(); ++i) {
            array.append(convert(node[i], childPath(path, QString::number(i)), depth + 1));
        }
        return array;
    }

    static bool isMergeKey(const YAML::Node& key) { return key.IsScalar() && key.Tag() == "?" && key.Scalar() == "<<"; }

    // PyYAML's flatten_mapping: merged pairs come first so that the map's own keys win, and of a
    // list of merged maps the first wins.
    static void flatten(const YAML::Node& node, std::vector<std::pair<YAML::Node, YAML::Node>>& pairs, int depth)
    {
        if (depth > 100) {
            throw ConstructError { Text::tr("merge keys nest too deeply"), node.Mark() };
        }
        std::vector<std::pair<YAML::Node, YAML::Node>> merged;
        std::vector<std::pair<YAML::Node, YAML::Node>> own;
        for (const auto& member : node) {
            if (!isMergeKey(member.first)) {
                own.emplace_back(member.first, member.second);
                continue;
            }
            const YAML::Node& source = member.second;
            if (source.IsMap()) {
                flatten(source, merged, depth + 1);
            } else if (source.IsSequence()) {
                std::vector<std::vector<std::pair<YAML::Node, YAML::Node>>> parts;
                for (const YAML::Node& part : source) {
                    if (!part.IsMap()) {
                        throw ConstructError { Text::tr("a merge key (<<) takes maps only"), part.Mark() };
                    }
                    parts.emplace_back();
                    flatten(part, parts.back(), depth + 1);
                }
                for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
                    merged.insert(merged.end(), it->begin(), it->end());
                }
            } else {
                throw ConstructError { Text::tr("a merge key (<<) takes a map or a list of maps"), source.Mark() };
            }
        }
        pairs.insert(pairs.end(), merged.begin(), merged.end());
        pairs.insert(pairs.end(), own.begin(), own.end());
    }

    QJsonValue mapping(const YAML::Node& node, const QString& path, int depth)
    {
        std::vector<std::pair<YAML::Node, YAML::Node>> pairs;
        flatten(node, pairs, 0);
        QJsonObject object;
        for (const auto& [key, value] : pairs) {
            if (!key.IsScalar() && !key.IsNull()) {
                throw ConstructError { Text::tr("a list or a map cannot be a key (PyYAML: unhashable key)"),
                    key.Mark() };
            }
            // Python keeps 1 and "1" apart; JSON cannot, and cloud-init's schema only names strings.
            const QString name = key.IsNull() ? QString() : QString::fromStdString(key.Scalar());
            const QString child = childPath(path, name);
            m_document.keyPositions.insert(child, positionOf(key.Mark()));
            forgetDuplicate(child);
            object.insert(name, convert(value, child, depth + 1));
            // An empty value's mark is where the next token starts: the key is the better place.
            if (value.IsNull() && value.Mark().line != key.Mark().line) {
                m_document.positions.insert(child, positionOf(key.Mark()));
            }
        }
        return object;
    }

    // A repeated key replaces the earlier value (PyYAML: the last one wins), and with it what was
    // noted about that value's members.
    void forgetDuplicate(const QString& path)
    {
        const QString prefix = path + u'.';
        m_document.pythonOnly.removeIf(
            [&](const auto& entry) { return entry.key() == path || entry.key().startsWith(prefix); });
    }

    Document& m_document;
    int m_nodes = 0;
};

// PyYAML's reader refuses control characters and other non-printable code points.
std::optional<Position> firstNonPrintable(const QString& text)
{
    Position position { 1, 1 };
    for (auto it = text.cbegin(); it != text.cend(); ++it) {
        char32_t c = it->unicode();
        if (it->isHighSurrogate() && it + 1 != text.cend()) {
            c = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        }
        const bool printable = c == 0x09 || c == 0x0A || c == 0x0D || (c >= 0x20 && c <= 0x7E) || c == 0x85
            || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
        if (!printable) {
            return position;
        }
        if (c == u'\n') {
            ++position.line;
            position.column = 1;
        } else {
            ++position.column;
        }
    }
    return std::nullopt;
}
} // namespace

QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QJsonValue resolvePlain(const QString& text)
{
    if (text.isEmpty()) {
        return QJsonValue::Null;
    }
    const QChar first = text.front();
    if (u"yYnNtTfFoO"_s.contains(first) && matches(Bool, text)) {
        const QString lower = text.toLower();
        return lower == u"yes"_s || lower == u"true"_s || lower == u"on"_s;
    }
    if (u"-+0123456789."_s.contains(first) && matches(Float, text)) {
        return constructFloat(text).value_or(QJsonValue(text));
    }
    if (u"-+0123456789"_s.contains(first) && matches(Int, text)) {
        return constructInt(text).value_or(QJsonValue(text));
    }
    if (matches(Null, text)) {
        return QJsonValue::Null;
    }
    return text;
}

namespace {
// Events are not needed, only where the documents start.
struct DocumentStarts : YAML::EventHandler
{
    void OnDocumentStart(const YAML::Mark& mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override { }
    void OnMapEnd() override { }
    std::vector<YAML::Mark> starts;
};

// Where the first two documents start. Asks the parser for two at the most: yaml-cpp 0.7's LoadAll
// never ends on some texts (",e [config:" gives empty documents without end until memory runs
// out; tests/fuzz/known/yaml-cpp-loadall-endless).
std::vector<YAML::Mark> firstDocuments(const std::string& input)
{
    std::istringstream stream(input);
    YAML::Parser parser(stream);
    DocumentStarts handler;
    for (int documents = 0; documents < 2 && parser.HandleNextDocument(handler); ++documents) { }
    return handler.starts;
}
} // namespace

Document parse(const QByteArray& yaml)
{
    Document document;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(yaml);
    if (decoder.hasError()) {
        document.error = Text::tr("the text is not valid UTF-8");
        return document;
    }
    if (const auto bad = firstNonPrintable(text)) {
        document.error = Text::tr("a control character that YAML does not allow");
        document.errorPosition = *bad;
        return document;
    }
    try {
        const std::string input = yaml.toStdString();
        // yaml-cpp 0.7 lets a quoted scalar that is never closed end with the input when white space
        // comes last ("key: 'text" and a newline reads as "text "); PyYAML reports "found unexpected
        // end of stream" (tests/fuzz/known/metadata-unclosed-quote). After a '#' there the scalar has
        // text at the very end, and yaml-cpp reports it too; anywhere else the '#' starts a comment.
        const bool openEnd = !input.empty() && std::string_view(" \t\r\n").find(input.back()) != std::string_view::npos;
        const std::vector<YAML::Mark> documents = firstDocuments(openEnd ? input + '#' : input);
        if (documents.size() > 1) {
            // A second document where the first began is yaml-cpp stuck on a text it cannot read.
            const bool stuck = documents.at(1).pos == documents.at(0).pos;
            throw ConstructError { stuck ? Text::tr("this is not YAML: a value was expected here")
                                         : Text::tr("more than one YAML document (cloud-init reads a single one)"),
                documents.at(1) };
        }
        if (!documents.empty()) {
            Converter converter(document);
            document.value = converter.convert(YAML::Load(input), QString(), 0);
        }
        document.ok = true;
    } catch (const YAML::Exception& error) {
        document.error = QString::fromStdString(error.msg);
        document.errorPosition = positionOf(error.mark);
        if (error.mark.pos >= int(yaml.size())) {
            // Past the '#' added above: where PyYAML sees the end, at the start of the line after the text.
            document.errorPosition = Position { int(yaml.count('\n')) + 1, 1 };
        }
    } catch (const ConstructError& error) {
        document.error = error.message;
        document.errorPosition = positionOf(error.mark);
        document.value = QJsonValue::Undefined;
    }
    return document;
}

} // namespace PyYamlJson
