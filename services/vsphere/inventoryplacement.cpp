// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryplacement.h"

#include <QStringList>

using namespace Qt::StringLiterals;

void InventoryPlacement::apply(VmSummary& vm) const
{
    const auto nameOf = [this](const QString& id) { return m_entities.value(id).name; };
    vm.host = m_entities.contains(vm.hostRef.value) ? nameOf(vm.hostRef.value) : vm.hostRef.value;
    const Entity computeResource = m_entities.value(m_entities.value(vm.hostRef.value).parent);
    vm.cluster = computeResource.type == u"ClusterComputeResource"_s ? computeResource.name : QString();
    // Up from the VM's folder: folders until the datacenter's own VM folder, then the datacenter.
    QStringList folders;
    QString id = vm.folderRef.value;
    vm.datacenter.clear();
    for (int guard = 0; guard < 64 && m_entities.contains(id); ++guard) {
        const Entity entity = m_entities.value(id);
        if (entity.type == u"Datacenter"_s) {
            vm.datacenter = entity.name;
            break;
        }
        if (m_entities.value(entity.parent).type != u"Datacenter"_s) {
            folders.prepend(entity.name);
        }
        id = entity.parent;
    }
    vm.folder = folders.join(u'/');
    vm.attributes.clear();
    for (auto value = vm.customValues.cbegin(); value != vm.customValues.cend(); ++value) {
        vm.attributes.insert(m_fieldNames.value(value.key(), QString::number(value.key())), value.value());
    }
}
