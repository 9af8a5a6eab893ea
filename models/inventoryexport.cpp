// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryexport.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "inventorymodel.h"

using namespace Qt::StringLiterals;

namespace {
QList<int> rowsOf(const QAbstractItemModel& model, const QList<int>& rows)
{
    if (!rows.isEmpty()) {
        return rows;
    }
    QList<int> all(model.rowCount());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

QString fieldName(const QAbstractItemModel& model, int column)
{
    return model.headerData(column, Qt::Horizontal, InventoryModel::FieldNameRole).toString();
}

// RFC 4180: quoted when it holds a separator, a quote or a line break.
QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = value.toMap();
        QStringList pairs;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            pairs.append(it.key() + u'=' + it.value().toString());
        }
        return pairs.join(u"; "_s);
    }
    return value.toString();
}
} // namespace

QByteArray InventoryExport::csv(const QAbstractItemModel& model, const QList<int>& columns, const QList<int>& rows)
{
    QStringList lines;
    QStringList header;
    for (int column : columns) {
        header.append(csvField(fieldName(model, column)));
    }
    lines.append(header.join(u','));
    for (int row : rowsOf(model, rows)) {
        QStringList fields;
        for (int column : columns) {
            fields.append(csvField(csvValue(model.index(row, column).data(InventoryModel::RawValueRole))));
        }
        lines.append(fields.join(u','));
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QByteArray InventoryExport::json(const QAbstractItemModel& model, const QList<int>& columns, const QList<int>& rows)
{
    QJsonArray array;
    for (int row : rowsOf(model, rows)) {
        QJsonObject object;
        for (int column : columns) {
            object.insert(fieldName(model, column),
                QJsonValue::fromVariant(model.index(row, column).data(InventoryModel::RawValueRole)));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString InventoryExport::clipboardText(
    const QAbstractItemModel& model, const QList<int>& columns, const QList<int>& rows)
{
    // Tab-separated, as spreadsheets paste it; tabs and line breaks inside a value become spaces.
    const auto clean = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList header;
    for (int column : columns) {
        header.append(clean(model.headerData(column, Qt::Horizontal).toString()));
    }
    lines.append(header.join(u'\t'));
    for (int row : rowsOf(model, rows)) {
        QStringList fields;
        for (int column : columns) {
            fields.append(clean(model.index(row, column).data().toString()));
        }
        lines.append(fields.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}
