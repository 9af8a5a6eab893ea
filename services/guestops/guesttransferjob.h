// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QElapsedTimer>

#include "export/transferjob.h"
#include "guestops/guesttransferspec.h"

class GuestFileTransfer;
class VSphereSession;

// A guest upload or download in the transfer queue (the Transfers page), with speed and time left.
class GuestTransferJob : public TransferJob
{
    Q_OBJECT
public:
    GuestTransferJob(GuestOperations* operations, const GuestTransferSpec& spec, QObject* parent = nullptr);
    // What ExportQueue::setGuestJobFactory takes: jobs sharing one GuestOperations of `session`.
    static std::function<TransferJob*(const GuestTransferSpec&, QObject*)> factory(VSphereSession* session);

    void start() override;
    void stop(bool keepPartialFiles) override;
    QString phaseText() const override;
    qint64 bytesDone() const override;
    qint64 bytesTotal() const override;
    double bytesPerSecond() const override;
    int etaSeconds() const override;
    QString result() const override;

private:
    GuestTransferSpec m_spec;
    GuestFileTransfer* m_transfer;
    QElapsedTimer m_clock;
    bool m_done = false;
};
