// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

QFuture<QString> writeFileAtomically(const QString& path, const QByteArray& data)
{
    return QtConcurrent::run([path, data]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            return QCoreApplication::translate("writeFileAtomically", "Could not write %1: %2")
                .arg(path, file.errorString());
        }
        return {};
    });
}
