// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include "managedobjectref.h"

// One property value as the property collector sends it, kept as plain strings: a leaf (text),
// a managed object reference (text + type), or an array whose elements are flat structures
// (CustomFieldValue: key, value) or leaves (mapped under "").
struct PropertyValue
{
    QString text;
    QString type; // the "type" attribute of a managed object reference
    QList<QHash<QString, QString>> items;

    ManagedObjectRef reference() const { return { type, text }; }
};

// One object of a RetrievePropertiesEx answer with the properties asked for.
struct ObjectContent
{
    ManagedObjectRef obj;
    QHash<QString, PropertyValue> properties;
};

// One page of RetrievePropertiesEx/ContinueRetrievePropertiesEx; a token means more pages follow.
struct RetrieveResult
{
    QList<ObjectContent> objects;
    QString token;
};
Q_DECLARE_METATYPE(RetrieveResult)
