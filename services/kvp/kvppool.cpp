// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvppool.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QStringDecoder>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("KvpPool", text);
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Cut at the first NUL: the daemon leaves old bytes after it (memcpy of the new length only), so "trimming trailing
// NULs" would show garbage.
QByteArray field(const char* data, int size, bool* terminated)
{
    const void* nul = std::memchr(data, 0, static_cast<size_t>(size));
    *terminated = nul != nullptr;
    return QByteArray(data, nul ? static_cast<const char*>(nul) - data : size);
}

void putField(QByteArray& out, const QByteArray& bytes, int size)
{
    const qsizetype length = std::min<qsizetype>(bytes.size(), size);
    out.append(bytes.constData(), length);
    out.append(size - length, '\0');
}

// An open pool file with the lock held; both released on destruction.
class LockedFile
{
public:
    LockedFile(const QString& path, bool create, int timeoutMs)
        : path(path)
    {
        const QByteArray name = QFile::encodeName(path);
        fd = ::open(name.constData(), O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0644);
        if (fd < 0 && (errno == EACCES || errno == EROFS) && !create) {
            // Only root may write the daemon's files (0644): a reader takes a read lock instead, which the daemon's
            // F_WRLCK excludes just the same (and which only an fd opened for reading may take).
            fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
            lockType = F_RDLCK;
        }
        if (fd < 0) {
            error = errno == ENOENT ? tr("%1 does not exist.").arg(path)
                                    : tr("Cannot open %1: %2").arg(path, systemError(errno));
            return;
        }
        // OFD locks conflict with the daemon's classic POSIX locks, but belong to this open file description rather
        // than the process, so another QFile closing the same file elsewhere in the app cannot drop ours.
        struct flock lock = {};
        lock.l_type = static_cast<short>(lockType);
        lock.l_whence = SEEK_SET; // l_start = l_len = 0: the whole file, as kvp_acquire_lock
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (::fcntl(fd, F_OFD_SETLK, &lock) == 0) {
                locked = true;
                return;
            }
            const int cause = errno;
            if (cause == EINTR) {
                continue;
            }
            if (cause != EAGAIN && cause != EACCES) {
                error = tr("Cannot lock %1: %2").arg(path, systemError(cause));
                return;
            }
            if (deadline.hasExpired()) {
                error = tr("%1 is locked by another process (hv_kvp_daemon?); gave up after %2 ms.")
                            .arg(path)
                            .arg(timeoutMs);
                return;
            }
            // F_OFD_SETLKW cannot time out, so poll.
            QThread::msleep(std::min<qint64>(10, std::max<qint64>(1, deadline.remainingTime())));
        }
    }
    ~LockedFile()
    {
        if (fd >= 0) {
            ::close(fd); // an OFD lock goes with its last descriptor
        }
    }
    LockedFile(const LockedFile&) = delete;
    LockedFile& operator=(const LockedFile&) = delete;

    bool writable() const { return lockType == F_WRLCK; }

    QString readAll(QByteArray* bytes) const
    {
        bytes->clear();
        char buffer[65536];
        for (off_t offset = 0;;) {
            const ssize_t got = ::pread(fd, buffer, sizeof buffer, offset);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got < 0) {
                return tr("Cannot read %1: %2").arg(path, systemError(errno));
            }
            if (got == 0) {
                return {};
            }
            bytes->append(buffer, got);
            offset += got;
        }
    }

    // As kvp_update_file: truncate, then write every record; no temporary file, the lock keeps readers out.
    QString rewrite(const QByteArray& bytes) const
    {
        if (::ftruncate(fd, 0) != 0) {
            return tr("Cannot truncate %1: %2").arg(path, systemError(errno));
        }
        for (qsizetype written = 0; written < bytes.size();) {
            const ssize_t put = ::pwrite(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written),
                static_cast<off_t>(written));
            if (put < 0 && errno == EINTR) {
                continue;
            }
            if (put < 0) {
                return tr("Cannot write %1: %2").arg(path, systemError(errno));
            }
            written += put;
        }
        if (::fsync(fd) != 0) {
            return tr("Cannot write %1: %2").arg(path, systemError(errno));
        }
        return {};
    }

    QString path;
    QString error;
    int fd = -1;
    int lockType = F_WRLCK;
    bool locked = false;
};

