// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// The WS-Management requests a Hyper-V host's WinRM answers: SOAP 1.2 envelopes with the headers
// pywinrm and openwsman send, and the WMI method-invocation body libvirt's hyperv driver builds.
namespace WsMan {
inline const QString soapNs = QStringLiteral("http://www.w3.org/2003/05/soap-envelope");
inline const QString addressingNs = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing");
inline const QString wsmanNs = QStringLiteral("http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd");
inline const QString enumerationNs = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/09/enumeration");
inline const QString faultDetailNs = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wsmanfault");
inline const QString xsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
inline const QString anonymous = QStringLiteral("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous");
inline const QString wqlDialect = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/WQL");
inline const QString virtualizationV2
    = QStringLiteral("http://schemas.microsoft.com/wbem/wsman/1/wmi/root/virtualization/v2/");

// "…/root/virtualization/v2/Msvm_ComputerSystem"; "*" for a WQL enumeration of the namespace.
inline QString classUri(const QString& className)
{
    return virtualizationV2 + className;
}

using Selectors = QList<std::pair<QString, QString>>;

// An endpoint reference: a WMI instance named by its class and key properties.
struct Reference
{
    QString className;
    Selectors selectors;
};

// One input parameter of a WMI method: text (an embedded instance, a number) or a reference.
// Repeating a name sends an array.
struct Argument
{
    QString name;
    QString text;
    Reference reference; // used when text is null
};

QByteArray enumerate(const QUrl& to, const QString& wql);
// Pulled with the enumerated class's own resource URI, as libvirt's hypervEnumAndPull does.
QByteArray pull(const QUrl& to, const QString& className, const QString& context, int maxElements);
QByteArray release(const QUrl& to, const QString& context);
QByteArray invoke(const QUrl& to, const Reference& target, const QString& method, const QList<Argument>& arguments);

// A WQL string literal: quotes and backslashes escaped.
QString wqlString(const QString& value);

} // namespace WsMan
