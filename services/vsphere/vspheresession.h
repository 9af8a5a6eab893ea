// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QPointer>
#include <QPromise>
#include <QTimer>

#include "managedobjectref.h"
#include "vcenterconnection.h"
#include "vimclient.h"

class VimError;

// A vim25 session on KDSoap: RetrieveServiceContent, Login (session cookie), inventory, Logout.
class VSphereSession : public VCenterConnection
{
    Q_OBJECT
public:
    explicit VSphereSession(QObject* parent = nullptr);
    ~VSphereSession() override;

    State state() const override { return m_state; }
    ConnectionParameters parameters() const override { return m_parameters; }
    QString serverDescription() const override { return m_serverDescription; }

    QFuture<void> login(const ConnectionParameters& parameters, const QString& password) override;
    QFuture<VmSummaryList> virtualMachines() override;
    QFuture<void> logout() override;
    void watchVirtualMachines() override;

    struct ServiceContent
    {
        ManagedObjectRef rootFolder;
        ManagedObjectRef propertyCollector;
        ManagedObjectRef viewManager;
        ManagedObjectRef sessionManager;
        ManagedObjectRef ovfManager;
    };

    VimClient* client() const { return m_client; }
    // How often an idle session is touched so vCenter does not end it (default 5 min).
    void setKeepaliveInterval(int milliseconds) { m_keepalive.setInterval(milliseconds); }
    const ServiceContent& serviceContent() const { return m_content; }
    // Reads properties of one object; the future yields name → value element.
    QFuture<QHash<QString, KDSoapValue>> retrieveProperties(const ManagedObjectRef& object, const QStringList& paths);

private:
    void setState(State state);
    QFuture<void> reauthenticate();
    void waitForUpdates(quint64 generation, const ManagedObjectRef& filter, const QString& version);
    void applyUpdates(const KDSoapValue& updateSet);
    QFuture<void> loadHostNames();
    void readHostPage(const KDSoapValue& response, const ManagedObjectRef& view,
        const std::shared_ptr<QPromise<void>>& promise, const std::function<void(const VimError&)>& fail);
    // A view of every object of `type` under the root folder (the answer's returnval is its reference).
    QFuture<KDSoapValue> containerView(const QString& type);
    void keepAlive();
    void fail(const VimError& error);
    void collectPage(const KDSoapValue& returnval, VmSummaryList& into);

    State m_state = State::Disconnected;
    ConnectionParameters m_parameters;
    QString m_serverDescription;
    ServiceContent m_content;
    QPointer<VimClient> m_client;
    QString m_password; // in memory only, to log in again when vCenter ends the session
    QFuture<void> m_reauthentication;
    QTimer m_keepalive;
    quint64 m_watchGeneration = 0; // bumped to stop an update loop (logout, a new watch)
    bool m_watching = false;
    QHash<QString, VmSummary> m_watched; // by managed object id
    QHash<QString, QString> m_hostNames; // HostSystem id → name
};
