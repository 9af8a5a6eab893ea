// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the export queue's JSON file as ExportQueue reads it at start: the input is
// written where the queue keeps itself and a queue is made on it (with a session that is not
// connected, so nothing runs). Checks what the queue promises: an unreadable file is moved aside
// unchanged and the queue starts empty; a readable one gives jobs with distinct non-zero ids and a
// VM, none of them still "running"; a job added gets an id of its own; and what the queue then
// saves, read by a new queue, gives the same jobs again.
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <limits>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include "check.h"
#include "export/exportqueue.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
QTemporaryDir* directory = nullptr;
VSphereSession* session = nullptr;

// Qt 6.4's JSON parser drops one U+FEFF at the start of a string (tests/fuzz/known/README.md): a
// string read back may have lost it.
bool sameText(const QString& saved, const QString& read)
{
    return read == saved || (saved.startsWith(QChar(0xfeff)) && read == saved.sliced(1));
}

bool same(const ExportSpec& a, const ExportSpec& b)
{
    return sameText(a.vmName, b.vmName) && sameText(a.outputDir, b.outputDir) && a.ova == b.ova
        && a.parallelDisks == b.parallelDisks
        && a.removeCdrom == b.removeCdrom && a.removeSerialPorts == b.removeSerialPorts
        && a.removeFloppy == b.removeFloppy && a.shutdownGuest == b.shutdownGuest && a.priority == b.priority;
}

// ISO dates keep whole seconds.
bool sameTime(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.toSecsSinceEpoch() == b.toSecsSinceEpoch());
}

// What a saved job must look like when read again; the log keeps its last 20 lines.
bool sameAfterReload(const ExportJobRecord& before, const ExportJobRecord& after)
{
    const QStringList kept = before.log.mid(qMax(0, before.log.size() - 20));
    return before.id == after.id && same(before.spec, after.spec) && before.state == after.state
        && sameText(before.error, after.error) && before.attempts == after.attempts
        && sameTime(before.added, after.added) && sameTime(before.finished, after.finished)
        && before.bytesDone == after.bytesDone && before.bytesTotal == after.bytesTotal && after.log.size() == kept.size()
        && std::equal(kept.cbegin(), kept.cend(), after.log.cbegin(), sameText);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    static int argc = 1;
    static char name[] = "fuzz_exportqueue";
    static char* argv[] = { name, nullptr };
    new QCoreApplication(argc, argv);
    // The queue warns about every unreadable file; that is expected here, and slow.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString&) {
        if (type == QtFatalMsg) {
            abort();
        }
    });
    // In memory when possible: the queue saves through QSaveFile, which syncs to disk.
    directory = QDir(u"/dev/shm"_s).exists() ? new QTemporaryDir(u"/dev/shm/vmdesk-fuzz-XXXXXX"_s) : new QTemporaryDir;
    std::atexit([] { delete directory; }); // libFuzzer ends with exit()
    session = new VSphereSession;
    return directory->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString store = directory->filePath(u"queue.json"_s);
    const QString broken = store + u".broken"_s;
    QFile::remove(store);
    QFile::remove(broken);
    {
        QFile file(store);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(input) == input.size());
    }

    QList<ExportJobRecord> loaded;
    quint64 added = 0;
    {
        ExportQueue queue(session, store);
        if (!queue.loadError().isEmpty()) {
            FUZZ_CHECK(queue.ids().isEmpty() && !QFile::exists(store) && contents(broken) == input);
            return 0;
        }
        QSet<quint64> ids;
        for (const quint64 id : queue.ids()) {
            const ExportJobRecord* record = queue.job(id);
            FUZZ_CHECK(record && record->id == id && id != 0 && !ids.contains(id));
            FUZZ_CHECK(!record->spec.vmName.isEmpty() && record->spec.parallelDisks >= 1);
            FUZZ_CHECK(record->state != ExportJobRecord::State::Running && !record->phase.isEmpty());
            ids.insert(id);
            loaded.append(*record);
        }
        ExportSpec spec;
        spec.vmName = u"fuzz-vm"_s;
        spec.outputDir = directory->filePath(u"out"_s);
        added = queue.add(spec); // saves the queue
        FUZZ_CHECK(added != 0 && !ids.contains(added) && queue.ids().size() == loaded.size() + 1);
        loaded.append(*queue.job(added));
    }
    // load() takes ids up to 2^63 - 1, but refuses 2^63, the id add() gives after 2^63 - 1: that
    // job is gone after a restart (tests/fuzz/known/exportqueue-id-limit.json, in exportqueue.cpp).
    if (added > std::numeric_limits<quint64>::max() / 2) {
        return 0;
    }

    ExportQueue again(session, store);
    FUZZ_CHECK(again.loadError().isEmpty() && again.ids().size() == loaded.size());
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        const ExportJobRecord* record = again.job(again.ids().at(i));
        FUZZ_CHECK(record && sameAfterReload(loaded.at(i), *record));
    }
    return 0;
}
