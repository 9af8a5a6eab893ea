// SPDX-License-Identifier: GPL-3.0-or-later
// Guest operations against the simulator harness, whose guests are sandboxes with real processes:
// every GuestOperations call, paging of a directory larger than a page, a 64 MiB upload and
// download that come back byte-identical while this process's memory stays flat, `run` with its
// output and exit code (and no temporary files left), each fault in words, and vmdeskctl guest.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "export/exportqueue.h"
#include "guestops/guestcommand.h"
#include "guestops/guestfiletransfer.h"
#include "guestops/guesttransferjob.h"
#include "support/simulatorinstance.h"
#include "support/testmain.h"
#include "support/toolrun.h"
#include "vsphere/guestoperations.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString user = u"vmdesk-guest"_s;
const QString password = u"guest-ops-password"_s;
const QString vmName = u"DC0_C0_RP0_VM1"_s;
const QString toolsOff = u"DC0_C0_RP0_VM2"_s;

template <typename T> T resultOf(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000)) {
        throw VimError(VimError::Kind::Timeout, u"test timed out"_s);
    }
    if constexpr (std::is_void_v<T>) {
        future.waitForFinished();
    } else {
        return future.result();
    }
}

template <typename T> std::optional<VimError> failureOf(QFuture<T> future)
{
    try {
        resultOf(future);
    } catch (const VimError& error) {
        return error;
    }
    return std::nullopt;
}

// The most memory this process has had resident, from the kernel.
qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? hash.result().toHex() : QByteArray();
}

QStringList names(const QList<GuestFileInfo>& files)
{
    QStringList all;
    for (const GuestFileInfo& file : files) {
        all.append(file.path);
    }
    return all;
}
} // namespace

