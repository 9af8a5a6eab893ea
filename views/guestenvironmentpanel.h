// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class GuestEnvironmentModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

// The guest's environment variables as the guest user gets them, filterable, copyable as
// NAME=value lines. The window reads them (it needs HOME too) and hands them over.
class GuestEnvironmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GuestEnvironmentPanel(QWidget* parent = nullptr);

    void setVariables(const QStringList& lines);
    void setError(const QString& message, const QString& details = {});
    // The selected rows as NAME=value lines, or every row shown when none is selected.
    QString copyText() const;

    GuestEnvironmentModel* model() const { return m_model; }
    QLineEdit* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void refreshRequested();

private:
    void updateStatus();

    GuestEnvironmentModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_status;
};
