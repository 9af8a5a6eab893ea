// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QUuid>

// WS-Management requests written out by hand, as a peer other than vmdesk's client would send them,
// for tests of the Hyper-V test server.
namespace RawWsManRequests {

using namespace Qt::StringLiterals;
using Items = QList<QPair<QString, QString>>;

inline const QString soapNs = u"http://www.w3.org/2003/05/soap-envelope"_s;
inline const QString addressingNs = u"http://schemas.xmlsoap.org/ws/2004/08/addressing"_s;
inline const QString wsmanNs = u"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd"_s;
inline const QString enumerationNs = u"http://schemas.xmlsoap.org/ws/2004/09/enumeration"_s;
inline const QString anonymous = addressingNs + u"/role/anonymous"_s;
inline const QString v2 = u"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"_s;
inline const QString service = v2 + u"Msvm_VirtualSystemManagementService"_s;
inline const QString web01 = u"6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0001"_s,
                     db01 = u"6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0002"_s,
                     off01 = u"6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0003"_s;
inline const QString vmFilter = u"SELECT * FROM Msvm_ComputerSystem WHERE Description = 'Microsoft Virtual Machine'"_s;
inline const QString addItems = u"AddKvpItems"_s, modifyItems = u"ModifyKvpItems"_s, removeItems = u"RemoveKvpItems"_s;
inline const QString serviceSelector = u"<w:SelectorSet><w:Selector Name=\"CreationClassName\">"
                                       "Msvm_VirtualSystemManagementService</w:Selector></w:SelectorSet>"_s;

// The headers of one request; a fault case leaves one out by emptying it.
struct Headers
{
    Headers(const QString& action, const QString& resourceUri)
        : action(action)
        , resourceUri(resourceUri)
    { }
    QString action, resourceUri;
    QString messageId = u"uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    QString to = u"http://127.0.0.1/wsman"_s, replyTo = anonymous, selectors;
};

// SOAP and WS-Addressing are spelled env: and wsa: in the header, a: and w: in the bodies: the server must go by
// namespace URI.
inline QString envelope(const Headers& h, const QString& body)
{
    QString header;
    const auto add = [&](const QString& value, const QString& xml) {
        if (!value.isEmpty())
            header += xml.arg(value);
    };
    add(h.to, u"<wsa:To>%1</wsa:To>"_s);
    add(h.resourceUri, u"<w:ResourceURI env:mustUnderstand=\"true\">%1</w:ResourceURI>"_s);
    add(h.replyTo, u"<wsa:ReplyTo><wsa:Address env:mustUnderstand=\"true\">%1</wsa:Address></wsa:ReplyTo>"_s);
    add(h.action, u"<wsa:Action env:mustUnderstand=\"true\">%1</wsa:Action>"_s);
    add(h.messageId, u"<wsa:MessageID>%1</wsa:MessageID>"_s);
    header += u"<w:OperationTimeout>PT60S</w:OperationTimeout>"_s + h.selectors;
    return u"<env:Envelope xmlns:env=\"%1\" xmlns:wsa=\"%2\" xmlns:a=\"%2\" xmlns:w=\"%3\" xmlns:n=\"%4\">"
           "<env:Header>%5</env:Header><env:Body>%6</env:Body></env:Envelope>"_s.arg(
               soapNs, addressingNs, wsmanNs, enumerationNs, header, body);
}

inline QString enumerateBody(const QString& wql)
{
    if (wql.isEmpty())
        return u"<n:Enumerate/>"_s;
    return u"<n:Enumerate><w:Filter Dialect=\"http://schemas.microsoft.com/wbem/wsman/1/WQL\">%1</w:Filter>"
           "</n:Enumerate>"_s.arg(wql.toHtmlEscaped());
}

inline QString pullBody(const QString& context, int maxElements)
{
    const QString max = maxElements > 0 ? u"<n:MaxElements>%1</n:MaxElements>"_s.arg(maxElements) : QString();
    return u"<n:Pull><n:EnumerationContext>%1</n:EnumerationContext>%2</n:Pull>"_s.arg(context, max);
}

inline QString dataItem(const QString& key, const QString& value, int source = 0)
{
    return u"<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>%1"
           "</VALUE></PROPERTY><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>%2</VALUE></PROPERTY><PROPERTY "
           "NAME=\"Source\" TYPE=\"uint16\"><VALUE>%3</VALUE></PROPERTY></INSTANCE>"_s
               .arg(value.toHtmlEscaped(), key.toHtmlEscaped())
               .arg(source);
}

// The "Invoke envelope" of the reference notes: one DataItems element per item, as CDATA or as escaped text.
inline QString invokeEnvelope(
    const QString& method, const QString& vm, const Items& items, bool cdata = true, int source = 0)
{
    QString body = u"<p:%1_INPUT xmlns:p=\"%2\"><p:TargetSystem><a:Address>%3</a:Address><a:ReferenceParameters>"
                   "<w:ResourceURI>%4Msvm_ComputerSystem</w:ResourceURI><w:SelectorSet><w:Selector "
                   "Name=\"CreationClassName\">Msvm_ComputerSystem</w:Selector><w:Selector Name=\"Name\">%5"
                   "</w:Selector></w:SelectorSet></a:ReferenceParameters></p:TargetSystem>"_s.arg(
                       method, service, anonymous, v2, vm);
    for (const auto& [key, value] : items) {
        const QString instance = dataItem(key, value, source);
        body += u"<p:DataItems>%1</p:DataItems>"_s.arg(
            cdata ? u"<![CDATA["_s + instance + u"]]>"_s : instance.toHtmlEscaped());
    }
    body += u"</p:%1_INPUT>"_s.arg(method);
    Headers headers { service + u'/' + method, service };
    headers.selectors = serviceSelector;
    return envelope(headers, body);
}

} // namespace RawWsManRequests
