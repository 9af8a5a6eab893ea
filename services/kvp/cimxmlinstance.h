// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QString>

// An embedded WMI instance in CIM-XML (DSP0201), as Hyper-V carries KVP items in
// Msvm_KvpExchangeComponent's arrays and takes them in AddKvpItems' DataItems:
//   <INSTANCE CLASSNAME="Msvm_KvpExchangeDataItem">
//     <PROPERTY NAME="Name" TYPE="string"><VALUE>key</VALUE></PROPERTY> …
//   </INSTANCE>
struct CimXmlInstance
{
    QString className;
    QHash<QString, QString> properties; // PROPERTY with a VALUE; a PROPERTY without one is null and absent

    // What Microsoft's sample gets from GetText(CimDtd20) for a new Msvm_KvpExchangeDataItem.
    static QString kvpDataItem(const QString& name, const QString& data, int source);
    // The instance in `text`, or nullopt and why in `error`.
    static std::optional<CimXmlInstance> parse(const QString& text, QString* error = nullptr);
};
