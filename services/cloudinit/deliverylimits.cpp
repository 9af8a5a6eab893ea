// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverylimits.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DeliveryLimits {

namespace {
// lupdate files these texts under "DeliveryLimits", where the runtime looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryLimits)
};

qint64 base64Size(qint64 bytes)
{
    return (bytes + 2) / 3 * 4;
}

// "!!RESPONSE_USERDATA#" + base64 + line ending: the longest response line the server writes.
constexpr qint64 serialOverhead = 24;
} // namespace

QList<Check> check(const Payloads& payloads, qint64 serialLimit)
{
    const QList<std::pair<QString, qint64>> each {
        { u"meta-data"_s, payloads.metaData.size() },
        { u"network-config"_s, payloads.networkConfig.size() },
        { u"user-data"_s, payloads.userData.size() },
    };
    QList<Check> checks;
    const QString serial = Text::tr("Serial port (vSPC)");
    for (const auto& [name, size] : each) {
        checks.append({ Channel::Serial, serial, name, base64Size(size) + serialOverhead, serialLimit, u"base64"_s });
    }
    // guestinfo carries the network config inside the metadata (its `network` key).
    const QString guestinfo = Text::tr("VMware guestinfo");
    const qint64 metadataValue = base64Size(payloads.metaData.size() + payloads.networkConfig.size() + 16);
    const qint64 userdataValue = base64Size(payloads.userData.size());
    checks.append({ Channel::Guestinfo, guestinfo, Text::tr("meta-data with network"), metadataValue,
        guestinfoValueLimit, u"base64"_s });
    checks.append({ Channel::Guestinfo, guestinfo, u"user-data"_s, userdataValue, guestinfoValueLimit, u"base64"_s });
    checks.append({ Channel::Guestinfo, guestinfo, Text::tr("all values in the VMX"), metadataValue + userdataValue,
        vmxLimit, u"base64"_s });
    const QString kvp = Text::tr("Hyper-V KVP");
    for (const auto& [name, size] : each) {
        checks.append({ Channel::Kvp, kvp, name, size, kvpValueLimit, Text::tr("raw") });
    }
    const QString prep = Text::tr("vSphere CloudinitPrep");
    checks.append({ Channel::CloudinitPrep, prep, Text::tr("meta-data with network"),
        payloads.metaData.size() + payloads.networkConfig.size(), cloudinitPrepLimit, Text::tr("raw") });
    checks.append({ Channel::CloudinitPrep, prep, u"user-data"_s, payloads.userData.size(), cloudinitPrepLimit,
        Text::tr("raw") });
    return checks;
}

} // namespace DeliveryLimits
