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
#include "vmdetails.h"

class InventoryReader;
class LiveUpdates;
class PropertyFeed;
class VimError;

// A vim25 session on KDSoap: RetrieveServiceContent, Login (session cookie), keepalive, transparent
// re-login, Logout. Reading the inventory (InventoryReader) and following its changes (LiveUpdates)
// are done by helpers the session owns; they report through its signals.
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
    // Follows TaskManager.recentTask in the same update loop; watchVirtualMachines() does too.
    void watchTasks() override;

    struct ServiceContent
    {
        ManagedObjectRef rootFolder;
        ManagedObjectRef propertyCollector;
        ManagedObjectRef viewManager;
        ManagedObjectRef sessionManager;
        ManagedObjectRef ovfManager;
        ManagedObjectRef customFieldsManager;
        ManagedObjectRef taskManager;
        ManagedObjectRef guestOperationsManager;
    };

    VimClient* client() const { return m_client; }
    // Calls through the session's client while there is a session; otherwise (not yet logged in,
    // logged out, an answer arriving after the logout) the future fails with NotAuthenticated.
    QFuture<KDSoapValue> call(
        const QString& method, const ManagedObjectRef& target, const QList<KDSoapValue>& arguments = {});
    // A property-collector call whose answer is parsed as it arrives (VimClient::collect).
    QFuture<RetrieveResult> collect(const QString& method, const QList<KDSoapValue>& arguments);
    // How often an idle session is touched so vCenter does not end it (default 5 min).
    void setKeepaliveInterval(int milliseconds) { m_keepalive.setInterval(milliseconds); }
    const ServiceContent& serviceContent() const { return m_content; }
    // Reads properties of one object; the future yields name → value element.
    QFuture<QHash<QString, KDSoapValue>> retrieveProperties(const ManagedObjectRef& object, const QStringList& paths);
    QFuture<VmDetails> vmDetails(const ManagedObjectRef& vm) override;
    void refreshVirtualMachine(const ManagedObjectRef& vm) override;
    // The VMs with these names: names and power states only, far cheaper than virtualMachines().
    QFuture<VmSummaryList> virtualMachinesNamed(const QStringList& names);

    // The paged RetrievePropertiesEx arguments for `paths` of every object in a container view (of
    // `type`, which may be a base type such as ManagedEntity), and the VM properties the inventory
    // reads; public so that benchmarks can send exactly the same request.
    static QList<KDSoapValue> retrieveArguments(
        const ManagedObjectRef& view, const QString& type, const QStringList& paths);
    static const QStringList& virtualMachinePaths();
    // A view of every object of `types` under the root folder (the answer's returnval is its reference).
    QFuture<KDSoapValue> containerView(const QStringList& types);
    // Reads `paths` of every object of `viewTypes` under the root folder, page by page.
    QFuture<void> collectAll(const QStringList& viewTypes, const QString& type, const QStringList& paths,
        const std::function<void(const RetrieveResult&)>& onPage);
    // The session's one WaitForUpdatesEx loop, for anyone who watches properties (an address wait).
    PropertyFeed* feed() const;

private:
    friend class InventoryReader;
    friend class LiveUpdates;

    bool canCall() const;
    static VimError notConnected();
    void setState(State state);
    QFuture<void> reauthenticate();
    void keepAlive();
    void fail(const VimError& error);

    State m_state = State::Disconnected;
    ConnectionParameters m_parameters;
    QString m_serverDescription;
    ServiceContent m_content;
    QPointer<VimClient> m_client;
    QString m_password; // in memory only, to log in again when vCenter ends the session
    QFuture<void> m_reauthentication;
    QTimer m_keepalive;
    // Destroyed first, while what they use of the session is still there.
    std::unique_ptr<InventoryReader> m_inventory;
    std::unique_ptr<LiveUpdates> m_live;
};
