// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamessages.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SchemaMessages {

namespace {
// lupdate files these texts under "SchemaMessages", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMessages)
};

QString joinPath(const QStringList& segments)
{
    return segments.join(u'.');
}

// The JSON Schema type name of a value; PyYAML-only values (a date) have none.
QString typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return std::isfinite(number) && std::floor(number) == number ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QString literal(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return u'\'' + value.toString() + u'\'';
    default:
        return QString();
    }
}

QString joinAlternatives(QStringList items)
{
    items.removeDuplicates();
    items.removeAll(QString());
    if (items.isEmpty()) {
        return Text::tr("something else");
    }
    if (items.size() == 1) {
        return items.front();
    }
    const QString last = items.takeLast();
    return QCoreApplication::translate("SchemaMessages", "%1 or %2").arg(items.join(u", "_s), last);
}

QString typePhrase(const QString& type)
{
    if (type == u"string"_s) {
        return Text::tr("a string");
    }
    if (type == u"integer"_s) {
        return Text::tr("an integer");
    }
    if (type == u"number"_s) {
        return Text::tr("a number");
    }
    if (type == u"boolean"_s) {
        return Text::tr("a boolean");
    }
    if (type == u"null"_s) {
        return Text::tr("null");
    }
    if (type == u"array"_s) {
        return Text::tr("a list");
    }
    if (type == u"object"_s) {
        return Text::tr("a map");
    }
    return type;
}

QStringList types(const QJsonObject& schema)
{
    const QJsonValue type = schema.value(u"type"_s);
    if (type.isString()) {
        return { type.toString() };
    }
    QStringList names;
    for (const QJsonValue& name : type.toArray()) {
        names.append(name.toString());
    }
    return names;
}

// The schema's structure as it applies to one document.
class Walker
{
public:
    Walker(const QJsonObject& root, const QJsonValue& instance, const QHash<QString, QString>& pythonOnly)
        : m_root(root)
        , m_instance(instance)
        , m_pythonOnly(pythonOnly)
    { }

    QJsonValue valueAt(const QStringList& path) const
    {
        QJsonValue value = m_instance;
        for (const QString& segment : path) {
            value = value.isArray() ? value.toArray().at(segment.toInt()) : value.toObject().value(segment);
        }
        return value;
    }

    QString typeAt(const QStringList& path) const
    {
        return m_pythonOnly.contains(joinPath(path)) ? QString() : typeOf(valueAt(path));
    }

    QString got(const QStringList& path) const
    {
        if (const auto it = m_pythonOnly.constFind(joinPath(path)); it != m_pythonOnly.cend()) {
            return *it;
        }
        const QJsonValue value = valueAt(path);
        const QString type = typeOf(value);
        if (type == u"integer"_s || type == u"number"_s || type == u"boolean"_s) {
            return typePhrase(type) + u" ("_s + literal(value) + u')';
        }
        return typePhrase(type);
    }

    // Where a value of the right type had the wrong content, the content itself says more.
    QString gotValue(const QStringList& path) const
    {
        const QJsonValue value = valueAt(path);
        const bool shortText
            = value.isString() && value.toString().size() <= 40 && !m_pythonOnly.contains(joinPath(path));
        return shortText ? literal(value) : got(path);
    }

    // The schema and everything it pulls in unconditionally ($ref, allOf).
    void expand(const QJsonObject& schema, QList<QJsonObject>& out, int depth = 0) const
    {
        if (depth > 32) {
            return;
        }
        out.append(schema);
        const QString ref = schema.value(u"$ref"_s).toString();
        if (ref.startsWith(u"#/"_s)) {
            QJsonValue target = m_root;
            for (QString part : ref.mid(2).split(u'/')) {
                part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
                target = target.toObject().value(part);
            }
            expand(target.toObject(), out, depth + 1);
        }
        for (const QJsonValue& member : schema.value(u"allOf"_s).toArray()) {
            expand(member.toObject(), out, depth + 1);
        }
    }

    QList<QJsonObject> expanded(const QJsonObject& schema) const
    {
        QList<QJsonObject> out;
        expand(schema, out);
        return out;
    }

