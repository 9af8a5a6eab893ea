// SPDX-License-Identifier: GPL-3.0-or-later
#include "vimclient.h"

#include <memory>

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPromise>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>
#include <QXmlStreamNamespaceDeclaration>

#include <KDSoapClient/KDSoapClientInterface.h>
#include <KDSoapClient/KDSoapMessage.h>
#include <KDSoapClient/KDSoapPendingCallWatcher.h>
#include <KDSoapClient/KDSoapSslHandler.h>

#include "core/logging.h"
#include "core/whendone.h"
#include "faultmessage.h"
#include "retrieveresultparser.h"
#include "vimerror.h"

using namespace Qt::StringLiterals;

namespace {
const QString vimNamespace = u"urn:vim25"_s;
const QString xsiNamespace = u"http://www.w3.org/2001/XMLSchema-instance"_s;
// vCenter picks the API version from SOAPAction; 6.5 is what the simulator announces and every
// vCenter since 6.5 accepts.
const QString soapAction = u"urn:vim25/6.5"_s;

QString hexThumbprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

VimError transportError(int code, const QString& text)
{
    using E = QNetworkReply::NetworkError;
    switch (static_cast<E>(code)) {
    case E::ConnectionRefusedError:
        return { VimError::Kind::ConnectionRefused, QObject::tr("The server refused the connection (%1).").arg(text) };
    case E::HostNotFoundError:
        return { VimError::Kind::HostNotFound, QObject::tr("The server's host name was not found (%1).").arg(text) };
    case E::TimeoutError:
    case E::OperationCanceledError:
        return { VimError::Kind::Timeout, QObject::tr("The server did not answer in time.") };
    case E::SslHandshakeFailedError:
        return { VimError::Kind::UntrustedCertificate, QObject::tr("The TLS handshake failed: %1").arg(text) };
    case E::ContentNotFoundError:
        return { VimError::Kind::Protocol,
            QObject::tr("The server has no vSphere SDK at this address (%1). vCenter's is https://<host>/sdk.")
                .arg(text) };
    case E::ContentAccessDenied:
    case E::ContentOperationNotPermittedError:
    case E::AuthenticationRequiredError:
    case E::ProxyAuthenticationRequiredError:
        return { VimError::Kind::Protocol, QObject::tr("The server refused the request (%1).").arg(text) };
    case E::InternalServerError:
    case E::ServiceUnavailableError:
    case E::OperationNotImplementedError:
    case E::UnknownServerError:
        return { VimError::Kind::Network, QObject::tr("The server failed to answer (%1).").arg(text) };
    default:
        return { VimError::Kind::Network, QObject::tr("Network error: %1").arg(text) };
    }
}

VimError vimFault(const QString& type, const QString& text);

VimError faultError(const KDSoapMessage& reply)
{
    const KDSoapValue detail = reply.childValues().child(u"detail"_s);
    if (detail.isNull() || detail.childValues().isEmpty()) {
        // KDSoap reports transport failures as faults whose code is the QNetworkReply error number,
        // and an answer that is not SOAP (an HTML error page, say) as a fault whose code is the
        // QXmlStreamReader error number: the two ranges overlap, the texts tell them apart.
        bool numeric = false;
        const int code = reply.childValues().child(u"faultcode"_s).value().toString().toInt(&numeric);
        const QString text = reply.childValues().child(u"faultstring"_s).value().toString();
        if (numeric && (text.startsWith(u"XML error"_s) || text.startsWith(u"Invalid SOAP Message"_s))) {
            return { VimError::Kind::Protocol,
                QObject::tr("The server answered, but not as a vSphere SDK: is the address right? vCenter's is "
                            "https://<host>/sdk. (%1)")
                    .arg(text) };
        }
        if (numeric) {
            return transportError(code, text);
        }
        return { VimError::Kind::Fault, text.isEmpty() ? reply.faultAsString() : text };
    }
    const KDSoapValue fault = detail.childValues().first();
    QString type = fault.type().isEmpty() ? fault.name() : fault.type();
    if (type.endsWith(u"Fault"_s) && type != u"Fault"_s) {
        type.chop(5); // <InvalidLoginFault xsi:type="InvalidLogin"> when the type attribute is missing
    }
    return vimFault(type, reply.childValues().child(u"faultstring"_s).value().toString());
}

VimError vimFault(const QString& type, const QString& text)
{
    if (type == u"InvalidLogin"_s) {
        return { VimError::Kind::InvalidLogin, QObject::tr("The user name or password is wrong."), type };
    }
    if (type == u"NotAuthenticated"_s) {
        return { VimError::Kind::NotAuthenticated, QObject::tr("The vCenter session has ended; log in again."), type };
    }
    VimError error(VimError::Kind::Fault, FaultMessage::describe(type, text), type);
    error.setDetails(FaultMessage::details(type, text));
    return error;
}
QByteArray envelopeAround(const KDSoapValue& body)
{
    QByteArray xml = body.toXml(KDSoapValue::LiteralUse, vimNamespace);
    if (xml.startsWith("<?xml")) {
        xml.remove(0, xml.indexOf("?>") + 2);
    }
    return R"(<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:vim25="urn:vim25"><soap:Body>)"
        + xml + "</soap:Body></soap:Envelope>";
}
} // namespace

