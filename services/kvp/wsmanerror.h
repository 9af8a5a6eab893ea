// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QException>
#include <QString>

// What went wrong talking to a Hyper-V host's WinRM service, in words an admin can act on.
// Thrown through QFuture.
class WsManError : public QException
{
public:
    enum class Kind {
        InvalidLogin, // HTTP 401: wrong user or password, or an authentication scheme we cannot offer
        UntrustedCertificate, // TLS verification failed and the certificate is not the pinned one
        Network, // refused, unreachable, timed out, TLS handshake failed
        Fault, // a SOAP fault from WinRM (s:Fault)
        MethodFailed, // a WMI method returned an error code, or its job ended in failure
        Protocol, // an answer we could not understand
        NotFound, // no such VM
        Cancelled, // the client went away first
    };

    WsManError(Kind kind, QString message, QString details = {});
    static WsManError cancelled();

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // The raw fault or answer behind the message (subcode, WSManFault code, WMI's own text).
    QString details() const { return m_details; }
    // For UntrustedCertificate: the SHA-256 thumbprint of the certificate that was refused, hex.
    QString certificateSha256() const { return m_certificateSha256; }
    void setCertificateSha256(const QString& thumbprint) { m_certificateSha256 = thumbprint; }

    void raise() const override { throw *this; }
    WsManError* clone() const override { return new WsManError(*this); }

private:
    Kind m_kind;
    QString m_message;
    QString m_details;
    QString m_certificateSha256;
};
