// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>

#include "vsphere/connectionparameters.h"

class QCommandLineParser;

// The options every vCenter command takes. The password is read from the environment variable
// named by --password-env, never from the command line (which other users can read in ps).
class VCenterOptions
{
public:
    void addTo(QCommandLineParser& parser) const;
    // Fills `parameters` and `password`, or returns a message saying what is missing.
    QString read(const QCommandLineParser& parser, ConnectionParameters& parameters, QString& password) const;

private:
    QCommandLineOption m_url { QStringLiteral("url"), QStringLiteral("vCenter or ESXi SDK URL."),
        QStringLiteral("URL") };
    QCommandLineOption m_user { QStringLiteral("user"), QStringLiteral("User name."), QStringLiteral("USER") };
    QCommandLineOption m_passwordEnv { QStringLiteral("password-env"),
        QStringLiteral("Name of the environment variable holding the password."), QStringLiteral("VAR") };
    QCommandLineOption m_thumbprint { QStringLiteral("thumbprint"),
        QStringLiteral("Trust a server certificate with this SHA-256 thumbprint (hex)."), QStringLiteral("SHA256") };
};
