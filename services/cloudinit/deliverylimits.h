// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// How big each payload is on each way to the guest, against that way's limit, so that an admin
// learns before delivery, not from a guest that boots without its data.
namespace DeliveryLimits {

struct Payloads
{
    QByteArray metaData;
    QByteArray networkConfig;
    QByteArray userData;
};

enum class Channel { Serial, Guestinfo, Kvp, CloudinitPrep };

struct Check
{
    Channel channelId = Channel::Serial;
    QString channel; // "Serial port (vSPC)", "VMware guestinfo", ...
    QString payload; // "user-data", "meta-data + network", "whole VMX"
    qint64 bytes = 0; // as sent on that channel (after its encoding)
    qint64 limit = 0;
    QString encoding; // "base64", "raw"
    bool fits() const { return bytes <= limit; }
};

// The serial server's longest line (VspcConfig::maxLineLength by default).
inline constexpr qint64 serialLineLimit = 64 * 1024;
inline constexpr qint64 guestinfoValueLimit = 64 * 1024;
inline constexpr qint64 vmxLimit = 1024 * 1024;
inline constexpr qint64 kvpValueLimit = 2048;
inline constexpr qint64 cloudinitPrepLimit = 524288;

QList<Check> check(const Payloads& payloads, qint64 serialLimit = serialLineLimit);

} // namespace DeliveryLimits
