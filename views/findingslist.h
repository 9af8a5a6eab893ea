// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QListWidget>

#include "cloudinit/finding.h"

// The validator's findings for the open document, one line each (activating one goes to its line:
// Qt::UserRole holds the line, Qt::UserRole + 1 the column), or that there are none.
class FindingsList : public QListWidget
{
    Q_OBJECT
public:
    using QListWidget::QListWidget;

    // Lists them again only when they differ from those listed: the selection stays put.
    void setFindings(const QList<Finding>& findings);

private:
    QList<Finding> m_listed;
};
