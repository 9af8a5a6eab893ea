// SPDX-License-Identifier: GPL-3.0-or-later
#include "datastorefiles.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QPromise>
#include <QUrlQuery>

#include "core/logging.h"
#include "core/whendone.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

QString DatastorePath::toString() const
{
    return u"[%1] %2"_s.arg(datastore, path);
}

QString DatastorePath::directory() const
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

DatastorePath DatastorePath::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u']');
    if (!trimmed.startsWith(u'[') || end < 0) {
        return {};
    }
    return { trimmed.mid(1, end - 1), trimmed.mid(end + 1).trimmed() };
}

DatastoreFiles::DatastoreFiles(VSphereSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{ }

QNetworkAccessManager* DatastoreFiles::network()
{
    // The session's client exists only once logged in, and is replaced at the next login.
    if (m_session && m_session->client() && m_sharedWith != m_session->client()) {
        m_session->client()->shareCookies(&m_network);
        m_sharedWith = m_session->client();
    }
    return &m_network;
}

QUrl DatastoreFiles::url(const QString& datacenter, const DatastorePath& file) const
{
    QUrl url = m_session->parameters().url;
    url.setPath(u"/folder/"_s + file.path);
    QUrlQuery query;
    query.addQueryItem(u"dcPath"_s, datacenter);
    query.addQueryItem(u"dsName"_s, file.datastore);
    url.setQuery(query);
    return url;
}

namespace {
template <typename T>
void settle(QNetworkReply* reply, const std::shared_ptr<QPromise<T>>& promise, const QString& what,
    const std::function<void(QPromise<T>&)>& onSuccess)
{
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, what, onSuccess] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 300) {
            const QString why = status > 0
                ? QCoreApplication::translate("DatastoreFiles", "HTTP %1 %2")
                      .arg(status)
                      .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : reply->errorString();
            promise->setException(VimError(VimError::Kind::Network,
                QCoreApplication::translate("DatastoreFiles", "%1 failed: %2").arg(what, why)));
        } else {
            onSuccess(*promise);
        }
        promise->finish();
    });
}
} // namespace

QFuture<void> DatastoreFiles::upload(const QString& datacenter, const DatastorePath& target, const QByteArray& bytes)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (!m_session || !m_session->client()) {
        promise->setException(VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        promise->finish();
        return promise->future();
    }
    QNetworkRequest request(url(datacenter, target));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    request.setTransferTimeout(120 * 1000);
    qCInfo(lcVsphere).noquote() << "uploading" << bytes.size() << "bytes to" << target.toString();
    QNetworkReply* reply = network()->put(request, bytes);
    m_session->client()->pinCertificate(reply);
    settle<void>(reply, promise, tr("Uploading %1").arg(target.toString()), [](QPromise<void>&) {});
    return promise->future();
}

QFuture<QByteArray> DatastoreFiles::download(const QString& datacenter, const DatastorePath& source)
{
    auto promise = std::make_shared<QPromise<QByteArray>>();
    promise->start();
    if (!m_session || !m_session->client()) {
        promise->setException(VimError(VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.")));
        promise->finish();
        return promise->future();
    }
    QNetworkRequest request(url(datacenter, source));
    request.setTransferTimeout(120 * 1000);
    QNetworkReply* reply = network()->get(request);
    m_session->client()->pinCertificate(reply);
    settle<QByteArray>(reply, promise, tr("Reading %1").arg(source.toString()),
        [reply](QPromise<QByteArray>& done) { done.addResult(reply->readAll()); });
    return promise->future();
}

QFuture<void> DatastoreFiles::remove(const ManagedObjectRef& datacenter, const DatastorePath& file)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    // The FileManager is not in the session's cached service content; asking again is one call.
    whenDone<VimError>(
        m_session->call(u"RetrieveServiceContent"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }), this,
        [this, promise, datacenter, file](const KDSoapValue& response) {
            const ManagedObjectRef fileManager = VimClient::toReference(
                response.childValues().child(u"returnval"_s).childValues().child(u"fileManager"_s));
            auto* actions = new VmActions(m_session, this);
            QList<KDSoapValue> arguments { VimClient::element(u"name"_s, file.toString()) };
            if (!datacenter.isNull()) {
                arguments.append(VimClient::reference(u"datacenter"_s, datacenter));
            }
            whenDone<VimError>(
                actions->startTask(
                    tr("Delete %1").arg(file.toString()), u"DeleteDatastoreFile_Task"_s, fileManager, arguments),
                this,
                [promise, actions](const KDSoapValue&) {
                    actions->deleteLater();
                    promise->finish();
                },
                [promise, actions](const VimError& error) {
                    actions->deleteLater();
                    if (error.faultType().contains(u"FileNotFound"_s)) {
                        promise->finish();
                        return;
                    }
                    promise->setException(error);
                    promise->finish();
                });
        },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}
