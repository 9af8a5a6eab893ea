// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
QIcon themed(const QString& themeName, const QString& bundled)
{
    static QHash<QString, QIcon> cache;
    const QString key = themeName + u'|' + bundled;
    if (const auto found = cache.constFind(key); found != cache.cend()) {
        return *found;
    }
    const QIcon fallback(u":/icons/actions/%1.svg"_s.arg(bundled));
    return *cache.insert(key, themeName.isEmpty() ? fallback : QIcon::fromTheme(themeName, fallback));
}
} // namespace

QIcon Icons::area(Area area)
{
    switch (area) {
    case Area::Inventory:
        return themed(u"computer"_s, u"inventory"_s);
    case Area::Exports:
        return themed(u"document-export"_s, u"exports"_s);
    case Area::Metadata:
        return themed(u"document-edit"_s, u"metadata"_s);
    case Area::Guests:
        return themed(u"network-connect"_s, u"guests"_s);
    case Area::Kvp:
        return themed(u"dialog-password"_s, u"kvp"_s);
    }
    return {};
}

QIcon Icons::powerState(const QString& vimPowerState)
{
    // Always the bundled glyphs: themes have no coloured power states, and colour is the point.
    if (vimPowerState == u"poweredOn"_s) {
        return themed({}, u"power-on"_s);
    }
    if (vimPowerState == u"suspended"_s) {
        return themed({}, u"suspended"_s);
    }
    return themed({}, u"power-off"_s);
}

QIcon Icons::node(const QString& kind)
{
    static const QHash<QString, QString> themeNames { { u"datacenter"_s, u"network-workgroup"_s }, { u"cluster"_s, {} },
        { u"host"_s, u"network-server"_s }, { u"folder"_s, u"folder"_s }, { u"vm"_s, {} } };
    return themed(themeNames.value(kind), kind);
}
