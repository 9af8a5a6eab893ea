// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "vmsummary.h"

// What a VM's own properties only name by id, by name: its host, cluster, datacenter and folder
// path, and its custom attributes. A value: copies are cheap and can go to a worker thread.
class InventoryPlacement
{
public:
    struct Entity
    {
        QString type;
        QString name;
        QString parent; // id
    };

    void setEntities(QHash<QString, Entity> entities) { m_entities = std::move(entities); }
    void setFieldName(int key, const QString& name) { m_fieldNames.insert(key, name); }
    void clearFieldNames() { m_fieldNames.clear(); }
    bool knowsField(int key) const { return m_fieldNames.contains(key); }

    void apply(VmSummary& vm) const;

private:
    QHash<QString, Entity> m_entities; // folders, datacenters, clusters, hosts by id
    QHash<int, QString> m_fieldNames; // custom attribute key → name
};
