// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for hypersdk job YAML as vmdeskctl export --batch and the Exports page read it
// (readBatchFile). Checks what callers rely on: a file is either jobs or an error, never both; every
// job names a VM (the last element of its inventory path) and an output folder, and downloads with
// at least one connection; a job survives the export queue's JSON unchanged.
// A line "#defaults: DIR" in the input (a YAML comment) sets the default output folder, as --output
// does; without one it is /exports/default.
#include <cstdint>
#include <cstdlib>

#include "check.h"
#include "export/batchfile.h"

using namespace Qt::StringLiterals;

namespace {
bool same(const ExportSpec& a, const ExportSpec& b)
{
    return a.vmName == b.vmName && a.outputDir == b.outputDir && a.ova == b.ova && a.parallelDisks == b.parallelDisks
        && a.removeCdrom == b.removeCdrom && a.removeSerialPorts == b.removeSerialPorts
        && a.removeFloppy == b.removeFloppy && a.shutdownGuest == b.shutdownGuest && a.priority == b.priority;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    ExportSpec defaults;
    defaults.outputDir = u"/exports/default"_s;
    if (const qsizetype at = input.indexOf("#defaults: "); at >= 0) {
        const qsizetype end = input.indexOf('\n', at);
        defaults.outputDir = QString::fromUtf8(input.mid(at + 11, end < 0 ? -1 : end - at - 11));
    }
    QString error;
    const QList<ExportSpec> specs = readBatchFile(input, defaults, &error);
    if (!error.isEmpty()) {
        FUZZ_CHECK(specs.isEmpty());
        return 0;
    }
    for (const ExportSpec& spec : specs) {
        FUZZ_CHECK(!spec.vmName.isEmpty() && !spec.vmName.contains(u'/'));
        FUZZ_CHECK(!spec.outputDir.isEmpty());
        FUZZ_CHECK(spec.parallelDisks >= 1);
        FUZZ_CHECK(same(ExportSpec::fromJson(spec.toJson()), spec));
    }
    return 0;
}
