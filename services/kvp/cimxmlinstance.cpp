// SPDX-License-Identifier: GPL-3.0-or-later
#include "cimxmlinstance.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

QString CimXmlInstance::kvpDataItem(const QString& name, const QString& data, int source)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.writeStartElement(u"INSTANCE"_s);
    xml.writeAttribute(u"CLASSNAME"_s, u"Msvm_KvpExchangeDataItem"_s);
    const auto property = [&xml](const QString& propertyName, const QString& type, const QString& value) {
        xml.writeStartElement(u"PROPERTY"_s);
        xml.writeAttribute(u"NAME"_s, propertyName);
        xml.writeAttribute(u"TYPE"_s, type);
        xml.writeStartElement(u"VALUE"_s);
        // A parser reads a literal CR as LF; only a character reference keeps it.
        const QStringList lines = value.split(u'\r');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) {
                xml.writeEntityReference(u"#13"_s);
            }
            xml.writeCharacters(lines.at(i));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    };
    property(u"Data"_s, u"string"_s, data);
    property(u"Name"_s, u"string"_s, name);
    property(u"Source"_s, u"uint16"_s, QString::number(source));
    xml.writeEndElement();
    return text;
}

std::optional<CimXmlInstance> CimXmlInstance::parse(const QString& text, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<CimXmlInstance> {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"INSTANCE"_s) {
        return fail(xml.hasError()
                ? QCoreApplication::translate("CimXmlInstance", "not CIM-XML: %1").arg(xml.errorString())
                : QCoreApplication::translate("CimXmlInstance", "not a CIM-XML INSTANCE"));
    }
    CimXmlInstance instance;
    instance.className = xml.attributes().value(u"CLASSNAME"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"PROPERTY"_s) {
            xml.skipCurrentElement(); // PROPERTY.ARRAY and qualifiers carry nothing a KVP item has
            continue;
        }
        const QString name = xml.attributes().value(u"NAME"_s).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() == u"VALUE"_s) {
                instance.properties.insert(name, xml.readElementText(QXmlStreamReader::IncludeChildElements));
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        return fail(
            QCoreApplication::translate("CimXmlInstance", "not well-formed CIM-XML: %1").arg(xml.errorString()));
    }
    return instance;
}
