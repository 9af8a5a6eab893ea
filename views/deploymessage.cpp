// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymessage.h"

#include "export/exportqueue.h"

QString DeployMessage::finished(const ExportJobRecord& job)
{
    const QString& vm = job.deploy.name;
    const bool clone = job.deploy.source == DeploySpec::Source::Clone;
    switch (job.state) {
    case ExportJobRecord::State::Completed:
        if (!job.result.isEmpty()) {
            return clone
                ? tr("%1 is cloned from %2; its address is %3.").arg(vm, job.deploy.sourceVm, job.result)
                : tr("%1 is deployed from %2; its address is %3.").arg(vm, job.deploy.sourceText(), job.result);
        }
        return clone ? tr("%1 is cloned from %2.").arg(vm, job.deploy.sourceVm)
                     : tr("%1 is deployed from %2.").arg(vm, job.deploy.sourceText());
    case ExportJobRecord::State::Cancelled:
        return clone ? tr("The clone %1 was cancelled.").arg(vm) : tr("The deploy of %1 was cancelled.").arg(vm);
    case ExportJobRecord::State::Failed:
        if (job.error.trimmed().isEmpty()) {
            return clone ? tr("The clone %1 failed.").arg(vm) : tr("The deploy of %1 failed.").arg(vm);
        }
        return clone ? tr("The clone %1 failed: %2").arg(vm, job.error.trimmed())
                     : tr("The deploy of %1 failed: %2").arg(vm, job.error.trimmed());
    default:
        return tr("The deploy of %1 is %2.").arg(vm, ExportJobRecord::stateName(job.state));
    }
}
