// SPDX-License-Identifier: GPL-3.0-or-later
#include "wsmanclient.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QtConcurrent>

#include "core/logging.h"
#include "core/promises.h"
#include "core/whendone.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int transferTimeoutMs = 90 * 1000; // longer than the OperationTimeout we ask for (60 s)
constexpr const char* authAttempted = "vmdeskAuthAttempted";

WsManResponse parseAnswer(const QByteArray& body, int status)
{
    QString why;
    std::optional<WsManResponse> response = WsManResponse::parse(body, &why);
    if (!response) {
        throw WsManError(WsManError::Kind::Protocol,
            status == 200 ? QObject::tr("WinRM's answer could not be read: %1").arg(why)
                          : QObject::tr("WinRM answered HTTP %1 without a SOAP fault (%2).").arg(status).arg(why),
            QString::fromUtf8(body.left(2000)));
    }
    if (response->fault) {
        const WsManFault& fault = *response->fault;
        throw WsManError(WsManError::Kind::Fault, fault.text(), fault.rawText());
    }
    return *response;
}

QString hexThumbprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}
} // namespace

WsManClient::WsManClient(WsManEndpoint endpoint, QString password, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_password(std::move(password))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::authenticationRequired, this,
        [this](QNetworkReply* reply, QAuthenticator* authenticator) {
            // Basic credentials went with the request, so a challenge means they were refused. For
            // Windows authentication, answer the first challenge only: a second one is a refusal.
            if (m_endpoint.authentication == WsManEndpoint::Authentication::Basic
                || reply->property(authAttempted).toBool()) {
                return;
            }
            reply->setProperty(authAttempted, true);
            authenticator->setUser(m_endpoint.user);
            authenticator->setPassword(m_password);
        });
}

QFuture<WsManResponse> WsManClient::send(const QByteArray& envelope)
{
    auto promise = startedPromise<WsManResponse>();
    if (const QString problem = m_endpoint.problem(); !problem.isEmpty()) {
        failWith(promise, WsManError(WsManError::Kind::InvalidLogin, problem));
        return promise->future();
    }
    QNetworkRequest request(m_endpoint.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/soap+xml;charset=UTF-8"_s);
    request.setTransferTimeout(transferTimeoutMs);
    // WinRM does not redirect; a redirect would carry the Basic credentials elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_endpoint.authentication == WsManEndpoint::Authentication::Basic) {
        request.setRawHeader("Authorization", "Basic " + (m_endpoint.user + u':' + m_password).toUtf8().toBase64());
    }
    QNetworkReply* reply = m_network->post(request, envelope);
    auto rejected = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply, rejected](const QList<QSslError>& errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray digest = peer.isNull() ? QByteArray() : peer.digest(QCryptographicHash::Sha256);
        if (!m_endpoint.pinnedCertificateSha256.isEmpty() && digest == m_endpoint.pinnedCertificateSha256) {
            reply->ignoreSslErrors();
            return;
        }
        *rejected = digest;
        qCWarning(lcKvp) << "rejecting the certificate of" << m_endpoint.url.host() << hexThumbprint(digest)
                         << (errors.isEmpty() ? QString() : errors.first().errorString());
    });
    // A pinned certificate is the only one trusted, even when another one verifies.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, rejected] {
        if (m_endpoint.pinnedCertificateSha256.isEmpty()) {
            return;
        }
        const QByteArray digest = reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        if (digest != m_endpoint.pinnedCertificateSha256) {
            *rejected = digest;
            qCWarning(lcKvp) << "the certificate of" << m_endpoint.url.host() << "is not the pinned one"
                             << hexThumbprint(digest);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, rejected] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (!rejected->isEmpty()) {
            WsManError error(WsManError::Kind::UntrustedCertificate,
                tr("The host's certificate is not trusted (SHA-256 %1). Check the thumbprint on the Hyper-V host "
                   "(Get-ChildItem Cert:\\LocalMachine\\My) before you trust it.")
                    .arg(hexThumbprint(*rejected)));
            error.setCertificateSha256(hexThumbprint(*rejected));
            failWith(promise, error);
            return;
        }
        if (status == 401 || reply->error() == QNetworkReply::AuthenticationRequiredError) {
            failWith(promise,
                WsManError(WsManError::Kind::InvalidLogin,
                    tr("The Hyper-V host refused the user name or password (HTTP 401). WinRM must allow this "
                       "authentication (winrm get winrm/config/service/auth).")));
            return;
        }
        // WinRM sends faults with HTTP 500 (and some with 400): read the body whenever there is one.
        if (status == 0 || (body.isEmpty() && status != 200)) {
            failWith(promise, transportError(reply));
            return;
        }
        whenDone<WsManError>(
            QtConcurrent::run(parseAnswer, body, status), this,
            [promise](const WsManResponse& response) {
                promise->addResult(response);
                promise->finish();
            },
            [promise](const WsManError& error) { failWith(promise, error); });
    });
    return promise->future();
}

