// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "cloudinit/finding.h"

// What a worker thread found in one VM's file (or in the editor's unsaved text).
struct MetadataFileCheck
{
    QString key;
    bool exists = false;
    QList<Finding> findings;
    QString hostname;
    QDateTime modified;
    qint64 size = -1;
    QByteArray sha256;
};

// The metadata folder as MetadataFileModel's workers read it: pure functions, safe on any thread.
namespace MetadataFiles {

inline const QString suffix = QStringLiteral(".yaml");

using Stamps = QHash<QString, std::pair<QDateTime, qint64>>; // key -> modified, size

MetadataFileCheck checkFile(const QString& directory, const QString& key);
MetadataFileCheck checkText(const QString& key, const QByteArray& text);
// `fileName` is <key>.yaml with a key the metadata server would accept.
bool isKeyFile(const QString& fileName, QString* key);
Stamps listStamps(const QString& directory);
QByteArray hashOf(const QByteArray& bytes); // SHA-256

} // namespace MetadataFiles