VimClient::VimClient(const QUrl& sdkUrl, QObject* parent)
    : QObject(parent)
    , m_sdkUrl(sdkUrl)
    , m_interface(new KDSoapClientInterface(sdkUrl.toString(), vimNamespace))
{
    m_interface->setSoapVersion(KDSoapClientInterface::SOAP1_1);
    m_interface->setStyle(KDSoapClientInterface::DocumentStyle);
    m_interface->setTimeout(120 * 1000);
    connect(m_interface->sslHandler(), &KDSoapSslHandler::sslErrors, this, &VimClient::onSslErrors);
}

VimClient::~VimClient()
{
    delete m_streamingAccess; // its open replies end before the parse thread goes
    delete m_interface;
    if (m_parseThread) {
        m_parseThread->quit();
        m_parseThread->wait();
    }
}

QNetworkCookieJar* VimClient::cookieJar() const
{
    return m_interface->cookieJar();
}

void VimClient::shareCookies(QNetworkAccessManager* network) const
{
    QNetworkCookieJar* jar = m_interface->cookieJar();
    QObject* owner = jar->parent();
    network->setCookieJar(jar); // takes ownership...
    jar->setParent(owner); // ...which stays with KDSoap's access manager
}

void VimClient::pinCertificate(QNetworkReply* reply)
{
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (acceptCertificate(errors)) {
            reply->ignoreSslErrors();
        }
    });
}

void VimClient::onSslErrors(KDSoapSslHandler* handler, const QList<QSslError>& errors)
{
    if (acceptCertificate(errors)) {
        handler->ignoreSslErrors();
    }
}

bool VimClient::acceptCertificate(const QList<QSslError>& errors)
{
    QSslCertificate peer;
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull()) {
            peer = error.certificate();
            break;
        }
    }
    const QByteArray digest = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
    if (!m_pinnedSha256.isEmpty() && digest == m_pinnedSha256) {
        qCDebug(lcVsphere) << "accepting the pinned certificate" << hexThumbprint(digest);
        m_acceptedSha1 = peer.digest(QCryptographicHash::Sha1);
        return true;
    }
    m_rejectedSha256 = digest;
    m_rejectedSubject = peer.subjectDisplayName();
    qCWarning(lcVsphere) << "rejecting the certificate of" << m_sdkUrl.host() << hexThumbprint(digest)
                         << errors.first().errorString();
    return false;
}

bool VimClient::shouldLogInAgain(const VimError& error, const QString& method, bool retried) const
{
    static const QStringList sessionCalls { u"Login"_s, u"Logout"_s, u"RetrieveServiceContent"_s };
    return error.kind() == VimError::Kind::NotAuthenticated && m_reauthenticate && !retried
        && !sessionCalls.contains(method);
}

