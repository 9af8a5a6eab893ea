// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what vCenter answers to RetrievePropertiesEx / ContinueRetrievePropertiesEx,
// pages and SOAP faults alike: the stream parser is fed in chunks whose lengths follow from the
// first byte, as the network splits them. Checks one property: the split points change nothing,
// the same bytes read in one piece are read or refused as well, and a whole answer gives the same
// result (objects, properties, token, fault).
#include <cstdint>
#include <cstdlib>

#include "check.h"
#include "vsphere/retrieveresultparser.h"

namespace {
struct Outcome
{
    bool complete = false;
    QString error;
    bool fault = false;
    QString faultType;
    QString faultString;
    RetrieveResult result;
};

bool samePropertyValue(const PropertyValue& a, const PropertyValue& b)
{
    return a.text == b.text && a.type == b.type && a.items == b.items;
}

bool sameResult(const RetrieveResult& a, const RetrieveResult& b)
{
    if (a.token != b.token || a.objects.size() != b.objects.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.objects.size(); ++i) {
        const ObjectContent& x = a.objects.at(i);
        const ObjectContent& y = b.objects.at(i);
        if (!(x.obj == y.obj) || x.properties.size() != y.properties.size()) {
            return false;
        }
        for (auto it = x.properties.cbegin(); it != x.properties.cend(); ++it) {
            const auto other = y.properties.constFind(it.key());
            if (other == y.properties.cend() || !samePropertyValue(*it, *other)) {
                return false;
            }
        }
    }
    return true;
}

// `seed` 0: the whole input at once; otherwise chunks of 1 to 32 bytes in a sequence it picks.
Outcome parse(const QByteArray& input, quint32 seed)
{
    RetrieveResultParser parser;
    if (seed == 0) {
        parser.addData(input);
    } else {
        quint32 state = seed;
        for (qsizetype offset = 0; offset < input.size();) {
            state = state * 1103515245u + 12345u;
            const qsizetype length = qMin<qsizetype>(1 + (state >> 16) % 32, input.size() - offset);
            parser.addData(input.sliced(offset, length));
            offset += length;
        }
    }
    Outcome outcome;
    outcome.complete = parser.finish();
    outcome.error = outcome.complete ? QString() : parser.errorString();
    FUZZ_CHECK(outcome.complete || !outcome.error.isEmpty()); // a failed read says why
    outcome.fault = parser.isFault();
    outcome.faultType = parser.faultType();
    outcome.faultString = parser.faultString();
    // What VSphereSession does with a page: take it.
    outcome.result = parser.takeResult();
    return outcome;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const Outcome chunked = parse(input, 1u + data[0]);
    const Outcome whole = parse(input, 0);
    // Qt 6.4's QXmlStreamReader misses a "]]>" in text (not allowed there) when a chunk boundary
    // splits it, and reads on. Harmless: the text keeps the three characters.
    if (chunked.complete && !whole.complete && whole.error.contains(u"']]>'")) {
        return 0;
    }
    FUZZ_CHECK(chunked.complete == whole.complete);
    // Where a broken answer stops depends on the chunks (QXmlStreamReader decodes what it is given
    // at once, and reports bad UTF-8 before the elements in front of it); a whole one may not.
    if (whole.complete) {
        FUZZ_CHECK(chunked.fault == whole.fault && chunked.faultType == whole.faultType
            && chunked.faultString == whole.faultString && sameResult(chunked.result, whole.result));
    }
    return 0;
}
