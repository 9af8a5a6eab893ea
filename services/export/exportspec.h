// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// What to export and how: one VM into <outputDir>/<vmName>/ (and <outputDir>/<vmName>.ova).
struct ExportSpec
{
    QString vmName;
    QString outputDir;
    bool ova = false;
    int parallelDisks = 2;
    bool removeCdrom = false; // from the exported descriptor only
    bool removeSerialPorts = false;
    bool removeFloppy = false;
    bool shutdownGuest = false; // shut a running guest down first (never a hard power-off)
    int priority = 0; // higher runs first

    QString packageDir() const;
    QString ovaPath() const;
    QJsonObject toJson() const;
    static ExportSpec fromJson(const QJsonObject& object);
};
