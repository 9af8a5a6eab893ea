// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <cstring>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include "kvp/kvppool.h"
#include "kvp/kvppoolwatcher.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
// What a pool file holds according to the kernel's own definition (tools/hv/hv_kvp_daemon.c), read as the daemon
// does: whole records with fread, each field to its first NUL.
struct kvp_record
{
    char key[512];
    char value[2048];
};
static_assert(sizeof(kvp_record) == KvpPool::recordSize);

struct RawRecord
{
    QByteArray key, value;
    QByteArray record; // all 2560 bytes
};

QList<RawRecord> independentRead(const QString& path)
{
    QList<RawRecord> records;
    FILE* file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!file) {
        return records;
    }
    kvp_record record;
    while (std::fread(&record, sizeof record, 1, file) == 1) {
        records.append({ QByteArray(record.key, qsizetype(strnlen(record.key, sizeof record.key))),
            QByteArray(record.value, qsizetype(strnlen(record.value, sizeof record.value))),
            QByteArray(reinterpret_cast<const char*>(&record), sizeof record) });
    }
    std::fclose(file);
    return records;
}

QByteArray rawRecord(const QByteArray& key, const QByteArray& value, char fill = '\0')
{
    const QByteArray keyField = QByteArray(key).append('\0').leftJustified(KvpPool::keyFieldSize, fill, true);
    return keyField + QByteArray(value).append('\0').leftJustified(KvpPool::valueFieldSize, fill, true);
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> keysOf(const QList<RawRecord>& records)
{
    QList<QByteArray> keys;
    for (const RawRecord& record : records) {
        keys.append(record.key);
    }
    return keys;
}

// A second process taking the lock the way hv_kvp_daemon does (lockf is a classic POSIX fcntl F_SETLKW F_WRLCK over
// the whole file). It says "locked" on stdout once it holds the lock; with `rewrite` it has truncated the file and
// written half of three new records by then, finishes them after a line on stdin, creates `marker` and releases.
// Without `rewrite` it holds the lock until stdin closes.
const char* const holderScript = R"(
import fcntl, os, sys
path, marker, rewrite = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
f = open(path, "r+b")
fcntl.lockf(f, fcntl.LOCK_EX)
if rewrite:
    data = b"".join((b"after%d" % i).ljust(512, b"\0") + (b"value %d" % i).ljust(2048, b"\0") for i in range(3))
    f.truncate(0)
    f.write(data[:3840])
    f.flush()
print("locked", flush=True)
sys.stdin.readline()
if rewrite:
    f.write(data[3840:])
    f.flush()
    open(marker, "w").close()
fcntl.lockf(f, fcntl.LOCK_UN)
sys.stdin.readline()
)";

bool startHolder(QProcess& holder, const QString& path, const QString& marker, bool rewrite)
{
    holder.start(u"python3"_s, { u"-c"_s, QString::fromUtf8(holderScript), path, marker, rewrite ? u"1"_s : u"0"_s });
    if (!holder.waitForStarted()) {
        return false;
    }
    while (!holder.canReadLine()) {
        if (!holder.waitForReadyRead(10000)) {
            return false;
        }
    }
    return holder.readLine() == "locked\n";
}

// Written at once: the test may block on a read next, with no event loop to flush it.
bool tellHolder(QProcess& holder)
{
    return holder.write("\n") == 1 && holder.waitForBytesWritten(5000);
}

void stopHolder(QProcess& holder)
{
    holder.closeWriteChannel();
    if (!holder.waitForFinished(5000)) {
        holder.kill();
        holder.waitForFinished();
    }
}
} // namespace

class TestKvpPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathsAreTheDaemons()
    {
        QCOMPARE(KvpPool::defaultDirectory(), u"/var/lib/hyperv"_s);
        QCOMPARE(KvpPool::path(u"/var/lib/hyperv"_s, 1), u"/var/lib/hyperv/.kvp_pool_1"_s);
    }

    void fieldsEndAtTheirFirstNul()
    {
        // As go-hvkvp's capture from a real guest: old bytes after "Hostname\0" and "centos-vm\0".
        QByteArray record = rawRecord("Hostname", "centos-vm", '\xaa');
        record.replace(20, 8, "\x10\x32\x7f\x55\x00\x00\xff\x01", 8);
        const KvpPool::Contents contents = KvpPool::parse(record);
        QCOMPARE(contents.records.size(), 1);
        QCOMPARE(contents.records[0].key, "Hostname");
        QCOMPARE(contents.records[0].value, "centos-vm");
        QVERIFY(contents.records[0].keyTerminated && contents.records[0].valueTerminated);
        QCOMPARE(contents.trailingBytes, 0);
        QVERIFY(contents.error.isEmpty());
    }

    void unterminatedFieldsAreKeptWhole()
    {
        const QByteArray bytes = QByteArray(KvpPool::keyFieldSize, 'K') + QByteArray(KvpPool::valueFieldSize, 'v')
            + rawRecord("next", "one");
        const KvpPool::Contents contents = KvpPool::parse(bytes);
        QCOMPARE(contents.records.size(), 2);
        QCOMPARE(contents.records[0].key, QByteArray(KvpPool::keyFieldSize, 'K'));
        QCOMPARE(contents.records[0].value, QByteArray(KvpPool::valueFieldSize, 'v'));
        QVERIFY(!contents.records[0].keyTerminated);
        QVERIFY(!contents.records[0].valueTerminated);
        QCOMPARE(contents.records[1].key, "next"); // the neighbour is not swallowed
        QVERIFY(contents.records[1].keyTerminated);
        QCOMPARE(KvpPool::serialize(contents.records), bytes);
    }

    void partialTrailingRecordIsNotARecord()
    {
        const QByteArray bytes = rawRecord("a", "1") + rawRecord("b", "2") + QByteArray(100, 'X');
        const KvpPool::Contents contents = KvpPool::parse(bytes);
        QCOMPARE(contents.records.size(), 2);
        QCOMPARE(contents.trailingBytes, 100);
        QCOMPARE(KvpPool::parse(QByteArray(2559, 'X')).records.size(), 0);
        QCOMPARE(KvpPool::parse(QByteArray(2559, 'X')).trailingBytes, 2559);
        QCOMPARE(KvpPool::parse({}).records.size(), 0);
    }

    void allZeroRecordsAreEmptyRecords()
    {
        const KvpPool::Contents contents = KvpPool::parse(QByteArray(3 * KvpPool::recordSize, '\0'));
        QCOMPARE(contents.records.size(), 3);
        for (const KvpRecord& record : contents.records) {
            QVERIFY(record.key.isEmpty() && record.value.isEmpty());
            QVERIFY(record.keyTerminated && record.valueTerminated);
        }
    }

    void textIsEscapedBytesAreKept()
    {
        const QByteArray key = "Gr\xc3\xbc\xc3\x9f\x65"; // "Grüße"
        const QByteArray value = "a\xff"
                                 "b\x1b[2J\\x41 \xe2\x82 \xed\xa0\x80\n\xf0\x9f\x98\x80";
        const KvpRecord record = KvpPool::parse(rawRecord(key, value)).records.value(0);
        QCOMPARE(record.key, key);
        QCOMPARE(record.value, value); // raw bytes, untouched
        QCOMPARE(record.keyText(), u"Grüße"_s);
        // Invalid bytes (a stray 0xff, a cut sequence, an encoded surrogate) shown one by one, controls escaped, a
        // literal backslash doubled so that it cannot pass for an escape.
        QCOMPARE(record.valueText(), u"a\\xffb\\x1b[2J\\\\x41 \\xe2\\x82 \\xed\\xa0\\x80\\n\U0001F600"_s);
    }

    void tenThousandRecordsRoundTrip()
    {
        QList<KvpRecord> records;
        for (int i = 0; i < 10000; ++i) {
            records.append({ "key" + QByteArray::number(i), QByteArray::number(i).repeated(i % 50), true, true });
        }
        const QByteArray bytes = KvpPool::serialize(records);
        QCOMPARE(bytes.size(), qsizetype(10000) * KvpPool::recordSize);
        QCOMPARE(KvpPool::parse(bytes).records, records);

        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 0);
        QVERIFY(writeFile(path, bytes));
        const KvpPool::Contents contents = KvpPool::read(path);
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(contents.records, records);
        const QList<RawRecord> raw = independentRead(path);
        QCOMPARE(raw.size(), 10000);
        QCOMPARE(raw[9999].key, "key9999");
        QCOMPARE(raw[9999].value, QByteArray::number(9999).repeated(9999 % 50));
    }

    void setAppendsThenReplacesInPlace()
    {
        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 1);
        // Garbage after each NUL as the daemon leaves it; "Mode" is in the middle.
        QVERIFY(writeFile(path,
            rawRecord("First", "1", '\x5a') + rawRecord("Mode", "a long old value", '\x5a')
                + rawRecord("Last", "3", '\x5a')));
        QCOMPARE(KvpPool::set(path, "Mode", "new"), QString());
        QCOMPARE(KvpPool::set(path, "mode", "other case"), QString()); // a different key, as for the daemon
        QCOMPARE(KvpPool::set(path, "Added", "\xc3\xa9t\xc3\xa9"), QString());

        const QList<RawRecord> raw = independentRead(path);
        QCOMPARE(keysOf(raw), (QList<QByteArray> { "First", "Mode", "Last", "mode", "Added" }));
        QCOMPARE(raw[1].value, "new");
        QCOMPARE(raw[3].value, "other case");
        QCOMPARE(raw[4].value, "\xc3\xa9t\xc3\xa9");
        QCOMPARE(readFile(path).size(), 5 * KvpPool::recordSize);
        // Zeros after the new NUL: nothing of "a long old value" or of the old garbage is left.
        QCOMPARE(raw[1].record, rawRecord("Mode", "new"));
        QCOMPARE(raw[0].record, rawRecord("First", "1"));

        const KvpPool::Contents contents = KvpPool::read(path);
        QCOMPARE(contents.records.size(), 5);
        QCOMPARE(contents.records[1].value, "new");
    }

    void setCreatesAMissingFile()
    {
        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 1);
        QCOMPARE(KvpPool::read(path).records.size(), 0);
        QVERIFY(!KvpPool::read(path).error.isEmpty());
        QCOMPARE(KvpPool::set(path, "k", "v"), QString());
        QCOMPARE(keysOf(independentRead(path)), QList<QByteArray> { "k" });
        QCOMPARE(QFileInfo(path).permissions() & QFileDevice::WriteOther, 0);
    }

    void removeShiftsLaterRecordsUp()
    {
        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 1);
        QVERIFY(writeFile(path, rawRecord("a", "1") + rawRecord("b", "2") + rawRecord("c", "3") + rawRecord("d", "4")));
        bool found = false;
        QCOMPARE(KvpPool::remove(path, "b", &found), QString());
        QVERIFY(found);
        QCOMPARE(keysOf(independentRead(path)), (QList<QByteArray> { "a", "c", "d" }));
        QCOMPARE(independentRead(path)[1].value, "3");
        QCOMPARE(KvpPool::remove(path, "B", &found), QString()); // case-sensitive
        QVERIFY(!found);
        QCOMPARE(KvpPool::remove(path, "a", &found), QString());
        QVERIFY(found);
        QCOMPARE(keysOf(independentRead(path)), (QList<QByteArray> { "c", "d" }));
        QVERIFY(!KvpPool::remove(KvpPool::path(dir.path(), 3), "a", &found).isEmpty()); // no such file
        QVERIFY(!found);
    }

    void limits()
    {
        QCOMPARE(KvpPool::checkLimits(QByteArray(254, 'k'), QByteArray(1022, 'v')), QString());
        QVERIFY(!KvpPool::checkLimits(QByteArray(255, 'k'), "v").isEmpty());
        QVERIFY(!KvpPool::checkLimits("k", QByteArray(1023, 'v')).isEmpty());
        // UTF-8 bytes, not characters: 127 × "é" is 254 bytes, 128 × is 256.
        QCOMPARE(KvpPool::checkLimits(QByteArray("\xc3\xa9").repeated(127), "v"), QString());
        QVERIFY(!KvpPool::checkLimits(QByteArray("\xc3\xa9").repeated(128), "v").isEmpty());
        QVERIFY(!KvpPool::checkLimits("k", "\xff").isEmpty()); // the host's conversion would fail
        QVERIFY(!KvpPool::checkLimits("\xc3", "v").isEmpty());
        // Without the host's limits, the fields' own: room for the NUL.
        QCOMPARE(KvpPool::checkLimits(QByteArray(511, 'k'), QByteArray(2047, 'v'), false), QString());
        QCOMPARE(KvpPool::checkLimits("\xff", "\xfe", false), QString());
        QVERIFY(!KvpPool::checkLimits(QByteArray(512, 'k'), "v", false).isEmpty());
        QVERIFY(!KvpPool::checkLimits("k", QByteArray(2048, 'v'), false).isEmpty());
        for (bool host : { true, false }) {
            QVERIFY(!KvpPool::checkLimits({}, "v", host).isEmpty());
            QVERIFY(!KvpPool::checkLimits(QByteArray("a\0b", 3), "v", host).isEmpty());
            QVERIFY(!KvpPool::checkLimits("k", QByteArray("a\0b", 3), host).isEmpty());
        }

        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 1);
        QVERIFY(!KvpPool::set(path, QByteArray(255, 'k'), "v").isEmpty());
        QVERIFY(!QFileInfo::exists(path)); // refused before touching anything
        QCOMPARE(KvpPool::set(path, QByteArray(511, 'k'), QByteArray(2047, 'v'), false), QString());
        const QList<RawRecord> raw = independentRead(path);
        QCOMPARE(raw.size(), 1);
        QCOMPARE(raw[0].key, QByteArray(511, 'k'));
        QCOMPARE(raw[0].value, QByteArray(2047, 'v'));
    }

    void readWaitsForTheDaemonsLock()
    {
        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 0);
        const QString marker = dir.filePath(u"released"_s);
        QVERIFY(writeFile(path, rawRecord("before", "x")));
        QProcess holder;
        QVERIFY(startHolder(holder, path, marker, true));
        // The holder has truncated the file and written one and a half records: a reader without the lock would
        // see a partial record.
        QCOMPARE(QFileInfo(path).size(), 3840);

        QFuture<std::pair<KvpPool::Contents, bool>> reading = QtConcurrent::run([&] {
            KvpPool::Contents contents = KvpPool::read(path, 30000);
            return std::pair { contents, QFileInfo::exists(marker) };
        });
        QTest::qWait(300);
        QVERIFY(!reading.isFinished()); // the holder cannot release before it gets its line
        QVERIFY(tellHolder(holder));
        reading.waitForFinished();
        const auto [contents, released] = reading.result();
        QVERIFY(released); // it returned after the holder had finished writing
        QVERIFY2(contents.error.isEmpty(), qPrintable(contents.error));
        QCOMPARE(contents.trailingBytes, 0);
        QCOMPARE(contents.records.size(), 3);
        QCOMPARE(contents.records[2].key, "after2");
        QCOMPARE(contents.records[2].value, "value 2");
        stopHolder(holder);
    }

    void lockHeldTooLongIsAnError()
    {
        QTemporaryDir dir;
        const QString path = KvpPool::path(dir.path(), 0);
        QVERIFY(writeFile(path, rawRecord("k", "v")));
        QProcess holder;
        QVERIFY(startHolder(holder, path, {}, false));
        const KvpPool::Contents contents = KvpPool::read(path, 300);
        QVERIFY(contents.records.isEmpty());
        QVERIFY2(contents.error.contains(u"locked"_s), qPrintable(contents.error));
        const QString error = KvpPool::set(path, "k", "new", true, 300);
        QVERIFY2(error.contains(u"locked"_s), qPrintable(error));
        QVERIFY(tellHolder(holder)); // released now
        QTRY_COMPARE(KvpPool::set(path, "k", "new", true, 300), QString());
        QCOMPARE(independentRead(path).value(0).value, "new");
        stopHolder(holder);
    }

    void watcherReportsChanges()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(KvpPool::path(dir.path(), 0), rawRecord("VirtualMachineName", "vm1")));
        QVERIFY(writeFile(KvpPool::path(dir.path(), 1), {}));
        KvpPoolWatcher watcher;
        QSignalSpy changed(&watcher, &KvpPoolWatcher::poolChanged);
        const auto last = [&](int pool) {
            for (qsizetype i = changed.size() - 1; i >= 0; --i) {
                if (changed.at(i).at(0).toInt() == pool) {
                    return changed.at(i).at(1).value<KvpPool::Contents>();
                }
            }
            return KvpPool::Contents { {}, -1, u"not reported"_s };
        };
        watcher.setDirectory(dir.path());
        QTRY_COMPARE(changed.size(), KvpPool::poolCount);
        QCOMPARE(last(0).records.value(0).value, "vm1");
        QVERIFY(last(1).error.isEmpty());
        QVERIFY(!last(2).error.isEmpty()); // no such file yet

        QCOMPARE(KvpPool::set(KvpPool::path(dir.path(), 1), "Guest", "1"), QString());
        QTRY_COMPARE(last(1).records.value(0).key, "Guest");

        // The daemon creates a pool at start; later rewrites of it are seen too.
        QCOMPARE(KvpPool::set(KvpPool::path(dir.path(), 2), "Auto", "1"), QString());
        QTRY_COMPARE(last(2).records.value(0).key, "Auto");
        QCOMPARE(KvpPool::set(KvpPool::path(dir.path(), 2), "Auto", "2"), QString());
        QTRY_COMPARE(last(2).records.value(0).value, "2");

        // Deleted and recreated: watched again.
        QVERIFY(QFile::remove(KvpPool::path(dir.path(), 0)));
        QTRY_VERIFY(!last(0).error.isEmpty());
        QVERIFY(writeFile(KvpPool::path(dir.path(), 0), rawRecord("VirtualMachineName", "vm2")));
        QTRY_COMPARE(last(0).records.value(0).value, "vm2");
        QCOMPARE(KvpPool::set(KvpPool::path(dir.path(), 0), "VirtualMachineName", "vm3"), QString());
        QTRY_COMPARE(last(0).records.value(0).value, "vm3");
    }

    void watcherNeverWaitsForTheLock()
    {
        QTemporaryDir dir;
        for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
            QVERIFY(writeFile(KvpPool::path(dir.path(), pool), rawRecord("pool", QByteArray::number(pool))));
        }
        QProcess holder;
        QVERIFY(startHolder(holder, KvpPool::path(dir.path(), 3), {}, false));
        KvpPoolWatcher watcher;
        QSignalSpy changed(&watcher, &KvpPoolWatcher::poolChanged);
        watcher.setDirectory(dir.path());
        // The four others arrive through the event loop while pool 3 is still locked.
        QTRY_COMPARE(changed.size(), 4);
        for (const QList<QVariant>& arguments : changed) {
            QVERIFY(arguments.at(0).toInt() != 3);
        }
        QVERIFY(tellHolder(holder));
        QTRY_COMPARE(changed.size(), 5);
        QCOMPARE(changed.at(4).at(0).toInt(), 3);
        QCOMPARE(changed.at(4).at(1).value<KvpPool::Contents>().records.value(0).value, "3");
        stopHolder(holder);

        watcher.reload(); // reported again, changed or not
        QTRY_COMPARE(changed.size(), 10);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestKvpPool)
#include "tst_kvppool.moc"
