// SPDX-License-Identifier: GPL-3.0-or-later
#include "previousexports.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

bool PreviousExports::exists(const ExportSpec& spec)
{
    const QDir package(spec.packageDir());
    return (package.exists() && !package.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        || QFileInfo::exists(spec.ovaPath());
}

QString PreviousExports::moveAside(const ExportSpec& spec, QString* error)
{
    const QDir folder(spec.outputDir);
    const QString base
        = folder.filePath(spec.vmName + u".previous-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n) {
        aside = base + u'-' + QString::number(n);
    }
    if (!QDir().mkpath(aside)) {
        *error = QCoreApplication::translate("PreviousExports", "cannot create %1").arg(aside);
        return {};
    }
    const QDir target(aside);
    for (const QString& path : { spec.packageDir(), spec.ovaPath() }) {
        if (!QFileInfo::exists(path)) {
            continue;
        }
        const QString moved = target.filePath(QFileInfo(path).fileName());
        if (!QFile::rename(path, moved)) {
            // Put back what already moved: the admin finds the folder as it was.
            for (const QString& back : target.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                QFile::rename(target.filePath(back), folder.filePath(back));
            }
            QDir().rmdir(aside);
            *error = QCoreApplication::translate("PreviousExports", "cannot move %1 to %2").arg(path, aside);
            return {};
        }
    }
    return aside;
}

void PreviousExports::track(quint64 jobId, const QString& asidePath)
{
    m_aside.insert(jobId, asidePath);
}

QString PreviousExports::settle(quint64 jobId, bool completed)
{
    if (!completed) {
        return m_aside.value(jobId); // still tracked: a retry that completes deletes it then
    }
    const QString aside = m_aside.take(jobId);
    if (aside.isEmpty()) {
        return {};
    }
    QDir(aside).removeRecursively();
    return {};
}
