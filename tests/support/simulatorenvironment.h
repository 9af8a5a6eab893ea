// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QUrl>

// What the CTest fixture tells a test about the running simulator (see tests/vcsim/fixture.sh).
namespace SimulatorEnvironment {

inline QUrl sdkUrl()
{
    QFile file(qEnvironmentVariable("VMDESK_VCSIM_STATE") + QStringLiteral("/url"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}

inline QString user()
{
    return qEnvironmentVariable("VMDESK_VCSIM_USER");
}

inline QString password()
{
    return qEnvironmentVariable("VMDESK_VCSIM_PASSWORD");
}

inline int vmCount()
{
    return qEnvironmentVariableIntValue("VMDESK_VCSIM_VMS");
}

inline QString simulatorBinary()
{
    return qEnvironmentVariable("VMDESK_VCSIM");
}

} // namespace SimulatorEnvironment
