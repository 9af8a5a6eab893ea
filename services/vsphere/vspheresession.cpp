// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspheresession.h"

#include "core/logging.h"
#include "core/whendone.h"
#include "inventoryreader.h"
#include "liveupdates.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vmdetailsreader.h"

using namespace Qt::StringLiterals;

namespace {
KDSoapValue returnValue(const KDSoapValue& response)
{
    return response.childValues().child(u"returnval"_s);
}

ManagedObjectRef requiredReference(const KDSoapValue& parent, const QString& name)
{
    const ManagedObjectRef ref = VimClient::toReference(parent.childValues().child(name));
    if (ref.isNull()) {
        throw VimError(VimError::Kind::Protocol, QObject::tr("The server's ServiceContent has no %1.").arg(name));
    }
    return ref;
}

template <typename T> void reject(const std::shared_ptr<QPromise<T>>& promise, const VimError& error)
{
    promise->setException(error);
    promise->finish();
}

} // namespace

VSphereSession::VSphereSession(QObject* parent)
    : VCenterConnection(parent)
    , m_inventory(std::make_unique<InventoryReader>(this))
    , m_live(std::make_unique<LiveUpdates>(this, m_inventory.get()))
{
    m_keepalive.setInterval(5 * 60 * 1000);
    connect(&m_keepalive, &QTimer::timeout, this, &VSphereSession::keepAlive);
}

VimError VSphereSession::notConnected()
{
    return { VimError::Kind::NotAuthenticated, tr("Not connected to a vCenter.") };
}

bool VSphereSession::canCall() const
{
    // Disconnecting still has a session: a lease can be aborted while Logout is on its way.
    return m_client && (m_state == State::Connected || m_state == State::Disconnecting);
}

QFuture<KDSoapValue> VSphereSession::call(
    const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments)
{
    return canCall() ? m_client->call(method, target, arguments)
                     : QtFuture::makeExceptionalFuture<KDSoapValue>(notConnected());
}

QFuture<RetrieveResult> VSphereSession::collect(const QString& method, const QList<KDSoapValue>& arguments)
{
    return canCall() ? m_client->collect(method, m_content.propertyCollector, arguments)
                     : QtFuture::makeExceptionalFuture<RetrieveResult>(notConnected());
}

void VSphereSession::keepAlive()
{
    // The cheapest call that needs a session; a NotAuthenticated answer logs in again.
    whenDone<VimError>(
        call(u"CurrentTime"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }), this, [](const KDSoapValue&) {},
        [](const VimError& error) { qCInfo(lcVsphere).noquote() << "keepalive failed:" << error.message(); });
}

QFuture<void> VSphereSession::reauthenticate()
{
    if (m_reauthentication.isValid() && !m_reauthentication.isFinished()) {
        return m_reauthentication; // calls that failed together share one login
    }
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    m_reauthentication = promise->future();
    whenDone<VimError>(
        m_client->call(u"Login"_s, m_content.sessionManager,
            { VimClient::element(u"userName"_s, m_parameters.user), VimClient::element(u"password"_s, m_password) }),
        this,
        [this, promise](const KDSoapValue&) {
            qCInfo(lcVsphere).noquote() << "logged in again to" << m_parameters.url.host();
            Q_EMIT reauthenticated();
            promise->finish();
        },
        [this, promise](const VimError& error) {
            const VimError ended(
                error.kind(), tr("The vCenter session ended and logging in again failed: %1").arg(error.message()));
            m_keepalive.stop();
            m_password.clear();
            setState(State::Disconnected);
            fail(ended);
            promise->setException(ended);
            promise->finish();
        });
    return m_reauthentication;
}

VSphereSession::~VSphereSession()
{
    // Before QObject's destructor: requests still open end (cancelled) while this object can
    // still be told, instead of from a half-destroyed session.
    delete m_client;
}

void VSphereSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VSphereSession::fail(const VimError& error)
{
    qCWarning(lcVsphere).noquote() << m_parameters.url.host() << error.message();
    Q_EMIT errorOccurred(error.message());
}

