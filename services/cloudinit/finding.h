// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One thing a validator found in a text: where (1-based line and column in the text it was given;
// 0 when it concerns the whole text), how bad, and a sentence a person understands.
struct Finding
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString path; // where in the data, as cloud-init names it: "users.0.sudo", "network.interfaces.1.mtu"
    QString message;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Finding&, const Finding&) = default;
};

namespace Findings {
inline bool hasError(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.isError()) {
            return true;
        }
    }
    return false;
}
} // namespace Findings

Q_DECLARE_METATYPE(Finding)
