// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the OVF descriptor vCenter sends (CreateDescriptor) as the export rewrites it:
// OvfPackage::removeDevices with the device kinds the first byte picks, then the manifest line of
// the result. Checks, for a descriptor that is well-formed XML (as vCenter's is): the result is
// well-formed too, it holds exactly the <Item>s of the kinds that were kept, byte for byte and in
// order, and everything outside the <Item>s is unchanged. The manifest names the SHA-256 that
// QCryptographicHash computes for the same bytes. A descriptor that is not XML is left alone.
#include <cstdint>
#include <cstdlib>

#include <QCryptographicHash>
#include <QXmlStreamReader>

#include "check.h"
#include "core/sha256.h"
#include "export/ovfpackage.h"

using namespace Qt::StringLiterals;

namespace {
struct Item
{
    QString text; // the element as written, from "<" to ">"
    int type = 0;
    friend bool operator==(const Item&, const Item&) = default;
};

// What a descriptor holds, read by an XML parser: its outermost <Item>s with their
// CIM ResourceType, and every other token (whitespace aside) in order.
struct Scan
{
    bool wellFormed = false;
    bool dtd = false; // its entities could make Items that are not in the text as written
    QList<Item> items;
    QStringList outside;
};

// The ResourceType as the export reads it: decimal digits, optionally surrounded by whitespace.
int resourceType(const QString& text)
{
    const QString digits = text.trimmed();
    const bool ascii = !digits.isEmpty()
        && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    return ascii ? digits.toInt() : 0;
}

Scan scan(const QString& text)
{
    Scan scan;
    QXmlStreamReader reader(text);
    qsizetype itemStart = -1;
    int itemDepth = 0; // inside an outermost <Item>: 1 for the Item itself
    bool typeSeen = false;
    bool inType = false;
    QString typeText;
    Item item;
    QString pendingText;
    const auto flushText = [&] {
        if (!pendingText.isEmpty()) {
            scan.outside.append(u"text "_s + pendingText);
            pendingText.clear();
        }
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (reader.hasError()) {
            break;
        }
        scan.dtd = scan.dtd || token == QXmlStreamReader::DTD;
        if (token == QXmlStreamReader::StartElement) {
            if (itemDepth == 0 && reader.name() == u"Item") {
                // A start tag ends right before the reader's offset and holds one '<'.
                const qsizetype tagEnd = reader.characterOffset();
                FUZZ_CHECK(text.at(tagEnd - 1) == u'>');
                itemStart = text.lastIndexOf(u'<', tagEnd - 1);
                FUZZ_CHECK(itemStart >= 0 && QStringView(text).sliced(itemStart + 1).startsWith(reader.qualifiedName()));
                itemDepth = 1;
                typeSeen = false;
                item = {};
                continue;
            }
            if (itemDepth > 0) {
                ++itemDepth;
                if (itemDepth == 2 && !typeSeen && reader.name() == u"ResourceType") {
                    typeSeen = inType = true;
                    typeText.clear();
                }
                continue;
            }
        } else if (token == QXmlStreamReader::EndElement && itemDepth > 0) {
            if (--itemDepth == 0) {
                item.text = text.mid(itemStart, reader.characterOffset() - itemStart);
                scan.items.append(item);
            } else if (itemDepth == 1 && inType) {
                inType = false;
                item.type = resourceType(typeText);
            }
            continue;
        } else if (itemDepth > 0) {
            if (inType && token == QXmlStreamReader::Characters) {
                typeText += reader.text();
            }
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            // Text on both sides of a removed <Item> becomes one text, and the removal takes the
            // indentation with it: compare the text's other characters.
            for (const QChar c : reader.text()) {
                if (!c.isSpace()) {
                    pendingText.append(c);
                }
            }
            continue;
        }
        flushText();
        scan.outside.append(QString::number(token) + u' ' + reader.qualifiedName() + u' ' + reader.text());
    }
    flushText();
    scan.wellFormed = !reader.hasError();
    return scan;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    static const QList<OvfPackage::Device> kinds { OvfPackage::Device::CdRom, OvfPackage::Device::Floppy,
        OvfPackage::Device::SerialPort, OvfPackage::Device::ParallelPort, OvfPackage::Device::UsbController,
        OvfPackage::Device::Sound };
    QList<OvfPackage::Device> devices;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (data[0] & (1u << i)) {
            devices.append(kinds.at(i));
        }
    }
    const QByteArray descriptor(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    const QByteArray rewritten = OvfPackage::removeDevices(descriptor, devices);
    if (devices.isEmpty()) {
        FUZZ_CHECK(rewritten == descriptor);
    }

    const QString text = QString::fromUtf8(descriptor);
    if (text.toUtf8() == descriptor) { // UTF-8, as an XML descriptor without an encoding is
        const Scan before = scan(text);
        if (!before.wellFormed || before.dtd) {
            FUZZ_CHECK(rewritten == descriptor); // left alone
        } else {
            const Scan after = scan(QString::fromUtf8(rewritten));
            FUZZ_CHECK(after.wellFormed);
            FUZZ_CHECK(after.outside == before.outside);
            QList<Item> kept;
            for (const Item& item : before.items) {
                if (!std::any_of(devices.cbegin(), devices.cend(), [&](auto d) { return int(d) == item.type; })) {
                    kept.append(item);
                }
            }
            FUZZ_CHECK(after.items == kept);
        }
    }

    Sha256 hash;
    hash.addData(rewritten);
    const QByteArray sha256 = hash.hexResult();
    FUZZ_CHECK(sha256 == QCryptographicHash::hash(rewritten, QCryptographicHash::Sha256).toHex());
    const QByteArray manifest
        = OvfPackage::manifest({ { u"vm.ovf"_s, rewritten.size(), sha256 }, { u"vm-disk1.vmdk"_s, 0, sha256 } });
    FUZZ_CHECK(manifest == "SHA256(vm.ovf)= " + sha256 + "\nSHA256(vm-disk1.vmdk)= " + sha256 + '\n');
    return 0;
}
