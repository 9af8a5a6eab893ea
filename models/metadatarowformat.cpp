// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatarowformat.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace MetadataRowFormat {
namespace {
constexpr int tooltipFindings = 5;
} // namespace

int countOf(const QList<Finding>& findings, bool errors)
{
    return static_cast<int>(std::count_if(
        findings.cbegin(), findings.cend(), [errors](const Finding& f) { return f.isError() == errors; }));
}

QString findingsText(const QList<Finding>& findings)
{
    const int errors = countOf(findings, true);
    const int warnings = countOf(findings, false);
    QStringList parts;
    if (errors > 0) {
        parts.append(QCoreApplication::translate("MetadataFileModel", "%n error(s)", nullptr, errors));
    }
    if (warnings > 0) {
        parts.append(QCoreApplication::translate("MetadataFileModel", "%n warning(s)", nullptr, warnings));
    }
    return parts.join(QStringLiteral(", "));
}

QString findingsTooltip(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& finding : findings.first(std::min<qsizetype>(findings.size(), tooltipFindings))) {
        const QString severity = finding.isError() ? QCoreApplication::translate("MetadataFileModel", "error")
                                                   : QCoreApplication::translate("MetadataFileModel", "warning");
        lines.append(finding.line > 0
                ? QCoreApplication::translate("MetadataFileModel", "line %1: %2: %3")
                      .arg(finding.line)
                      .arg(severity, finding.message)
                : QCoreApplication::translate("MetadataFileModel", "%1: %2").arg(severity, finding.message));
    }
    if (findings.size() > tooltipFindings) {
        lines.append(QCoreApplication::translate(
            "MetadataFileModel", "… and %n more", nullptr, int(findings.size() - tooltipFindings)));
    }
    return lines.join(u'\n');
}

QColor colourOf(Status status)
{
    // In Status order: green, amber, red, blue, grey; pale grey while checking.
    static constexpr QRgb colours[] = { 0x2e9e44, 0xe0a010, 0xc82828, 0x3070d0, 0x909090, 0xd0d0d0 };
    return QColor(colours[int(status)]);
}

QIcon makeIcon(Status status)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colourOf(status).darker(130), 1));
    // Not checked yet: a ring, so that it does not read as a verdict.
    painter.setBrush(status == Status::Checking ? QBrush(Qt::NoBrush) : QBrush(colourOf(status)));
    painter.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    painter.end();
    return QIcon(pixmap);
}

} // namespace MetadataRowFormat
