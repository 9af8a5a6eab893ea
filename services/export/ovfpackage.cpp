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

namespace {
QString mismatch(const QString& name, const QString& what)
{
    return QCoreApplication::translate("OvfPackage", "%1 does not match the manifest: %2").arg(name, what);
}

QString verifyOva(const QString& ovaPath, const QByteArray& manifestBytes, const QString& manifestName,
    const QList<File>& files)
{
    const std::unique_ptr<archive, decltype(&archive_read_free)> tar(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(tar.get());
    if (archive_read_open_filename(tar.get(), QFile::encodeName(ovaPath).constData(), 1024 * 1024) != ARCHIVE_OK) {
        return QCoreApplication::translate("OvfPackage", "cannot read %1: %2")
            .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(tar.get())));
    }
    QStringList seen;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(tar.get(), &entry)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        Sha256 hash;
        QByteArray content; // the manifest is compared byte for byte
        qint64 size = 0;
        for (la_ssize_t n = archive_read_data(tar.get(), buffer.data(), static_cast<size_t>(buffer.size())); n != 0;
             n = archive_read_data(tar.get(), buffer.data(), static_cast<size_t>(buffer.size()))) {
            if (n < 0) {
                return QCoreApplication::translate("OvfPackage", "cannot read %1 in %2: %3")
                    .arg(name, ovaPath, QString::fromLocal8Bit(archive_error_string(tar.get())));
            }
            hash.addData(QByteArrayView(buffer.constData(), n));
            size += n;
            if (name == manifestName) {
                content.append(buffer.constData(), n);
            }
        }
        seen.append(name);
        if (name == manifestName) {
            if (content != manifestBytes) {
                return mismatch(ovaPath + u'/' + name, QCoreApplication::translate("OvfPackage", "it differs"));
            }
            continue;
        }
        const auto file = std::find_if(files.cbegin(), files.cend(), [&](const File& f) { return f.name == name; });
        if (file == files.cend()) {
            return mismatch(ovaPath, QCoreApplication::translate("OvfPackage", "unexpected entry %1").arg(name));
        }
        if (size != file->size || hash.hexResult() != file->sha256) {
            return mismatch(ovaPath + u'/' + name,
                QCoreApplication::translate("OvfPackage", "%1 bytes, expected %2, or another SHA-256")
                    .arg(size)
                    .arg(file->size));
        }
    }
    if (status != ARCHIVE_EOF) {
        return QCoreApplication::translate("OvfPackage", "cannot read %1: %2")
            .arg(ovaPath, QString::fromLocal8Bit(archive_error_string(tar.get())));
    }
    if (seen.size() != files.size() + 1) {
        return mismatch(ovaPath, QCoreApplication::translate("OvfPackage", "%1 entries, expected %2")
                                     .arg(seen.size())
                                     .arg(files.size() + 1));
    }
    return {};
}
} // namespace

QString verify(const QString& folder, const QByteArray& manifestBytes, const QString& manifestName,
    const QList<File>& files, const QString& ovaPath)
{
    const QDir dir(folder);
    QFile mf(dir.filePath(manifestName));
    if (!mf.open(QIODevice::ReadOnly)) {
        return QCoreApplication::translate("OvfPackage", "cannot read %1: %2").arg(mf.fileName(), mf.errorString());
    }
    const QByteArray onDisk = mf.readAll();
    if (onDisk != manifestBytes) {
        return mismatch(mf.fileName(),
            QCoreApplication::translate("OvfPackage", "%1 bytes on disk, %2 written").arg(onDisk.size()).arg(manifestBytes.size()));
    }
    for (const File& file : files) {
        const QString path = dir.filePath(file.name);
        const QByteArray line = "SHA256(" + file.name.toUtf8() + ")= " + file.sha256 + '\n';
        if (!onDisk.contains(line)) {
            return mismatch(path, QCoreApplication::translate("OvfPackage", "not listed"));
        }
        const qint64 size = QFileInfo(path).size();
        if (size != file.size) {
            return mismatch(path, QCoreApplication::translate("OvfPackage", "%1 bytes, expected %2").arg(size).arg(file.size));
        }
        QString error;
        const QByteArray sha = sha256Of(path, &error);
        if (!error.isEmpty()) {
            return QCoreApplication::translate("OvfPackage", "cannot read %1: %2").arg(path, error);
        }
        if (sha != file.sha256) {
            return mismatch(path, QCoreApplication::translate("OvfPackage", "SHA-256 %1, expected %2")
                                      .arg(QString::fromLatin1(sha), QString::fromLatin1(file.sha256)));
        }
    }
    return ovaPath.isEmpty() ? QString() : verifyOva(ovaPath, manifestBytes, manifestName, files);
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
