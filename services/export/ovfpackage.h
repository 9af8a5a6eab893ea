// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The files that make an OVF package, and the work on them that is not network: removing devices
// from the descriptor, the SHA-256 manifest, the OVA. Runs on worker threads (pure functions).
namespace OvfPackage {

struct File
{
    QString name; // relative to the package folder
    qint64 size = 0;
    QByteArray sha256; // hex
};

enum class Device { CdRom = 15, Floppy = 14, SerialPort = 21, ParallelPort = 22, UsbController = 23, Sound = 35 };

// Drops the descriptor's <Item>s of these device kinds (CIM ResourceType), each with its line; the
// rest stays byte for byte. Only the descriptor changes: the source VM is never touched. A
// descriptor that is not well-formed XML (vCenter's always is) comes back as it is.
QByteArray removeDevices(const QByteArray& descriptor, const QList<Device>& devices);
// "SHA256(<file>)= <hex>" lines, as ovftool and govc write them.
QByteArray manifest(const QList<File>& files);
// Writes `ovaPath` (a tar, descriptor first as the OVF spec orders, then the manifest, then the
// files in the given order) through a .part file; returns an error message or nothing.
QString writeOva(const QString& folder, const QString& descriptorName, const QString& manifestName,
    const QList<File>& files, const QString& ovaPath);
// SHA-256 (hex) of a file on disk.
QByteArray sha256Of(const QString& path, QString* error);
// Reads the finished package back from disk: the manifest must be `manifestBytes` and list every
// one of `files` (the descriptor and the disks), each of which must have its size and SHA-256;
// with `ovaPath`, every entry of the OVA too. Returns what does not match, or nothing.
QString verify(const QString& folder, const QByteArray& manifestBytes, const QString& manifestName,
    const QList<File>& files, const QString& ovaPath = {});

} // namespace OvfPackage
