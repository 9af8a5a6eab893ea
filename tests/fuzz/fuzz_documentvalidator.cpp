// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the checks the metadata editor runs on every keystroke (DocumentValidator:
// YAML, metadata, network, network_config, user-data against cloud-init's schema, delivery limits).
// Checks what the editor relies on to underline the text: every finding says something and points
// at a line of the text (0: the whole text), and the same text always gives the same findings.
#include <cstdint>
#include <cstdlib>

#include "check.h"
#include "cloudinit/documentvalidator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const DocumentValidator::Result result = DocumentValidator::validate(input);
    // A finding may point just past the last line (an end of input that YAML needed more of).
    const int lines = int(input.count('\n')) + 1;
    for (const Finding& finding : result.findings) {
        if (finding.message.trimmed().isEmpty() || finding.line < 0 || finding.line > lines + 1 || finding.column < 0) {
            std::fprintf(stderr, "finding at %d:%d (text of %d lines), path '%s': '%s'\n", finding.line, finding.column,
                lines, qPrintable(finding.path), qPrintable(finding.message));
        }
        FUZZ_CHECK(!finding.message.trimmed().isEmpty());
        FUZZ_CHECK(finding.line >= 0 && finding.line <= lines + 1);
        FUZZ_CHECK(finding.column >= 0);
    }
    const DocumentValidator::Result again = DocumentValidator::validate(input);
    FUZZ_CHECK(again.findings == result.findings);
    FUZZ_CHECK(again.document.has_value() == result.document.has_value());
    return 0;
}
