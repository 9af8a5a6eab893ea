// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovfpackage.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include "core/sha256.h"

using namespace Qt::StringLiterals;

namespace OvfPackage {

namespace {
// The CIM ResourceType as written: decimal digits, whitespace around them allowed.
int resourceType(const QString& text)
{
    const QString digits = text.trimmed();
    const bool decimal = !digits.isEmpty()
        && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return decimal ? digits.toInt() : 0;
}
} // namespace

QByteArray removeDevices(const QByteArray& descriptor, const QList<Device>& devices)
{
    if (devices.isEmpty()) {
        return descriptor;
    }
    // An XML reader finds the <Item>s: a pattern took "</Item >" (a legal end tag) for text and ran
    // on to the next Item's end, dropping that one too (found by tests/fuzz/fuzz_ovf.cpp), and could
    // not tell markup from a comment or CDATA. Offsets are in characters of `text`.
    const QString text = QString::fromUtf8(descriptor);
    QXmlStreamReader reader(text);
    QList<std::pair<qsizetype, qsizetype>> drop;
    qsizetype itemStart = 0;
    int depth = 0; // inside an outermost <Item>: 1 for the Item element itself
    bool typeSeen = false;
    bool inType = false;
    QString typeText;
    int type = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return descriptor; // entities could make an Item that is not in the text as written
        case QXmlStreamReader::StartElement:
            if (depth == 0 && reader.name() == u"Item") {
                // The reader ends a start tag exactly after its '>' (it may read ahead of where one
                // begins), and a start tag has no other '<': attribute values cannot hold one.
                const qsizetype tagEnd = reader.characterOffset();
                itemStart = tagEnd > 0 && text.at(tagEnd - 1) == u'>' ? text.lastIndexOf(u'<', tagEnd - 1) : -1;
                if (itemStart < 0 || !QStringView(text).sliced(itemStart + 1).startsWith(reader.qualifiedName())) {
                    return descriptor;
                }
                depth = 1;
                typeSeen = false;
                type = 0;
            } else if (depth > 0 && ++depth == 2 && !typeSeen && reader.name() == u"ResourceType") {
                typeSeen = inType = true;
                typeText.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (inType) {
                typeText += reader.text();
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth > 0 && --depth == 0) {
                if (std::any_of(devices.cbegin(), devices.cend(), [type](Device d) { return int(d) == type; })) {
                    drop.append({ itemStart, reader.characterOffset() });
                }
            } else if (depth == 1 && inType) {
                inType = false;
                type = resourceType(typeText);
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return descriptor; // not XML: there are no Items to speak of (vCenter's descriptors are XML)
    }
    QString out;
    qsizetype last = 0;
    for (auto [start, end] : std::as_const(drop)) {
        // The Item's line goes with it: its indentation and the line break after it.
        while (start > last && (text.at(start - 1) == u' ' || text.at(start - 1) == u'\t')) {
            --start;
        }
        while (end < text.size() && (text.at(end) == u' ' || text.at(end) == u'\t')) {
            ++end;
        }
        if (end < text.size() && text.at(end) == u'\n') {
            ++end;
        }
        out += QStringView(text).sliced(last, start - last);
        last = end;
    }
    out += QStringView(text).sliced(last);
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
// libarchive's text for a failed write is "Write error"; the system's reason is in its errno.
QString archiveError(archive* a)
{
    const QString text = QString::fromLocal8Bit(archive_error_string(a));
    const int code = archive_errno(a);
    return code > 0 && !text.contains(QString::fromLocal8Bit(std::strerror(code)))
        ? text + u": "_s + QString::fromLocal8Bit(std::strerror(code))
        : text;
}

QString mismatch(const QString& name, const QString& what)
{
    return QCoreApplication::translate("OvfPackage", "%1 does not match the manifest: %2").arg(name, what);
}

QString verifyOva(
    const QString& ovaPath, const QByteArray& manifestBytes, const QString& manifestName, const QList<File>& files)
{
    const std::unique_ptr<archive, decltype(&archive_read_free)> tar(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(tar.get());
    if (archive_read_open_filename(tar.get(), QFile::encodeName(ovaPath).constData(), 1024 * 1024) != ARCHIVE_OK) {
        return QCoreApplication::translate("OvfPackage", "cannot read %1: %2").arg(ovaPath, archiveError(tar.get()));
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
                    .arg(name, ovaPath, archiveError(tar.get()));
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
        return QCoreApplication::translate("OvfPackage", "cannot read %1: %2").arg(ovaPath, archiveError(tar.get()));
    }
    if (seen.size() != files.size() + 1) {
        return mismatch(ovaPath,
            QCoreApplication::translate("OvfPackage", "%1 entries, expected %2")
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
            QCoreApplication::translate("OvfPackage", "%1 bytes on disk, %2 written")
                .arg(onDisk.size())
                .arg(manifestBytes.size()));
    }
    for (const File& file : files) {
        const QString path = dir.filePath(file.name);
        const QByteArray line = "SHA256(" + file.name.toUtf8() + ")= " + file.sha256 + '\n';
        if (!onDisk.contains(line)) {
            return mismatch(path, QCoreApplication::translate("OvfPackage", "not listed"));
        }
        const qint64 size = QFileInfo(path).size();
        if (size != file.size) {
            return mismatch(
                path, QCoreApplication::translate("OvfPackage", "%1 bytes, expected %2").arg(size).arg(file.size));
        }
        QString error;
        const QByteArray sha = sha256Of(path, &error);
        if (!error.isEmpty()) {
            return QCoreApplication::translate("OvfPackage", "cannot read %1: %2").arg(path, error);
        }
        if (sha != file.sha256) {
            return mismatch(path,
                QCoreApplication::translate("OvfPackage", "SHA-256 %1, expected %2")
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
        return QCoreApplication::translate("OvfPackage", "cannot create %1: %2").arg(part, archiveError(tar.get()));
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
            return QCoreApplication::translate("OvfPackage", "cannot write %1: %2").arg(part, archiveError(tar.get()));
        }
        for (qint64 n = file.read(buffer.data(), buffer.size()); n > 0; n = file.read(buffer.data(), buffer.size())) {
            if (archive_write_data(tar.get(), buffer.constData(), static_cast<size_t>(n)) < 0) {
                QFile::remove(part);
                return QCoreApplication::translate("OvfPackage", "cannot write %1: %2")
                    .arg(part, archiveError(tar.get()));
            }
        }
    }
    if (archive_write_close(tar.get()) != ARCHIVE_OK) {
        QFile::remove(part);
        return QCoreApplication::translate("OvfPackage", "cannot write %1: %2").arg(part, archiveError(tar.get()));
    }
    QFile::remove(ovaPath);
    if (!QFile::rename(part, ovaPath)) {
        return QCoreApplication::translate("OvfPackage", "cannot rename %1").arg(part);
    }
    return {};
}

} // namespace OvfPackage