// Read, let `change` edit the records (false: nothing to write), rewrite and read back, all under one lock.
template <typename Change> QString modify(const QString& path, bool create, int timeoutMs, Change change)
{
    LockedFile file(path, create, timeoutMs);
    if (!file.locked) {
        return file.error;
    }
    if (!file.writable()) {
        return tr("Cannot write %1: permission denied.").arg(path);
    }
    QByteArray bytes;
    if (QString error = file.readAll(&bytes); !error.isEmpty()) {
        return error;
    }
    // A partial trailing record is dropped by the rewrite, as by the daemon, which reads whole records only.
    QList<KvpRecord> records = KvpPool::parse(bytes).records;
    if (!change(records)) {
        return {};
    }
    const QByteArray wanted = KvpPool::serialize(records);
    if (QString error = file.rewrite(wanted); !error.isEmpty()) {
        return error;
    }
    QByteArray back;
    if (QString error = file.readAll(&back); !error.isEmpty()) {
        return error;
    }
    if (back != wanted) {
        return tr("%1 does not read back as written (%2 bytes written, %3 read).")
            .arg(path)
            .arg(wanted.size())
            .arg(back.size());
    }
    return {};
}
} // namespace

namespace KvpPool {
QString defaultDirectory()
{
    return u"/var/lib/hyperv"_s;
}

QString path(const QString& directory, int pool)
{
    return directory + u"/.kvp_pool_"_s + QString::number(pool);
}

Contents parse(const QByteArray& bytes)
{
    Contents contents;
    const qsizetype count = bytes.size() / recordSize;
    contents.records.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const char* record = bytes.constData() + i * recordSize;
        KvpRecord parsed;
        parsed.key = field(record, keyFieldSize, &parsed.keyTerminated);
        parsed.value = field(record + keyFieldSize, valueFieldSize, &parsed.valueTerminated);
        contents.records.append(std::move(parsed));
    }
    contents.trailingBytes = bytes.size() % recordSize;
    return contents;
}

QByteArray serialize(const QList<KvpRecord>& records)
{
    QByteArray out;
    out.reserve(records.size() * recordSize);
    for (const KvpRecord& record : records) {
        putField(out, record.key, keyFieldSize);
        putField(out, record.value, valueFieldSize);
    }
    return out;
}

QString checkLimits(const QByteArray& key, const QByteArray& value, bool hostLimits)
{
    if (key.isEmpty()) {
        return tr("The key is empty.");
    }
    if (key.contains('\0')) {
        return tr("The key contains a NUL byte.");
    }
    if (value.contains('\0')) {
        return tr("The value contains a NUL byte.");
    }
    if (key.size() >= keyFieldSize) {
        return tr("The key is %1 bytes long; a pool file holds at most %2.").arg(key.size()).arg(keyFieldSize - 1);
    }
    if (value.size() >= valueFieldSize) {
        return tr("The value is %1 bytes long; a pool file holds at most %2.")
            .arg(value.size())
            .arg(valueFieldSize - 1);
    }
    if (!hostLimits) {
        return {};
    }
    // The kernel converts to UTF-16 for the host and fails on invalid UTF-8, or cuts at 254/1022 units.
    for (const QByteArray* text : { &key, &value }) {
        // Stateless: a sequence cut at the end is an error too, not left pending.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8(*text);
        if (utf8.hasError()) {
            return text == &key ? tr("The key is not valid UTF-8; the host cannot read it.")
                                : tr("The value is not valid UTF-8; the host cannot read it.");
        }
    }
    if (key.size() > hostKeyLimit) {
        return tr("The key is %1 bytes long; the host reads at most %2.").arg(key.size()).arg(hostKeyLimit);
    }
    if (value.size() > hostValueLimit) {
        return tr("The value is %1 bytes long; the host reads at most %2.").arg(value.size()).arg(hostValueLimit);
    }
    return {};
}

Contents read(const QString& path, int timeoutMs)
{
    LockedFile file(path, false, timeoutMs);
    if (!file.locked) {
        Contents contents;
        contents.error = file.error;
        return contents;
    }
    QByteArray bytes;
    if (QString error = file.readAll(&bytes); !error.isEmpty()) {
        Contents contents;
        contents.error = error;
        return contents;
    }
    return parse(bytes);
}

QString set(const QString& path, const QByteArray& key, const QByteArray& value, bool hostLimits, int timeoutMs)
{
    if (QString error = checkLimits(key, value, hostLimits); !error.isEmpty()) {
        return error;
    }
    return modify(path, true, timeoutMs, [&](QList<KvpRecord>& records) {
        // The first match, as kvp_key_add_or_modify.
        const auto match
            = std::find_if(records.begin(), records.end(), [&](const KvpRecord& record) { return record.key == key; });
        KvpRecord record;
        record.key = key;
        record.value = value;
        if (match == records.end()) {
            records.append(record);
        } else {
            *match = record;
        }
        return true;
    });
}

QString remove(const QString& path, const QByteArray& key, bool* found, int timeoutMs)
{
    bool removed = false;
    const QString error = modify(path, false, timeoutMs, [&](QList<KvpRecord>& records) {
        const auto match
            = std::find_if(records.begin(), records.end(), [&](const KvpRecord& record) { return record.key == key; });
        removed = match != records.end();
        if (removed) {
            records.erase(match);
        }
        return removed;
    });
    if (found) {
        *found = removed;
    }
    return error;
}
} // namespace KvpPool
