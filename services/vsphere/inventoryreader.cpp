// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryreader.h"

#include <QPromise>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include "core/logging.h"
#include "core/whendone.h"
#include "objectcontent.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vmproperties.h"
#include "vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
// How many objects vCenter may put in one RetrievePropertiesEx page.
constexpr int pageSize = 1000;

KDSoapValue returnValue(const KDSoapValue& response)
{
    return response.childValues().child(u"returnval"_s);
}

template <typename T> void reject(const std::shared_ptr<QPromise<T>>& promise, const VimError& error)
{
    promise->setException(error);
    promise->finish();
}
} // namespace

InventoryReader::InventoryReader(VSphereSession* session)
    : m_session(session)
{ }

QList<KDSoapValue> InventoryReader::viewFilterSpec(
    const ManagedObjectRef& view, const QString& type, const QStringList& paths)
{
    QList<KDSoapValue> propSet { VimClient::element(u"type"_s, type) };
    for (const QString& path : paths) {
        propSet.append(VimClient::element(u"pathSet"_s, path));
    }
    const KDSoapValue traversal = VimClient::typedElement(u"selectSet"_s, u"TraversalSpec"_s,
        { VimClient::element(u"name"_s, u"traverseEntities"_s), VimClient::element(u"type"_s, u"ContainerView"_s),
            VimClient::element(u"path"_s, u"view"_s), VimClient::element(u"skip"_s, false) });
    const KDSoapValue objectSet = VimClient::element(u"objectSet"_s,
        QList<KDSoapValue> { VimClient::reference(u"obj"_s, view), VimClient::element(u"skip"_s, true), traversal });
    return { VimClient::element(u"propSet"_s, propSet), objectSet };
}

const QStringList& InventoryReader::virtualMachinePaths()
{
    return VmProperties::summaryPaths();
}

QList<KDSoapValue> InventoryReader::retrieveArguments(
    const ManagedObjectRef& view, const QString& type, const QStringList& paths)
{
    return { VimClient::element(u"specSet"_s, viewFilterSpec(view, type, paths)),
        VimClient::element(u"options"_s, QList<KDSoapValue> { VimClient::element(u"maxObjects"_s, pageSize) }) };
}

QFuture<VmSummaryList> InventoryReader::virtualMachines()
{
    auto promise = std::make_shared<QPromise<VmSummaryList>>();
    promise->start();
    if (m_session->state() != VSphereSession::State::Connected) {
        reject(promise, VSphereSession::notConnected());
        return promise->future();
    }
    // Where every VM lives (datacenter, cluster, host, folder), the custom attributes' names and
    // the VMs themselves are read at once; the VMs are made complete on a worker thread at the end.
    auto pages = std::make_shared<QList<RetrieveResult>>();
    auto pending = std::make_shared<int>(3);
    auto failed = std::make_shared<bool>(false);
    auto partFailed = [this, promise, failed](const VimError& error) {
        if (!std::exchange(*failed, true)) {
            m_session->fail(error);
            reject(promise, error);
        }
    };
    auto partDone = [this, promise, pages, pending, failed, partFailed] {
        if (--*pending > 0 || *failed) {
            return;
        }
        // Tens of thousands of small strings to copy and free: not on the GUI thread.
        whenDone<VimError>(
            QtConcurrent::run([pages = std::move(*pages), placement = m_placement]() {
                VmSummaryList vms;
                for (const RetrieveResult& page : pages) {
                    for (const ObjectContent& object : page.objects) {
                        vms.append(VmProperties::toSummary(object));
                        placement.apply(vms.last());
                    }
                }
                return vms;
            }),
            this,
            [promise](const VmSummaryList& vms) {
                qCInfo(lcVsphere) << "read" << vms.size() << "virtual machines";
                promise->addResult(vms);
                promise->finish();
            },
            partFailed);
    };
    whenDone<VimError>(loadFieldNames(), this, partDone, partFailed);
    whenDone<VimError>(loadEntities(), this, partDone, partFailed);
    whenDone<VimError>(collectAll({ u"VirtualMachine"_s }, u"VirtualMachine"_s, VmProperties::summaryPaths(),
                           [pages](const RetrieveResult& page) { pages->append(page); }),
        this, partDone, partFailed);
    return promise->future();
}

QFuture<VmSummaryList> InventoryReader::virtualMachinesNamed(const QStringList& names)
{
    // Only names and power states, without placement: what finding a VM to act on needs.
    auto found = std::make_shared<VmSummaryList>();
    const QSet<QString> wanted(names.cbegin(), names.cend());
    return collectAll({ u"VirtualMachine"_s }, u"VirtualMachine"_s, { u"name"_s, u"runtime.powerState"_s },
        [found, wanted](const RetrieveResult& page) {
            for (const ObjectContent& object : page.objects) {
                if (wanted.contains(object.properties.value(u"name"_s).text)) {
                    found->append(VmProperties::toSummary(object));
                }
            }
        })
        .then([found] { return *found; });
}

