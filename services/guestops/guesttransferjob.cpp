// SPDX-License-Identifier: GPL-3.0-or-later
#include "guesttransferjob.h"

#include "guestops/guestfiletransfer.h"
#include "vsphere/vspheresession.h"

GuestTransferJob::GuestTransferJob(GuestOperations* operations, const GuestTransferSpec& spec, QObject* parent)
    : TransferJob(parent)
    , m_spec(spec)
    , m_transfer(new GuestFileTransfer(operations, spec.vm, spec.credentials,
          spec.upload ? GuestFileTransfer::Direction::Upload : GuestFileTransfer::Direction::Download, spec.localPath,
          spec.guestPath, spec.overwrite, this))
{
    connect(m_transfer, &GuestFileTransfer::progress, this, &TransferJob::changed);
    connect(m_transfer, &GuestFileTransfer::finished, this, [this] {
        m_done = true;
        Q_EMIT logLine(
            tr("%1 bytes %2").arg(m_transfer->bytesTotal()).arg(m_spec.upload ? tr("uploaded") : tr("downloaded")));
        Q_EMIT succeeded();
    });
    // A transfer URL is good once, and the guest may have changed: a failure is not retried by itself.
    connect(m_transfer, &GuestFileTransfer::failed, this,
        [this](const QString& message) { Q_EMIT failed(message, false); });
}

std::function<TransferJob*(const GuestTransferSpec&, QObject*)> GuestTransferJob::factory(VSphereSession* session)
{
    QPointer<VSphereSession> owner = session;
    auto operations = std::make_shared<QPointer<GuestOperations>>();
    return [owner, operations](const GuestTransferSpec& spec, QObject* parent) -> TransferJob* {
        if (!*operations && owner) {
            *operations = new GuestOperations(owner, owner); // the session's child: gone with it
        }
        return new GuestTransferJob(*operations, spec, parent);
    };
}

void GuestTransferJob::start()
{
    m_clock.start();
    Q_EMIT logLine(m_spec.upload
            ? tr("uploading %1 to %2 in %3").arg(m_spec.localPath, m_spec.guestPath, m_spec.vmName)
            : tr("downloading %1 from %2 to %3").arg(m_spec.guestPath, m_spec.vmName, m_spec.localPath));
    m_transfer->start();
}

void GuestTransferJob::stop(bool)
{
    m_transfer->stop();
}

QString GuestTransferJob::phaseText() const
{
    if (m_done) {
        return tr("done");
    }
    return m_spec.upload ? tr("uploading") : tr("downloading");
}

qint64 GuestTransferJob::bytesDone() const
{
    return m_transfer->bytesDone();
}

qint64 GuestTransferJob::bytesTotal() const
{
    return m_transfer->bytesTotal();
}

double GuestTransferJob::bytesPerSecond() const
{
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() : 0;
    return elapsed > 0 ? double(bytesDone()) * 1000.0 / double(elapsed) : 0.0;
}

int GuestTransferJob::etaSeconds() const
{
    const double rate = bytesPerSecond();
    return rate > 0 && bytesTotal() > 0 ? int(double(bytesTotal() - bytesDone()) / rate) : -1;
}

QString GuestTransferJob::result() const
{
    return m_spec.upload ? m_spec.guestPath : m_spec.localPath;
}
