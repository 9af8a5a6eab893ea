// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Where and as whom to connect. Never holds the password: that travels separately, once.
struct ConnectionParameters
{
    QUrl url; // the SDK endpoint, e.g. https://vcenter.example.com/sdk
    QString user;
    QByteArray pinnedCertificateSha256; // trusted even when it does not verify (self-signed vCenter)

    // Accepts "vcenter.example.com", "https://vcenter.example.com" or a full ".../sdk" URL.
    // An invalid URL, and why in `error`, for anything that is not an http(s) address of a host.
    static QUrl normalizedSdkUrl(const QString& text, QString* error = nullptr);
    // The keychain key for this server and user ("user@host:port").
    QString secretKey() const;
};
