// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentvalidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include "deliverylimits.h"
#include "networkvalidator.h"
#include "pyyamljson.h"
#include "renderer.h"
#include "userdatavalidator.h"
#include "yamlsourcemap.h"

using namespace Qt::StringLiterals;

namespace DocumentValidator {

namespace {
// lupdate files these texts under "DocumentValidator", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DocumentValidator)
};

const QStringList knownKeys { u"metadata"_s, u"network"_s, u"network_config"_s, u"userdata"_s };

Finding finding(Finding::Severity severity, const QString& path, const QString& message)
{
    Finding result;
    result.severity = severity;
    result.path = path;
    result.message = message;
    return result;
}

// A path's place in the text; a path the text does not spell out (a default, another spelling)
// takes its nearest written parent's place.
void place(Finding& finding, const PyYamlJson::Document& parsed)
{
    QString path = finding.path;
    while (true) {
        const auto it = parsed.positions.constFind(path);
        if (it != parsed.positions.cend() && it->line > 0) {
            finding.line = it->line;
            finding.column = it->column;
            return;
        }
        const qsizetype dot = path.lastIndexOf(u'.');
        if (dot < 0) {
            const auto key = parsed.keyPositions.constFind(path);
            if (key != parsed.keyPositions.cend()) {
                finding.line = key->line;
                finding.column = key->column;
            }
            return;
        }
        path.truncate(dot);
    }
}

// The seed's spellings: instance_id or instance-id.
QString metadataPath(const QJsonObject& metadata, const QString& underscored, const QString& hyphenated)
{
    return u"metadata."_s + (metadata.contains(underscored) ? underscored : hyphenated);
}

void checkMetadata(const MetadataDocument& document, const QJsonObject& root, QList<Finding>& out)
{
    const QJsonObject metadata = root.value(u"metadata"_s).toObject();
    const bool hasInstanceId = metadata.contains(u"instance_id"_s) || metadata.contains(u"instance-id"_s);
    if (!hasInstanceId) {
        out.append(finding(Finding::Severity::Warning, u"metadata"_s,
            Text::tr("no instance-id: the VM name is used, and cloud-init runs again only when it changes")));
    } else if (document.instanceId.trimmed().isEmpty()) {
        out.append(finding(Finding::Severity::Error, metadataPath(metadata, u"instance_id"_s, u"instance-id"_s),
            Text::tr("instance-id must not be empty")));
    }
    if (metadata.contains(u"hostname"_s) || metadata.contains(u"local-hostname"_s)) {
        if (const QString problem = NetworkValidator::hostnameProblem(document.hostname); !problem.isEmpty()) {
            out.append(finding(Finding::Severity::Error, metadataPath(metadata, u"hostname"_s, u"local-hostname"_s),
                Text::tr("host name %1").arg(problem)));
        }
    }
}

// Lines of `userdata: |` start on the line after the key; a quoted or folded scalar has no such
// mapping, so its findings point at the key. So do findings when libfyaml (the source map) reads the
// text otherwise than yaml-cpp (the document): a lone '\r' is a line break to libfyaml only, so its
// `userdata` may be another node, or none, and a line of the user-data a line the block does not have.
void placeUserData(
    QList<Finding>& findings, const QByteArray& text, const PyYamlJson::Document& parsed, const QByteArray& rawUserData)
{
    const std::optional<YamlSourceMap> map = YamlSourceMap::parse(text);
    const int node = map ? map->find({ u"userdata"_s }) : -1;
    const YamlSourceMap::Node* value = node >= 0 ? &map->node(node) : nullptr;
    const bool literal = value && value->style == YamlSourceMap::Style::Literal;
    // The block's indentation is that of its first line with text; blank lines may come before it.
    qsizetype first = literal ? value->start : text.size();
    qsizetype textStart = first;
    while (true) {
        while (textStart < text.size() && text.at(textStart) == ' ') {
            ++textStart;
        }
        if (textStart >= text.size() || text.at(textStart) != '\n') {
            break;
        }
        first = textStart = textStart + 1;
    }
    const int indent = int(textStart - first);
    // The server sends the user-data trimmed: lines it dropped at the top shift the rest.
    const int droppedLines = int(rawUserData.left(rawUserData.size() - rawUserData.trimmed().size()).count('\n'));
    const int lastLine = literal ? int(text.left(value->end).count('\n')) : 0; // 0-based, as Node::line
    const PyYamlJson::Position key = parsed.keyPositions.value(u"userdata"_s);
    for (Finding& finding : findings) {
        finding.path = finding.path.isEmpty() ? u"userdata"_s : u"userdata."_s + finding.path;
        const int line = value ? finding.line + value->line + droppedLines : 0;
        if (literal && finding.line > 0 && line <= lastLine + 1) {
            finding.line = line;
            finding.column += indent;
        } else {
            finding.line = key.line;
            finding.column = key.line > 0 ? 1 : 0;
        }
    }
}
} // namespace

