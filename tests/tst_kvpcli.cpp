// SPDX-License-Identifier: GPL-3.0-or-later
// `vmdeskctl kvp` as a guest's scripts run it: the real binary on pool files written here from the
// kernel's record layout (struct kvp_record { char key[512]; char value[2048]; }), not by our code,
// and read back the same way after it writes.
#include <cstring>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/testmain.h"
#include "support/toolrun.h"

using namespace Qt::StringLiterals;

namespace {
struct kvp_record // as hv_kvp_daemon declares it
{
    char key[512];
    char value[2048];
};

// Records as the daemon leaves them: each field NUL-terminated, garbage after the NUL allowed.
QByteArray records(const QList<std::pair<QByteArray, QByteArray>>& items, const QByteArray& garbage = {})
{
    QByteArray file;
    for (const auto& [key, value] : items) {
        kvp_record record;
        std::memset(&record, 'G', sizeof record);
        std::memset(record.key, 0, sizeof record.key);
        std::memset(record.value, 0, sizeof record.value);
        std::memcpy(record.key, key.constData(), size_t(key.size()));
        std::memcpy(record.value, value.constData(), size_t(value.size()));
        if (!garbage.isEmpty()) { // the daemon's leftovers after a shorter value
            std::memcpy(record.value + value.size() + 1, garbage.constData(), size_t(garbage.size()));
        }
        file.append(reinterpret_cast<const char*>(&record), sizeof record);
    }
    return file;
}

QList<std::pair<QByteArray, QByteArray>> independentRead(const QString& path)
{
    QList<std::pair<QByteArray, QByteArray>> items;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return items;
    }
    const QByteArray bytes = file.readAll();
    for (qsizetype at = 0; at + qsizetype(sizeof(kvp_record)) <= bytes.size(); at += sizeof(kvp_record)) {
        kvp_record record;
        std::memcpy(&record, bytes.constData() + at, sizeof record);
        items.append({ QByteArray(record.key, int(strnlen(record.key, sizeof record.key))),
            QByteArray(record.value, int(strnlen(record.value, sizeof record.value))) });
    }
    return items;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

ToolRun kvp(const QString& directory, const QStringList& arguments)
{
    return runTool(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
        QStringList { u"kvp"_s } + arguments + QStringList { u"--pool-dir"_s, directory });
}
} // namespace

class TestKvpCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLikeHvkvpWithoutItsGarbage()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u".kvp_pool_0"_s),
            records({ { "Hostname", "centos-vm" }, { "IpAddress", "10.0.0.5" } }, "\x90\x7f\x01pointer")));
        const ToolRun all = kvp(dir.path(), {});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.output, QByteArray("Key: Hostname, Value: centos-vm\nKey: IpAddress, Value: 10.0.0.5\n"));

        const ToolRun one = kvp(dir.path(), { u"--key"_s, u"IpAddress"_s });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.output, QByteArray("10.0.0.5")); // no newline, as hvkvp prints it
        // The daemon matches keys exactly; so do we (hvkvp ignores case), and an absent key is exit 1.
        QCOMPARE(kvp(dir.path(), { u"--key"_s, u"ipaddress"_s }).exitCode, 1);
        QCOMPARE(kvp(dir.path(), { u"--key"_s, u"Missing"_s }).output, QByteArray());
    }

    void aValueWithPercentSignsIsPrintedAsItIs()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u".kvp_pool_0"_s), records({ { "Progress", "100%s done %d" } })));
        QCOMPARE(kvp(dir.path(), { u"--key"_s, u"Progress"_s }).output, QByteArray("100%s done %d"));
    }

    void exportLinesAreSafeForEval()
    {
        QTemporaryDir dir;
        const QByteArray hostile = "a\"b$(touch " + QFile::encodeName(dir.filePath(u"pwned"_s)) + ")'c`id`";
        QVERIFY(writeFile(dir.filePath(u".kvp_pool_0"_s),
            records({ { "Quote", hostile }, { "not a name;rm", "x" }, { "PLAIN", "ok" } })));
        const ToolRun exported = kvp(dir.path(), { u"--export"_s });
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.errors.contains("not a name;rm"), exported.errors.constData()); // skipped, said
        QVERIFY(!exported.output.contains("not a name"));
        // The shell reads back exactly the bytes, and runs nothing.
        const ToolRun shell = runTool(u"sh"_s,
            { u"-c"_s, u"eval \"$1\"; printf '%s|%s' \"$Quote\" \"$PLAIN\""_s, u"sh"_s,
                QString::fromUtf8(exported.output) });
        QCOMPARE(shell.exitCode, 0);
        QCOMPARE(shell.output, hostile + "|ok");
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
    }

    void aBrokenPoolIsReportedNotMisread()
    {
        QTemporaryDir dir;
        QCOMPARE(kvp(dir.path(), {}).exitCode, 3); // no pool file: hvkvp's exit code, message on stderr
        QByteArray partial = records({ { "Key1", "v1" } });
        partial.append(QByteArray(100, 'X'));
        QVERIFY(writeFile(dir.filePath(u".kvp_pool_0"_s), partial));
        const ToolRun run = kvp(dir.path(), {});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.output, QByteArray("Key: Key1, Value: v1\n")); // no junk record from the 100 bytes
        QVERIFY2(run.errors.contains("100"), run.errors.constData());

        QByteArray noNul(2560, 'K'); // a key field with no NUL: read, no crash
        QVERIFY(writeFile(dir.filePath(u".kvp_pool_2"_s), noNul));
        QCOMPARE(kvp(dir.path(), { u"--pool"_s, u"2"_s, u"--json"_s }).exitCode, 0);
        QCOMPARE(kvp(dir.path(), { u"--pool"_s, u"7"_s }).exitCode, 2);
    }

    void setAndDeleteWritePoolOneAsTheDaemonReadsIt()
    {
        QTemporaryDir dir;
        const QString pool1 = dir.filePath(u".kvp_pool_1"_s);
        QVERIFY(writeFile(pool1, records({ { "A", "a much longer first value" }, { "B", "b" }, { "C", "c" } })));
        QCOMPARE(kvp(dir.path(), { u"set"_s, u"A"_s, u"short"_s }).exitCode, 0);
        QCOMPARE(kvp(dir.path(), { u"set"_s, u"D"_s, u"d"_s }).exitCode, 0);
        using Items = QList<std::pair<QByteArray, QByteArray>>;
        QCOMPARE(independentRead(pool1), (Items { { "A", "short" }, { "B", "b" }, { "C", "c" }, { "D", "d" } }));
        QCOMPARE(kvp(dir.path(), { u"delete"_s, u"B"_s }).exitCode, 0);
        QCOMPARE(independentRead(pool1), (Items { { "A", "short" }, { "C", "c" }, { "D", "d" } })); // order kept
        QCOMPARE(kvp(dir.path(), { u"delete"_s, u"B"_s }).exitCode, 1);

        // Limits before writing: the host reads keys of 254 and values of 1022 bytes back whole.
        QCOMPARE(kvp(dir.path(), { u"set"_s, QString(254, u'k'), u"v"_s }).exitCode, 0);
        const ToolRun tooLong = kvp(dir.path(), { u"set"_s, QString(255, u'k'), u"v"_s });
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.errors.contains("254"), tooLong.errors.constData());
        QCOMPARE(kvp(dir.path(), { u"set"_s, u"big"_s, QString(1023, u'v') }).exitCode, 1);
        QCOMPARE(kvp(dir.path(), { u"set"_s, u"big"_s, QString(1023, u'v'), u"--no-host-limits"_s }).exitCode, 0);
        QCOMPARE(independentRead(pool1).size(), 5);

        // The host's pools are not for guests to write, unless asked.
        QCOMPARE(kvp(dir.path(), { u"set"_s, u"--pool"_s, u"0"_s, u"X"_s, u"y"_s }).exitCode, 2);
        QCOMPARE(kvp(dir.path(), { u"set"_s, u"--pool"_s, u"0"_s, u"--any-pool"_s, u"X"_s, u"y"_s }).exitCode, 0);
        QCOMPARE(independentRead(dir.filePath(u".kvp_pool_0"_s)), (Items { { "X", "y" } }));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestKvpCli)
#include "tst_kvpcli.moc"
