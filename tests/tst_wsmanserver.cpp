// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QXmlStreamReader>

#include "kvp/kvppool.h"
#include "support/rawwsmanrequests.h"
#include "support/testmain.h"
#include "support/wsmanserver.h"

using namespace Qt::StringLiterals;

using namespace RawWsManRequests;

namespace {
using Pairs = QMap<QString, QString>;
using Records = QList<QPair<QByteArray, QByteArray>>;
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body, contentType, authenticate;
    QString errorText;
};

struct Instance
{
    QString className;
    QMap<QString, QStringList> properties; // a nil property reads as one empty string
};

// Every element named {ns}name, in document order.
QStringList texts(const QByteArray& xml, const QString& ns, const QString& name)
{
    QStringList found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.namespaceUri() == ns && reader.name() == name)
            found << reader.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return found;
}

QString subcode(const QByteArray& xml)
{
    const QStringList values = texts(xml, soapNs, u"Subcode"_s);
    return values.isEmpty() ? QString() : values.first().trimmed();
}

QList<Instance> items(const QByteArray& xml)
{
    QList<Instance> result;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()
        && !(reader.readNext() == QXmlStreamReader::StartElement && reader.namespaceUri() == enumerationNs
            && reader.name() == u"Items")) { }
    while (reader.readNextStartElement()) {
        Instance instance { reader.name().toString(), {} };
        while (reader.readNextStartElement())
            instance.properties[reader.name().toString()] << reader.readElementText();
        result << instance;
    }
    return result;
}

// Name -> Data of embedded Msvm_KvpExchangeDataItem instances, each checked for its class and Source.
Pairs pairs(const QStringList& instances, const QString& source)
{
    Pairs result;
    for (const QString& text : instances) {
        QXmlStreamReader reader(text);
        Pairs properties;
        if (!reader.readNextStartElement() || reader.name() != u"INSTANCE"
            || reader.attributes().value(u"CLASSNAME"_s) != u"Msvm_KvpExchangeDataItem")
            return { { u"<not a Msvm_KvpExchangeDataItem>"_s, text } };
        while (reader.readNextStartElement()) {
            const QString name = reader.attributes().value(u"NAME"_s).toString();
            while (reader.readNextStartElement())
                properties[name] = reader.readElementText();
        }
        if (reader.hasError() || properties.value(u"Source"_s) != source)
            return { { u"<bad instance>"_s, text } };
        result.insert(properties.value(u"Name"_s), properties.value(u"Data"_s));
    }
    return result;
}

QByteArray basic(const QByteArray& user = "Administrator", const QByteArray& password = "hyperv-test-password")
{
    return "Basic " + QByteArray(user + ':' + password).toBase64();
}

Records poolRecords(const QString& path)
{
    Records records;
    for (const KvpRecord& record : KvpPool::read(path).records)
        records.append({ record.key, record.value });
    return records;
}
} // namespace

class TestWsManServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_state;
    QNetworkAccessManager m_network;
    WsManServer m_server;

    void startServer(WsManServer& server, const QString& poolRoot = {}, int pageSize = 0, bool jobs = false,
        const QString& certificate = {}, const QString& key = {})
    {
        WsManServer::Options options;
        options.certificate = certificate;
        options.key = key;
        options.statePath = m_state;
        options.poolRoot = poolRoot;
        options.pageSize = pageSize;
        options.jobs = jobs;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
    }

    Reply post(const QUrl& url, const QString& body, const QByteArray& authorization = basic(),
        const QByteArray& contentType = "application/soap+xml;charset=UTF-8", const QList<QSslCertificate>& ca = {})
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!ca.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(ca);
            request.setSslConfiguration(tls);
        }
        request.setTransferTimeout(20000);
        QNetworkReply* reply = m_network.post(request, body.toUtf8());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
            reply->readAll(), reply->rawHeader("Content-Type"), reply->rawHeader("WWW-Authenticate"),
            reply->errorString() };
        reply->deleteLater();
        return result;
    }

    // Enumerate, then Pull until EndOfSequence; the number of items in each PullResponse goes to pages.
    void enumerateAll(const QUrl& url, const QString& wql, QList<Instance>* all, QList<qsizetype>* pages = nullptr,
        int maxElements = 10, const QString& resourceUri = v2 + u'*')
    {
        const Reply started = post(url, envelope({ enumerationNs + u"/Enumerate"_s, resourceUri }, enumerateBody(wql)));
        QCOMPARE(started.status, 200);
        QString context = texts(started.body, enumerationNs, u"EnumerationContext"_s).value(0);
        QVERIFY(context.startsWith(u"uuid:"_s));
        // Pulled with the class's own URI, as libvirt's hypervEnumAndPull does.
        const QString pullUri = resourceUri.endsWith(u'*') ? v2
                + QRegularExpression(u"FROM\\s+(\\w+)"_s, QRegularExpression::CaseInsensitiveOption)
                      .match(wql)
                      .captured(1)
                                                           : resourceUri;
        for (int pull = 0; pull < 1000; ++pull) {
            const Reply page
                = post(url, envelope({ enumerationNs + u"/Pull"_s, pullUri }, pullBody(context, maxElements)));
            QCOMPARE(page.status, 200);
            const QList<Instance> found = items(page.body);
            all->append(found);
            if (pages)
                pages->append(found.size());
            const bool end = !texts(page.body, enumerationNs, u"EndOfSequence"_s).isEmpty();
            const QStringList next = texts(page.body, enumerationNs, u"EnumerationContext"_s);
            QCOMPARE(next.isEmpty(), end); // the last page has no context
            if (end)
                return;
            context = next.first();
        }
        QFAIL("no EndOfSequence");
    }

    Pairs hostItems(const QUrl& url, const QString& vm)
    {
        QList<Instance> found;
        enumerateAll(url,
            u"SELECT * FROM Msvm_KvpExchangeComponentSettingData WHERE InstanceID LIKE 'Microsoft:%1%'"_s.arg(vm),
            &found);
        if (found.size() != 1)
            return { { u"<instances>"_s, QString::number(found.size()) } };
        return pairs(found.first().properties.value(u"HostExchangeItems"_s), u"0"_s);
    }

    // The ReturnValue of a method call; jobId gets the InstanceID selector of the Job reference.
    // A KVP method call: its ReturnValue; jobId gets the InstanceID selector of the Job reference.
    QString call(const QUrl& url, const QString& method, const QString& vm, const Items& items,
        QString* jobId = nullptr, bool cdata = true, int source = 0)
    {
        const Reply reply = post(url, invokeEnvelope(method, vm, items, cdata, source));
        if (reply.status != 200)
            return u"HTTP %1 %2"_s.arg(reply.status).arg(subcode(reply.body));
        QXmlStreamReader reader(reply.body);
        while (jobId && !reader.atEnd())
            if (reader.readNext() == QXmlStreamReader::StartElement
                && reader.attributes().value(u"Name"_s) == u"InstanceID")
                *jobId = reader.readElementText();
        return texts(reply.body, service, u"ReturnValue"_s).value(0);
    }

    Instance job(const QUrl& url, const QString& id)
    {
        QList<Instance> found;
        enumerateAll(url, u"SELECT * FROM Msvm_ConcreteJob WHERE InstanceID = '%1'"_s.arg(id), &found);
        return found.value(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_state = m_dir.filePath(u"state.json"_s);
        const QByteArray state = R"({"vms": [{"id": "6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0001", "name": "web01", "state": 2,
            "intrinsic": {"OSName": "Debian GNU/Linux", "FullyQualifiedDomainName": "web01.example.test"},
            "guest": {"role": "frontend <&>"}, "host": {"seeded": "yes"}}, {"id": "6a1d2e0c-1b6b-4c1e-9e61-0f6c1d7a0002",
            "name": "db01", "state": 2, "intrinsic": {"OSName": "Debian GNU/Linux"}}, {"id":
            "6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0003", "name": "off01", "state": 3, "intrinsic": {"OSName": "Windows"}}]})";
        QString error;
        QVERIFY2(WsManServer::writeState(m_state, QJsonDocument::fromJson(state).object(), &error), qPrintable(error));
        startServer(m_server);
    }

    void authentication()
    {
        const QString body = envelope({ enumerationNs + u"/Enumerate"_s, v2 + u'*' }, enumerateBody(vmFilter));
        for (const QByteArray& authorization : QList<QByteArray> {
                 QByteArray(), basic("Administrator", "wrong"), basic("Guest"), QByteArray("Negotiate abc") }) {
            const Reply reply = post(m_server.endpoint(), body, authorization);
            QCOMPARE(reply.status, 401);
            QVERIFY(reply.body.isEmpty());
            QVERIFY2(reply.authenticate.contains("Basic realm=\"WSMAN\""), reply.authenticate.constData());
            QVERIFY2(reply.authenticate.contains("Negotiate"), reply.authenticate.constData());
        }
        // The reply's WS-Addressing headers, as WinRM sends them.
        const Reply ok = post(m_server.endpoint(), body);
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.contentType, "application/soap+xml;charset=UTF-8");
        QCOMPARE(texts(ok.body, addressingNs, u"RelatesTo"_s), texts(body.toUtf8(), addressingNs, u"MessageID"_s));
        QCOMPARE(texts(ok.body, addressingNs, u"To"_s), QStringList { anonymous });
        QCOMPARE(post(m_server.endpoint(), body, basic("administrator")).status,
            200); // Windows account names are case-insensitive

        const Reply wrongType = post(m_server.endpoint(), body, basic(), "text/xml");
        QCOMPARE(wrongType.status, 415);
        QVERIFY(wrongType.body.isEmpty());
        QUrl other = m_server.endpoint();
        other.setPath(u"/other"_s);
        QCOMPARE(post(other, body).status, 404);
    }

    void enumeratesVirtualMachinesPageByPage()
    {
        WsManServer paged;
        startServer(paged, {}, 1);
        QList<Instance> vms;
        QList<qsizetype> pages;
        enumerateAll(paged.endpoint(), vmFilter, &vms, &pages, 10);
        QCOMPARE(pages, (QList<qsizetype> { 1, 1, 1 })); // the page size caps MaxElements
        QStringList got;
        for (const Instance& vm : vms) {
            QCOMPARE(vm.className, u"Msvm_ComputerSystem"_s);
            QCOMPARE(vm.properties.value(u"OtherEnabledState"_s), QStringList { QString() }); // nil
            for (const QString& name : { u"Caption"_s, u"ElementName"_s, u"Name"_s, u"EnabledState"_s })
                got << vm.properties.value(name);
        }
        const QString vm = u"Virtual Machine"_s; // GUIDs upper-case, as Hyper-V shows them
        QCOMPARE(got,
            (QStringList {
                vm, u"web01"_s, web01, u"2"_s, vm, u"db01"_s, db01, u"2"_s, vm, u"off01"_s, off01, u"3"_s }));

        // Without a filter the host itself comes first; MaxElements below the page size is honoured.
        QList<Instance> all;
        pages.clear();
        enumerateAll(m_server.endpoint(), {}, &all, &pages, 3, v2 + u"Msvm_ComputerSystem"_s);
        QCOMPARE(pages, (QList<qsizetype> { 3, 1 }));
        QCOMPARE(all.first().properties.value(u"Caption"_s), QStringList { u"Hosting Computer System"_s });
        pages.clear();
        enumerateAll(m_server.endpoint(), vmFilter, &all, &pages, 0); // no MaxElements: one at a time
        QCOMPARE(pages, (QList<qsizetype> { 1, 1, 1 }));
    }

    void wqlConditions()
    {
        const QList<QPair<QString, QStringList>> cases {
            { u"SELECT * FROM Msvm_ComputerSystem WHERE ElementName LIKE 'web%'"_s, { u"web01"_s } },
            { u"select * from Msvm_ComputerSystem where Description = 'Microsoft Virtual Machine' and EnabledState = 3"_s,
                { u"off01"_s } },
            { u"SELECT * FROM Msvm_ComputerSystem WHERE Name = \"%1\""_s.arg(db01.toLower()), { u"db01"_s } },
            { vmFilter + u" AND ElementName <> 'web01'"_s, { u"db01"_s, u"off01"_s } },
        };
        for (const auto& [wql, names] : cases) {
            QList<Instance> found;
            enumerateAll(m_server.endpoint(), wql, &found);
            QCOMPARE(found.size(), names.size());
            for (qsizetype i = 0; i < found.size(); ++i)
                QCOMPARE(found[i].properties.value(u"ElementName"_s), QStringList { names[i] });
        }
    }

    void guestItemsAreEmbeddedInstances()
    {
        QTemporaryDir pools;
        WsManServer server;
        startServer(server, pools.path());
        const auto component = [&](const QString& vm) {
            QList<Instance> found;
            enumerateAll(server.endpoint(),
                u"SELECT * FROM Msvm_KvpExchangeComponent WHERE SystemName = '%1'"_s.arg(vm), &found);
            return found.size() == 1 ? found.first().properties : QMap<QString, QStringList> {};
        };
        QCOMPARE(pairs(component(web01).value(u"GuestIntrinsicExchangeItems"_s), u"2"_s),
            (Pairs {
                { u"FullyQualifiedDomainName"_s, u"web01.example.test"_s }, { u"OSName"_s, u"Debian GNU/Linux"_s } }));
        QCOMPARE(pairs(component(web01).value(u"GuestExchangeItems"_s), u"1"_s),
            (Pairs { { u"role"_s, u"frontend <&>"_s } }));

        // What the guest wrote into its pool 1 replaces the state's items.
        QVERIFY(QDir(pools.path()).mkpath(u"web01"_s));
        const QString pool1 = KvpPool::path(pools.filePath(u"web01"_s), 1);
        QCOMPARE(KvpPool::set(pool1, "Role", "from the guest"), QString());
        QCOMPARE(KvpPool::set(pool1, "Zone", "b"), QString());
        QCOMPARE(pairs(component(web01).value(u"GuestExchangeItems"_s), u"1"_s),
            (Pairs { { u"Role"_s, u"from the guest"_s }, { u"Zone"_s, u"b"_s } }));

        // A stopped VM reports no guest items: each array is one nil element.
        const QMap<QString, QStringList> stopped = component(off01);
        QCOMPARE(stopped.value(u"GuestIntrinsicExchangeItems"_s), QStringList { QString() });
        QCOMPARE(stopped.value(u"GuestExchangeItems"_s), QStringList { QString() });
    }

    void hostItemsAddModifyRemove()
    {
        QTemporaryDir pools;
        WsManServer server;
        startServer(server, pools.path());
        const QUrl url = server.endpoint();
        const QString pool0 = KvpPool::path(pools.filePath(u"web01"_s), 0);
        const QString beta = u"x<&>\"é"_s; // XML specials and UTF-8 travel intact

        QCOMPARE(call(url, addItems, web01, { { u"alpha"_s, u"1"_s }, { u"beta"_s, beta } }), u"0"_s);
        QCOMPARE(
            hostItems(url, web01), (Pairs { { u"seeded"_s, u"yes"_s }, { u"alpha"_s, u"1"_s }, { u"beta"_s, beta } }));
        QCOMPARE(poolRecords(pool0), (Records { { "alpha", "1" }, { "beta", "x<&>\"\xc3\xa9" } }));
        QCOMPARE(QFileInfo(pool0).size(), 2 * KvpPool::recordSize);

        // Escaped text instead of CDATA; the record keeps its place.
        QCOMPARE(call(url, modifyItems, web01, { { u"alpha"_s, u"22"_s } }, nullptr, false), u"0"_s);
        QCOMPARE(hostItems(url, web01).value(u"alpha"_s), u"22"_s);
        QCOMPARE(poolRecords(pool0), (Records { { "alpha", "22" }, { "beta", "x<&>\"\xc3\xa9" } }));

        QCOMPARE(call(url, removeItems, web01, { { u"alpha"_s, QString() } }), u"0"_s);
        QCOMPARE(hostItems(url, web01), (Pairs { { u"seeded"_s, u"yes"_s }, { u"beta"_s, beta } }));
        QCOMPARE(poolRecords(pool0), (Records { { "beta", "x<&>\"\xc3\xa9" } }));
        QCOMPARE(QFileInfo(pool0).size(), KvpPool::recordSize);

        // Items of a stopped VM are kept by the host but reach no guest file.
        QCOMPARE(call(url, addItems, off01, { { u"later"_s, u"1"_s } }), u"0"_s);
        QCOMPARE(hostItems(url, off01), (Pairs { { u"later"_s, u"1"_s } }));
        QVERIFY(!QFile::exists(KvpPool::path(pools.filePath(u"off01"_s), 0)));
    }

    void invalidCallsChangeNothing()
    {
        QTemporaryDir pools;
        WsManServer server;
        startServer(server, pools.path());
        const QUrl url = server.endpoint();
        const Pairs before = hostItems(url, web01);
        Items tooMany;
        for (int i = 0; i < 129; ++i)
            tooMany.append({ u"k%1"_s.arg(i), u"v"_s });
        QCOMPARE(call(url, addItems, web01, { { u"new"_s, u"1"_s }, { u"seeded"_s, u"2"_s } }), u"32773"_s);
        QCOMPARE(call(url, modifyItems, web01, { { u"seeded"_s, u"2"_s }, { u"absent"_s, u"1"_s } }), u"32773"_s);
        QCOMPARE(call(url, addItems, web01, { { u"guest-side"_s, u"1"_s } }, nullptr, true, 1), u"32773"_s);
        QCOMPARE(call(url, addItems, web01, tooMany), u"32773"_s);
        QCOMPARE(call(url, addItems, u"00000000-0000-0000-0000-000000000000"_s, { { u"a"_s, u"b"_s } }), u"32773"_s);
        QCOMPARE(hostItems(url, web01), before);
        QVERIFY(!QFile::exists(KvpPool::path(pools.filePath(u"web01"_s), 0)));
        QCOMPARE(call(url, removeItems, web01, { { u"absent"_s, QString() } }), u"0"_s);
        tooMany.removeLast();
        QCOMPARE(call(url, addItems, web01, tooMany), u"0"_s); // 128 is the limit
        QCOMPARE(hostItems(url, web01).size(), 129);
        QCOMPARE(KvpPool::read(KvpPool::path(pools.filePath(u"web01"_s), 0)).records.size(), 128);
    }

    void jobsRunThenCompleteOrFail()
    {
        QTemporaryDir pools;
        WsManServer server;
        startServer(server, pools.path(), 0, true); // two reads running, as by default
        const QUrl url = server.endpoint();
        QString id;
        QCOMPARE(call(url, addItems, db01, { { u"async"_s, u"1"_s } }, &id), u"4096"_s);
        QVERIFY(!id.isEmpty());
        for (const char* state : { "4", "4", "7" }) {
            QVERIFY(!hostItems(url, db01).contains(u"async"_s)); // applied when the job completes
            QCOMPARE(job(url, id).properties.value(u"JobState"_s), QStringList { QString::fromLatin1(state) });
        }
        QCOMPARE(hostItems(url, db01), (Pairs { { u"async"_s, u"1"_s } }));
        QCOMPARE(poolRecords(KvpPool::path(pools.filePath(u"db01"_s), 0)), (Records { { "async", "1" } }));

        QString failing;
        QCOMPARE(call(url, addItems, db01, { { u"async"_s, u"2"_s } }, &failing), u"4096"_s);
        for (int poll = 0; poll < 2; ++poll)
            QCOMPARE(job(url, failing).properties.value(u"JobState"_s), QStringList { u"4"_s });
        const Instance failed = job(url, failing);
        QCOMPARE(failed.properties.value(u"JobState"_s), QStringList { u"10"_s });
        QCOMPARE(failed.properties.value(u"ErrorCode"_s), QStringList { u"32773"_s });
        QVERIFY(failed.properties.value(u"ErrorDescription"_s).value(0).contains(u"already exists"_s));
        QCOMPARE(job(url, id).properties.value(u"JobState"_s), QStringList { u"7"_s }); // finished jobs stay
        QCOMPARE(hostItems(url, db01).value(u"async"_s), u"1"_s);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("subcode");
        const auto row = [](const char* name, const QString& body, const char* subcode) {
            QTest::newRow(name) << body << QString::fromLatin1(subcode);
        };
        const QString star = v2 + u'*', enumerate = enumerationNs + u"/Enumerate"_s, vms = enumerateBody(vmFilter);
        const auto wql = [&](const QString& query) { return envelope({ enumerate, star }, enumerateBody(query)); };
        const auto add = [](const QString& from, const QString& to) {
            return invokeEnvelope(u"AddKvpItems"_s, web01, { { u"a"_s, u"b"_s } }).replace(from, to);
        };
        Headers noMessageId { enumerate, star }, noTo { enumerate, star };
        noMessageId.messageId.clear();
        noTo.to.clear();
        row("not XML", u"<s:Envelope"_s, "w:SchemaValidationError");
        row("not SOAP 1.2",
            u"<Envelope xmlns=\"http://schemas.xmlsoap.org/soap/envelope/\"><Header/><Body/></Envelope>"_s,
            "w:SchemaValidationError");
        row("no MessageID", envelope(noMessageId, vms), "a:MessageInformationHeaderRequired");
        row("no Action", envelope({ {}, star }, vms), "a:MessageInformationHeaderRequired");
        row("no To", envelope(noTo, vms), "a:MessageInformationHeaderRequired");
        row("unknown action", envelope({ u"http://schemas.xmlsoap.org/ws/2004/09/transfer/Get"_s, star }, {}),
            "a:ActionNotSupported");
        row("unknown class URI", envelope({ enumerate, v2 + u"Msvm_Nothing"_s }, enumerateBody({})),
            "a:DestinationUnreachable");
        row("unknown class in WQL", wql(u"SELECT * FROM Msvm_Nothing"_s), "n:CannotProcessFilter");
        row("bad WQL", wql(u"SELECT Name FROM Msvm_ComputerSystem OR"_s), "n:CannotProcessFilter");
        row("unknown property in WQL", wql(u"SELECT * FROM Msvm_ComputerSystem WHERE Colour = 'red'"_s),
            "n:CannotProcessFilter");
        row("bad context", envelope({ enumerationNs + u"/Pull"_s, star }, pullBody(u"uuid:nope"_s, 1)),
            "n:InvalidEnumerationContext");
        row("no selectors", add(serviceSelector, {}), "w:InvalidSelectors");
        row("wrong selector",
            add(u"</w:Selector></w:SelectorSet>"_s,
                u"</w:Selector><w:Selector Name=\"Name\">other"
                "</w:Selector></w:SelectorSet>"_s),
            "w:InvalidSelectors");
        row("malformed DataItems", add(u"</INSTANCE>"_s, {}), "w:InvalidParameter");
        row("TargetSystem without Name", add(u"<w:Selector Name=\"Name\">%1</w:Selector>"_s.arg(web01), {}),
            "w:InvalidParameter");
    }

    void faults()
    {
        QFETCH(QString, body);
        QFETCH(QString, subcode);
        const Reply reply = post(m_server.endpoint(), body);
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.contentType, "application/soap+xml;charset=UTF-8");
        QCOMPARE(::subcode(reply.body), subcode);
        QVERIFY(!texts(reply.body, u"http://schemas.microsoft.com/wbem/wsman/1/wsmanfault"_s, u"Message"_s)
                     .value(0)
                     .isEmpty());
        const QStringList relatesTo = texts(reply.body, addressingNs, u"RelatesTo"_s);
        const QStringList sent = texts(body.toUtf8(), addressingNs, u"MessageID"_s);
        QCOMPARE(relatesTo, sent); // echoed whenever the request had one
    }

    void tlsWithSelfSignedCertificate()
    {
        const QString certificate = m_dir.filePath(u"cert.pem"_s), key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s, u"-days"_s, u"1"_s, u"-keyout"_s, key, u"-out"_s,
                certificate });
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        WsManServer server;
        startServer(server, {}, 0, false, certificate, key);
        QCOMPARE(server.endpoint().scheme(), u"https"_s);
        const QString body = envelope({ enumerationNs + u"/Enumerate"_s, v2 + u'*' }, enumerateBody(vmFilter));
        const Reply untrusted = post(server.endpoint(), body);
        QCOMPARE(untrusted.error, QNetworkReply::SslHandshakeFailedError);
        // A connection is cached per host and port, not per TLS configuration: start afresh with the trusting one.
        m_network.clearConnectionCache();
        const QList<QSslCertificate> trusted = QSslCertificate::fromPath(certificate);
        const Reply accepted = post(server.endpoint(), body, basic(), "application/soap+xml;charset=UTF-8", trusted);
        QVERIFY2(accepted.status == 200, qPrintable(accepted.errorText));
        QCOMPARE(texts(accepted.body, enumerationNs, u"EnumerationContext"_s).size(), 1);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestWsManServer)
#include "tst_wsmanserver.moc"
