// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QException>
#include <QString>

// What went wrong talking to vCenter, in terms an admin can act on. Thrown through QFuture.
class VimError : public QException
{
public:
    enum class Kind {
        InvalidLogin, // wrong user name or password
        NotAuthenticated, // the session is gone (expired, logged out elsewhere)
        ConnectionRefused,
        HostNotFound,
        Timeout,
        UntrustedCertificate, // TLS verification failed and the certificate is not pinned
        Network, // any other transport failure
        Fault, // a SOAP fault from vCenter
        Protocol, // an answer we could not understand
    };

    VimError(Kind kind, QString message, QString faultType = {});
    // The request's producer went away before answering (the connection object was destroyed).
    static VimError cancelled();

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString faultType() const { return m_faultType; }
    // The raw fault (type and vCenter's own text) behind a message put in plain words.
    QString details() const { return m_details; }
    void setDetails(const QString& details) { m_details = details; }
    // For UntrustedCertificate: the server certificate's SHA-256 thumbprint (hex, colon separated).
    QString certificateSha256() const { return m_certificateSha256; }
    void setCertificateSha256(const QString& thumbprint) { m_certificateSha256 = thumbprint; }
    QString certificateSubject() const { return m_certificateSubject; }
    void setCertificateSubject(const QString& subject) { m_certificateSubject = subject; }

    void raise() const override { throw *this; }
    VimError* clone() const override { return new VimError(*this); }

private:
    Kind m_kind;
    QString m_message;
    QString m_faultType;
    QString m_details;
    QString m_certificateSha256;
    QString m_certificateSubject;
};
