// SPDX-License-Identifier: GPL-3.0-or-later
#include "formfields.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace FormFields {

QString spelling(const QJsonObject& map, const QString& underscored, const QString& hyphenated)
{
    return map.contains(underscored) ? underscored : hyphenated;
}

QString text(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            parts.append(text(item));
        }
        return parts.join(u", "_s);
    }
    if (value.isBool()) {
        return value.toBool() ? u"true"_s : u"false"_s;
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return value.toString();
}

QStringList split(const QString& list)
{
    QStringList items;
    for (const QString& item : list.split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts)) {
        items.append(item);
    }
    return items;
}

QJsonValue listOrNothing(const QStringList& items)
{
    return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(QJsonArray::fromStringList(items));
}

QJsonValue textOrNothing(const QString& value)
{
    return value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value.trimmed());
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->verticalHeader()->hide();
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setWordWrap(false);
    return widget;
}

void setRowCount(QTableWidget* widget, int rows)
{
    widget->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < widget->columnCount(); ++column) {
            if (!widget->item(row, column)) {
                widget->setItem(row, column, new QTableWidgetItem);
            }
        }
    }
}

void setCell(QTableWidget* widget, int row, int column, const QString& value, bool checkable, bool checked)
{
    QTableWidgetItem* item = widget->item(row, column);
    if (checkable) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    } else if (item->text() != value) {
        item->setText(value);
    }
}

QHBoxLayout* buttons(std::initializer_list<QPushButton*> list)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* button : list) {
        row->addWidget(button);
    }
    row->addStretch();
    return row;
}

} // namespace FormFields
