// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the in-place YAML edits behind the metadata editor's form (YamlTextEdit) and
// the source map under them (YamlSourceMap). The first line of the input is the edit, "PATH VALUE":
// a dotted path (map keys and sequence indices, "a.b.0.c"; empty for the document itself) and a
// JSON value (a bare word that is not JSON is taken as a string); the rest is the YAML text.
// Where the text is YAML that cloud-init can read (PyYamlJson), checks that an edit says exactly what
// it was asked to, as cloud-init reads it: after set, the text still reads, the value at the path is
// the value set and no other top-level value changed; after remove, the path is gone and nothing
// else changed; neither touches a byte before the line of the node it edits.
#include <cstdint>
#include <cstdlib>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "check.h"
#include "cloudinit/pyyamljson.h"
#include "cloudinit/yamlsourcemap.h"
#include "cloudinit/yamltextedit.h"
#include "samejson.h"

using namespace Qt::StringLiterals;

namespace {
struct Edit
{
    QStringList path;
    QJsonValue value;
    QByteArray text;
};

Edit editIn(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    const QByteArray first = newline < 0 ? input : input.left(newline);
    Edit edit;
    edit.text = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const qsizetype space = first.indexOf(' ');
    const QByteArray path = space < 0 ? first : first.left(space);
    const QByteArray value = space < 0 ? QByteArray() : first.mid(space + 1);
    if (!path.isEmpty()) {
        edit.path = QString::fromUtf8(path).split(u'.');
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson('[' + value + ']', &error);
    edit.value = error.error == QJsonParseError::NoError && json.array().size() == 1
        ? json.array().at(0)
        : QJsonValue(QString::fromUtf8(value));
    return edit;
}

// A string a UTF-8 file can hold: JSON's \ud800 escapes give lone surrogates, which no YAML text can.
bool representable(const QJsonValue& value)
{
    if (value.isString()) {
        return QString::fromUtf8(value.toString().toUtf8()) == value.toString();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(), [](const QJsonValue& item) { return representable(item); });
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!representable(it.key()) || !representable(it.value())) {
            return false;
        }
    }
    return true;
}

// Keys YAML cannot write as "key: value" (a simple key is at most 1024 characters): known, not
// refused by YamlTextEdit yet (tests/fuzz/known/README.md).
bool hasLongKey(const QStringList& path, const QJsonValue& value)
{
    auto longKey = [](const QString& key) { return YamlTextEdit::scalar(key).size() > 1000; };
    const QStringList keys = value.toObject().keys();
    if (std::any_of(path.begin(), path.end(), longKey) || std::any_of(keys.begin(), keys.end(), longKey)) {
        return true;
    }
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray();
    const QJsonObject members = value.toObject();
    return std::any_of(items.begin(), items.end(), [](const QJsonValue& item) { return hasLongKey({}, item); })
        || std::any_of(members.begin(), members.end(), [](const QJsonValue& item) { return hasLongKey({}, item); });
}

// The value at `path`, undefined when the path is not there.
QJsonValue at(QJsonValue value, const QStringList& path)
{
    for (const QString& step : path) {
        if (value.isObject() && value.toObject().contains(step)) {
            value = value.toObject().value(step);
        } else if (bool ok = false; value.isArray() && (step.toInt(&ok), ok) && step.toInt() >= 0
                   && step.toInt() < value.toArray().size()) {
            value = value.toArray().at(step.toInt());
        } else {
            return QJsonValue::Undefined;
        }
    }
    return value;
}

bool containsAlias(const YamlSourceMap& map, int node)
{
    const YamlSourceMap::Node& each = map.node(node);
    return each.kind == YamlSourceMap::Kind::Alias
        || std::any_of(
            each.children.begin(), each.children.end(), [&](int child) { return containsAlias(map, child); });
}

