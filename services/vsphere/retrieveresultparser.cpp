// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrieveresultparser.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace {
// Element depths in <Envelope><Body><…Response><returnval><objects><propSet><val><item><field>.
enum Depth {
    BodyChild = 3, // the response or Fault
    ReturnValue = 4, // returnval; faultstring, detail
    ObjectOrToken = 5, // objects, token; the fault inside detail
    ObjectPart = 6, // obj, propSet
    PropertyPart = 7, // name, val
    ArrayItem = 8,
    ItemField = 9,
};

QString localType(QStringView qualified)
{
    const qsizetype colon = qualified.indexOf(u':');
    return (colon < 0 ? qualified : qualified.mid(colon + 1)).toString();
}
} // namespace

void RetrieveResultParser::addData(const QByteArray& chunk)
{
    m_reader.addData(chunk);
    read();
}

bool RetrieveResultParser::finish()
{
    read();
    return m_reader.atEnd() && !m_reader.hasError();
}

QString RetrieveResultParser::errorString() const
{
    if (m_reader.error() == QXmlStreamReader::NoError
        || m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return QObject::tr("The answer ended early.");
    }
    return QObject::tr("line %1: %2").arg(m_reader.lineNumber()).arg(m_reader.errorString());
}

void RetrieveResultParser::read()
{
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++m_depth;
            m_text.clear();
            startElement();
            break;
        case QXmlStreamReader::EndElement:
            endElement();
            --m_depth;
            break;
        case QXmlStreamReader::Characters:
            m_text += m_reader.text(); // a chunk boundary may split one text in two
            break;
        default:
            break;
        }
    }
}

void RetrieveResultParser::startElement()
{
    const QStringView name = m_reader.name();
    if (m_depth == BodyChild) {
        m_fault = name == u"Fault";
    } else if (m_fault) {
        if (m_depth == ReturnValue) {
            m_inDetail = name == u"detail";
        } else if (m_depth == ObjectOrToken && m_inDetail && m_faultType.isEmpty()) {
            const QStringView type
                = m_reader.attributes().value(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"type"_s);
            m_faultType = type.isEmpty() ? name.toString() : localType(type);
            if (type.isEmpty() && m_faultType.endsWith(u"Fault"_s) && m_faultType != u"Fault"_s) {
                m_faultType.chop(5); // <InvalidLoginFault> without an xsi:type
            }
        }
    } else if (m_depth == ObjectOrToken) {
        m_inObject = name == u"objects";
        if (m_inObject) {
            m_result.objects.append(ObjectContent());
        }
    } else if (m_inObject && m_depth == ObjectPart) {
        m_inProperty = name == u"propSet";
        if (m_inProperty) {
            m_propertyName.clear();
            m_value = {};
        } else if (name == u"obj") {
            m_result.objects.last().obj.type = m_reader.attributes().value(u"type"_s).toString();
        }
    } else if (m_inProperty && m_depth == PropertyPart && name == u"val") {
        m_value.type = m_reader.attributes().value(u"type"_s).toString();
    } else if (m_inProperty && m_depth == ArrayItem) {
        m_item.clear();
        m_itemHasFields = false;
        const QStringView type = m_reader.attributes().value(u"type"_s);
        if (!type.isEmpty()) {
            m_item.insert(u"@type"_s, type.toString());
        }
    }
}

void RetrieveResultParser::endElement()
{
    const QStringView name = m_reader.name();
    if (m_fault) {
        if (m_depth == ReturnValue && name == u"faultstring") {
            m_faultString = m_text;
        }
        return;
    }
    switch (m_depth) {
    case ObjectOrToken:
        if (name == u"token") {
            m_result.token = m_text;
        }
        m_inObject = false;
        break;
    case ObjectPart:
        if (!m_inObject) {
            break;
        }
        if (name == u"obj") {
            m_result.objects.last().obj.value = m_text;
        } else if (m_inProperty) {
            m_result.objects.last().properties.insert(m_propertyName, std::move(m_value));
            m_value = {};
            m_inProperty = false;
        }
        break;
    case PropertyPart:
        if (!m_inProperty) {
            break;
        }
        if (name == u"name") {
            m_propertyName = m_text;
        } else if (name == u"val" && m_value.items.isEmpty()) {
            m_value.text = m_text;
        }
        break;
    case ArrayItem:
        if (m_inProperty) {
            if (!m_itemHasFields) {
                m_item.insert(QString(), m_text);
            }
            m_value.items.append(m_item);
        }
        break;
    case ItemField:
        if (m_inProperty) {
            m_item.insert(name.toString(), m_text);
            m_itemHasFields = true;
        }
        break;
    default:
        break;
    }
}
