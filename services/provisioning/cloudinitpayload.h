// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>

#include "cloudinit/guestinfocodec.h"
#include "cloudinit/seediso.h"

// One VM's saved document (<dir>/<vm>.yaml, or a store's text), validated as the editor validates
// it and rendered for the channel that delivers it. Built on a worker thread: reading, validating
// and gzip are not GUI-thread work.
struct CloudInitPayload
{
    enum class Channel { Guestinfo, Iso, Kvp }; // Kvp: the three files only (KvpSeed chunks them)

    QString documentPath; // the file, or how a store names the document (fromText's documentName)
    QString error; // the document is missing, unreadable or has errors (the first ones, with lines)
    GuestInfoCodec::Values guestinfo; // Channel::Guestinfo
    SeedIso::Files files; // every channel: what the guest will read
    QByteArray isoImage; // Channel::Iso

    bool isValid() const { return error.isEmpty(); }

    // Validates and renders `text`; messages name the document `documentName`.
    static CloudInitPayload fromText(const QByteArray& text, const QString& documentName, const QString& vmName,
        Channel channel, int networkVersion);
    static CloudInitPayload build(const QString& directory, const QString& vmName, Channel channel, int networkVersion);
    static QFuture<CloudInitPayload> buildLater(
        const QString& directory, const QString& vmName, Channel channel, int networkVersion);
};
