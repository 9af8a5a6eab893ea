// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "kvp/wsmanenvelope.h"

// A WMI instance as WinRM returns it (<p:Msvm_X><p:Prop>…</p:Prop>…</p:Msvm_X>), or a method's
// <p:Method_OUTPUT>. Array properties repeat; nil properties are absent.
struct WsManObject
{
    QString className; // the element's local name
    QList<std::pair<QString, QString>> properties;
    QHash<QString, WsMan::Selectors> references; // endpoint-reference properties (a method's Job)

    QString value(const QString& name) const;
    QStringList values(const QString& name) const;
    bool has(const QString& name) const;
    QString selector(const QString& property, const QString& name) const;
};

struct WsManFault
{
    QString code; // s:Sender, s:Receiver
    QString subcode; // w:InvalidSelectors, a:DestinationUnreachable, …
    QString reason;
    QString detailCode; // WSManFault's Code attribute (a Windows error number)
    QString detailMessage;

    // The reason, or the detail's message when WinRM gives no reason, and the subcode.
    QString text() const;
    QString rawText() const;
};

struct WsManResponse
{
    QString action;
    std::optional<WsManFault> fault;
    QString enumerationContext;
    bool endOfSequence = false;
    QList<WsManObject> items; // PullResponse (or optimized EnumerateResponse) items
    std::optional<WsManObject> output; // any other body: a method's output

    // A parsed answer, or nullopt and a sentence in `error` for anything that is not a SOAP 1.2
    // envelope. Never trusts sizes or nesting from the peer.
    static std::optional<WsManResponse> parse(const QByteArray& bytes, QString* error);
};
