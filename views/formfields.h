// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class QHBoxLayout;
class QPushButton;
class QTableWidget;
class QWidget;

// What the Metadata form's fields share: how a value shows in a field and goes back to the
// document (an empty field removes its key), and the tables the form lists things in.
namespace FormFields {

// The seed tool wrote both spellings: change the one the file uses, add the hyphenated one.
QString spelling(const QJsonObject& map, const QString& underscored, const QString& hyphenated);
// A value as one line: lists joined with ", ".
QString text(const QJsonValue& value);
// "a, b c" -> {a, b, c}
QStringList split(const QString& list);
QJsonValue listOrNothing(const QStringList& items);
QJsonValue textOrNothing(const QString& value);

QTableWidget* table(const QStringList& headers, QWidget* parent);
// Grows or shrinks the table, every cell with an item.
void setRowCount(QTableWidget* widget, int rows);
// Sets a cell only when it differs, so an unchanged refresh emits nothing.
void setCell(
    QTableWidget* widget, int row, int column, const QString& value, bool checkable = false, bool checked = false);
QHBoxLayout* buttons(std::initializer_list<QPushButton*> list);

} // namespace FormFields
