// SPDX-License-Identifier: GPL-3.0-or-later
#include "vspcconfig.h"

using namespace Qt::StringLiterals;

QString VspcConfig::keyName(LookupKey key)
{
    switch (key) {
    case LookupKey::VmName:
        return u"name"_s;
    case LookupKey::VcUuid:
        return u"vc-uuid"_s;
    case LookupKey::BiosUuid:
        return u"bios-uuid"_s;
    }
    return {};
}

std::optional<VspcConfig::LookupKey> VspcConfig::keyFromName(const QString& name)
{
    for (const LookupKey key : { LookupKey::VmName, LookupKey::VcUuid, LookupKey::BiosUuid }) {
        if (keyName(key) == name) {
            return key;
        }
    }
    return std::nullopt;
}
