// SPDX-License-Identifier: GPL-3.0-or-later
#include "smalldisk.h"

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

#include <QFile>

SmallDisk::SmallDisk(qint64 bytes)
{
    const QByteArray target = QFile::encodeName(m_dir.path());
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("vmdesk-test", target.constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        m_error = QStringLiteral("cannot mount a %1-byte tmpfs on %2 (the test needs root): %3")
                      .arg(bytes)
                      .arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_mounted = true;
}

SmallDisk::~SmallDisk()
{
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
}