    static QList<QJsonObject> alternativesOf(const QList<QJsonObject>& schemas)
    {
        QList<QJsonObject> alternatives;
        for (const QJsonObject& schema : schemas) {
            for (const char* keyword : { "oneOf", "anyOf" }) {
                for (const QJsonValue& alternative : schema.value(QLatin1StringView(keyword)).toArray()) {
                    alternatives.append(alternative.toObject());
                }
            }
        }
        return alternatives;
    }

    // Whether the value at path has a type (or enum value) the schema allows, looking no deeper.
    bool compatible(const QJsonObject& schema, const QStringList& path) const
    {
        const QString type = typeAt(path);
        for (const QJsonObject& part : expanded(schema)) {
            const QStringList allowed = types(part);
            if (!allowed.isEmpty()
                && !(allowed.contains(type) || (type == u"integer"_s && allowed.contains(u"number"_s)))) {
                return false;
            }
            if (part.contains(u"enum"_s)
                && (type.isEmpty() || !part.value(u"enum"_s).toArray().contains(valueAt(path)))) {
                return false;
            }
            const QList<QJsonObject> alternatives = alternativesOf({ part });
            if (!alternatives.isEmpty()
                && std::none_of(alternatives.begin(), alternatives.end(),
                    [&](const QJsonObject& alternative) { return compatible(alternative, path); })) {
                return false;
            }
        }
        return true;
    }

    // Every schema that applies at path, with the oneOf/anyOf alternatives the value could take.
    QList<QJsonObject> schemasAt(const QStringList& path) const
    {
        QList<QJsonObject> current = withAlternatives({ m_root }, {});
        for (qsizetype depth = 0; depth < path.size(); ++depth) {
            const QStringList parent = path.mid(0, depth);
            const QString& segment = path.at(depth);
            const QJsonValue value = valueAt(parent);
            QList<QJsonObject> next;
            for (const QJsonObject& schema : std::as_const(current)) {
                if (value.isObject()) {
                    bool matched = false;
                    const QJsonObject properties = schema.value(u"properties"_s).toObject();
                    if (properties.contains(segment)) {
                        next.append(properties.value(segment).toObject());
                        matched = true;
                    }
                    const QJsonObject patterns = schema.value(u"patternProperties"_s).toObject();
                    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
                        if (QRegularExpression(it.key()).match(segment).hasMatch()) {
                            next.append(it.value().toObject());
                            matched = true;
                        }
                    }
                    if (!matched && schema.value(u"additionalProperties"_s).isObject()) {
                        next.append(schema.value(u"additionalProperties"_s).toObject());
                    }
                } else if (value.isArray()) {
                    const QJsonValue items = schema.value(u"items"_s);
                    if (items.isObject()) {
                        next.append(items.toObject());
                    } else if (items.isArray() && segment.toInt() < items.toArray().size()) {
                        next.append(items.toArray().at(segment.toInt()).toObject());
                    }
                }
            }
            current = withAlternatives(next, path.mid(0, depth + 1));
        }
        return current;
    }

    // What the schema allows, one phrase per alternative ("a string", "null", "'auto'").
    QStringList describe(const QJsonObject& schema, int depth = 0) const
    {
        QStringList phrases;
        for (const QJsonObject& part : expanded(schema)) {
            if (part.contains(u"enum"_s)) {
                QStringList values;
                for (const QJsonValue& value : part.value(u"enum"_s).toArray()) {
                    values.append(literal(value));
                }
                return { values.size() == 1
                        ? values.front()
                        : QCoreApplication::translate("SchemaMessages", "one of %1").arg(values.join(u", "_s)) };
            }
            for (const QString& type : types(part)) {
                const QJsonObject items = part.value(u"items"_s).toObject();
                const QStringList itemTypes = types(items);
                if (type == u"array"_s && itemTypes == QStringList { u"string"_s }) {
                    phrases.append(Text::tr("a list of strings"));
                } else {
                    phrases.append(typePhrase(type));
                }
            }
            if (phrases.isEmpty() && depth < 4) {
                for (const QJsonObject& alternative : alternativesOf({ part })) {
                    phrases += describe(alternative, depth + 1);
                }
            }
        }
        return phrases;
    }

