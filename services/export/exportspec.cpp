// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportspec.h"

#include <QDir>

using namespace Qt::StringLiterals;

QString ExportSpec::packageDir() const
{
    return QDir(outputDir).filePath(vmName);
}

QString ExportSpec::ovaPath() const
{
    return QDir(outputDir).filePath(vmName + u".ova"_s);
}

QJsonObject ExportSpec::toJson() const
{
    return {
        { u"vm"_s, vmName },
        { u"output"_s, outputDir },
        { u"ova"_s, ova },
        { u"parallelDisks"_s, parallelDisks },
        { u"removeCdrom"_s, removeCdrom },
        { u"removeSerialPorts"_s, removeSerialPorts },
        { u"removeFloppy"_s, removeFloppy },
        { u"shutdownGuest"_s, shutdownGuest },
        { u"priority"_s, priority },
    };
}

ExportSpec ExportSpec::fromJson(const QJsonObject& object)
{
    ExportSpec spec;
    spec.vmName = object[u"vm"_s].toString();
    spec.outputDir = object[u"output"_s].toString();
    spec.ova = object[u"ova"_s].toBool();
    spec.parallelDisks = qMax(1, object[u"parallelDisks"_s].toInt(2));
    spec.removeCdrom = object[u"removeCdrom"_s].toBool();
    spec.removeSerialPorts = object[u"removeSerialPorts"_s].toBool();
    spec.removeFloppy = object[u"removeFloppy"_s].toBool();
    spec.shutdownGuest = object[u"shutdownGuest"_s].toBool();
    spec.priority = object[u"priority"_s].toInt();
    return spec;
}
