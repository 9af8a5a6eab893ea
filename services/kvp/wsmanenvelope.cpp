// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsmanenvelope.h"

#include <QUuid>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace WsMan {

namespace {
// WinRM's default MaxEnvelopeSize; KVP components with many intrinsic items fit easily.
constexpr int maxEnvelopeSize = 512000;

class Writer
{
public:
    Writer()
        : m_xml(&m_bytes)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(soapNs, u"s"_s);
        m_xml.writeNamespace(addressingNs, u"a"_s);
        m_xml.writeNamespace(wsmanNs, u"w"_s);
        m_xml.writeNamespace(enumerationNs, u"n"_s);
        m_xml.writeStartElement(soapNs, u"Envelope"_s);
    }

    void header(const QUrl& to, const QString& resourceUri, const QString& action, const Selectors& selectors = {})
    {
        m_xml.writeStartElement(soapNs, u"Header"_s);
        m_xml.writeTextElement(addressingNs, u"To"_s, to.toString());
        mustUnderstand(wsmanNs, u"ResourceURI"_s, resourceUri);
        m_xml.writeStartElement(addressingNs, u"ReplyTo"_s);
        mustUnderstand(addressingNs, u"Address"_s, anonymous);
        m_xml.writeEndElement();
        mustUnderstand(addressingNs, u"Action"_s, action);
        mustUnderstand(wsmanNs, u"MaxEnvelopeSize"_s, QString::number(maxEnvelopeSize));
        m_xml.writeTextElement(
            addressingNs, u"MessageID"_s, u"uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper());
        m_xml.writeStartElement(wsmanNs, u"Locale"_s);
        m_xml.writeAttribute(u"xml:lang"_s, u"en-US"_s);
        m_xml.writeAttribute(soapNs, u"mustUnderstand"_s, u"false"_s);
        m_xml.writeEndElement();
        m_xml.writeTextElement(wsmanNs, u"OperationTimeout"_s, u"PT60S"_s);
        if (!selectors.isEmpty()) {
            selectorSet(selectors);
        }
        m_xml.writeEndElement();
        m_xml.writeStartElement(soapNs, u"Body"_s);
    }

    void selectorSet(const Selectors& selectors)
    {
        m_xml.writeStartElement(wsmanNs, u"SelectorSet"_s);
        for (const auto& [name, value] : selectors) {
            m_xml.writeStartElement(wsmanNs, u"Selector"_s);
            m_xml.writeAttribute(u"Name"_s, name);
            m_xml.writeCharacters(value);
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    QXmlStreamWriter& xml() { return m_xml; }

    QByteArray finish()
    {
        m_xml.writeEndDocument(); // closes Body and Envelope
        return m_bytes;
    }

private:
    void mustUnderstand(const QString& ns, const QString& name, const QString& text)
    {
        m_xml.writeStartElement(ns, name);
        m_xml.writeAttribute(soapNs, u"mustUnderstand"_s, u"true"_s);
        m_xml.writeCharacters(text);
        m_xml.writeEndElement();
    }

    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

const QString enumerationAction = u"http://schemas.xmlsoap.org/ws/2004/09/enumeration/"_s;
} // namespace

QByteArray enumerate(const QUrl& to, const QString& wql)
{
    Writer writer;
    writer.header(to, classUri(u"*"_s), enumerationAction + u"Enumerate"_s);
    QXmlStreamWriter& xml = writer.xml();
    xml.writeStartElement(enumerationNs, u"Enumerate"_s);
    xml.writeStartElement(wsmanNs, u"Filter"_s);
    xml.writeAttribute(u"Dialect"_s, wqlDialect);
    xml.writeCharacters(wql);
    xml.writeEndElement();
    xml.writeEndElement();
    return writer.finish();
}

QByteArray pull(const QUrl& to, const QString& className, const QString& context, int maxElements)
{
    Writer writer;
    writer.header(to, classUri(className), enumerationAction + u"Pull"_s);
    QXmlStreamWriter& xml = writer.xml();
    xml.writeStartElement(enumerationNs, u"Pull"_s);
    xml.writeTextElement(enumerationNs, u"EnumerationContext"_s, context);
    xml.writeTextElement(enumerationNs, u"MaxElements"_s, QString::number(maxElements));
    xml.writeEndElement();
    return writer.finish();
}

QByteArray release(const QUrl& to, const QString& context)
{
    Writer writer;
    writer.header(to, classUri(u"*"_s), enumerationAction + u"Release"_s);
    QXmlStreamWriter& xml = writer.xml();
    xml.writeStartElement(enumerationNs, u"Release"_s);
    xml.writeTextElement(enumerationNs, u"EnumerationContext"_s, context);
    xml.writeEndElement();
    return writer.finish();
}

QByteArray invoke(const QUrl& to, const Reference& target, const QString& method, const QList<Argument>& arguments)
{
    const QString resource = classUri(target.className);
    Writer writer;
    writer.header(to, resource, resource + u'/' + method, target.selectors);
    QXmlStreamWriter& xml = writer.xml();
    xml.writeNamespace(resource, u"p"_s); // the parameters are in the class's namespace
    xml.writeStartElement(resource, method + u"_INPUT"_s);
    for (const Argument& argument : arguments) {
        xml.writeStartElement(resource, argument.name);
        if (!argument.text.isNull()) {
            // An embedded instance is XML text; CDATA keeps it readable, as libvirt sends it.
            xml.writeCDATA(argument.text);
        } else {
            xml.writeTextElement(addressingNs, u"Address"_s, anonymous);
            xml.writeStartElement(addressingNs, u"ReferenceParameters"_s);
            xml.writeTextElement(wsmanNs, u"ResourceURI"_s, classUri(argument.reference.className));
            writer.selectorSet(argument.reference.selectors);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return writer.finish();
}

QString wqlString(const QString& value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace WsMan
