// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what a Hyper-V host's WinRM answers: WsManResponse::parse of the body (faults,
// enumeration contexts, items, method output) and CimXmlInstance::parse of every property, since
// any of them may be an embedded INSTANCE (KVP items are).
//
// Input: the answer body. Its bytes are also cut at the first 0x01 into a key and a value that a
// writer would give AddKvpItems.
//
// Checks: parse never throws and a refusal always says why, with or without an error string to
// fill; every property is found through has()/value()/values() in document order, every selector
// through selector(); a fault always has a text. The key and value, less what XML cannot carry,
// come back from kvpDataItem() unchanged (carriage returns included), both on their own and
// escaped inside a PullResponse as the host sends them; a host's item read back is written again
// unchanged.
#include <cstdint>

#include <QXmlStreamWriter>

#include "check.h"
#include "kvp/cimxmlinstance.h"
#include "kvp/wsmanresponse.h"

using namespace Qt::StringLiterals;

namespace {
// A character XML 1.0 can carry (checked on UTF-16 units: a pair stands for a legal character).
bool xmlLegal(const QString& text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate()) {
        return i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
    }
    if (c.isLowSurrogate()) {
        return i > 0 && text.at(i - 1).isHighSurrogate();
    }
    return c.unicode() >= 0x20 ? c.unicode() < 0xFFFE : (c == u'\t' || c == u'\n' || c == u'\r');
}

bool xmlLegal(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!xmlLegal(text, i)) {
            return false;
        }
    }
    return true;
}

QString legalPart(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QString kept;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (xmlLegal(text, i)) {
            kept += text.at(i);
        }
    }
    return kept;
}

void checkKvpItem(const QString& text, const QString& name, const QString& data)
{
    QString error;
    const std::optional<CimXmlInstance> item = CimXmlInstance::parse(text, &error);
    FUZZ_CHECK(item.has_value());
    FUZZ_CHECK(item->className == u"Msvm_KvpExchangeDataItem"_s);
    FUZZ_CHECK(item->properties.size() == 3);
    FUZZ_CHECK(item->properties.value(u"Name"_s, u"absent"_s) == name);
    FUZZ_CHECK(item->properties.value(u"Data"_s, u"absent"_s) == data);
    FUZZ_CHECK(item->properties.value(u"Source"_s) == u"0"_s);
}

void checkEmbedded(const QString& text)
{
    QString error;
    const std::optional<CimXmlInstance> instance = CimXmlInstance::parse(text, &error);
    if (!instance) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    const QString name = instance->properties.value(u"Name"_s);
    const QString data = instance->properties.value(u"Data"_s);
    // A host's item that vmdesk modifies is written back from what was read.
    if (instance->properties.contains(u"Name"_s) && instance->properties.contains(u"Data"_s) && xmlLegal(name)
        && xmlLegal(data)) {
        checkKvpItem(CimXmlInstance::kvpDataItem(name, data, 0), name, data);
    }
}

void checkObject(const WsManObject& object)
{
    FUZZ_CHECK(!object.has(QString()) && object.value(QString()).isNull() && object.values(QString()).isEmpty());
    for (qsizetype i = 0; i < object.properties.size(); ++i) {
        const auto& [name, text] = object.properties.at(i);
        QStringList expected;
        for (const auto& [other, otherText] : object.properties) {
            if (other == name) {
                expected.append(otherText);
            }
        }
        FUZZ_CHECK(object.has(name));
        FUZZ_CHECK(object.values(name) == expected);
        FUZZ_CHECK(object.values(name).first() == object.value(name));
        checkEmbedded(text);
    }
    for (auto it = object.references.cbegin(); it != object.references.cend(); ++it) {
        for (const auto& [selectorName, selectorText] : it.value()) {
            QString first = selectorText;
            for (const auto& [other, otherText] : it.value()) {
                if (other == selectorName) {
                    first = otherText;
                    break;
                }
            }
            FUZZ_CHECK(object.selector(it.key(), selectorName) == first);
        }
    }
}

// The two items as the host sends them: escaped text in an array property of a PullResponse.
QByteArray pullResponse(const QStringList& items)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    const QString classNs = WsMan::classUri(u"Msvm_KvpExchangeComponent"_s);
    xml.writeStartDocument();
    xml.writeNamespace(WsMan::soapNs, u"s"_s);
    xml.writeNamespace(WsMan::enumerationNs, u"n"_s);
    xml.writeNamespace(WsMan::wsmanNs, u"w"_s);
    xml.writeNamespace(classNs, u"p"_s);
    xml.writeStartElement(WsMan::soapNs, u"Envelope"_s);
    xml.writeStartElement(WsMan::soapNs, u"Body"_s);
    xml.writeStartElement(WsMan::enumerationNs, u"PullResponse"_s);
    xml.writeStartElement(WsMan::enumerationNs, u"Items"_s);
    xml.writeStartElement(classNs, u"Msvm_KvpExchangeComponent"_s);
    for (const QString& item : items) {
        xml.writeTextElement(classNs, u"GuestIntrinsicExchangeItems"_s, item);
    }
    xml.writeEndDocument();
    return bytes;
}

void checkRoundTrip(const QString& key, const QString& value)
{
    const QStringList items { CimXmlInstance::kvpDataItem(key, value, 0), CimXmlInstance::kvpDataItem(value, key, 0) };
    checkKvpItem(items.at(0), key, value);
    checkKvpItem(items.at(1), value, key);

    QString error;
    const std::optional<WsManResponse> response = WsManResponse::parse(pullResponse(items), &error);
    FUZZ_CHECK(response.has_value());
    FUZZ_CHECK(response->items.size() == 1 && !response->output && !response->fault);
    // kvpDataItem() writes a carriage return as a character reference, so no reader turns it into a line feed.
    const QStringList read = response->items.at(0).values(u"GuestIntrinsicExchangeItems"_s);
    FUZZ_CHECK(read == items);
    checkKvpItem(read.at(0), key, value);
    checkKvpItem(read.at(1), value, key);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    std::optional<WsManResponse> response;
    bool threw = false;
    try {
        response = WsManResponse::parse(input, &error);
    } catch (...) {
        threw = true;
    }
    FUZZ_CHECK(!threw);
    FUZZ_CHECK(response.has_value() == WsManResponse::parse(input, nullptr).has_value());
    if (!response) {
        FUZZ_CHECK(!error.isEmpty());
    } else {
        for (const WsManObject& item : response->items) {
            checkObject(item);
        }
        if (response->output) {
            checkObject(*response->output);
        }
        if (response->fault) {
            FUZZ_CHECK(!response->fault->text().isEmpty());
            FUZZ_CHECK(response->fault->rawText().startsWith(response->fault->code));
        }
    }

    const qsizetype cut = input.indexOf('\x01');
    checkRoundTrip(legalPart(input.left(cut)), cut < 0 ? QString() : legalPart(input.mid(cut + 1)));
    return 0;
}
