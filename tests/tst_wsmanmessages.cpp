// SPDX-License-Identifier: GPL-3.0-or-later
// The WS-Management messages on their own: the envelopes we send, read back with an XML reader as
// a server would, and WinRM-shaped answers (enumeration pages, faults, a method's output with a
// job reference), including broken ones.
#include <QTest>
#include <QXmlStreamReader>

#include "kvp/cimxmlinstance.h"
#include "kvp/kvpseed.h"
#include "kvp/wsmanendpoint.h"
#include "kvp/wsmanenvelope.h"
#include "kvp/wsmanresponse.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
const QUrl endpoint(u"https://hv01.example.com:5986/wsman"_s);

// Every element's namespace and local name with its text, and attributes, in document order.
struct Element
{
    QString ns;
    QString name;
    QString text;
    QXmlStreamAttributes attributes;
};

QList<Element> elements(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    QList<Element> all;
    QList<qsizetype> open;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            open.append(all.size());
            all.append({ reader.namespaceUri().toString(), reader.name().toString(), {}, reader.attributes() });
        } else if (reader.isEndElement()) {
            open.removeLast();
        } else if (reader.isCharacters() && !open.isEmpty()) {
            all[open.last()].text += reader.text();
        }
    }
    if (reader.hasError()) {
        qWarning() << reader.errorString();
        return {};
    }
    return all;
}

QList<Element> named(const QList<Element>& all, const QString& ns, const QString& name)
{
    QList<Element> found;
    for (const Element& element : all) {
        if (element.ns == ns && element.name == name) {
            found.append(element);
        }
    }
    return found;
}

QByteArray envelope(
    const QByteArray& body, const QByteArray& action = "http://schemas.xmlsoap.org/ws/2004/09/enumeration/PullResponse")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:a=\"http://schemas.xmlsoap.org/ws/2004/08/addressing\"\n"
           " xmlns:n=\"http://schemas.xmlsoap.org/ws/2004/09/enumeration\" "
           "xmlns:w=\"http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd\">\n"
           "<s:Header><a:To>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</a:To><a:Action>"
        + action
        + "</a:Action><a:MessageID>uuid:1</a:MessageID><a:RelatesTo>uuid:0</a:RelatesTo></s:Header>\n"
          "<s:Body>"
        + body + "</s:Body></s:Envelope>";
}
} // namespace

class TestWsManMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enumerateCarriesTheWqlFilterAndTheHeadersWinRmRequires()
    {
        const QList<Element> all = elements(WsMan::enumerate(endpoint, u"SELECT * FROM Msvm_ComputerSystem"_s));
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().ns, WsMan::soapNs);
        QCOMPARE(all.first().name, u"Envelope"_s);
        QCOMPARE(named(all, WsMan::addressingNs, u"To"_s).value(0).text, endpoint.toString());
        QCOMPARE(named(all, WsMan::addressingNs, u"Action"_s).value(0).text,
            u"http://schemas.xmlsoap.org/ws/2004/09/enumeration/Enumerate"_s);
        QCOMPARE(named(all, WsMan::wsmanNs, u"ResourceURI"_s).value(0).text,
            u"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/*"_s);
        QCOMPARE(named(all, WsMan::addressingNs, u"Address"_s).value(0).text, WsMan::anonymous);
        QVERIFY(named(all, WsMan::addressingNs, u"MessageID"_s).value(0).text.startsWith(u"uuid:"_s));
        const Element filter = named(all, WsMan::wsmanNs, u"Filter"_s).value(0);
        QCOMPARE(filter.attributes.value(u"Dialect"_s).toString(), WsMan::wqlDialect);
        QCOMPARE(filter.text, u"SELECT * FROM Msvm_ComputerSystem"_s);
        QCOMPARE(named(all, WsMan::enumerationNs, u"Enumerate"_s).size(), 1);
        // Each message has its own id.
        QVERIFY(named(elements(WsMan::enumerate(endpoint, u"x"_s)), WsMan::addressingNs, u"MessageID"_s).value(0).text
            != named(all, WsMan::addressingNs, u"MessageID"_s).value(0).text);
    }

    void pullNamesTheContextAndTheBatch()
    {
        const QList<Element> all = elements(WsMan::pull(endpoint, u"Msvm_ComputerSystem"_s, u"uuid:ctx-1"_s, 32));
        QCOMPARE(named(all, WsMan::enumerationNs, u"EnumerationContext"_s).value(0).text, u"uuid:ctx-1"_s);
        QCOMPARE(named(all, WsMan::enumerationNs, u"MaxElements"_s).value(0).text, u"32"_s);
        QCOMPARE(named(all, WsMan::wsmanNs, u"ResourceURI"_s).value(0).text,
            WsMan::classUri(u"Msvm_ComputerSystem"_s)); // the class's own URI, as libvirt pulls
        QCOMPARE(named(all, WsMan::addressingNs, u"Action"_s).value(0).text,
            u"http://schemas.xmlsoap.org/ws/2004/09/enumeration/Pull"_s);
    }

    void invokeBuildsLibvirtsMethodBodyWithOneDataItemsPerItem()
    {
        const QString service = u"Msvm_VirtualSystemManagementService"_s;
        const QString serviceUri = WsMan::classUri(service);
        const QString tricky = u"a ]]> b <c> & \"d\" ü 🙂"_s;
        const QList<WsMan::Argument> arguments {
            { u"TargetSystem"_s, QString(),
                { u"Msvm_ComputerSystem"_s,
                    { { u"CreationClassName"_s, u"Msvm_ComputerSystem"_s }, { u"Name"_s, u"GUID-1"_s } } } },
            { u"DataItems"_s, CimXmlInstance::kvpDataItem(u"k1"_s, tricky, 0), {} },
            { u"DataItems"_s, CimXmlInstance::kvpDataItem(u"k2"_s, u"v2"_s, 0), {} },
        };
        const QByteArray xml = WsMan::invoke(
            endpoint, { service, { { u"CreationClassName"_s, service } } }, u"AddKvpItems"_s, arguments);
        const QList<Element> all = elements(xml);
        QVERIFY(!all.isEmpty());
        QCOMPARE(named(all, WsMan::addressingNs, u"Action"_s).value(0).text, serviceUri + u"/AddKvpItems"_s);
        QCOMPARE(named(all, WsMan::wsmanNs, u"ResourceURI"_s).value(0).text, serviceUri);
        const QList<Element> selectors = named(all, WsMan::wsmanNs, u"Selector"_s);
        QCOMPARE(selectors.size(), 3); // the header's, then the target's two
        QCOMPARE(selectors.at(0).attributes.value(u"Name"_s).toString(), u"CreationClassName"_s);
        QCOMPARE(selectors.at(0).text, service);
        QCOMPARE(selectors.at(2).attributes.value(u"Name"_s).toString(), u"Name"_s);
        QCOMPARE(selectors.at(2).text, u"GUID-1"_s);
        QCOMPARE(named(all, serviceUri, u"AddKvpItems_INPUT"_s).size(), 1);
        QCOMPARE(named(all, serviceUri, u"TargetSystem"_s).size(), 1);
        QCOMPARE(named(all, WsMan::wsmanNs, u"ResourceURI"_s).value(1).text, WsMan::classUri(u"Msvm_ComputerSystem"_s));
        const QList<Element> items = named(all, serviceUri, u"DataItems"_s);
        QCOMPARE(items.size(), 2);
        QVERIFY(xml.contains("<![CDATA[<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\">"));
        const auto first = CimXmlInstance::parse(items.at(0).text);
        QVERIFY(first);
        QCOMPARE(first->className, u"Msvm_KvpExchangeDataItem"_s);
        QCOMPARE(first->properties.value(u"Name"_s), u"k1"_s);
        QCOMPARE(first->properties.value(u"Data"_s), tricky);
        QCOMPARE(first->properties.value(u"Source"_s), u"0"_s);
        QCOMPARE(CimXmlInstance::parse(items.at(1).text)->properties.value(u"Name"_s), u"k2"_s);
    }

    void cimXmlInstancesFromWmiParseAndBrokenOnesSayWhy()
    {
        const auto instance = CimXmlInstance::parse(
            QString::fromUtf8("<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Caption\" "
                              "PROPAGATED=\"true\" TYPE=\"string\"></PROPERTY><PROPERTY NAME=\"Data\" "
                              "TYPE=\"string\"><VALUE>10.0.0.5;fe80::1</VALUE></PROPERTY><PROPERTY NAME=\"Name\" "
                              "TYPE=\"string\"><VALUE>NetworkAddressIPv4</VALUE></PROPERTY><PROPERTY NAME=\"Source\" "
                              "TYPE=\"uint16\"><VALUE>2</VALUE></PROPERTY></INSTANCE>"));
        QVERIFY(instance);
        QCOMPARE(instance->properties.value(u"Name"_s), u"NetworkAddressIPv4"_s);
        QCOMPARE(instance->properties.value(u"Data"_s), u"10.0.0.5;fe80::1"_s);
        QVERIFY(!instance->properties.contains(u"Caption"_s)); // no VALUE: null
        QString why;
        QVERIFY(!CimXmlInstance::parse(u"<INSTANCE><PROPERTY NAME=\"Name\"><VALUE>x</PROPERTY>"_s, &why));
        QVERIFY2(why.contains(u"CIM-XML"_s), qPrintable(why));
        QVERIFY(!CimXmlInstance::parse(u"<CLASS NAME=\"x\"/>"_s, &why));
        QVERIFY(!CimXmlInstance::parse(QString(), &why));
    }

    void aPullPageGivesItsInstancesArraysAndNils()
    {
        const QByteArray instance
            = "&lt;INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"&gt;&lt;PROPERTY NAME=\"Data\" "
              "TYPE=\"string\"&gt;&lt;VALUE&gt;Debian&lt;/VALUE&gt;&lt;/PROPERTY&gt;&lt;PROPERTY NAME=\"Name\" "
              "TYPE=\"string\"&gt;&lt;VALUE&gt;OSName&lt;/VALUE&gt;&lt;/PROPERTY&gt;&lt;/INSTANCE&gt;";
        const QByteArray body = "<n:PullResponse><n:EnumerationContext>uuid:next</n:EnumerationContext><n:Items>\n"
                                "<p:Msvm_KvpExchangeComponent "
                                "xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"
                                "Msvm_KvpExchangeComponent\"\n"
                                " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                                "xmlns:cim=\"http://schemas.dmtf.org/wbem/wscim/1/common\">\n"
                                "<p:Caption>Key-Value Pair Exchange</p:Caption><p:Description xsi:nil=\"true\"/>\n"
                                "<p:GuestIntrinsicExchangeItems>"
            + instance + "</p:GuestIntrinsicExchangeItems><p:GuestIntrinsicExchangeItems>" + instance
            + "</p:GuestIntrinsicExchangeItems>\n"
              "<p:InstallDate><cim:Datetime>2026-11-30T10:00:00Z</cim:Datetime></p:InstallDate>\n"
              "<p:SystemName>9A5C1D7E-0000-4000-8000-000000000001</p:SystemName></p:Msvm_KvpExchangeComponent>\n"
              "<p:Msvm_KvpExchangeComponent "
              "xmlns:p=\"x\"><p:SystemName>two</p:SystemName></p:Msvm_KvpExchangeComponent>\n"
              "</n:Items></n:PullResponse>";
        QString why;
        const auto response = WsManResponse::parse(envelope(body), &why);
        QVERIFY2(response, qPrintable(why));
        QVERIFY(!response->fault);
        QCOMPARE(response->enumerationContext, u"uuid:next"_s);
        QVERIFY(!response->endOfSequence);
        QCOMPARE(response->items.size(), 2);
        const WsManObject& component = response->items.first();
        QCOMPARE(component.className, u"Msvm_KvpExchangeComponent"_s);
        QCOMPARE(component.value(u"SystemName"_s), u"9A5C1D7E-0000-4000-8000-000000000001"_s);
        QVERIFY(!component.has(u"Description"_s));
        QCOMPARE(component.value(u"InstallDate"_s), u"2026-11-30T10:00:00Z"_s);
        const QStringList items = component.values(u"GuestIntrinsicExchangeItems"_s);
        QCOMPARE(items.size(), 2);
        QCOMPARE(CimXmlInstance::parse(items.first())->properties.value(u"Data"_s), u"Debian"_s);
        QCOMPARE(response->items.at(1).value(u"SystemName"_s), u"two"_s);

        const auto last
            = WsManResponse::parse(envelope("<n:PullResponse><n:Items/><n:EndOfSequence/></n:PullResponse>"), &why);
        QVERIFY(last);
        QVERIFY(last->endOfSequence);
        QVERIFY(last->items.isEmpty());
        const auto started = WsManResponse::parse(
            envelope("<n:EnumerateResponse><n:EnumerationContext>uuid:c</n:EnumerationContext></n:EnumerateResponse>"),
            &why);
        QCOMPARE(started->enumerationContext, u"uuid:c"_s);
    }

    void aFaultKeepsItsSubcodeReasonAndWindowsCode()
    {
        const QByteArray body
            = "<s:Fault><s:Code><s:Value>s:Sender</s:Value><s:Subcode><s:Value>w:InvalidSelectors</s:Value></"
              "s:Subcode></s:Code>\n"
              "<s:Reason><s:Text xml:lang=\"en-US\">The WS-Management service cannot process the request because the "
              "request contained invalid selectors for the resource. </s:Text></s:Reason>\n"
              "<s:Detail><f:WSManFault xmlns:f=\"http://schemas.microsoft.com/wbem/wsman/1/wsmanfault\" "
              "Code=\"2150858843\" Machine=\"hv01\"><f:Message>No VM has the GUID "
              "X.</f:Message></f:WSManFault></s:Detail></s:Fault>";
        QString why;
        const auto response
            = WsManResponse::parse(envelope(body, "http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"), &why);
        QVERIFY2(response, qPrintable(why));
        QVERIFY(response->fault);
        QCOMPARE(response->action, u"http://schemas.dmtf.org/wbem/wsman/1/wsman/fault"_s);
        QCOMPARE(response->fault->code, u"s:Sender"_s);
        QCOMPARE(response->fault->subcode, u"w:InvalidSelectors"_s);
        QVERIFY(response->fault->text().startsWith(u"The WS-Management service cannot process"_s));
        QCOMPARE(response->fault->detailCode, u"2150858843"_s);
        QVERIFY(response->fault->rawText().contains(u"No VM has the GUID X."_s));
        QVERIFY(response->fault->rawText().contains(u"w:InvalidSelectors"_s));
    }

    void aMethodOutputNamesItsJob()
    {
        const QByteArray body
            = "<p:AddKvpItems_OUTPUT "
              "xmlns:p=\"http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/"
              "Msvm_VirtualSystemManagementService\">\n"
              "<p:Job><a:Address>http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous</"
              "a:Address><a:ReferenceParameters>\n"
              "<w:ResourceURI>http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/Msvm_ConcreteJob</"
              "w:ResourceURI>\n"
              "<w:SelectorSet><w:Selector "
              "Name=\"InstanceID\">5F3A-JOB</w:Selector></w:SelectorSet></a:ReferenceParameters></p:Job>\n"
              "<p:ReturnValue>4096</p:ReturnValue></p:AddKvpItems_OUTPUT>";
        QString why;
        const auto response = WsManResponse::parse(envelope(body, "…/AddKvpItemsResponse"), &why);
        QVERIFY2(response && response->output, qPrintable(why));
        QCOMPARE(response->output->className, u"AddKvpItems_OUTPUT"_s);
        QCOMPARE(response->output->value(u"ReturnValue"_s), u"4096"_s);
        QCOMPARE(response->output->selector(u"Job"_s, u"InstanceID"_s), u"5F3A-JOB"_s);
        QVERIFY(!response->output->has(u"Job"_s)); // a reference, not text
    }

    void brokenAnswersAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("empty") << QByteArray() << u"not"_s;
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"SOAP 1.2"_s;
        QTest::newRow("soap 1.1") << QByteArray(
            "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body/></e:Envelope>")
                                  << u"SOAP 1.2"_s;
        QTest::newRow("truncated") << envelope("<n:PullResponse><n:Items>").left(300) << u"well-formed"_s;
        QTest::newRow("no body") << QByteArray(
            "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\"><s:Header/></s:Envelope>")
                                 << u"no body"_s;
    }

    void brokenAnswersAreRefusedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        QString why;
        QVERIFY(!WsManResponse::parse(bytes, &why));
        QVERIFY2(why.contains(said), qPrintable(why));
    }

    void carriageReturnsSurviveAnEmbeddedInstance()
    {
        const QString value = u"line 1\r\nline 2\rend"_s;
        const QString text = CimXmlInstance::kvpDataItem(u"k\r"_s, value, 0);
        QVERIFY(!text.contains(u'\r')); // as character references, which no parser normalises
        QCOMPARE(CimXmlInstance::parse(text)->properties.value(u"Data"_s), value);
        QCOMPARE(CimXmlInstance::parse(text)->properties.value(u"Name"_s), u"k\r"_s);
    }

    void contentAfterTheEnvelopeIsRefused()
    {
        QString why;
        QVERIFY(!WsManResponse::parse(envelope("<n:PullResponse/>") + "<s:Envelope><oops", &why));
        QVERIFY2(why.contains(u"well-formed"_s), qPrintable(why));
    }

    void wqlStringsAreQuoted() { QCOMPARE(WsMan::wqlString(u"a'b\\c"_s), u"'a\\'b\\\\c'"_s); }

    void endpointsGetWinRmsPortsAndPath()
    {
        QCOMPARE(WsManEndpoint::normalizedUrl(u"hv01"_s), QUrl(u"https://hv01:5986/wsman"_s));
        QCOMPARE(WsManEndpoint::normalizedUrl(u"http://hv01"_s), QUrl(u"http://hv01:5985/wsman"_s));
        QCOMPARE(WsManEndpoint::normalizedUrl(u"https://hv01:443/custom"_s), QUrl(u"https://hv01:443/custom"_s));
        QString why;
        QVERIFY(!WsManEndpoint::normalizedUrl(u"ftp://hv01"_s, &why).isValid());
        QVERIFY(why.contains(u"https://"_s));
        WsManEndpoint windowsOverHttp { QUrl(u"http://hv01:5985/wsman"_s), u"u"_s,
            WsManEndpoint::Authentication::Windows, {} };
        QVERIFY(windowsOverHttp.problem().contains(u"HTTPS"_s));
        windowsOverHttp.authentication = WsManEndpoint::Authentication::Basic;
        QVERIFY(windowsOverHttp.problem().isEmpty());
        QCOMPARE(windowsOverHttp.secretKey(), u"hyperv:u@hv01:5985"_s);
    }

    void seedItemsAnnounceLastAndStaleChunksAreFound()
    {
        const KvpSeed::Payloads payloads { "meta", QByteArray(2000, 'u'), {} };
        const auto items = KvpSeed::items(payloads);
        qsizetype lastChunk = -1;
        qsizetype firstAnnouncement = items.size();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const bool announcement = items.at(i).first.endsWith(".count") || items.at(i).first.endsWith(".sha256");
            if (announcement) {
                firstAnnouncement = std::min(firstAnnouncement, i);
            } else {
                lastChunk = i;
            }
        }
        QVERIFY(lastChunk < firstAnnouncement);
        // 2000 bytes → 2668 base64 characters → 3 chunks of user-data; chunk 3 and up are stale.
        const QStringList existing { u"vmdesk.user-data.2"_s, u"vmdesk.user-data.3"_s, u"vmdesk.user-data.10"_s,
            u"vmdesk.meta-data.1"_s, u"vmdesk.user-data.count"_s, u"other.5"_s };
        QCOMPARE(KvpSeed::staleKeys(existing, payloads),
            QStringList({ u"vmdesk.user-data.3"_s, u"vmdesk.user-data.10"_s, u"vmdesk.meta-data.1"_s }));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestWsManMessages)
#include "tst_wsmanmessages.moc"
