// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentpatch.h"

#include <QCoreApplication>

#include "pyyamljson.h"
#include "yamlsourcemap.h"
#include "yamltextedit.h"

namespace DocumentPatch {

namespace {
bool applyAt(QByteArray& text, const QStringList& path, const QJsonObject& patch, QString* error)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QStringList at = path + QStringList { it.key() };
        std::optional<QByteArray> changed;
        if (it.value().isNull()) {
            changed = YamlTextEdit::remove(text, at, error);
        } else if (it.value().isObject()) {
            // Merge into an existing map; anything else at that place is replaced by the map.
            const std::optional<YamlSourceMap> map = YamlSourceMap::parse(text);
            const int node = map ? map->find(at) : -1;
            if (node >= 0 && map->node(node).kind == YamlSourceMap::Kind::Map && !it.value().toObject().isEmpty()) {
                if (!applyAt(text, at, it.value().toObject(), error)) {
                    return false;
                }
                continue;
            }
            changed = YamlTextEdit::set(text, at, it.value(), error);
        } else {
            changed = YamlTextEdit::set(text, at, it.value(), error);
        }
        if (!changed) {
            return false;
        }
        text = *changed;
    }
    return true;
}
} // namespace

std::optional<QByteArray> apply(const QByteArray& text, const QJsonObject& patch, QString* error)
{
    QByteArray result = text;
    if (!applyAt(result, {}, patch, error)) {
        return std::nullopt;
    }
    return result;
}

std::optional<QJsonObject> read(const QByteArray& yaml, QString* error)
{
    const PyYamlJson::Document parsed = PyYamlJson::parse(yaml);
    if (!parsed.ok) {
        *error = QCoreApplication::translate("DocumentPatch", "line %1, column %2: %3")
                     .arg(parsed.errorPosition.line)
                     .arg(parsed.errorPosition.column)
                     .arg(parsed.error);
        return std::nullopt;
    }
    if (!parsed.value.isObject()) {
        *error = QCoreApplication::translate("DocumentPatch", "a patch must be a map, like the documents it changes");
        return std::nullopt;
    }
    return parsed.value.toObject();
}

} // namespace DocumentPatch
