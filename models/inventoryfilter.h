// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The inventory's search language: words separated by spaces, all of which must match. A bare
// word matches any field; `field:text` matches one field (name, power, guest, host, cluster, dc,
// folder, ip, tools, notes, attr, uuid); case-insensitive substrings. `power:on` matches
// "Powered on", `power:off` "Powered off".
class InventoryFilter
{
public:
    explicit InventoryFilter(const QString& expression = {});

    bool isEmpty() const { return m_terms.isEmpty(); }
    // `fields` holds each field's text, keyed by the field names above.
    bool matches(const QList<std::pair<QString, QString>>& fields) const;
    // A field name the language does not know, or nothing.
    QString unknownField() const { return m_unknownField; }

    static const QStringList& fieldNames();

private:
    struct Term
    {
        QString field; // empty: any
        QString text;
    };
    QList<Term> m_terms;
    QString m_unknownField;
};
