// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>

#include "export/nfclease.h"
#include "ovfsource.h"
#include "placementcatalog.h"

class KDSoapValue;

// The vCenter side of deploying an OVF package, up to the uploads: OvfManager.CreateImportSpec for
// the placement, then ResourcePool.ImportVApp, whose HttpNfcLease names a URL for each of the
// package's files (matched by importKey). What happens to the bytes is the caller's (DeployJob,
// or a benchmark's curl).
class OvfImport : public QObject
{
    Q_OBJECT
public:
    struct Upload
    {
        LeaseDevice device;
        QString path; // the package file
        qint64 size = 0;
    };

    OvfImport(VSphereSession* session, const OvfSource& source, const PlacementCatalog::Placement& placement,
        const QString& name, QObject* parent = nullptr);

    void start();
    // Open once ready(); the caller completes or aborts it.
    NfcLease* lease() const { return m_lease.get(); }
    const QList<Upload>& uploads() const { return m_uploads; }

    // A value vCenter sent, as a request element under `name` (CreateImportSpec's importSpec goes
    // back to ImportVApp as it came: references, xsi:types and all).
    static KDSoapValue requestCopy(const KDSoapValue& value, const QString& name);

Q_SIGNALS:
    void warning(const QString& message);
    void ready();
    void failed(const QString& message, bool transient);

private:
    void importVApp(const KDSoapValue& importSpec, const QList<std::pair<QString, QString>>& files);

    QPointer<VSphereSession> m_session;
    OvfSource m_source;
    PlacementCatalog::Placement m_placement;
    QString m_name;
    std::unique_ptr<NfcLease> m_lease;
    QList<Upload> m_uploads;
};
