// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdatavalidator.h"

#include <algorithm>
#include <array>
#include <exception>
#include <memory>
#include <nlohmann/json.hpp>
#include <utility>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "cloudinit/pyyamljson.h"
#include "cloudinit/schemamessages.h"

using namespace Qt::StringLiterals;

namespace UserDataValidator {

namespace {
// lupdate files these texts under "UserDataValidator", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserDataValidator)
};

Finding error(int line, int column, const QString& path, const QString& message)
{
    return Finding { Finding::Severity::Error, line, column, path, message };
}

Finding warning(int line, int column, const QString& path, const QString& message)
{
    return Finding { Finding::Severity::Warning, line, column, path, message };
}

// valijson's Qt adapter calls a number an integer only when it fits an int (QJsonValue::toInt), so
// a swap size of 4 GiB in bytes would be refused; nlohmann's JSON keeps 64-bit integers apart.
nlohmann::json toNlohmann(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            return number.toLongLong();
        }
        return number.toDouble();
    }
    case QJsonValue::String:
        return value.toString().toStdString();
    case QJsonValue::Array: {
        nlohmann::json array = nlohmann::json::array();
        for (const QJsonValue& item : value.toArray()) {
            array.push_back(toNlohmann(item));
        }
        return array;
    }
    case QJsonValue::Object: {
        nlohmann::json object = nlohmann::json::object();
        const QJsonObject members = value.toObject();
        for (auto it = members.begin(); it != members.end(); ++it) {
            object[it.key().toStdString()] = toNlohmann(it.value());
        }
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return nullptr;
}

// Parsed once for the whole process and only read afterwards: valijson's Schema is immutable
// once built, and every validation builds its own Validator (which holds the mutable regex cache).
struct LoadedSchema
{
    QString problem;
    QJsonObject json;
    valijson::Schema schema;
    QStringList topLevelKeys;
};

const LoadedSchema& loadedSchema()
{
    static const std::unique_ptr<LoadedSchema> loaded = [] {
        auto result = std::make_unique<LoadedSchema>();
        QFile file(u":/cloud-init/schema-cloud-config-v1.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            result->problem = Text::tr("cloud-init's schema is not built into this program");
            return result;
        }
        const QByteArray bytes = file.readAll();
        result->json = QJsonDocument::fromJson(bytes).object();
        try {
            const nlohmann::json document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
            valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
            parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(document), result->schema);
        } catch (const std::exception& e) {
            result->problem = Text::tr("cloud-init's schema cannot be read: %1").arg(QString::fromUtf8(e.what()));
            return result;
        }
        result->topLevelKeys = SchemaMessages::knownKeys(result->json, QJsonObject(), QString());
        return result;
    }();
    return *loaded;
}

// Values PyYAML builds as Python objects JSON has no type for (a date) fail every typed schema;
// they are validated as an empty map and again as an empty list, and must pass both.
QJsonValue replacedAt(const QJsonValue& root, const QStringList& path, const QJsonValue& replacement)
{
    if (path.isEmpty()) {
        return replacement;
    }
    const QString& head = path.front();
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        if (object.contains(head)) {
            object.insert(head, replacedAt(object.value(head), path.mid(1), replacement));
        }
        return object;
    }
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = head.toInt();
        if (index >= 0 && index < array.size()) {
            array.replace(index, replacedAt(array.at(index), path.mid(1), replacement));
        }
        return array;
    }
    return root;
}

QList<SchemaMessages::RawError> schemaErrors(const LoadedSchema& loaded, const QJsonValue& instance)
{
    const nlohmann::json document = toNlohmann(instance);
    valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    validator.validate(loaded.schema, valijson::adapters::NlohmannJsonAdapter(document), &results);
    QList<SchemaMessages::RawError> errors;
    for (const valijson::ValidationResults::Error& result : results) {
        SchemaMessages::RawError raw;
        for (const std::string& step : result.context) {
            // valijson names steps "<root>", "[users]", "[0]".
            if (step.size() >= 2 && step.front() == '[' && step.back() == ']') {
                raw.path.append(QString::fromStdString(step.substr(1, step.size() - 2)));
            }
        }
        raw.description = QString::fromStdString(result.description);
        errors.append(raw);
    }
    return errors;
}

