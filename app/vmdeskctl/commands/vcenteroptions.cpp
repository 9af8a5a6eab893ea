// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcenteroptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

void VCenterOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ m_url, m_user, m_passwordEnv, m_thumbprint });
}

QString VCenterOptions::read(
    const QCommandLineParser& parser, ConnectionParameters& parameters, QString& password) const
{
    QString why;
    parameters.url = ConnectionParameters::normalizedSdkUrl(parser.value(m_url), &why);
    if (!parameters.url.isValid()) {
        return QCoreApplication::translate("vmdeskctl", "--url: %1").arg(why);
    }
    parameters.user = parser.value(m_user);
    if (parameters.user.isEmpty()) {
        return QCoreApplication::translate("vmdeskctl", "--user is required.");
    }
    const QString variable = parser.value(m_passwordEnv);
    if (variable.isEmpty()) {
        return QCoreApplication::translate(
            "vmdeskctl", "--password-env is required (the name of a variable, not the password).");
    }
    password = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (password.isEmpty()) {
        return QCoreApplication::translate("vmdeskctl", "The environment variable %1 is empty or not set.")
            .arg(variable);
    }
    if (parser.isSet(m_thumbprint)) {
        QString hex = parser.value(m_thumbprint);
        hex.remove(QLatin1Char(':'));
        parameters.pinnedCertificateSha256 = QByteArray::fromHex(hex.toLatin1());
        if (parameters.pinnedCertificateSha256.size() != 32) {
            return QCoreApplication::translate("vmdeskctl", "--thumbprint needs a SHA-256 digest (64 hex digits).");
        }
    }
    return {};
}
