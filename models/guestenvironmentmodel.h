// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>

// The guest's environment variables, from ReadEnvironmentVariableInGuest's "NAME=value" lines,
// sorted by name.
class GuestEnvironmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    explicit GuestEnvironmentModel(QObject* parent = nullptr);

    void setVariables(const QStringList& lines);
    void clear();
    // The value of a variable; none when the guest has no variable by that name.
    std::optional<QString> value(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<std::pair<QString, QString>> m_variables;
};
