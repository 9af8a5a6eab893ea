// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>

#include "metadatadocument.h"

// Where a VM's document comes from. The metadata server asks by key (VM name or a UUID).
class MetadataDriver : public QObject
{
    Q_OBJECT
public:
    struct Lookup
    {
        std::optional<MetadataDocument> document;
        QString error; // why there is no document, for the server's log: may name the file
        QString guestError; // the same for the guest, in !!ERROR: names no server path
    };

    using QObject::QObject;
    virtual QFuture<Lookup> lookup(const QString& key) = 0;

Q_SIGNALS:
    void documentChanged(const QString& key);
};