PyYamlJson::Position positionFor(const PyYamlJson::Document& document, const SchemaMessages::Problem& problem)
{
    if (!problem.unknownKey.isEmpty()) {
        const auto key = document.keyPositions.constFind(PyYamlJson::childPath(problem.path, problem.unknownKey));
        if (key != document.keyPositions.cend()) {
            return *key;
        }
    }
    QString path = problem.path;
    while (true) {
        const auto found = document.positions.constFind(path);
        if (found != document.positions.cend() && found->line > 0) {
            return *found;
        }
        if (path.isEmpty()) {
            return { 1, 1 };
        }
        const qsizetype dot = path.lastIndexOf(u'.');
        path = dot < 0 ? QString() : path.left(dot);
    }
}

QList<Finding> checkMap(const PyYamlJson::Document& document)
{
    const LoadedSchema& loaded = loadedSchema();
    if (!loaded.problem.isEmpty()) {
        return { error(0, 0, QString(), loaded.problem) };
    }
    QList<SchemaMessages::RawError> errors;
    if (document.pythonOnly.isEmpty()) {
        errors = schemaErrors(loaded, document.value);
    } else {
        for (const QJsonValue& stand : { QJsonValue(QJsonObject()), QJsonValue(QJsonArray()) }) {
            QJsonValue instance = document.value;
            for (auto it = document.pythonOnly.cbegin(); it != document.pythonOnly.cend(); ++it) {
                instance = replacedAt(instance, it.key().split(u'.'), stand);
            }
            errors = schemaErrors(loaded, instance);
            if (!errors.isEmpty()) {
                break;
            }
        }
    }

    QList<Finding> findings;
    const QList<SchemaMessages::Problem> problems
        = SchemaMessages::explain(errors, loaded.json, document.value, document.pythonOnly);
    for (const SchemaMessages::Problem& problem : problems) {
        const PyYamlJson::Position at = positionFor(document, problem);
        findings.append(error(at.line, at.column, problem.path, problem.message));
    }
    if (!errors.isEmpty() && problems.isEmpty()) {
        findings.append(error(1, 1, QString(), Text::tr("the cloud-config does not match cloud-init's schema")));
    }

    // cloud-init 22.4 passes unknown top-level keys in silence; a misspelt module name is lost.
    const QJsonObject top = document.value.toObject();
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (loaded.topLevelKeys.contains(it.key())) {
            continue;
        }
        const QString suggestion = SchemaMessages::closest(it.key(), loaded.topLevelKeys);
        const PyYamlJson::Position at = document.keyPositions.value(it.key(), { 1, 1 });
        findings.append(warning(at.line, at.column, it.key(),
            suggestion.isEmpty() ? Text::tr("unknown top-level key '%1': cloud-init ignores it").arg(it.key())
                                 : Text::tr("unknown top-level key '%1': cloud-init ignores it (did you mean '%2'?)")
                                       .arg(it.key(), suggestion)));
    }
    std::stable_sort(findings.begin(), findings.end(),
        [](const Finding& a, const Finding& b) { return std::pair(a.line, a.column) < std::pair(b.line, b.column); });
    return findings;
}