template <typename T>
void VimClient::fail(VimError error, const QString& method, bool retried, const std::function<void()>& sendAgain,
    const std::shared_ptr<QPromise<T>>& promise)
{
    if (shouldLogInAgain(error, method, retried)) {
        qCInfo(lcVsphere) << "the session is gone; logging in again for" << method;
        whenDone<VimError>(m_reauthenticate(), this, sendAgain, [promise](const VimError& failure) {
            promise->setException(failure);
            promise->finish();
        });
        return;
    }
    if (error.kind() == VimError::Kind::UntrustedCertificate && !m_rejectedSha256.isEmpty()) {
        error = VimError(VimError::Kind::UntrustedCertificate,
            tr("The server's certificate is not trusted (SHA-256 %1). Check the thumbprint "
               "with your vCenter administrator before you trust it.")
                .arg(hexThumbprint(m_rejectedSha256)));
        error.setCertificateSha256(hexThumbprint(m_rejectedSha256));
        error.setCertificateSubject(m_rejectedSubject);
    }
    qCDebug(lcVsphere) << method << "failed:" << error.message();
    promise->setException(error);
    promise->finish();
}

QFuture<KDSoapValue> VimClient::call(
    const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments)
{
    KDSoapMessage message;
    message = KDSoapValue(method, QVariant());
    message.setUse(KDSoapMessage::LiteralUse);
    message.addNamespaceDeclaration(QXmlStreamNamespaceDeclaration(u"vim25"_s, vimNamespace));
    message.childValues().append(reference(u"_this"_s, target));
    for (const KDSoapValue& argument : arguments) {
        message.childValues().append(argument);
    }

    auto promise = std::make_shared<QPromise<KDSoapValue>>();
    promise->start();
    qCDebug(lcVsphere) << "call" << method << "on" << target.type << target.value;
    send(method, message, promise, false);
    return promise->future();
}

void VimClient::send(
    const QString& method, const KDSoapMessage& message, std::shared_ptr<QPromise<KDSoapValue>> promise, bool retried)
{
    m_rejectedSha256.clear();
    auto* watcher = new KDSoapPendingCallWatcher(m_interface->asyncCall(method, message, soapAction), this);
    connect(watcher, &KDSoapPendingCallWatcher::finished, this,
        [this, promise, method, message, retried](KDSoapPendingCallWatcher* w) {
            w->deleteLater();
            const KDSoapMessage reply = w->returnMessage();
            if (reply.isFault()) {
                fail(
                    faultError(reply), method, retried,
                    [this, method, message, promise] { send(method, message, promise, true); }, promise);
                return;
            }
            promise->addResult(reply);
            promise->finish();
        });
}

QFuture<RetrieveResult> VimClient::collect(
    const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments)
{
    auto promise = std::make_shared<QPromise<RetrieveResult>>();
    promise->start();
    qCDebug(lcVsphere) << "collect" << method << "on" << target.type << target.value;
    post(method, envelope(method, target, arguments), promise, false);
    return promise->future();
}

QByteArray VimClient::envelope(
    const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments)
{
    QList<KDSoapValue> children { reference(u"_this"_s, target) };
    children.append(arguments);
    return envelopeAround(element(method, children));
}

