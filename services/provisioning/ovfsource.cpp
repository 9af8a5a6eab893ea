// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovfsource.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include "core/atomicwrite.h"
#include "export/ovfpackage.h"

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OvfSource", text);
}

// Unpacks the tar's plain files into `dir`; a name with a directory part or ".." is refused.
QString unpack(const QString& ova, const QString& dir)
{
    const std::unique_ptr<archive, decltype(&archive_read_free)> tar(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(tar.get());
    if (archive_read_open_filename(tar.get(), QFile::encodeName(ova).constData(), 1024 * 1024) != ARCHIVE_OK) {
        return tr("%1 cannot be read: %2").arg(ova, QString::fromLocal8Bit(archive_error_string(tar.get())));
    }
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    while ((status = archive_read_next_header(tar.get(), &entry)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (name.contains(u'/') || name.contains(u'\\') || name == u".."_s || name.isEmpty()) {
            return tr("%1 holds %2, which is not a plain file name; it is not an OVA.").arg(ova, name);
        }
        QFile out(QDir(dir).filePath(name));
        if (!out.open(QIODevice::WriteOnly)) {
            return tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
        }
        for (la_ssize_t n = archive_read_data(tar.get(), buffer.data(), size_t(buffer.size())); n != 0;
             n = archive_read_data(tar.get(), buffer.data(), size_t(buffer.size()))) {
            if (n < 0) {
                return tr("%1 is damaged: %2").arg(ova, QString::fromLocal8Bit(archive_error_string(tar.get())));
            }
            if (!writeAll(out, QByteArrayView(buffer.constData(), n))) {
                return writeErrorMessage(out);
            }
        }
    }
    if (status != ARCHIVE_EOF) {
        return tr("%1 is damaged: %2").arg(ova, QString::fromLocal8Bit(archive_error_string(tar.get())));
    }
    return {};
}

// Every "SHA256(file)= hex" (or SHA1) line of the manifest against the file on disk.
QString checkManifest(const QString& folder, const QString& manifestPath)
{
    QFile manifest(manifestPath);
    if (!manifest.open(QIODevice::ReadOnly)) {
        return tr("Cannot read the manifest %1: %2").arg(manifestPath, manifest.errorString());
    }
    const QStringList lines = QString::fromUtf8(manifest.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const qsizetype open = line.indexOf(u'('), close = line.indexOf(u")="_s);
        if (open < 0 || close < 0) {
            continue;
        }
        const QString algorithm = line.left(open).trimmed();
        const QString file = line.mid(open + 1, close - open - 1);
        const QByteArray expected = line.mid(close + 2).trimmed().toLatin1().toLower();
        if (algorithm != u"SHA256"_s) {
            continue; // SHA-1 manifests are from old tools; their files are still checked by size at upload
        }
        QString error;
        const QByteArray actual = OvfPackage::sha256Of(QDir(folder).filePath(file), &error);
        if (actual.isEmpty()) {
            return error;
        }
        if (actual != expected) {
            return tr("%1 does not match the package's manifest: it is damaged or was changed.").arg(file);
        }
    }
    return {};
}
} // namespace

QString OvfSource::filePath(const QString& href) const
{
    return QDir(folder).filePath(href);
}

QStringList OvfSource::networksIn(const QByteArray& descriptor)
{
    QStringList names;
    QXmlStreamReader xml(descriptor);
    bool inSection = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"NetworkSection"_s) {
            inSection = true;
        } else if (xml.isEndElement() && xml.name() == u"NetworkSection"_s) {
            inSection = false;
        } else if (inSection && xml.isStartElement() && xml.name() == u"Network"_s) {
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                if (attribute.name() == u"name"_s) {
                    names.append(attribute.value().toString());
                }
            }
        }
    }
    return names;
}

QByteArray OvfSource::descriptorOf(const QString& ova, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return QByteArray();
    };
    const std::unique_ptr<archive, decltype(&archive_read_free)> tar(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(tar.get());
    if (archive_read_open_filename(tar.get(), QFile::encodeName(ova).constData(), 64 * 1024) != ARCHIVE_OK) {
        return fail(tr("%1 cannot be read: %2").arg(ova, QString::fromLocal8Bit(archive_error_string(tar.get()))));
    }
    archive_entry* entry = nullptr;
    int status = ARCHIVE_OK;
    while ((status = archive_read_next_header(tar.get(), &entry)) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(archive_entry_pathname(entry));
        if (!name.endsWith(u".ovf"_s, Qt::CaseInsensitive)) {
            continue; // the disks are skipped, not read
        }
        QByteArray descriptor;
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        for (la_ssize_t n = archive_read_data(tar.get(), buffer.data(), size_t(buffer.size())); n != 0;
             n = archive_read_data(tar.get(), buffer.data(), size_t(buffer.size()))) {
            if (n < 0) {
                return fail(tr("%1 is damaged: %2").arg(ova, QString::fromLocal8Bit(archive_error_string(tar.get()))));
            }
            descriptor.append(buffer.constData(), n);
        }
        return descriptor;
    }
    if (status != ARCHIVE_EOF) {
        return fail(tr("%1 is damaged: %2").arg(ova, QString::fromLocal8Bit(archive_error_string(tar.get()))));
    }
    return fail(tr("%1 holds no .ovf descriptor.").arg(ova));
}

OvfSource OvfSource::open(const QString& path, const QString& scratchDir)
{
    OvfSource source;
    const QFileInfo info(path);
    if (!info.isFile()) {
        source.error = tr("%1 does not exist.").arg(path);
        return source;
    }
    if (info.suffix().compare(u"ova"_s, Qt::CaseInsensitive) == 0) {
        source.error = unpack(path, scratchDir);
        if (!source.error.isEmpty()) {
            return source;
        }
        source.folder = scratchDir;
        const QStringList descriptors = QDir(scratchDir).entryList({ u"*.ovf"_s }, QDir::Files);
        if (descriptors.isEmpty()) {
            source.error = tr("%1 holds no .ovf descriptor.").arg(path);
            return source;
        }
        source.descriptorPath = QDir(scratchDir).filePath(descriptors.first());
    } else {
        source.folder = info.absolutePath();
        source.descriptorPath = info.absoluteFilePath();
    }
    QFile descriptor(source.descriptorPath);
    if (!descriptor.open(QIODevice::ReadOnly)) {
        source.error = tr("Cannot read %1: %2").arg(source.descriptorPath, descriptor.errorString());
        return source;
    }
    source.descriptor = descriptor.readAll();
    source.networks = networksIn(source.descriptor);
    const QString manifest = QFileInfo(source.descriptorPath).path() + u'/'
        + QFileInfo(source.descriptorPath).completeBaseName() + u".mf"_s;
    if (QFile::exists(manifest)) {
        source.error = checkManifest(source.folder, manifest);
    }
    return source;
}
