// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmdetailsreader.h"

#include <QPromise>
#include <QSet>

#include "core/logging.h"
#include "core/whendone.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vmproperties.h"
#include "vspheresession.h"

using namespace Qt::StringLiterals;

QFuture<QHash<QString, KDSoapValue>> VmDetailsReader::retrieveProperties(
    VSphereSession* session, const ManagedObjectRef& object, const QStringList& paths)
{
    QList<KDSoapValue> propSet { VimClient::element(u"type"_s, object.type) };
    for (const QString& path : paths) {
        propSet.append(VimClient::element(u"pathSet"_s, path));
    }
    const QList<KDSoapValue> specSet {
        VimClient::element(u"propSet"_s, propSet),
        VimClient::element(u"objectSet"_s, QList<KDSoapValue> { VimClient::reference(u"obj"_s, object) }),
    };
    auto promise = std::make_shared<QPromise<QHash<QString, KDSoapValue>>>();
    promise->start();
    whenDone<VimError>(
        session->call(u"RetrievePropertiesEx"_s, session->serviceContent().propertyCollector,
            { VimClient::element(u"specSet"_s, specSet), VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
        session,
        [promise](const KDSoapValue& response) {
            QHash<QString, KDSoapValue> properties;
            const KDSoapValue objects = response.childValues().child(u"returnval"_s).childValues().child(u"objects"_s);
            for (const KDSoapValue& property : objects.childValues()) {
                if (property.name() == u"propSet"_s) {
                    properties.insert(property.childValues().child(u"name"_s).value().toString(),
                        property.childValues().child(u"val"_s));
                }
            }
            promise->addResult(properties);
            promise->finish();
        },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

QFuture<VmDetails> VmDetailsReader::read(VSphereSession* session, const ManagedObjectRef& vm)
{
    auto promise = std::make_shared<QPromise<VmDetails>>();
    promise->start();
    whenDone<VimError>(
        session->retrieveProperties(vm, VmProperties::detailPaths()), session,
        [session, vm, promise](const QHash<QString, KDSoapValue>& properties) {
            nameDistributedPortgroups(session, VmProperties::toDetails(vm, properties), promise);
        },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

void VmDetailsReader::nameDistributedPortgroups(
    VSphereSession* session, VmDetails details, const std::shared_ptr<QPromise<VmDetails>>& promise)
{
    // A NIC on a distributed switch names only its port group's key: one read names them all.
    QList<KDSoapValue> spec { VimClient::element(u"propSet"_s,
        QList<KDSoapValue> { VimClient::element(u"type"_s, u"DistributedVirtualPortgroup"_s),
            VimClient::element(u"pathSet"_s, u"name"_s) }) };
    QSet<QString> keys;
    for (const VmDetails::NetworkAdapter& nic : std::as_const(details.networkAdapters)) {
        if (nic.distributed && !keys.contains(nic.network)) {
            keys.insert(nic.network);
            spec.append(VimClient::element(u"objectSet"_s,
                QList<KDSoapValue> {
                    VimClient::reference(u"obj"_s, { u"DistributedVirtualPortgroup"_s, nic.network }) }));
        }
    }
    const auto deliver = [promise](const VmDetails& named) {
        promise->addResult(named);
        promise->finish();
    };
    if (keys.isEmpty()) {
        deliver(details);
        return;
    }
    whenDone<VimError>(
        session->collect(u"RetrievePropertiesEx"_s,
            { VimClient::element(u"specSet"_s, spec), VimClient::element(u"options"_s, QList<KDSoapValue> {}) }),
        session,
        [details, deliver](const RetrieveResult& result) mutable {
            for (const ObjectContent& object : result.objects) {
                for (VmDetails::NetworkAdapter& nic : details.networkAdapters) {
                    if (nic.distributed && nic.network == object.obj.value) {
                        nic.network = object.properties.value(u"name"_s).text;
                    }
                }
            }
            deliver(details);
        },
        [details, deliver](const VimError& error) {
            qCInfo(lcVsphere).noquote() << "port group names could not be read:" << error.message();
            deliver(details); // the keys still tell them apart
        });
}
