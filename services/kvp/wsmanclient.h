// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>

#include "kvp/wsmanendpoint.h"
#include "kvp/wsmanenvelope.h"
#include "kvp/wsmanerror.h"
#include "kvp/wsmanresponse.h"

class QNetworkAccessManager;
class QNetworkReply;

// Sends WS-Management requests to one WinRM endpoint and reads the answers on a worker thread.
// Futures fail with WsManError: faults keep WinRM's subcode and text in details().
class WsManClient : public QObject
{
    Q_OBJECT
public:
    WsManClient(WsManEndpoint endpoint, QString password, QObject* parent = nullptr);

    const WsManEndpoint& endpoint() const { return m_endpoint; }

    QFuture<WsManResponse> send(const QByteArray& envelope);
    // Every instance a WQL query selects: Enumerate, then Pull until EndOfSequence.
    QFuture<QList<WsManObject>> enumerate(const QString& wql);
    // A WMI method on `target`; yields its <Method_OUTPUT>.
    QFuture<WsManObject> invoke(
        const WsMan::Reference& target, const QString& method, const QList<WsMan::Argument>& arguments);

    static constexpr int pullBatch = 32;

private:
    void pull(const QString& className, const QString& context, std::shared_ptr<QList<WsManObject>> gathered,
        std::shared_ptr<QPromise<QList<WsManObject>>> promise);
    WsManError transportError(QNetworkReply* reply) const;

    WsManEndpoint m_endpoint;
    QString m_password;
    QNetworkAccessManager* m_network;
};
