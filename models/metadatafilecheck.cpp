// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatafilecheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "cloudinit/documentvalidator.h"
#include "cloudinit/filedriver.h"

using namespace Qt::StringLiterals;

namespace MetadataFiles {

MetadataFileCheck checkText(const QString& key, const QByteArray& text)
{
    DocumentValidator::Result result = DocumentValidator::validate(text);
    return { key, true, std::move(result.findings), result.document ? result.document->hostname : QString() };
}

MetadataFileCheck checkFile(const QString& directory, const QString& key)
{
    MetadataFileCheck checked;
    checked.key = key;
    QFile file(QDir(directory).filePath(key + suffix));
    if (!file.open(QIODevice::ReadOnly)) {
        checked.exists = file.exists();
        if (checked.exists) {
            checked.findings.append({ Finding::Severity::Error, 0, 0, {},
                QCoreApplication::translate("MetadataFileModel", "cannot read the file: %1").arg(file.errorString()) });
        }
        return checked;
    }
    const QByteArray bytes = file.readAll();
    checked = checkText(key, bytes);
    const QFileInfo info(file);
    checked.modified = info.lastModified();
    checked.size = info.size();
    checked.sha256 = hashOf(bytes);
    return checked;
}

bool isKeyFile(const QString& fileName, QString* key)
{
    if (!fileName.endsWith(suffix)) {
        return false;
    }
    *key = fileName.chopped(suffix.size());
    return FileDriver::isSafeKey(*key);
}

Stamps listStamps(const QString& directory)
{
    Stamps stamps;
    const QFileInfoList files = QDir(directory).entryInfoList({ u"*"_s + suffix }, QDir::Files);
    for (const QFileInfo& info : files) {
        if (QString key; isKeyFile(info.fileName(), &key)) {
            stamps.insert(key, { info.lastModified(), info.size() });
        }
    }
    return stamps;
}

QByteArray hashOf(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace MetadataFiles
