// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for everything a hostile ESXi connection reaches before a socket write:
// telnet codec (at arbitrary split points), option state, option 232 logic, line framer, packets.
// Also checks one property: data escaped by us decodes back to itself.
#include <cstdint>
#include <cstdlib>

#include "vspc/lineframer.h"
#include "vspc/metadatapacket.h"
#include "vspc/telnetcodec.h"
#include "vspc/telnetoptions.h"
#include "vspc/vmwareextension.h"

namespace {
class Delegate : public VmwareExtensionDelegate
{
public:
    void identityChanged() override { }
    void proxyRequested(bool) override { }
    // The answers a server sends later, framed here so that their escaping is fuzzed too.
    void vmotionBegin(const QByteArray& sequence) override
    {
        sent += VmwareExtension::goahead(sequence, QByteArray("\xff\x00\x01\x02", 4));
    }
    void vmotionPeer(const QByteArray& cookie) override
    {
        if (cookie.size() > 4) {
            sent += VmwareExtension::peerOk(cookie.chopped(4));
        }
    }
    QByteArray sent;
    void vmotionComplete(const QByteArray&) override { }
    void vmotionAbort() override { }
    void unknownSuboption(quint8) override { }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray input(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const qsizetype chunk = 1 + data[0] % 17;

    TelnetCodec codec;
    TelnetOptions options({ TelnetCodec::Binary, TelnetCodec::SuppressGoAhead },
        { TelnetCodec::Binary, TelnetCodec::SuppressGoAhead, TelnetCodec::VmwareExtension });
    Delegate delegate;
    VmwareExtension extension({ { 'C', QStringLiteral("my-metadata") } }, &delegate);
    LineFramer framer(256);
    for (qsizetype offset = 0; offset < input.size(); offset += chunk) {
        for (const TelnetCodec::Event& event :
            codec.feed(QByteArrayView(input).sliced(offset, qMin(chunk, input.size() - offset)))) {
            switch (event.type) {
            case TelnetCodec::Event::Negotiation:
                options.receive(event.verb, event.option);
                break;
            case TelnetCodec::Event::Subnegotiation:
                extension.handle(event.bytes);
                break;
            case TelnetCodec::Event::Data:
                for (const QByteArray& line : framer.feed(event.bytes)) {
                    MetadataPacket::parse(line);
                }
                break;
            case TelnetCodec::Event::Command:
                break;
            }
        }
    }

    // Round trip: whatever we escape and send as data, a peer's codec gets back unchanged.
    TelnetCodec peer;
    QByteArray decoded;
    for (const TelnetCodec::Event& event : peer.feed(TelnetCodec::escape(input))) {
        if (event.type != TelnetCodec::Event::Data) {
            abort();
        }
        decoded += event.bytes;
    }
    if (decoded != input) {
        abort();
    }
    return 0;
}