Result validate(const QByteArray& text, Detail detail)
{
    Result result;
    const PyYamlJson::Document parsed = PyYamlJson::parse(text);
    if (!parsed.ok) {
        Finding syntax = finding(Finding::Severity::Error, {}, parsed.error);
        syntax.line = parsed.errorPosition.line;
        syntax.column = parsed.errorPosition.column;
        result.findings.append(syntax);
        return result;
    }
    QString error;
    result.document = MetadataDocument::fromYaml(text, &error);
    if (!result.document) {
        // The reader names the field first ("network.interfaces.0 must be a map").
        static const QRegularExpression leadingPath(u"^([A-Za-z0-9_.-]+) "_s);
        Finding problem = finding(Finding::Severity::Error, leadingPath.match(error).captured(1), error);
        place(problem, parsed);
        result.findings.append(problem);
        return result;
    }
    const MetadataDocument& document = *result.document;
    const QJsonObject root = parsed.value.toObject();
    result.json = root;
    if (detail == Detail::ForEditing) {
        result.cloudConfig = PyYamlJson::parse(document.userData.value_or(QString()).toUtf8()).value.toObject();
    }
    QList<Finding> findings;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys.contains(it.key()) && !it.key().startsWith(u"x-"_s)) {
            Finding unknown = finding(Finding::Severity::Warning, it.key(),
                Text::tr("\"%1\" is not a key vmdesk knows (metadata, network, network_config, userdata); it is kept "
                         "but not sent. Start it with x- to mark it as yours.")
                    .arg(it.key()));
            const PyYamlJson::Position key = parsed.keyPositions.value(it.key());
            unknown.line = key.line;
            unknown.column = key.column;
            findings.append(unknown);
        }
    }
    if (document.network && !document.networkConfig.isEmpty()) {
        findings.append(finding(Finding::Severity::Warning, u"network"_s,
            Text::tr("both network and network_config are set: network_config is sent, network is ignored")));
    }
    checkMetadata(document, root, findings);
    if (document.network) {
        findings += NetworkValidator::validate(*document.network);
    }
    if (!document.networkConfig.isEmpty()) {
        findings += NetworkValidator::validateConfig(document.networkConfig);
    }
    for (Finding& each : findings) {
        if (each.line == 0) {
            place(each, parsed);
        }
    }
    const QByteArray userData = Renderer::userData(document); // what is served, so what is validated
    if (document.userData) {
        QList<Finding> userFindings = UserDataValidator::validate(userData);
        placeUserData(userFindings, text, parsed, document.userData->toUtf8());
        findings += userFindings;
    }
    for (const DeliveryLimits::Check& check :
        DeliveryLimits::check({ Renderer::metaData(document, {}), Renderer::networkData(document), userData })) {
        if (check.channelId == DeliveryLimits::Channel::Serial && !check.fits()) {
            findings.append(finding(Finding::Severity::Error, {},
                Text::tr("%1 is %2 bytes on the serial port, more than its limit of %3")
                    .arg(check.payload)
                    .arg(check.bytes)
                    .arg(check.limit)));
        }
    }
    result.findings = findings;
    return result;
}

} // namespace DocumentValidator