QFuture<void> InventoryReader::collectAll(const QStringList& viewTypes, const QString& type, const QStringList& paths,
    const std::function<void(const RetrieveResult&)>& onPage)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto onError = [promise](const VimError& error) { reject(promise, error); };
    whenDone<VimError>(
        containerView(viewTypes), this,
        [this, type, paths, onPage, promise, onError](const KDSoapValue& response) {
            const ManagedObjectRef view = VimClient::toReference(returnValue(response));
            // Pages arrive with a token while more remain; the view is destroyed once all are read.
            auto readPage = std::make_shared<std::function<void(const RetrieveResult&)>>();
            *readPage
                = [this, view, onPage, promise, onError, next = std::weak_ptr(readPage)](const RetrieveResult& page) {
                      onPage(page);
                      if (page.token.isEmpty()) {
                          m_session->call(u"DestroyView"_s, view);
                          promise->finish();
                          return;
                      }
                      whenDone<VimError>(
                          m_session->collect(
                              u"ContinueRetrievePropertiesEx"_s, { VimClient::element(u"token"_s, page.token) }),
                          this, [readPage = next.lock()](const RetrieveResult& more) { (*readPage)(more); }, onError);
                  };
            whenDone<VimError>(
                m_session->collect(u"RetrievePropertiesEx"_s, retrieveArguments(view, type, paths)), this,
                [readPage](const RetrieveResult& page) { (*readPage)(page); }, onError);
        },
        onError);
    return promise->future();
}

QFuture<void> InventoryReader::loadEntities()
{
    auto entities = std::make_shared<QHash<QString, InventoryPlacement::Entity>>();
    QFuture<void> done = collectAll(
        { u"Folder"_s, u"Datacenter"_s, u"ComputeResource"_s, u"ClusterComputeResource"_s, u"HostSystem"_s },
        u"ManagedEntity"_s, { u"name"_s, u"parent"_s }, [entities](const RetrieveResult& page) {
            for (const ObjectContent& object : page.objects) {
                entities->insert(object.obj.value,
                    { object.obj.type, object.properties.value(u"name"_s).text,
                        object.properties.value(u"parent"_s).text });
            }
        });
    // Finished only once the placement knows them, so whoever waits can use them.
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    whenDone<VimError>(
        done, this,
        [this, entities, promise] {
            m_placement.setEntities(std::move(*entities));
            promise->finish();
        },
        [promise](const VimError& error) { reject(promise, error); });
    return promise->future();
}

QFuture<void> InventoryReader::loadFieldNames()
{
    const ManagedObjectRef fieldsManager = m_session->serviceContent().customFieldsManager;
    if (fieldsManager.isNull()) {
        return QtFuture::makeReadyFuture(); // an ESXi host without vCenter has none
    }
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    const QList<KDSoapValue> spec {
        VimClient::element(u"propSet"_s,
            QList<KDSoapValue> { VimClient::element(u"type"_s, u"CustomFieldsManager"_s),
                VimClient::element(u"pathSet"_s, u"field"_s) }),
        VimClient::element(u"objectSet"_s, QList<KDSoapValue> { VimClient::reference(u"obj"_s, fieldsManager) }),
    };
    whenDone<VimError>(
        m_session->collect(u"RetrievePropertiesEx"_s,
            { VimClient::element(u"specSet"_s, spec), VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
        this,
        [this, promise](const RetrieveResult& result) {
            m_placement.clearFieldNames();
            for (const ObjectContent& object : result.objects) {
                for (const QHash<QString, QString>& field : object.properties.value(u"field"_s).items) {
                    m_placement.setFieldName(field.value(u"key"_s).toInt(), field.value(u"name"_s));
                }
            }
            promise->finish();
        },
        [promise](const VimError& error) { reject(promise, error); });
    return promise->future();
}

QFuture<KDSoapValue> InventoryReader::containerView(const QStringList& types)
{
    const VSphereSession::ServiceContent& content = m_session->serviceContent();
    QList<KDSoapValue> arguments { VimClient::reference(u"container"_s, content.rootFolder) };
    for (const QString& type : types) {
        arguments.append(VimClient::element(u"type"_s, type));
    }
    arguments.append(VimClient::element(u"recursive"_s, true));
    return m_session->call(u"CreateContainerView"_s, content.viewManager, arguments);
}
