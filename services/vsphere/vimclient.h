// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QUrl>

#include <KDSoapClient/KDSoapValue.h>

#include "managedobjectref.h"
#include "objectcontent.h"
#include "vimerror.h"

class KDSoapClientInterface;
class KDSoapSslHandler;
class QNetworkAccessManager;
class QNetworkCookieJar;
class QSslError;
class QThread;

class QNetworkReply;

// The only place that speaks SOAP: builds vim25 envelopes with KDSoap's dynamic API, sends them
// asynchronously and turns faults and transport errors into VimError. One per connection; the
// session cookie lives in its cookie jar.
class VimClient : public QObject
{
    Q_OBJECT
public:
    explicit VimClient(const QUrl& sdkUrl, QObject* parent = nullptr);
    ~VimClient() override;

    QUrl sdkUrl() const { return m_sdkUrl; }
    // A server certificate with this SHA-256 digest is accepted even if it does not verify.
    void setPinnedCertificateSha256(const QByteArray& digest) { m_pinnedSha256 = digest; }
    QNetworkCookieJar* cookieJar() const;
    // Lets `network` send the session cookie too (NFC downloads, streamed property answers); the
    // jar stays this client's.
    void shareCookies(QNetworkAccessManager* network) const;
    // The SHA-1 of the pinned certificate once the server presented it (empty before, or when the
    // certificate verified on its own): what curl and the lease code compare for the same server.
    QByteArray acceptedPinnedSha1() const { return m_acceptedSha1; }
    // Lets `reply` (a datastore transfer to the same server) accept the pinned certificate too.
    void pinCertificate(QNetworkReply* reply);
    // Logs in again when a call finds the session gone (NotAuthenticated); the call is then sent
    // once more. Unset, such calls just fail.
    void setReauthenticator(std::function<QFuture<void>()> reauthenticate)
    {
        m_reauthenticate = std::move(reauthenticate);
    }

    // Calls `method` on `target`; the future yields the <methodResponse> element or throws VimError.
    QFuture<KDSoapValue> call(
        const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments = {});

    // RetrievePropertiesEx or ContinueRetrievePropertiesEx, built with KDSoap like every call, but
    // sent on a plain QNetworkAccessManager (same cookie jar and certificate rules) so that the
    // answer, often megabytes, is parsed while it arrives and on a worker thread.
    QFuture<RetrieveResult> collect(
        const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments);

    // The SOAP request collect() posts: KDSoap writes the body, the envelope declares the vim25 prefix
    // that xsi:type values use.
    static QByteArray envelope(
        const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments);

    // Builders for vim25 request elements (qualified, in the urn:vim25 namespace).
    static KDSoapValue element(const QString& name, const QVariant& value);
    static KDSoapValue element(const QString& name, const QList<KDSoapValue>& children);
    static KDSoapValue typedElement(const QString& name, const QString& xsiType, const QList<KDSoapValue>& children);
    // A value of xsd:anyType, such as OptionValue.value: typed explicitly (xsiType "xsd:string").
    static KDSoapValue typedElement(const QString& name, const QString& xsiType, const QVariant& value);
    static KDSoapValue reference(const QString& name, const ManagedObjectRef& ref);
    // Readers for response elements.
    static ManagedObjectRef toReference(const KDSoapValue& value);

private:
    void onSslErrors(KDSoapSslHandler* handler, const QList<QSslError>& errors);
    // True if the errors only say the certificate is not verifiable and it is the pinned one.
    bool acceptCertificate(const QList<QSslError>& errors);
    bool shouldLogInAgain(const VimError& error, const QString& method, bool retried) const;
    // A call failed: log in again and send it once more if the session is gone, else fail it.
    template <typename T>
    void fail(VimError error, const QString& method, bool retried, const std::function<void()>& sendAgain,
        const std::shared_ptr<QPromise<T>>& promise);
    void post(const QString& method, const QByteArray& envelope, std::shared_ptr<QPromise<RetrieveResult>> promise,
        bool retried);
    void send(const QString& method, const class KDSoapMessage& message, std::shared_ptr<QPromise<KDSoapValue>> promise,
        bool retried);

    QUrl m_sdkUrl;
    KDSoapClientInterface* m_interface;
    QByteArray m_pinnedSha256;
    QByteArray m_rejectedSha256;
    QString m_rejectedSubject;
    QByteArray m_acceptedSha1;
    std::function<QFuture<void>()> m_reauthenticate;
    QNetworkAccessManager* m_streamingAccess = nullptr;
    QThread* m_parseThread = nullptr;
    QObject* m_parseContext = nullptr; // lives in m_parseThread
};
