// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

// The inventory as a table view shows it: the rows of `model` (usually the filter proxy, so
// filtered and sorted) and the chosen `columns` in their order; `rows` picks some rows (all if
// empty). CSV and JSON carry field names and raw values (memoryMB: 4096) for scripts and
// spreadsheets; the clipboard text carries what is on screen.
namespace InventoryExport {
QByteArray csv(const QAbstractItemModel& model, const QList<int>& columns, const QList<int>& rows = {});
QByteArray json(const QAbstractItemModel& model, const QList<int>& columns, const QList<int>& rows = {});
QString clipboardText(const QAbstractItemModel& model, const QList<int>& columns, const QList<int>& rows = {});
} // namespace InventoryExport
