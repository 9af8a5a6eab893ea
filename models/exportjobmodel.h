// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

class ExportQueue;
struct ExportJobRecord;

// The transfer queue (exports, deploys, clones) as a table, row by row as jobs come, change and go.
class ExportJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VmColumn,
        KindColumn, // Export, Deploy or Clone
        StateColumn,
        ProgressColumn,
        SizeColumn,
        SpeedColumn,
        EtaColumn,
        OutputColumn,
        ColumnCount
    };
    enum Role { JobIdRole = Qt::UserRole + 1, ProgressRole, LogRole };

    explicit ExportJobModel(ExportQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatDuration(int seconds);
    // What a job does, as the table says it: "Export", "Deploy" or "Clone".
    static QString kindText(const ExportJobRecord& job);

private:
    QPointer<ExportQueue> m_queue;
    QList<quint64> m_ids;
};
