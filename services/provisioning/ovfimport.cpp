// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovfimport.h"

#include <QFileInfo>

#include "core/whendone.h"
#include "vsphere/vimclient.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
const QString xmlSchemaNamespace = u"http://www.w3.org/2001/XMLSchema"_s;

QString text(const KDSoapValue& value, const QString& child)
{
    return value.childValues().child(child).value().toString();
}
} // namespace

OvfImport::OvfImport(VSphereSession* session, const OvfSource& source, const PlacementCatalog::Placement& placement,
    const QString& name, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_source(source)
    , m_placement(placement)
    , m_name(name)
{ }

KDSoapValue OvfImport::requestCopy(const KDSoapValue& value, const QString& name)
{
    for (const KDSoapValue& attribute : value.childValues().attributes()) {
        if (attribute.name() == u"type"_s && attribute.namespaceUri().isEmpty()) {
            return VimClient::reference(name, { attribute.value().toString(), value.value().toString() });
        }
    }
    if (value.childValues().isEmpty()) {
        if (!value.type().isEmpty() && value.typeNs() == xmlSchemaNamespace) {
            return VimClient::typedElement(name, u"xsd:"_s + value.type(), value.value());
        }
        return VimClient::element(name, value.value());
    }
    QList<KDSoapValue> children;
    for (const KDSoapValue& child : value.childValues()) {
        children.append(requestCopy(child, child.name()));
    }
    return value.type().isEmpty() ? VimClient::element(name, children)
                                  : VimClient::typedElement(name, value.type(), children);
}

void OvfImport::start()
{
    QList<KDSoapValue> params { VimClient::element(u"locale"_s, QString()),
        VimClient::element(u"deploymentOption"_s, QString()), VimClient::element(u"entityName"_s, m_name) };
    if (!m_placement.host.isNull()) {
        params.append(VimClient::reference(u"hostSystem"_s, m_placement.host));
    }
    for (auto it = m_placement.networks.cbegin(); it != m_placement.networks.cend(); ++it) {
        params.append(VimClient::element(u"networkMapping"_s,
            QList<KDSoapValue> {
                VimClient::element(u"name"_s, it.key()), VimClient::reference(u"network"_s, it.value()) }));
    }
    const QList<KDSoapValue> arguments { VimClient::element(u"ovfDescriptor"_s, QString::fromUtf8(m_source.descriptor)),
        VimClient::reference(u"resourcePool"_s, m_placement.pool),
        VimClient::reference(u"datastore"_s, m_placement.datastore),
        VimClient::typedElement(u"cisp"_s, u"OvfCreateImportSpecParams"_s, params) };
    whenDone<VimError>(
        m_session->call(u"CreateImportSpec"_s, m_session->serviceContent().ovfManager, arguments), this,
        [this](const KDSoapValue& response) {
            const KDSoapValue result = response.childValues().child(u"returnval"_s);
            QStringList errors;
            QList<std::pair<QString, QString>> files; // deviceId, path
            for (const KDSoapValue& item : result.childValues()) {
                if (item.name() == u"error"_s) {
                    errors.append(text(item, u"localizedMessage"_s));
                } else if (item.name() == u"warning"_s) {
                    Q_EMIT warning(tr("vCenter warns: %1").arg(text(item, u"localizedMessage"_s)));
                } else if (item.name() == u"fileItem"_s) {
                    files.append({ text(item, u"deviceId"_s), text(item, u"path"_s) });
                }
            }
            if (!errors.isEmpty()) {
                Q_EMIT failed(tr("vCenter cannot import this package: %1").arg(errors.join(u"; "_s)), false);
                return;
            }
            importVApp(result.childValues().child(u"importSpec"_s), files);
        },
        [this](const VimError& error) {
            Q_EMIT failed(tr("vCenter refused the package (CreateImportSpec): %1").arg(error.message()), false);
        });
}

void OvfImport::importVApp(const KDSoapValue& importSpec, const QList<std::pair<QString, QString>>& files)
{
    QList<KDSoapValue> arguments { requestCopy(importSpec, u"spec"_s),
        VimClient::reference(u"folder"_s, m_placement.folder) };
    if (!m_placement.host.isNull()) {
        arguments.append(VimClient::reference(u"host"_s, m_placement.host));
    }
    const QPointer<VSphereSession> session = m_session;
    const ManagedObjectRef pool = m_placement.pool;
    m_lease = std::make_unique<NfcLease>(
        m_session, [session, pool, arguments] { return session->call(u"ImportVApp"_s, pool, arguments); },
        tr("import"));
    connect(m_lease.get(), &NfcLease::failed, this, &OvfImport::failed);
    connect(m_lease.get(), &NfcLease::ready, this, [this, files] {
        m_uploads.clear();
        for (const auto& [deviceId, path] : files) {
            for (const LeaseDevice& device : m_lease->devices()) {
                if (device.importKey == deviceId) {
                    const QString local = m_source.filePath(path);
                    m_uploads.append({ device, local, QFileInfo(local).size() });
                }
            }
        }
        if (m_uploads.size() != files.size()) {
            Q_EMIT failed(tr("The import lease offers %1 upload(s) for the package's %2 file(s).")
                              .arg(m_uploads.size())
                              .arg(files.size()),
                false);
            return;
        }
        Q_EMIT ready();
    });
    m_lease->open();
}