// The members of the document other than the one the path goes into are as they were. A member
// with an alias may follow an anchor inside the edited node: it is not compared.
void checkOthersUnchanged(
    const QJsonValue& before, const QJsonValue& after, const YamlSourceMap& map, const QString& edited)
{
    const int root = map.root();
    auto aliased = [&](const QString& member) {
        const int node = map.find({ member });
        return node >= 0 && containsAlias(map, node);
    };
    if (before.isObject() && after.isObject()) {
        const QJsonObject old = before.toObject();
        const QJsonObject now = after.toObject();
        for (auto it = old.begin(); it != old.end(); ++it) {
            if (it.key() != edited && !aliased(it.key())) {
                FUZZ_CHECK(now.contains(it.key()) && sameJson(now.value(it.key()), it.value()));
            }
        }
        for (auto it = now.begin(); it != now.end(); ++it) {
            FUZZ_CHECK(it.key() == edited || old.contains(it.key()));
        }
    } else if (before.isArray() && after.isArray() && root >= 0) {
        const QJsonArray old = before.toArray();
        const QJsonArray now = after.toArray();
        for (qsizetype i = 0; i < old.size(); ++i) {
            if (QString::number(i) != edited && !aliased(QString::number(i))) {
                FUZZ_CHECK(i < now.size() && sameJson(now.at(i), old.at(i)));
            }
        }
    }
}

qsizetype lineStart(const QByteArray& text, qsizetype position)
{
    return position <= 0 ? 0 : text.lastIndexOf('\n', position - 1) + 1;
}

// The first byte an edit of `path` may touch: the start of the line of the deepest node on the path
// that exists (of its key, for a map's member; of its dash, for a sequence item).
qsizetype editableFrom(const QByteArray& text, const YamlSourceMap& map, const QStringList& path)
{
    qsizetype from = 0;
    int node = map.root();
    for (qsizetype i = 0; i < path.size() && node >= 0; ++i) {
        const YamlSourceMap::Node& parent = map.node(node);
        const int child = map.find({ path.at(i) }, node);
        if (child < 0) {
            break;
        }
        if (parent.style == YamlSourceMap::Style::Flow) {
            // Inside a flow collection every edit stays within its brackets.
            return lineStart(text, parent.start);
        }
        qsizetype start = map.node(child).start;
        if (parent.kind == YamlSourceMap::Kind::Map) {
            start = map.node(map.keyOf(node, path.at(i))).start;
        } else {
            const qsizetype dash = text.lastIndexOf('-', start);
            start = dash < 0 ? start : dash;
        }
        from = lineStart(text, start);
        node = child;
    }
    return from;
}

void checkSet(const Edit& edit, const PyYamlJson::Document& before, const YamlSourceMap& map)
{
    QString error;
    const std::optional<QByteArray> edited = YamlTextEdit::set(edit.text, edit.path, edit.value, &error);
    if (!edited) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    const PyYamlJson::Document after = PyYamlJson::parse(*edited);
    if (!after.ok) {
        std::fprintf(stderr, "set gave:\n%s\nPyYAML: %s\n", edited->constData(), qPrintable(after.error));
    }
    FUZZ_CHECK(after.ok); // what the form wrote, cloud-init can read
    const QJsonValue value = at(after.value, edit.path);
    if (!sameJson(value, edit.value)) {
        std::fprintf(stderr, "set gave:\n%s\nread back: %s\n", edited->constData(),
            QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).constData());
    }
    FUZZ_CHECK(sameJson(value, edit.value));
    if (!edit.path.isEmpty()) {
        checkOthersUnchanged(before.value, after.value, map, edit.path.first());
    }
    const qsizetype from = editableFrom(edit.text, map, edit.path);
    FUZZ_CHECK(edited->left(from) == edit.text.left(from));
}

