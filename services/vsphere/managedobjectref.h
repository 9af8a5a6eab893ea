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
    friend bool operator==(const ManagedObjectRef&, const ManagedObjectRef&) = default;
};
Q_DECLARE_METATYPE(ManagedObjectRef)
