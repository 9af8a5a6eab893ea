// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// One record of a Hyper-V KVP pool file (struct kvp_record in hv_kvp_daemon): raw bytes, as the daemon stores them.
struct KvpRecord
{
    QByteArray key; // up to the first NUL of the 512-byte field (or all 512 bytes when there is none)
    QByteArray value; // up to the first NUL of the 2048-byte field (or all 2048)
    bool keyTerminated = true; // false: the field had no NUL
    bool valueTerminated = true;
    // For display: UTF-8, invalid bytes shown as \xNN (never dropped), control characters escaped.
    QString keyText() const;
    QString valueText() const;

    friend bool operator==(const KvpRecord&, const KvpRecord&) = default;
};
