// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// A vSphere ManagedObjectReference: the object's type and its server-side id ("vm-42").
struct ManagedObjectRef
{
    QString type;
    QString value;

    bool isNull() const { return value.isEmpty(); }
    friend bool operator==(const ManagedObjectRef& a, const ManagedObjectRef& b)
    {
        return a.type == b.type && a.value == b.value;
    }
};
Q_DECLARE_METATYPE(ManagedObjectRef)
