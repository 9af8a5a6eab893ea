// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>
#include <QVariant>

#include "cloudinit/finding.h"
#include "metadatalistmodel.h"

// How a metadata document's row reads, wherever the document lives: the folder's model and the
// database's model show the same columns, so the page, its filter and its tests see one shape.
// The texts keep MetadataFileModel's translation context, where they were first translated.
namespace MetadataRowFormat {

using Status = MetadataListModel::Status;

int countOf(const QList<Finding>& findings, bool errors);
QString findingsText(const QList<Finding>& findings);
QString findingsTooltip(const QList<Finding>& findings);
QColor colourOf(Status status);
// A coloured dot; needs a QGuiApplication (pixmaps do), so a model makes it only when asked.
QIcon makeIcon(Status status);

} // namespace MetadataRowFormat