WsManError WsManClient::transportError(QNetworkReply* reply) const
{
    using E = QNetworkReply::NetworkError;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString text = reply->errorString();
    switch (reply->error()) {
    case E::ConnectionRefusedError:
        return { WsManError::Kind::Network,
            tr("%1 refused the connection: is WinRM listening on port %2? (%3)")
                .arg(m_endpoint.url.host())
                .arg(m_endpoint.url.port())
                .arg(text) };
    case E::HostNotFoundError:
        return { WsManError::Kind::Network, tr("The host name %1 was not found.").arg(m_endpoint.url.host()) };
    case E::OperationCanceledError:
    case E::TimeoutError:
        return { WsManError::Kind::Network, tr("The Hyper-V host did not answer in time.") };
    default:
        break;
    }
    if (status != 0) {
        return { WsManError::Kind::Protocol, tr("WinRM answered HTTP %1 with no content.").arg(status), text };
    }
    return { WsManError::Kind::Network, tr("Network error: %1").arg(text) };
}

QFuture<QList<WsManObject>> WsManClient::enumerate(const QString& wql)
{
    auto promise = startedPromise<QList<WsManObject>>();
    auto gathered = std::make_shared<QList<WsManObject>>();
    static const QRegularExpression fromClass(u"\\bFROM\\s+(\\w+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString className = fromClass.match(wql).captured(1);
    if (className.isEmpty()) {
        failWith(promise, WsManError(WsManError::Kind::Protocol, tr("The query names no class: %1").arg(wql)));
        return promise->future();
    }
    whenDone<WsManError>(
        send(WsMan::enumerate(m_endpoint.url, wql)), this,
        [this, promise, gathered, className](const WsManResponse& response) {
            gathered->append(response.items);
            if (response.endOfSequence || response.enumerationContext.isEmpty()) {
                promise->addResult(*gathered);
                promise->finish();
                return;
            }
            pull(className, response.enumerationContext, gathered, promise);
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}

void WsManClient::pull(const QString& className, const QString& context, std::shared_ptr<QList<WsManObject>> gathered,
    std::shared_ptr<QPromise<QList<WsManObject>>> promise)
{
    whenDone<WsManError>(
        send(WsMan::pull(m_endpoint.url, className, context, pullBatch)), this,
        [this, promise, gathered, context, className](const WsManResponse& response) {
            gathered->append(response.items);
            if (response.endOfSequence) {
                promise->addResult(*gathered);
                promise->finish();
                return;
            }
            if (response.items.isEmpty() && response.enumerationContext.isEmpty()) {
                failWith(promise,
                    WsManError(WsManError::Kind::Protocol,
                        tr("WinRM ended an enumeration without EndOfSequence and without a context to go on.")));
                return;
            }
            // WinRM may hand out a new context with each page.
            pull(className, response.enumerationContext.isEmpty() ? context : response.enumerationContext, gathered,
                promise);
        },
        [promise](const WsManError& error) { failWith(promise, error); });
}

QFuture<WsManObject> WsManClient::invoke(
    const WsMan::Reference& target, const QString& method, const QList<WsMan::Argument>& arguments)
{
    auto promise = startedPromise<WsManObject>();
    whenDone<WsManError>(
        send(WsMan::invoke(m_endpoint.url, target, method, arguments)), this,
        [promise, method](const WsManResponse& response) {
            if (!response.output || response.output->className != method + u"_OUTPUT"_s) {
                failWith(promise,
                    WsManError(WsManError::Kind::Protocol, tr("WinRM's answer to %1 has no %1_OUTPUT.").arg(method),
                        response.output ? response.output->className : QString()));
                return;
            }
            promise->addResult(*response.output);
            promise->finish();
        },
        [promise](const WsManError& error) { failWith(promise, error); });
    return promise->future();
}