QFuture<void> VSphereSession::login(const ConnectionParameters& parameters, const QString& password)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (m_state != State::Disconnected) {
        reject(promise, VimError(VimError::Kind::Protocol, tr("Already connected; log out first.")));
        return promise->future();
    }
    if (!parameters.url.isValid() || parameters.user.isEmpty() || password.isEmpty()) {
        const VimError error(VimError::Kind::InvalidLogin, tr("A server URL, a user name and a password are needed."));
        fail(error);
        reject(promise, error);
        return promise->future();
    }

    m_parameters = parameters;
    delete m_client;
    m_client = new VimClient(parameters.url, this);
    m_client->setPinnedCertificateSha256(parameters.pinnedCertificateSha256);
    setState(State::Connecting);
    qCInfo(lcVsphere).noquote() << "connecting to" << parameters.url.toString() << "as" << parameters.user;

    auto onError = [this, promise](const VimError& error) {
        setState(State::Disconnected);
        fail(error);
        reject(promise, error);
    };
    auto login = [this, promise, password, onError](const KDSoapValue& response) {
        const KDSoapValue content = returnValue(response);
        m_content = { requiredReference(content, u"rootFolder"_s), requiredReference(content, u"propertyCollector"_s),
            requiredReference(content, u"viewManager"_s), requiredReference(content, u"sessionManager"_s),
            VimClient::toReference(content.childValues().child(u"ovfManager"_s)),
            VimClient::toReference(content.childValues().child(u"customFieldsManager"_s)),
            VimClient::toReference(content.childValues().child(u"taskManager"_s)),
            VimClient::toReference(content.childValues().child(u"guestOperationsManager"_s)) };
        m_serverDescription
            = content.childValues().child(u"about"_s).childValues().child(u"fullName"_s).value().toString();
        whenDone<VimError>(
            m_client->call(u"Login"_s, m_content.sessionManager,
                { VimClient::element(u"userName"_s, m_parameters.user), VimClient::element(u"password"_s, password) }),
            this,
            [this, promise, password](const KDSoapValue&) {
                qCInfo(lcVsphere).noquote() << "logged in to" << m_serverDescription;
                m_password = password;
                m_client->setReauthenticator([this] { return reauthenticate(); });
                m_keepalive.start();
                setState(State::Connected);
                promise->finish();
            },
            onError);
    };
    whenDone<VimError>(m_client->call(u"RetrieveServiceContent"_s, { u"ServiceInstance"_s, u"ServiceInstance"_s }),
        this, login, onError);
    return promise->future();
}

QFuture<void> VSphereSession::logout()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (m_state != State::Connected) {
        promise->finish();
        return promise->future();
    }
    setState(State::Disconnecting);
    m_keepalive.stop();
    m_live->stop();
    m_password.clear();
    auto done = [this, promise] {
        setState(State::Disconnected);
        m_client->deleteLater();
        promise->finish();
    };
    whenDone<VimError>(
        m_client->call(u"Logout"_s, m_content.sessionManager), this, [done](const KDSoapValue&) { done(); },
        [done](const VimError& error) {
            // The session is gone either way; say why the server did not confirm it.
            qCInfo(lcVsphere).noquote() << "logout was not confirmed:" << error.message();
            done();
        });
    return promise->future();
}

QFuture<QHash<QString, KDSoapValue>> VSphereSession::retrieveProperties(
    const ManagedObjectRef& object, const QStringList& paths)
{
    return VmDetailsReader::retrieveProperties(this, object, paths);
}

QFuture<VmDetails> VSphereSession::vmDetails(const ManagedObjectRef& vm)
{
    return VmDetailsReader::read(this, vm);
}

QFuture<VmSummaryList> VSphereSession::virtualMachines()
{
    return m_inventory->virtualMachines();
}

QFuture<VmSummaryList> VSphereSession::virtualMachinesNamed(const QStringList& names)
{
    return m_inventory->virtualMachinesNamed(names);
}

QFuture<KDSoapValue> VSphereSession::containerView(const QStringList& types)
{
    return m_inventory->containerView(types);
}

QList<KDSoapValue> VSphereSession::retrieveArguments(
    const ManagedObjectRef& view, const QString& type, const QStringList& paths)
{
    return InventoryReader::retrieveArguments(view, type, paths);
}

const QStringList& VSphereSession::virtualMachinePaths()
{
    return InventoryReader::virtualMachinePaths();
}

void VSphereSession::watchVirtualMachines()
{
    m_live->watchVirtualMachines();
}

void VSphereSession::watchTasks()
{
    m_live->watchTasks();
}

void VSphereSession::refreshVirtualMachine(const ManagedObjectRef& vm)
{
    m_live->refreshVirtualMachine(vm);
}

QFuture<void> VSphereSession::collectAll(const QStringList& viewTypes, const QString& type, const QStringList& paths,
    const std::function<void(const RetrieveResult&)>& onPage)
{
    return m_inventory->collectAll(viewTypes, type, paths, onPage);
}

PropertyFeed* VSphereSession::feed() const
{
    return m_live->feed();
}