void VimClient::post(
    const QString& method, const QByteArray& envelope, std::shared_ptr<QPromise<RetrieveResult>> promise, bool retried)
{
    if (!m_streamingAccess) {
        m_streamingAccess = new QNetworkAccessManager;
        shareCookies(m_streamingAccess);
        m_parseThread = new QThread(this);
        m_parseThread->setObjectName(u"vim-parse"_s);
        m_parseContext = new QObject;
        m_parseContext->moveToThread(m_parseThread);
        connect(m_parseThread, &QThread::finished, m_parseContext, &QObject::deleteLater);
        m_parseThread->start();
    }
    m_rejectedSha256.clear();
    QNetworkRequest request(m_sdkUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"text/xml;charset=utf-8"_s);
    request.setRawHeader("SOAPAction", '"' + soapAction.toUtf8() + '"');
    request.setTransferTimeout(120 * 1000);
    QNetworkReply* reply = m_streamingAccess->post(request, envelope);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        if (acceptCertificate(errors)) {
            reply->ignoreSslErrors();
        }
    });

    // Chunks go to the parse thread in order; the answer comes back through `parsed`.
    auto parser = std::make_shared<RetrieveResultParser>();
    auto parsed = std::make_shared<QPromise<RetrieveResult>>();
    parsed->start();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, parser] {
        QMetaObject::invokeMethod(m_parseContext, [parser, chunk = reply->readAll()] { parser->addData(chunk); });
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, parser, parsed] {
        reply->deleteLater();
        const QNetworkReply::NetworkError networkError = reply->error();
        const QString networkText = reply->errorString();
        QMetaObject::invokeMethod(
            m_parseContext, [parser, parsed, chunk = reply->readAll(), networkError, networkText] {
                parser->addData(chunk);
                const bool complete = parser->finish();
                if (parser->isFault() && !parser->faultType().isEmpty()) {
                    parsed->setException(vimFault(parser->faultType(), parser->faultString()));
                } else if (networkError != QNetworkReply::NoError) {
                    parsed->setException(transportError(networkError, networkText));
                } else if (!complete) {
                    parsed->setException(VimError(VimError::Kind::Protocol,
                        QObject::tr("The server's answer could not be read: %1").arg(parser->errorString())));
                } else {
                    parsed->addResult(parser->takeResult());
                }
                parsed->finish();
            });
    });
    whenDone<VimError>(
        parsed->future(), this,
        [promise](const RetrieveResult& result) {
            promise->addResult(result);
            promise->finish();
        },
        [this, method, envelope, promise, retried](const VimError& error) {
            fail(
                error, method, retried, [this, method, envelope, promise] { post(method, envelope, promise, true); },
                promise);
        });
}

KDSoapValue VimClient::element(const QString& name, const QVariant& value)
{
    KDSoapValue v(name, value);
    v.setNamespaceUri(vimNamespace);
    v.setQualified(true);
    return v;
}

KDSoapValue VimClient::element(const QString& name, const QList<KDSoapValue>& children)
{
    KDSoapValueList list;
    for (const KDSoapValue& child : children) {
        list.append(child);
    }
    KDSoapValue v(name, list);
    v.setNamespaceUri(vimNamespace);
    v.setQualified(true);
    return v;
}

KDSoapValue VimClient::typedElement(const QString& name, const QString& xsiType, const QList<KDSoapValue>& children)
{
    // KDSoap writes xsi:type only in encoded use; vim25 needs it in literal use for subclasses.
    KDSoapValue v = element(name, children);
    KDSoapValue type(u"type"_s, QString(u"vim25:"_s + xsiType));
    type.setNamespaceUri(xsiNamespace);
    type.setQualified(true);
    v.childValues().attributes().append(type);
    return v;
}

KDSoapValue VimClient::typedElement(const QString& name, const QString& xsiType, const QVariant& value)
{
    KDSoapValue v = element(name, value);
    KDSoapValue type(u"type"_s, xsiType);
    type.setNamespaceUri(xsiNamespace);
    type.setQualified(true);
    v.childValues().attributes().append(type);
    return v;
}

KDSoapValue VimClient::reference(const QString& name, const ManagedObjectRef& ref)
{
    KDSoapValue v = element(name, ref.value);
    v.childValues().attributes().append(KDSoapValue(u"type"_s, ref.type));
    return v;
}

ManagedObjectRef VimClient::toReference(const KDSoapValue& value)
{
    const auto& attributes = value.childValues().attributes();
    for (const KDSoapValue& attribute : attributes) {
        if (attribute.name() == u"type"_s) {
            return { attribute.value().toString(), value.value().toString() };
        }
    }
    return { {}, value.value().toString() };
}
