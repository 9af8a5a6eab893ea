// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStorageInfo>

#include "logging.h"
#include <QtConcurrent/QtConcurrentRun>

bool writeAll(QFileDevice& file, QByteArrayView data)
{
    while (!data.isEmpty()) {
        const qint64 written = file.write(data.constData(), data.size());
        if (written <= 0) {
            return false;
        }
        data = data.sliced(written);
    }
    return true;
}

QString writeErrorMessage(const QFileDevice& file)
{
    return QCoreApplication::translate("saveAtomically", "cannot write %1: %2").arg(file.fileName(), file.errorString());
}

QString saveAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile::commit() does not notice when the flush of its write buffer
    // fails, and renames a truncated file over the good one. Unbuffered, every refusal happens in
    // write(), where it is seen.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || !writeAll(file, data)) {
        const QString message = writeErrorMessage(file);
        file.cancelWriting();
        return message;
    }
    if (!file.commit()) {
        return writeErrorMessage(file);
    }
    return {};
}

QString syncSettings(QSettings& settings)
{
    settings.sync();
    if (settings.status() == QSettings::NoError) {
        return {};
    }
    const QString path = settings.fileName();
    QString reason;
    if (settings.status() == QSettings::FormatError) {
        reason = QCoreApplication::translate("saveAtomically", "the file is not in the settings format");
    } else {
        // QSettings does not keep errno; a disk without room is by far the most common cause.
        const QStorageInfo volume(QFileInfo(path).absolutePath());
        reason = volume.isValid() && volume.bytesAvailable() < 64 * 1024
            ? QString::fromLocal8Bit(std::strerror(ENOSPC))
            : QCoreApplication::translate("saveAtomically", "the file or its folder is not writable");
    }
    const QString message = QCoreApplication::translate("saveAtomically", "cannot save the settings to %1: %2; the previous settings are kept")
                                .arg(path, reason);
    qCWarning(lcCore).noquote() << message;
    return message;
}

QFuture<QString> writeFileAtomically(const QString& path, const QByteArray& data)
{
    return QtConcurrent::run(saveAtomically, path, data);
}
