// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// SHA-512 crypt ("$6$") hashes for cloud-init's `passwd` / `hashed_passwd`, made by libcrypt with a
// salt from the OS's random source, so a plain password never has to be written into user-data.
// Both functions are reentrant (crypt_rn, never crypt()) and never log the password.
namespace PasswordHash {

// "$6$<16-character salt>$<86 characters>"; empty when libcrypt fails or the password holds a NUL,
// which crypt would silently cut off.
QString sha512Crypt(const QString& password);
// Whether `hash` (any scheme libcrypt knows) is the hash of `password`.
bool matches(const QString& password, const QString& hash);

} // namespace PasswordHash