QList<QByteArray> linesOf(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

QList<Finding> checkScript(const QByteArray& text)
{
    const QByteArray first = text.left(text.indexOf('\n'));
    if (first.endsWith('\r')) {
        return { error(1, int(first.size()), QString(),
            Text::tr("the first line ends in CR LF: the kernel would look for an interpreter whose name ends in a "
                     "carriage return")) };
    }
    if (first.mid(2).trimmed().isEmpty()) {
        return { error(1, 3, QString(), Text::tr("no interpreter after #!")) };
    }
    return {};
}

QList<Finding> checkInclude(const QByteArray& text)
{
    QList<Finding> findings;
    int urls = 0;
    const QList<QByteArray> lines = linesOf(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i).trimmed();
        const QByteArray lower = line.toLower();
        // cloud-init's include handler: a directive may carry a URL on its own line.
        for (const char* directive : { "#include-once", "#include" }) {
            if (lower.startsWith(directive)) {
                line = line.mid(qstrlen(directive)).trimmed();
                break;
            }
        }
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        const QUrl url(QString::fromUtf8(line), QUrl::StrictMode);
        const QStringList schemes { u"http"_s, u"https"_s, u"ftp"_s, u"file"_s };
        if (!url.isValid() || !schemes.contains(url.scheme().toLower())
            || (url.scheme() != u"file"_s && url.host().isEmpty())) {
            findings.append(
                error(int(i + 1), 1, QString(), Text::tr("'%1' is not a URL").arg(QString::fromUtf8(line))));
        }
        ++urls;
    }
    if (urls == 0) {
        findings.append(warning(1, 1, QString(), Text::tr("the include list names no URL")));
    }
    return findings;
}

QList<Finding> checkMultipart(const QByteArray& text);

QList<Finding> checkKind(const QByteArray& text)
{
    switch (kindOf(text)) {
    case UserDataKind::Empty:
        return { warning(0, 0, QString(), Text::tr("the user-data is empty: cloud-init will do nothing with it")) };
    case UserDataKind::CloudConfig:
        return validateCloudConfig(text);
    case UserDataKind::Script:
        return checkScript(text);
    case UserDataKind::Boothook:
        if (linesOf(text).mid(1).join().trimmed().isEmpty()) {
            return { warning(1, 1, QString(), Text::tr("the boothook has no commands")) };
        }
        return {};
    case UserDataKind::Include:
        return checkInclude(text);
    case UserDataKind::Multipart:
        return checkMultipart(text);
    case UserDataKind::Unknown:
        break;
    }
    if (text.startsWith("\x1f\x8b")) {
        return { warning(
            0, 0, QString(), Text::tr("gzip-compressed user-data: cloud-init unpacks it, vmdesk cannot check it")) };
    }
    const QByteArray firstLine = linesOf(text).front();
    if (firstLine.simplified().replace(' ', QByteArray()).toLower() == "#cloud-config") {
        return { warning(1, 1, QString(),
            Text::tr("the first line must be exactly \"#cloud-config\" (no spaces, lower case), or cloud-init "
                     "ignores the text")) };
    }
    const PyYamlJson::Document document = PyYamlJson::parse(text);
    if (document.ok && document.value.isObject()) {
        return { warning(1, 1, QString(),
            Text::tr("this is a YAML map, but without \"#cloud-config\" as its first line cloud-init ignores it")) };
    }
    return { warning(
        1, 1, QString(), Text::tr("cloud-init does not recognise this kind of user-data by its first line")) };
}

struct MimeHeaders
{
    QByteArray contentType; // lower case, without parameters
    QByteArray boundary;
    QByteArray transferEncoding;
    QString fileName;
    qsizetype bodyStart = 0; // line index of the body's first line
};

