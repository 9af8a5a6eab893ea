// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventoryfilter.h"

using namespace Qt::StringLiterals;

const QStringList& InventoryFilter::fieldNames()
{
    static const QStringList names { u"name"_s, u"power"_s, u"guest"_s, u"host"_s, u"cluster"_s, u"dc"_s, u"folder"_s,
        u"ip"_s, u"tools"_s, u"notes"_s, u"attr"_s, u"uuid"_s };
    return names;
}

InventoryFilter::InventoryFilter(const QString& expression)
{
    for (const QString& word : expression.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype colon = word.indexOf(u':');
        if (colon > 0 && fieldNames().contains(word.left(colon).toLower())) {
            m_terms.append({ word.left(colon).toLower(), word.mid(colon + 1) });
        } else {
            if (colon > 0 && m_unknownField.isEmpty()) {
                m_unknownField = word.left(colon);
            }
            m_terms.append({ {}, word });
        }
    }
}

bool InventoryFilter::matches(const QList<std::pair<QString, QString>>& fields) const
{
    for (const Term& term : m_terms) {
        bool found = false;
        for (const auto& [name, text] : fields) {
            if ((term.field.isEmpty() || term.field == name) && text.contains(term.text, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found) {
            return false;
        }
    }
    return true;
}
