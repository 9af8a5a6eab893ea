// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovfpackage.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include "core/sha256.h"

namespace OvfPackage {

QByteArray removeDevices(const QByteArray& descriptor, const QList<Device>& devices)
{
    if (devices.isEmpty()) {
        return descriptor;
    }
    static const QRegularExpression item(QStringLiteral("[ \\t]*<((?:\\w+:)?Item)\\b[^>]*>.*?</\\1>[ \\t]*\\n?"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression resourceType(QStringLiteral("<(?:\\w+:)?ResourceType>\\s*(\\d+)\\s*<"));
    QString text = QString::fromUtf8(descriptor);
    QString out;
    qsizetype last = 0;
    for (QRegularExpressionMatchIterator it = item.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int type = resourceType.match(match.captured(0)).captured(1).toInt();
        const bool remove = std::any_of(devices.cbegin(), devices.cend(), [type](Device d) { return int(d) == type; });
        out += QStringView(text).mid(last, match.capturedStart() - last);
        if (!remove) {
            out += match.captured(0);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

QByteArray manifest(const QList<File>& files)
{
    QByteArray lines;
    for (const File& file : files) {
        lines += "SHA256(" + file.name.toUtf8() + ")= " + file.sha256 + '\n';
    }
    return lines;
}

QByteArray sha256Of(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    Sha256 hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (qint64 n = file.read(buffer.data(), buffer.size()); n != 0; n = file.read(buffer.data(), buffer.size())) {
        if (n < 0) {
            *error = file.errorString();
            return {};
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return hash.hexResult();
}

QString writeOva(const QString& folder, const QString& descriptorName, const QString& manifestName,
    const QList<File>& files, const QString& ovaPath)
{
    const QString part = ovaPath + QStringLiteral(".part");
    const std::unique_ptr<archive, decltype(&archive_write_free)> tar(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(tar.get()); // ustar where it fits, as the OVF spec asks
    if (archive_write_open_filename(tar.get(), QFile::encodeName(part).constData()) != ARCHIVE_OK) {
        return QCoreApplication::translate("OvfPackage", "cannot create %1: %2")
            .arg(part, QString::fromLocal8Bit(archive_error_string(tar.get())));
    }
    QStringList order { descriptorName, manifestName };
    for (const File& file : files) {
        if (!order.contains(file.name)) {
            order.append(file.name);
        }
    }
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (const QString& name : std::as_const(order)) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            QFile::remove(part);
            return QCoreApplication::translate("OvfPackage", "cannot read %1: %2")
                .arg(file.fileName(), file.errorString());
        }
        const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(
            archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(entry.get(), name.toUtf8().constData());
        archive_entry_set_size(entry.get(), file.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), QFileInfo(file).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(tar.get(), entry.get()) != ARCHIVE_OK) {
            QFile::remove(part);
            return QString::fromLocal8Bit(archive_error_string(tar.get()));
        }
        for (qint64 n = file.read(buffer.data(), buffer.size()); n > 0; n = file.read(buffer.data(), buffer.size())) {
            if (archive_write_data(tar.get(), buffer.constData(), static_cast<size_t>(n)) < 0) {
                QFile::remove(part);
                return QCoreApplication::translate("OvfPackage", "cannot write %1: %2")
                    .arg(part, QString::fromLocal8Bit(archive_error_string(tar.get())));
            }
        }
    }
    if (archive_write_close(tar.get()) != ARCHIVE_OK) {
        QFile::remove(part);
        return QString::fromLocal8Bit(archive_error_string(tar.get()));
    }
    QFile::remove(ovaPath);
    if (!QFile::rename(part, ovaPath)) {
        return QCoreApplication::translate("OvfPackage", "cannot rename %1").arg(part);
    }
    return {};
}

} // namespace OvfPackage