QByteArray parameter(const QByteArray& header, const QByteArray& name)
{
    for (QByteArray part : header.split(';')) {
        part = part.trimmed();
        if (part.toLower().startsWith(QByteArray(name + '='))) {
            QByteArray value = part.mid(name.size() + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

// RFC 2045/2046 headers, unfolded, from line `from` to the first empty line.
MimeHeaders readHeaders(const QList<QByteArray>& lines, qsizetype from, qsizetype to)
{
    MimeHeaders headers;
    QList<QByteArray> fields;
    qsizetype i = from;
    for (; i < to && !lines.at(i).isEmpty(); ++i) {
        const QByteArray& line = lines.at(i);
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.back() += ' ' + line.trimmed();
        } else {
            fields.append(line);
        }
    }
    headers.bodyStart = i + 1;
    headers.contentType = "text/plain";
    for (const QByteArray& field : std::as_const(fields)) {
        const qsizetype colon = field.indexOf(':');
        const QByteArray name = field.left(colon).trimmed().toLower();
        const QByteArray value = field.mid(colon + 1).trimmed();
        if (name == "content-type") {
            headers.contentType = value.split(';').front().trimmed().toLower();
            headers.boundary = parameter(value, "boundary");
        } else if (name == "content-transfer-encoding") {
            headers.transferEncoding = value.toLower();
        } else if (name == "content-disposition") {
            headers.fileName = QString::fromUtf8(parameter(value, "filename"));
        }
    }
    return headers;
}

QList<Finding> checkPart(const QList<QByteArray>& lines, qsizetype from, qsizetype to, int number);

QList<Finding> checkEntity(const QList<QByteArray>& lines, qsizetype from, qsizetype to, int depth)
{
    const MimeHeaders headers = readHeaders(lines, from, to);
    if (!headers.contentType.startsWith("multipart/")) {
        return checkPart(lines, from, to, 0);
    }
    if (headers.boundary.isEmpty()) {
        return { error(int(from + 1), 1, QString(), Text::tr("the multipart Content-Type has no boundary")) };
    }
    if (depth > 8) {
        return { error(int(from + 1), 1, QString(), Text::tr("multipart parts nest too deeply")) };
    }
    const QByteArray delimiter = "--" + headers.boundary;
    QList<Finding> findings;
    qsizetype partStart = -1;
    int number = 0;
    bool closed = false;
    for (qsizetype i = headers.bodyStart; i < to && !closed; ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line != delimiter && line != delimiter + "--") {
            continue;
        }
        if (partStart >= 0) {
            ++number;
            const MimeHeaders part = readHeaders(lines, partStart, i);
            findings += part.contentType.startsWith("multipart/") ? checkEntity(lines, partStart, i, depth + 1)
                                                                  : checkPart(lines, partStart, i, number);
        }
        partStart = i + 1;
        closed = line.endsWith("--") && line != delimiter;
    }
    if (number == 0) {
        findings.append(warning(int(from + 1), 1, QString(), Text::tr("the multipart user-data has no parts")));
    }
    return findings;
}

QList<Finding> checkPart(const QList<QByteArray>& lines, qsizetype from, qsizetype to, int number)
{
    const MimeHeaders headers = readHeaders(lines, from, to);
    const bool cloudConfig = headers.contentType == "text/cloud-config";
    const bool include
        = headers.contentType == "text/x-include-url" || headers.contentType == "text/x-include-once-url";
    if (!cloudConfig && !include) {
        return {};
    }
    const QString name = headers.fileName.isEmpty()
        ? QCoreApplication::translate("UserDataValidator", "part %1").arg(number)
        : QCoreApplication::translate("UserDataValidator", "part %1 (%2)").arg(number).arg(headers.fileName);
    // The line before a delimiter belongs to the delimiter (RFC 2046).
    const QByteArray body = lines.mid(headers.bodyStart, std::max<qsizetype>(0, to - headers.bodyStart - 1)).join('\n');
    QList<Finding> findings;
    if (headers.transferEncoding == "base64") {
        QByteArray encoded = body;
        encoded.replace('\n', QByteArray()).replace(' ', QByteArray()).replace('\t', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return { error(
                int(headers.bodyStart + 1), 1, QString(), Text::tr("%1: the base64 text is damaged").arg(name)) };
        }
        // Encoded lines do not match the text's lines: point at the part and say where inside it.
        const QList<Finding> inner = cloudConfig ? validateCloudConfig(*decoded) : checkInclude(*decoded);
        for (Finding finding : inner) {
            finding.message = Text::tr("%1, line %2: %3").arg(name).arg(finding.line).arg(finding.message);
            finding.line = int(headers.bodyStart + 1);
            finding.column = 1;
            findings.append(finding);
        }
        return findings;
    }
    if (!headers.transferEncoding.isEmpty() && headers.transferEncoding != "7bit" && headers.transferEncoding != "8bit"
        && headers.transferEncoding != "binary") {
        return { warning(int(from + 1), 1, QString(),
            Text::tr("%1: cannot check a part encoded as %2")
                .arg(name, QString::fromLatin1(headers.transferEncoding))) };
    }
    const QList<Finding> inner = cloudConfig ? validateCloudConfig(body) : checkInclude(body);
    for (Finding finding : inner) {
        finding.message = Text::tr("%1: %2").arg(name, finding.message);
        if (finding.line > 0) {
            finding.line += int(headers.bodyStart);
        }
        findings.append(finding);
    }
    return findings;
}

QList<Finding> checkMultipart(const QByteArray& text)
{
    const QList<QByteArray> lines = linesOf(text);
    return checkEntity(lines, 0, lines.size(), 0);
}
} // namespace

UserDataKind kindOf(const QByteArray& userData)
{
    if (userData.trimmed().isEmpty()) {
        return UserDataKind::Empty;
    }
    if (userData.startsWith("\x1f\x8b")) {
        return UserDataKind::Unknown;
    }
    if (userData.left(4096).toLower().contains("mime-version:")
        || userData.left(64).toLower().startsWith("content-type: multipart/")) {
        return UserDataKind::Multipart;
    }
    // cloud-init's INCLUSION_TYPES_MAP, longest prefix first; the ones vmdesk does not check are Unknown.
    static const std::array<std::pair<const char*, UserDataKind>, 9> prefixes { {
        { "#cloud-config-archive", UserDataKind::Unknown },
        { "## template: jinja", UserDataKind::Unknown },
        { "#cloud-config-jsonp", UserDataKind::Unknown },
        { "#cloud-boothook", UserDataKind::Boothook },
        { "#include-once", UserDataKind::Include },
        { "#part-handler", UserDataKind::Unknown },
        { "#cloud-config", UserDataKind::CloudConfig },
        { "#include", UserDataKind::Include },
        { "#!", UserDataKind::Script },
    } };
    for (const auto& [prefix, kind] : prefixes) {
        if (userData.startsWith(prefix)) {
            return kind;
        }
    }
    return UserDataKind::Unknown;
}

QList<Finding> validateCloudConfig(const QByteArray& yaml)
{
    try {
        const PyYamlJson::Document document = PyYamlJson::parse(yaml);
        if (!document.ok) {
            const PyYamlJson::Position at = document.errorPosition;
            return { error(at.line, at.column, QString(), Text::tr("not valid YAML: %1").arg(document.error)) };
        }
        if (!document.value.isObject()) {
            return { error(1, 1, QString(),
                Text::tr("not a YAML map: cloud-init needs module settings as keys (\"packages:\", \"users:\" ...)")) };
        }
        return checkMap(document);
    } catch (const std::exception& e) {
        return { error(0, 0, QString(), Text::tr("the check failed: %1").arg(QString::fromUtf8(e.what()))) };
    }
}

QList<Finding> validate(const QByteArray& userData)
{
    try {
        return checkKind(userData);
    } catch (const std::exception& e) {
        return { error(0, 0, QString(), Text::tr("the check failed: %1").arg(QString::fromUtf8(e.what()))) };
    } catch (...) {
        return { error(0, 0, QString(), Text::tr("the check failed")) };
    }
}

QStringList knownTopLevelKeys()
{
    return loadedSchema().topLevelKeys;
}

} // namespace UserDataValidator
