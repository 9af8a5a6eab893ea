// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// An OVF package ready to deploy: the descriptor, the folder its files are in (an OVA is unpacked
// first), the networks it names, each file checked against the manifest when there is one.
// Pure file work: callers run it on a worker thread.
struct OvfSource
{
    QString descriptorPath;
    QByteArray descriptor;
    QString folder;
    QStringList networks; // NetworkSection names
    QString error; // empty when usable

    QString filePath(const QString& href) const;

    // `path` is an .ovf, or an .ova unpacked into `scratchDir` (which must exist and be empty).
    static OvfSource open(const QString& path, const QString& scratchDir);
    static QStringList networksIn(const QByteArray& descriptor);
    // The .ovf member of an .ova, read without unpacking the disks; empty and `error` set if none.
    static QByteArray descriptorOf(const QString& ova, QString* error = nullptr);
};
