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

class KDSoapClientInterface;
class KDSoapSslHandler;
class QNetworkCookieJar;
class QSslError;

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
    // Logs in again when a call finds the session gone (NotAuthenticated); the call is then sent
    // once more. Unset, such calls just fail.
    void setReauthenticator(std::function<QFuture<void>()> reauthenticate)
    {
        m_reauthenticate = std::move(reauthenticate);
    }

    // Calls `method` on `target`; the future yields the <methodResponse> element or throws VimError.
    QFuture<KDSoapValue> call(
        const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments = {});

    // Builders for vim25 request elements (qualified, in the urn:vim25 namespace).
    static KDSoapValue element(const QString& name, const QVariant& value);
    static KDSoapValue element(const QString& name, const QList<KDSoapValue>& children);
    static KDSoapValue typedElement(const QString& name, const QString& xsiType, const QList<KDSoapValue>& children);
    static KDSoapValue reference(const QString& name, const ManagedObjectRef& ref);
    // Readers for response elements.
    static ManagedObjectRef toReference(const KDSoapValue& value);

private:
    void onSslErrors(KDSoapSslHandler* handler, const QList<QSslError>& errors);
    void send(const QString& method, const class KDSoapMessage& message, std::shared_ptr<QPromise<KDSoapValue>> promise,
        bool retried);

    QUrl m_sdkUrl;
    KDSoapClientInterface* m_interface;
    QByteArray m_pinnedSha256;
    QByteArray m_rejectedSha256;
    QString m_rejectedSubject;
    std::function<QFuture<void>()> m_reauthenticate;
};