private:
    QList<QJsonObject> withAlternatives(const QList<QJsonObject>& schemas, const QStringList& path) const
    {
        QList<QJsonObject> out;
        for (const QJsonObject& schema : schemas) {
            expand(schema, out);
        }
        for (const QJsonObject& alternative : alternativesOf(out)) {
            if (compatible(alternative, path)) {
                out.append(withAlternatives({ alternative }, path));
            }
        }
        return out;
    }

    const QJsonObject& m_root;
    const QJsonValue& m_instance;
    const QHash<QString, QString>& m_pythonOnly;
};

bool isCombinator(const QString& description)
{
    return description.contains(u"oneOf constraint"_s) || description.contains(u"anyOf constraint"_s)
        || description.contains(u"exactly one child schema"_s);
}

// valijson reports every enclosing level too ("Failed to validate item #0 in array."); the level
// that actually failed says why.
bool isWrapper(const QString& description)
{
    static const QStringList wrappers { u"Failed to validate item #"_s,
        u"Failed to validate against schema associated with"_s, u"Failed to validate against child schema"_s,
        u"Failed to validate against additional properties schema"_s, u"Failed to validate against dependent"_s,
        u"Cannot validate item #"_s };
    return std::any_of(wrappers.begin(), wrappers.end(), [&](const QString& w) { return description.startsWith(w); });
}

QString quotedArgument(const QString& description)
{
    const qsizetype end = description.lastIndexOf(u'\'');
    const qsizetype start = end > 0 ? description.lastIndexOf(u'\'', end - 1) : -1;
    return start >= 0 ? description.mid(start + 1, end - start - 1) : QString();
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        row[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}
} // namespace

