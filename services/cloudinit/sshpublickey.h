// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One OpenSSH public key line as it goes into ssh_authorized_keys, read the way ssh-keygen -lf reads
// it, so the editor can show the same bits, fingerprint and type an admin sees in a terminal and
// refuse a broken key before a guest silently ignores it.
//
// An authorized_keys options prefix (`from="10.0.0.0/8",command="..." ssh-ed25519 ...`) is accepted
// and skipped, because cloud-init copies such lines into authorized_keys unchanged and sshd honours
// them. Certificates (*-cert-v01@openssh.com) are refused as an unknown key type.
struct SshPublicKey
{
    QString type; // the algorithm name as written: "ssh-ed25519", "ecdsa-sha2-nistp256", ...
    int bits = 0;
    QString comment;
    QString fingerprint; // "SHA256:" and the unpadded base64 digest of the key blob, as ssh-keygen -lf prints it
    QString error; // empty when the key is valid; otherwise a sentence for the user

    bool isValid() const { return error.isEmpty() && !type.isEmpty(); }
    // ssh-keygen's name in parentheses: "(ED25519)", "(RSA)", "(ECDSA-SK)", ...; empty when unknown.
    QString displayType() const;

    static SshPublicKey parse(const QString& line);
};
