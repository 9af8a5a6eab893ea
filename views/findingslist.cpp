// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingslist.h"

#include <QStyle>

namespace {
// Translated as the Metadata page's, where the list was first.
QString pageText(const char* text)
{
    return QCoreApplication::translate("MetadataPage", text);
}
} // namespace

void FindingsList::setFindings(const QList<Finding>& findings)
{
    if (findings == m_listed && count() > 0) {
        return;
    }
    m_listed = findings;
    clear();
    for (const Finding& finding : findings) {
        const QString where = finding.line > 0
            ? pageText(QT_TRANSLATE_NOOP("MetadataPage", "line %1")).arg(finding.line)
            : pageText(QT_TRANSLATE_NOOP("MetadataPage", "whole file"));
        auto* item
            = new QListWidgetItem((finding.isError() ? pageText(QT_TRANSLATE_NOOP("MetadataPage", "Error, %1: %2"))
                                                     : pageText(QT_TRANSLATE_NOOP("MetadataPage", "Warning, %1: %2")))
                                      .arg(where, finding.message),
                this);
        item->setIcon(
            style()->standardIcon(finding.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, finding.line);
        item->setData(Qt::UserRole + 1, finding.column);
    }
    if (findings.isEmpty()) {
        addItem(
            pageText(QT_TRANSLATE_NOOP("MetadataPage", "No problems found: cloud-init will accept this document.")));
    }
}
