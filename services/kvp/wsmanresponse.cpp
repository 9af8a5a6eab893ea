// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsmanresponse.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace WsMan;

QString WsManObject::value(const QString& name) const
{
    for (const auto& [key, text] : properties) {
        if (key == name) {
            return text;
        }
    }
    return {};
}

QStringList WsManObject::values(const QString& name) const
{
    QStringList all;
    for (const auto& [key, text] : properties) {
        if (key == name) {
            all.append(text);
        }
    }
    return all;
}

bool WsManObject::has(const QString& name) const
{
    return std::any_of(properties.cbegin(), properties.cend(), [&](const auto& p) { return p.first == name; });
}

QString WsManObject::selector(const QString& property, const QString& name) const
{
    for (const auto& [key, text] : references.value(property)) {
        if (key == name) {
            return text;
        }
    }
    return {};
}

QString WsManFault::text() const
{
    QString sentence = (reason.isEmpty() ? detailMessage : reason).trimmed();
    if (sentence.isEmpty()) {
        sentence = QCoreApplication::translate("WsManFault", "WinRM answered with a fault and no reason.");
    }
    return sentence;
}

QString WsManFault::rawText() const
{
    QStringList parts { code };
    if (!subcode.isEmpty()) {
        parts.append(subcode);
    }
    if (!detailCode.isEmpty()) {
        parts.append(u"WSManFault "_s + detailCode);
    }
    if (!detailMessage.isEmpty() && detailMessage.trimmed() != reason.trimmed()) {
        parts.append(detailMessage.trimmed());
    }
    return parts.join(u" · "_s);
}

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WsManResponse", text);
}

// Reads the current element's text, including text inside child elements (a CIM datetime is
// <p:X><cim:Datetime>…</cim:Datetime></p:X>).
QString allText(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

// A selector set inside an endpoint reference, the reader at <w:SelectorSet>.
Selectors readSelectors(QXmlStreamReader& xml)
{
    Selectors selectors;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Selector"_s) {
            const QString name = xml.attributes().value(u"Name"_s).toString();
            selectors.append({ name, allText(xml) });
        } else {
            xml.skipCurrentElement();
        }
    }
    return selectors;
}

// One property element: text, nil, or an endpoint reference (a:Address + a:ReferenceParameters).
void readProperty(QXmlStreamReader& xml, WsManObject& object)
{
    const QString name = xml.name().toString();
    if (xml.attributes().value(xsiNs, u"nil"_s) == u"true"_s) {
        xml.skipCurrentElement();
        return;
    }
    QString text;
    Selectors selectors;
    bool reference = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"ReferenceParameters"_s) {
                reference = true;
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"SelectorSet"_s) {
                        selectors += readSelectors(xml);
                    } else {
                        xml.skipCurrentElement();
                    }
                }
            } else if (xml.name() == u"Address"_s) {
                reference = true;
                xml.skipCurrentElement();
            } else {
                text += allText(xml);
            }
        }
    }
    if (reference) {
        object.references.insert(name, selectors);
    } else {
        object.properties.append({ name, text });
    }
}

WsManObject readObject(QXmlStreamReader& xml)
{
    WsManObject object;
    object.className = xml.name().toString();
    while (xml.readNextStartElement()) {
        readProperty(xml, object);
    }
    return object;
}

WsManFault readFault(QXmlStreamReader& xml)
{
    WsManFault fault;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Code"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Value"_s) {
                    fault.code = allText(xml).trimmed();
                } else if (xml.name() == u"Subcode"_s) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"Value"_s && fault.subcode.isEmpty()) {
                            fault.subcode = allText(xml).trimmed();
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.name() == u"Reason"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"Text"_s && fault.reason.isEmpty()) {
                    fault.reason = allText(xml).trimmed();
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.name() == u"Detail"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"WSManFault"_s) {
                    fault.detailCode = xml.attributes().value(u"Code"_s).toString();
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"Message"_s) {
                            fault.detailMessage = allText(xml).trimmed();
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return fault;
}

// <n:EnumerateResponse> or <n:PullResponse>; an optimized enumeration puts w:Items in the first.
void readEnumeration(QXmlStreamReader& xml, WsManResponse& response)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"EnumerationContext"_s) {
            response.enumerationContext = allText(xml).trimmed();
        } else if (xml.name() == u"Items"_s) {
            while (xml.readNextStartElement()) {
                response.items.append(readObject(xml));
            }
        } else if (xml.name() == u"EndOfSequence"_s) {
            response.endOfSequence = true;
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readBody(QXmlStreamReader& xml, WsManResponse& response)
{
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == soapNs && xml.name() == u"Fault"_s) {
            response.fault = readFault(xml);
        } else if (xml.namespaceUri() == enumerationNs
            && (xml.name() == u"EnumerateResponse"_s || xml.name() == u"PullResponse"_s)) {
            readEnumeration(xml, response);
        } else if (!response.output) {
            response.output = readObject(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
}
} // namespace

std::optional<WsManResponse> WsManResponse::parse(const QByteArray& bytes, QString* error)
{
    QXmlStreamReader xml(bytes);
    WsManResponse response;
    bool sawBody = false;
    if (!xml.readNextStartElement() || xml.namespaceUri() != soapNs || xml.name() != u"Envelope"_s) {
        if (error) {
            *error = xml.hasError() ? tr("The answer is not XML: %1").arg(xml.errorString())
                                    : tr("The answer is not a SOAP 1.2 envelope.");
        }
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == soapNs && xml.name() == u"Header"_s) {
            while (xml.readNextStartElement()) {
                if (xml.namespaceUri() == addressingNs && xml.name() == u"Action"_s) {
                    response.action = allText(xml).trimmed();
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else if (xml.namespaceUri() == soapNs && xml.name() == u"Body"_s) {
            sawBody = true;
            readBody(xml, response);
        } else {
            xml.skipCurrentElement();
        }
    }
    while (!xml.atEnd()) {
        xml.readNext(); // anything after the envelope is an error, which the reader reports
    }
    if (xml.hasError()) {
        if (error) {
            *error = tr("The answer is not well-formed XML (line %1): %2").arg(xml.lineNumber()).arg(xml.errorString());
        }
        return std::nullopt;
    }
    if (!sawBody) {
        if (error) {
            *error = tr("The SOAP envelope has no body.");
        }
        return std::nullopt;
    }
    return response;
}