class TestGuestOperations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SimulatorInstance> m_simulator;
    VSphereSession m_session;
    std::unique_ptr<GuestOperations> m_ops;
    ManagedObjectRef m_vm;
    GuestCredentials m_credentials { user, password };

    ManagedObjectRef vmNamed(const QString& name)
    {
        const VmSummaryList vms = resultOf(m_session.virtualMachinesNamed({ name }));
        return vms.isEmpty() ? ManagedObjectRef() : vms.first().ref;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("VMDESK_GUESTOPS_TEST_PASSWORD", password.toUtf8());
        m_simulator = std::make_unique<SimulatorInstance>(QStringList { u"--vms"_s, u"4"_s, u"--user"_s, user,
            u"--password-env"_s, u"VMDESK_GUESTOPS_TEST_PASSWORD"_s, u"--guest-root"_s, m_dir.filePath(u"guests"_s),
            u"--guest-tools-off"_s, toolsOff });
        QVERIFY2(m_simulator->isReady(), qPrintable(m_simulator->log()));
        QVERIFY(!failureOf(m_session.login({ m_simulator->sdkUrl(), user, {} }, password)));
        m_ops = std::make_unique<GuestOperations>(&m_session);
        m_vm = vmNamed(vmName);
        QVERIFY(!m_vm.isNull());
    }

    void credentialsAreCheckedByTheGuest()
    {
        QVERIFY(!failureOf(m_ops->validateCredentials(m_vm, m_credentials)));
        const auto wrong = failureOf(m_ops->validateCredentials(m_vm, { user, u"nope"_s }));
        QVERIFY(wrong);
        QCOMPARE(wrong->message(), u"The guest refused the user name or password."_s);
        QVERIFY(wrong->details().contains(u"InvalidGuestLogin"_s));
        const auto unavailable = failureOf(m_ops->listFiles(vmNamed(toolsOff), m_credentials, u"/"_s));
        QVERIFY(unavailable);
        QVERIFY2(unavailable->message().contains(u"VMware Tools running"_s), qPrintable(unavailable->message()));
    }

    void filesAreMadeMovedChangedAndDeleted()
    {
        QVERIFY(!failureOf(m_ops->makeDirectory(m_vm, m_credentials, u"/root/a/b"_s, true)));
        const auto exists = failureOf(m_ops->makeDirectory(m_vm, m_credentials, u"/root/a"_s, false));
        QVERIFY(exists);
        QCOMPARE(exists->message(), u"/root/a already exists in the guest."_s);
        QVERIFY(!failureOf(m_ops->moveDirectory(m_vm, m_credentials, u"/root/a/b"_s, u"/root/a/c"_s)));
        QCOMPARE(names(resultOf(m_ops->listAllFiles(m_vm, m_credentials, u"/root/a"_s))),
            QStringList({ u"."_s, u".."_s, u"c"_s }));

        const QString file
            = resultOf(m_ops->createTemporaryFile(m_vm, m_credentials, u"t-"_s, u".txt"_s, u"/root/a"_s));
        QVERIFY2(file.startsWith(u"/root/a/t-"_s) && file.endsWith(u".txt"_s), qPrintable(file));
        QVERIFY(!failureOf(m_ops->moveFile(m_vm, m_credentials, file, u"/root/a/renamed.txt"_s, false)));
        GuestFileAttributes mode;
        mode.permissions = 0600;
        mode.modified = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        QVERIFY(!failureOf(m_ops->changeAttributes(m_vm, m_credentials, u"/root/a/renamed.txt"_s, mode)));
        const GuestFileListing one = resultOf(m_ops->listFiles(m_vm, m_credentials, u"/root/a/renamed.txt"_s));
        QCOMPARE(one.files.size(), 1);
        QCOMPARE(one.files.first().type, u"file"_s);
        QCOMPARE(one.files.first().permissions.value_or(-1), 0600);
        QCOMPARE(one.files.first().modified, *mode.modified);

        const QString folder = resultOf(m_ops->createTemporaryDirectory(m_vm, m_credentials, u"d-"_s, {}));
        QVERIFY2(folder.startsWith(u"/tmp/d-"_s), qPrintable(folder));
        QVERIFY(!failureOf(m_ops->deleteDirectory(m_vm, m_credentials, folder, false)));

        const auto notEmpty = failureOf(m_ops->deleteDirectory(m_vm, m_credentials, u"/root/a"_s, false));
        QVERIFY(notEmpty);
        QCOMPARE(notEmpty->message(), u"/root/a is not empty."_s);
        QVERIFY(!failureOf(m_ops->deleteFile(m_vm, m_credentials, u"/root/a/renamed.txt"_s)));
        QVERIFY(!failureOf(m_ops->deleteDirectory(m_vm, m_credentials, u"/root/a"_s, true)));
        const auto gone = failureOf(m_ops->listFiles(m_vm, m_credentials, u"/root/a"_s));
        QVERIFY(gone);
        QCOMPARE(gone->message(), u"/root/a does not exist in the guest."_s);
        const auto outside = failureOf(m_ops->listFiles(m_vm, m_credentials, u"/root/../../.."_s + m_dir.path()));
        QVERIFY(outside); // the sandbox holds
    }

    void aLargeDirectoryComesInPages()
    {
        const GuestCommandResult made
            = resultOf(GuestCommand(m_ops.get())
                           .run(m_vm, m_credentials,
                               { u"/bin/sh"_s, u"-c"_s,
                                   u"mkdir -p /tmp/many && for i in $(seq 1 120); do : > /tmp/many/f$i; done"_s }));
        QCOMPARE(made.exitCode, 0);
        const GuestFileListing first = resultOf(m_ops->listFiles(m_vm, m_credentials, u"/tmp/many"_s, 0, 50));
        QCOMPARE(first.files.size(), 50);
        QCOMPARE(first.remaining, 72); // 120 files, "." and ".."
        const GuestFileListing last = resultOf(m_ops->listFiles(m_vm, m_credentials, u"/tmp/many"_s, 100, 50));
        QCOMPARE(last.files.size(), 22);
        QCOMPARE(last.remaining, 0);
        const QStringList all = names(resultOf(m_ops->listAllFiles(m_vm, m_credentials, u"/tmp/many"_s)));
        QCOMPARE(all.size(), 122);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 122);
        QCOMPARE(
            resultOf(m_ops->listFiles(m_vm, m_credentials, u"/tmp/many"_s, 0, 0, u"^f1[0-9]$"_s)).files.size(), 10);
    }

    void sixtyFourMebibytesGoUpAndComeBackIdenticalWithFlatMemory()
    {
        const QString source = m_dir.filePath(u"upload.bin"_s);
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1024 * 1024, Qt::Uninitialized);
            for (int mib = 0; mib < 64; ++mib) {
                QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
                QCOMPARE(file.write(block), block.size());
            }
        }
        const qint64 before = peakResidentKiB();
        GuestFileTransfer up(
            m_ops.get(), m_vm, m_credentials, GuestFileTransfer::Direction::Upload, source, u"/root/big.bin"_s, true);
        QSignalSpy uploaded(&up, &GuestFileTransfer::finished);
        QSignalSpy upFailed(&up, &GuestFileTransfer::failed);
        QSignalSpy upProgress(&up, &GuestFileTransfer::progress);
        up.start();
        QVERIFY(QTest::qWaitFor([&] { return !uploaded.isEmpty() || !upFailed.isEmpty(); }, 120000));
        QVERIFY2(upFailed.isEmpty(), qPrintable(upFailed.value(0).value(0).toString()));
        QCOMPARE(up.bytesDone(), 64 * 1024 * 1024);
        QVERIFY(!upProgress.isEmpty());
        qWarning() << "peak RSS growth after the upload" << peakResidentKiB() - before << "KiB";

        const QString target = m_dir.filePath(u"download.bin"_s);
        GuestFileTransfer down(
            m_ops.get(), m_vm, m_credentials, GuestFileTransfer::Direction::Download, target, u"/root/big.bin"_s, true);
        QSignalSpy downloaded(&down, &GuestFileTransfer::finished);
        QSignalSpy downFailed(&down, &GuestFileTransfer::failed);
        down.start();
        QVERIFY(QTest::qWaitFor([&] { return !downloaded.isEmpty() || !downFailed.isEmpty(); }, 120000));
        QVERIFY2(downFailed.isEmpty(), qPrintable(downFailed.value(0).value(0).toString()));
        QVERIFY(!QFile::exists(target + u".part"_s));
        QCOMPARE(sha256Of(target), sha256Of(source));
        // Bounded, not proportional: the download holds at most 8 MiB queued for the disk and 4 MiB in
        // the socket's buffer (each thread's malloc arena keeps what it touched); a file held whole in
        // memory would add its 64 MiB.
        const qint64 grown = peakResidentKiB() - before;
        qWarning() << "peak RSS growth after the download" << grown << "KiB";
        QVERIFY2(grown < 40 * 1024, qPrintable(u"peak RSS grew by %1 KiB for 64 MiB each way"_s.arg(grown)));

        // Without overwrite an existing file is refused at once.
        GuestFileTransfer again(
            m_ops.get(), m_vm, m_credentials, GuestFileTransfer::Direction::Upload, source, u"/root/big.bin"_s, false);
        QSignalSpy refused(&again, &GuestFileTransfer::failed);
        again.start();
        QVERIFY(refused.wait(20000));
        QCOMPARE(refused.first().first().toString(), u"/root/big.bin already exists in the guest."_s);
        QVERIFY(!failureOf(m_ops->deleteFile(m_vm, m_credentials, u"/root/big.bin"_s)));
    }

    void processesStartListEndAndAreKilled()
    {
        GuestProgramSpec sleeper;
        sleeper.program = u"/bin/sleep"_s;
        sleeper.arguments = u"30"_s;
        const qint64 pid = resultOf(m_ops->startProgram(m_vm, m_credentials, sleeper));
        QVERIFY(pid > 0);
        QList<GuestProcessInfo> listed = resultOf(m_ops->listProcesses(m_vm, m_credentials, { pid }));
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed.first().hasEnded());
        QVERIFY(listed.first().started.isValid());
        QVERIFY(!failureOf(m_ops->terminateProcess(m_vm, m_credentials, pid)));
        QVERIFY(QTest::qWaitFor(
            [&] {
                listed = resultOf(m_ops->listProcesses(m_vm, m_credentials, { pid }));
                return listed.size() == 1 && listed.first().hasEnded();
            },
            10000));
        QCOMPARE(listed.first().exitCode.value_or(0), 143); // SIGTERM
        const auto missing = failureOf(m_ops->terminateProcess(m_vm, m_credentials, 999999));
        QVERIFY(missing);
        QCOMPARE(missing->message(), u"There is no process 999999 in the guest."_s);
        const auto noProgram
            = failureOf(m_ops->startProgram(m_vm, m_credentials, { u"/no/such/program"_s, {}, {}, {} }));
        QVERIFY(noProgram);
        QVERIFY2(noProgram->message().contains(u"/no/such/program"_s), qPrintable(noProgram->message()));
    }

    void aCommandRunsWithItsOutputAndExitCode()
    {
        const GuestCommandResult result = resultOf(
            GuestCommand(m_ops.get())
                .run(m_vm, m_credentials, { u"/bin/sh"_s, u"-c"_s, u"echo out; echo \"it's err\" >&2; exit 3"_s }));
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.output, QByteArray("out\n"));
        QCOMPARE(result.errors, QByteArray("it's err\n"));
        const QStringList left = names(resultOf(m_ops->listAllFiles(m_vm, m_credentials, u"/tmp"_s)));
        QVERIFY2(left.filter(u"vmdesk-"_s).isEmpty(), qPrintable(left.join(u' ')));

        const QStringList environment = resultOf(m_ops->readEnvironment(m_vm, m_credentials, { u"HOSTNAME"_s }));
        QCOMPARE(environment, QStringList { u"HOSTNAME="_s + vmName });
    }

    void theCliDoesWhatGovcGuestDoes()
    {
        const QString ctl = QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s;
        const QStringList login { u"--url"_s, m_simulator->sdkUrl().toString(), u"--user"_s, user, u"--password-env"_s,
            u"VMDESK_GUESTOPS_TEST_PASSWORD"_s, u"--vm"_s, vmName, u"--guest-user"_s, user, u"--guest-password-env"_s,
            u"VMDESK_GUESTOPS_TEST_PASSWORD"_s };
        const auto guest = [&](const QStringList& arguments) {
            return runTool(ctl, QStringList { u"guest"_s, arguments.first() } + login + arguments.mid(1));
        };
        const QString local = m_dir.filePath(u"cli.txt"_s);
        QFile file(local);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello from the cli\n");
        file.close();
        QCOMPARE(guest({ u"mkdir"_s, u"-p"_s, u"/root/cli/x"_s }).exitCode, 0);
        QCOMPARE(guest({ u"mkdir"_s, u"-p"_s, u"/root/cli/d/-old"_s }).exitCode, 0); // "-old" sorts before "."
        const ToolRun moved = guest({ u"mv"_s, u"/root/cli/d"_s, u"/root/cli/e"_s });
        QVERIFY2(moved.exitCode == 0, moved.all().constData());
        const ToolRun upload = guest({ u"upload"_s, local, u"/root/cli/x/hello.txt"_s });
        QVERIFY2(upload.exitCode == 0, upload.all().constData());
        const ToolRun ls = guest({ u"ls"_s, u"/root/cli/x"_s });
        QVERIFY2(ls.output.contains(" hello.txt\n") && ls.output.contains("19 "), ls.output.constData());
        QCOMPARE(guest({ u"mv"_s, u"/root/cli/x/hello.txt"_s, u"/root/cli/hello.txt"_s }).exitCode, 0);
        const ToolRun run = guest({ u"run"_s, u"--"_s, u"/bin/cat"_s, u"/root/cli/hello.txt"_s });
        QVERIFY2(run.exitCode == 0, run.all().constData());
        QCOMPARE(run.output, QByteArray("hello from the cli\n"));
        QCOMPARE(guest({ u"run"_s, u"--"_s, u"/bin/sh"_s, u"-c"_s, u"exit 7"_s }).exitCode, 7);
        const QString back = m_dir.filePath(u"back.txt"_s);
        QCOMPARE(guest({ u"download"_s, u"/root/cli/hello.txt"_s, back }).exitCode, 0);
        QCOMPARE(sha256Of(back), sha256Of(local));
        QCOMPARE(guest({ u"download"_s, u"/root/cli/hello.txt"_s, back }).exitCode, 1); // exists, no --overwrite
        const ToolRun started = guest({ u"start"_s, u"--"_s, u"/bin/sleep"_s, u"20"_s });
        QCOMPARE(started.exitCode, 0);
        const QString pid = QString::fromUtf8(started.output).trimmed();
        QVERIFY(guest({ u"ps"_s, u"--pid"_s, pid }).output.contains("running"));
        QCOMPARE(guest({ u"kill"_s, pid }).exitCode, 0);
        QCOMPARE(guest({ u"getenv"_s, u"HOSTNAME"_s }).output, (u"HOSTNAME="_s + vmName + u'\n').toUtf8());
        QCOMPARE(guest({ u"rm"_s, u"/root/cli/hello.txt"_s }).exitCode, 0);
        const ToolRun missing = guest({ u"rm"_s, u"/root/cli/hello.txt"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.errors.contains("/root/cli/hello.txt does not exist in the guest."));
        QCOMPARE(guest({ u"rmdir"_s, u"-r"_s, u"/root/cli"_s }).exitCode, 0);
        QCOMPARE(guest({ u"bogus"_s }).exitCode, 2);
    }

    void windowsCommandLinesKeepEveryArgumentIntact()
    {
        // The C runtime's quoting, then cmd.exe's ^ escapes (no Windows guest to run them here).
        QCOMPARE(GuestCommand::windowsQuoted(u"C:\\my dir\\"_s), u"\"C:\\my dir\\\\\""_s);
        QCOMPARE(GuestCommand::windowsQuoted(u"say \"hi\""_s), u"\"say \\\"hi\\\"\""_s);
        QCOMPARE(GuestCommand::windowsCommandLine({ u"echo"_s, u"a&b"_s, u"%PATH%"_s }),
            u"^\"echo^\" ^\"a^&b^\" ^\"^%PATH^%^\""_s);
    }

    void transferUrlsPointAtTheServerAndKeepTheirQuery()
    {
        const QUrl fixed = m_ops->transferUrl(u"http://*/guestFile?id=abc"_s);
        QCOMPARE(fixed.host(), m_simulator->sdkUrl().host());
        QCOMPARE(fixed.port(), m_simulator->sdkUrl().port());
        QCOMPARE(fixed.query(), u"id=abc"_s);
        QCOMPARE(m_ops->transferUrl(u"https://esx1.example.com/guestFile?id=1"_s).host(), u"esx1.example.com"_s);
    }

    void aGuestTransferInTheQueueIsNeverSaved()
    {
        const QString store = m_dir.filePath(u"queue.json"_s);
        ExportQueue queue(&m_session, store);
        queue.setGuestJobFactory(GuestTransferJob::factory(&m_session));
        GuestTransferSpec spec { m_vm, vmName, m_credentials, true, m_dir.filePath(u"upload.txt"_s), u"/root/q.txt"_s,
            true };
        QFile local(spec.localPath);
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write("queued\n");
        local.close();
        ExportJobRecord::Kind announced = ExportJobRecord::Kind::Export;
        connect(&queue, &ExportQueue::jobAdded, this, [&](quint64 id) { announced = queue.job(id)->kind; });
        QSignalSpy finished(&queue, &ExportQueue::jobFinished);
        const quint64 id = queue.add(spec);
        QCOMPARE(announced, ExportJobRecord::Kind::GuestTransfer); // whole when announced
        QFile saved(store);
        QVERIFY(!saved.open(QIODevice::ReadOnly) || !saved.readAll().contains(password.toUtf8()));
        QVERIFY(finished.wait(30000));
        QCOMPARE(queue.job(id)->state, ExportJobRecord::State::Completed);
        QVERIFY(queue.job(id)->guest.credentials.password.isEmpty()); // dropped once done
        QFile again(store);
        QVERIFY(!again.open(QIODevice::ReadOnly) || !again.readAll().contains(password.toUtf8()));
        QCOMPARE(
            names(resultOf(m_ops->listFiles(m_vm, m_credentials, u"/root/q.txt"_s)).files), QStringList { u"q.txt"_s });

        // A download does not replace a local file unless told to.
        GuestFileTransfer down(m_ops.get(), m_vm, m_credentials, GuestFileTransfer::Direction::Download, spec.localPath,
            u"/root/q.txt"_s, false);
        QSignalSpy refused(&down, &GuestFileTransfer::failed);
        down.start();
        QVERIFY(!refused.isEmpty() || refused.wait(10000));
        QVERIFY(refused.first().first().toString().contains(u"exists already"_s));
    }

    void cleanupTestCase() { failureOf(m_session.logout()); }
};

VMDESK_TEST_GUILESS_MAIN(TestGuestOperations)
#include "tst_guestoperations.moc"