QString closest(const QString& key, const QStringList& known)
{
    const auto normal = [](QString text) { return text.toLower().replace(u'-', u'_'); };
    QString best;
    int bestDistance = std::max<int>(1, std::min<int>(3, int(key.size()) / 3)) + 1;
    for (const QString& candidate : known) {
        const int distance = normal(candidate) == normal(key) ? 0 : editDistance(normal(key), normal(candidate));
        if (distance < bestDistance && candidate != key) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

QStringList knownKeys(const QJsonObject& schema, const QJsonValue& instance, const QString& path)
{
    const QHash<QString, QString> none;
    const Walker walker(schema, instance, none);
    QStringList keys;
    for (const QJsonObject& applicable : walker.schemasAt(path.isEmpty() ? QStringList() : path.split(u'.'))) {
        keys.append(applicable.value(u"properties"_s).toObject().keys());
    }
    keys.removeDuplicates();
    return keys;
}

QList<Problem> explain(const QList<RawError>& errors, const QJsonObject& schema, const QJsonValue& instance,
    const QHash<QString, QString>& pythonOnly)
{
    const Walker walker(schema, instance, pythonOnly);
    QList<RawError> remaining;
    for (const RawError& error : errors) {
        if (!isWrapper(error.description)) {
            remaining.append(error);
        }
    }

    QList<Problem> problems;
    const auto add = [&](const QStringList& path, const QString& text, const QString& key = QString()) {
        const QString dotted = joinPath(path);
        const QString message = dotted.isEmpty() ? text : dotted + u": "_s + text;
        const Problem problem { dotted, message, key };
        if (std::none_of(problems.begin(), problems.end(),
                [&](const Problem& p) { return p.message == message && p.unknownKey == key; })) {
            problems.append(problem);
        }
    };

    // A failed oneOf/anyOf first: when the value has none of the allowed shapes, one sentence naming
    // them replaces every alternative's own complaint at that place.
    QSet<QString> summarised;
    QSet<QString> typeExplained;
    for (const RawError& error : std::as_const(remaining)) {
        if (!isCombinator(error.description)) {
            continue;
        }
        const QList<QJsonObject> alternatives = Walker::alternativesOf(walker.schemasAt(error.path));
        QStringList expected;
        bool anyCompatible = false;
        for (const QJsonObject& alternative : alternatives) {
            expected += walker.describe(alternative);
            anyCompatible = anyCompatible || walker.compatible(alternative, error.path);
        }
        if (error.description.contains(u"exactly one"_s)) {
            add(error.path, Text::tr("matches more than one of the allowed forms"));
        } else if (!anyCompatible) {
            add(error.path,
                QCoreApplication::translate("SchemaMessages", "expected %1, got %2")
                    .arg(joinAlternatives(expected), walker.gotValue(error.path)));
            summarised.insert(joinPath(error.path));
        } else {
            // Some alternative has the right shape: its own, deeper complaints say what is wrong,
            // and the other alternatives' type and enum mismatches would only mislead.
            const bool deeperReason = std::any_of(remaining.begin(), remaining.end(), [&](const RawError& other) {
                const bool within = other.path.mid(0, error.path.size()) == error.path;
                const bool shapeOnly = isCombinator(other.description)
                    || other.description.startsWith(u"Value type not permitted"_s)
                    || other.description.startsWith(u"Failed to match against any enum values"_s);
                return within && !(shapeOnly && other.path.size() == error.path.size());
            });
            if (deeperReason) {
                typeExplained.insert(joinPath(error.path));
            } else {
                add(error.path,
                    QCoreApplication::translate("SchemaMessages", "expected %1, got %2")
                        .arg(joinAlternatives(expected), walker.gotValue(error.path)));
                summarised.insert(joinPath(error.path));
            }
        }
    }

    for (const RawError& error : std::as_const(remaining)) {
        const QString dotted = joinPath(error.path);
        const QString& text = error.description;
        if (isCombinator(text) || summarised.contains(dotted)) {
            continue;
        }
        if (text.startsWith(u"Value type not permitted"_s)) {
            if (typeExplained.contains(dotted)) {
                continue;
            }
            QStringList expected;
            for (const QJsonObject& applicable : walker.schemasAt(error.path)) {
                for (const QString& type : types(applicable)) {
                    expected.append(typePhrase(type));
                }
            }
            add(error.path,
                QCoreApplication::translate("SchemaMessages", "expected %1, got %2")
                    .arg(joinAlternatives(expected), walker.got(error.path)));
        } else if (text.startsWith(u"Failed to match against any enum values"_s)) {
            if (typeExplained.contains(dotted)) {
                continue;
            }
            QStringList expected;
            for (const QJsonObject& applicable : walker.schemasAt(error.path)) {
                if (applicable.contains(u"enum"_s) && !walker.compatible(applicable, error.path)) {
                    expected += walker.describe(applicable);
                }
            }
            add(error.path,
                QCoreApplication::translate("SchemaMessages", "expected %1, got %2")
                    .arg(joinAlternatives(expected), walker.gotValue(error.path)));
        } else if (text.startsWith(u"Object contains a property"_s)) {
            const QString key = quotedArgument(text);
            const QString suggestion = closest(key, knownKeys(schema, instance, dotted));
            add(error.path,
                suggestion.isEmpty()
                    ? QCoreApplication::translate("SchemaMessages", "unknown key '%1'").arg(key)
                    : QCoreApplication::translate("SchemaMessages", "unknown key '%1' (did you mean '%2'?)")
                          .arg(key, suggestion),
                key);
        } else if (text.startsWith(u"Missing required property"_s)) {
            add(error.path,
                QCoreApplication::translate("SchemaMessages", "the required key '%1' is missing")
                    .arg(quotedArgument(text)));
        } else if (text.contains(u"'pattern' constraint"_s)) {
            add(error.path,
                QCoreApplication::translate("SchemaMessages", "'%1' is not in the expected form")
                    .arg(walker.valueAt(error.path).toString()));
        } else if (text.startsWith(u"String should be a valid date"_s)) {
            if (pythonOnly.contains(dotted)) {
                continue; // already "got a date": a type error
            }
            add(error.path,
                QCoreApplication::translate("SchemaMessages", "expected a date like 2032-12-31, got %1")
                    .arg(literal(walker.valueAt(error.path))));
        } else {
            add(error.path, text);
        }
    }
    return problems;
}

} // namespace SchemaMessages
