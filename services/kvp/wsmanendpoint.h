// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Where and as whom to reach a Hyper-V host's WinRM service. Never holds the password.
struct WsManEndpoint
{
    enum class Authentication {
        // "Authorization: Basic" on every request. WinRM needs Auth/Basic=true, a local account, and
        // HTTPS (or AllowUnencrypted=true for HTTP).
        Basic,
        // Whatever Qt's QAuthenticator negotiates with the host: Negotiate through the system's
        // GSSAPI (Kerberos), or Qt's own NTLM. HTTPS only: over HTTP WinRM wants its messages
        // encrypted with the session key, which neither Qt nor vmdesk does.
        Windows,
    };

    QUrl url; // https://host:5986/wsman
    QString user;
    Authentication authentication = Authentication::Basic;
    QByteArray pinnedCertificateSha256; // trusted even when it does not verify (a self-signed WinRM listener)

    // Accepts "hyperv01", "hyperv01:5986", "http://hyperv01" or a full ".../wsman" URL; WinRM's
    // ports (5986 for https, 5985 for http) when none is given. Invalid, and why in `error`, else.
    static QUrl normalizedUrl(const QString& text, QString* error = nullptr);
    // The keychain key for this host and user, apart from vCenter's ("hyperv:user@host:port").
    QString secretKey() const;
    // Why this combination cannot work, or empty.
    QString problem() const;
};