void checkRemove(const Edit& edit, const PyYamlJson::Document& before, const YamlSourceMap& map)
{
    QString error;
    const std::optional<QByteArray> edited = YamlTextEdit::remove(edit.text, edit.path, &error);
    if (!edited) {
        // Only an anchor that an alias still needs keeps a value where it is.
        FUZZ_CHECK(!error.isEmpty() && containsAlias(map, map.root()));
        return;
    }
    const PyYamlJson::Document after = PyYamlJson::parse(*edited);
    if (!after.ok) {
        std::fprintf(stderr, "remove gave:\n%s\nPyYAML: %s\n", edited->constData(), qPrintable(after.error));
    }
    FUZZ_CHECK(after.ok);
    if (edit.path.isEmpty()) {
        FUZZ_CHECK(*edited == edit.text);
        return;
    }
    const QStringList parentPath = edit.path.mid(0, edit.path.size() - 1);
    const QJsonValue parent = at(before.value, parentPath);
    if (parent.isObject() && map.find(edit.path) >= 0) {
        // A removed key is gone, and its siblings stay as they were.
        const QJsonValue now = at(after.value, parentPath);
        FUZZ_CHECK(now.isObject() && !now.toObject().contains(edit.path.last()));
        QJsonObject expected = parent.toObject();
        expected.remove(edit.path.last());
        if (!containsAlias(map, map.root())) {
            FUZZ_CHECK(sameJson(now, expected));
        }
    } else if (parent.isArray() && map.find(edit.path) >= 0) {
        // One item fewer, the others in their order.
        QJsonArray expected = parent.toArray();
        expected.removeAt(edit.path.last().toInt());
        if (!containsAlias(map, map.root())) {
            FUZZ_CHECK(sameJson(at(after.value, parentPath), expected));
        }
    }
    if (edit.path.size() > 1 || map.find(edit.path) >= 0) {
        checkOthersUnchanged(before.value, after.value, map, edit.path.first());
    }
    qsizetype from = editableFrom(edit.text, map, edit.path);
    // Every copy of a key written twice goes: nothing before the first may change.
    const int parentNode = map.find(edit.path.mid(0, edit.path.size() - 1));
    if (parentNode >= 0 && map.node(parentNode).kind == YamlSourceMap::Kind::Map) {
        const QList<int>& children = map.node(parentNode).children;
        for (qsizetype i = 0; i + 1 < children.size(); i += 2) {
            const YamlSourceMap::Node& key = map.node(children.at(i));
            if (key.kind == YamlSourceMap::Kind::Scalar && key.style == YamlSourceMap::Style::Plain
                && QString::fromUtf8(key.text) == edit.path.last()) {
                from = qMin(from, lineStart(edit.text, key.start));
            }
        }
    }

    FUZZ_CHECK(edited->left(from) == edit.text.left(from));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Edit edit = editIn(input);
    const std::optional<YamlSourceMap> map = YamlSourceMap::parse(edit.text);
    const PyYamlJson::Document before = PyYamlJson::parse(edit.text);
    QString error;
    if (!map) {
        // What libfyaml refuses is never edited.
        FUZZ_CHECK(!YamlTextEdit::set(edit.text, edit.path, edit.value, &error) && !error.isEmpty());
        return 0;
    }
    // Known, tests/fuzz/known/README.md: explicit keys ("? key") are not edited where they are; a
    // line added after a block scalar that ends the text without a newline becomes part of it.
    // So are empty keys (": value" at the start of a line): yaml-cpp reads them, PyYAML refuses them.
    // So is a lone carriage return: a line break to PyYAML, text to yaml-cpp.
    static const QRegularExpression explicitKey(u"(^|[\\s\\[{,])\\?(\\s|$)|(^|\\n) *:(\\s|$)|\\r(?!\\n)"_s);
    bool blockScalarAtEnd = false;
    for (int node : { map->root() }) {
        std::function<void(int)> visit = [&](int each) {
            const YamlSourceMap::Node& n = map->node(each);
            blockScalarAtEnd = blockScalarAtEnd
                || ((n.style == YamlSourceMap::Style::Literal || n.style == YamlSourceMap::Style::Folded)
                    && n.end == edit.text.size() && !edit.text.endsWith('\n'));
            std::for_each(n.children.begin(), n.children.end(), visit);
        };
        if (node >= 0) {
            visit(node);
        }
    }
    if (!before.ok || !representable(edit.value) || explicitKey.match(QString::fromUtf8(edit.text)).hasMatch()
        || blockScalarAtEnd || hasLongKey(edit.path, edit.value)) {
        // Not what cloud-init would read: only that nothing breaks.
        (void)YamlTextEdit::set(edit.text, edit.path, edit.value, &error);
        (void)YamlTextEdit::remove(edit.text, edit.path, &error);
        return 0;
    }
    checkSet(edit, before, *map);
    checkRemove(edit, before, *map);
    return 0;
}
