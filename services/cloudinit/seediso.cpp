// SPDX-License-Identifier: GPL-3.0-or-later
#include "seediso.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

#include <QCoreApplication>
#include <QDateTime>

#include "core/atomicwrite.h"
#include "renderer.h"

namespace SeedIso {

namespace {
la_ssize_t appendTo(archive*, void* image, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(image)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

QString failure(archive* iso)
{
    const char* text = archive_error_string(iso);
    return QCoreApplication::translate("SeedIso", "cannot build the seed image: %1")
        .arg(text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("SeedIso", "libarchive gave no reason"));
}
} // namespace

Files render(const MetadataDocument& document, const QString& vmName, int networkVersion)
{
    return { Renderer::metaData(document, vmName), Renderer::userData(document),
        Renderer::networkData(document, networkVersion) };
}

std::optional<QByteArray> image(const Files& files, QString* error)
{
    QByteArray out;
    const std::unique_ptr<archive, decltype(&archive_write_free)> iso(archive_write_new(), archive_write_free);
    // cloud-init's NoCloud looks for the label in either case; libarchive writes the primary
    // volume id in upper case.
    bool ok = archive_write_set_format_iso9660(iso.get()) == ARCHIVE_OK
        && archive_write_set_options(iso.get(), "iso9660:volume-id=cidata,iso9660:rockridge,iso9660:joliet")
            == ARCHIVE_OK
        && archive_write_set_bytes_in_last_block(iso.get(), 1) == ARCHIVE_OK // no padding past the image
        && archive_write_open(iso.get(), &out, nullptr, appendTo, nullptr) == ARCHIVE_OK;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const std::pair<const char*, const QByteArray*> entries[] { { "meta-data", &files.metaData },
        { "user-data", &files.userData }, { "network-config", &files.networkConfig } };
    for (const auto& [name, data] : entries) {
        if (!ok) {
            break;
        }
        const std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(
            archive_entry_new(), archive_entry_free);
        archive_entry_set_pathname(entry.get(), name);
        archive_entry_set_size(entry.get(), data->size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), now, 0);
        ok = archive_write_header(iso.get(), entry.get()) == ARCHIVE_OK
            && (data->isEmpty()
                || archive_write_data(iso.get(), data->constData(), size_t(data->size())) == data->size());
    }
    // The ISO writer lays the image out only when it is closed.
    ok = ok && archive_write_close(iso.get()) == ARCHIVE_OK;
    if (!ok) {
        if (error) {
            *error = failure(iso.get());
        }
        return std::nullopt;
    }
    return out;
}

bool write(const QString& path, const Files& files, QString* error)
{
    const std::optional<QByteArray> bytes = image(files, error);
    if (!bytes) {
        return false;
    }
    const QString problem = saveAtomically(path, *bytes);
    if (!problem.isEmpty() && error) {
        *error = problem;
    }
    return problem.isEmpty();
}

} // namespace SeedIso
