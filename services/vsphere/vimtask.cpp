// SPDX-License-Identifier: GPL-3.0-or-later
#include "vimtask.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <KDSoapClient/KDSoapValue.h>

#include "vimclient.h"

using namespace Qt::StringLiterals;

namespace {
QDateTime dateTime(const KDSoapValue& value)
{
    const QString text = value.value().toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

VimTask::State toState(const QString& state)
{
    if (state == u"running"_s) {
        return VimTask::State::Running;
    }
    if (state == u"success"_s) {
        return VimTask::State::Success;
    }
    if (state == u"error"_s) {
        return VimTask::State::Error;
    }
    return VimTask::State::Queued;
}

struct Label
{
    const char* descriptionId;
    const char* text;
};
// vCenter's description ids of what admins do most, in words of this app's language.
constexpr Label labels[] = {
    { "VirtualMachine.powerOn", QT_TRANSLATE_NOOP("VimTask", "Power on virtual machine") },
    { "VirtualMachine.powerOff", QT_TRANSLATE_NOOP("VimTask", "Power off virtual machine") },
    { "VirtualMachine.reset", QT_TRANSLATE_NOOP("VimTask", "Reset virtual machine") },
    { "VirtualMachine.suspend", QT_TRANSLATE_NOOP("VimTask", "Suspend virtual machine") },
    { "VirtualMachine.reconfigure", QT_TRANSLATE_NOOP("VimTask", "Reconfigure virtual machine") },
    { "VirtualMachine.reconfigVm", QT_TRANSLATE_NOOP("VimTask", "Reconfigure virtual machine") },
    { "VirtualMachine.createSnapshot", QT_TRANSLATE_NOOP("VimTask", "Create snapshot") },
    { "VirtualMachine.clone", QT_TRANSLATE_NOOP("VimTask", "Clone virtual machine") },
    { "VirtualMachine.destroy", QT_TRANSLATE_NOOP("VimTask", "Delete virtual machine") },
    { "VirtualMachine.relocate", QT_TRANSLATE_NOOP("VimTask", "Migrate virtual machine") },
    { "vm.Snapshot.revert", QT_TRANSLATE_NOOP("VimTask", "Revert to snapshot") },
    { "vm.Snapshot.remove", QT_TRANSLATE_NOOP("VimTask", "Remove snapshot") },
};
} // namespace

VimTask VimTask::fromInfo(const KDSoapValue& info)
{
    const KDSoapValueList& fields = info.childValues();
    const auto text = [&](const QString& name) { return fields.child(name).value().toString(); };
    VimTask task;
    task.ref = VimClient::toReference(fields.child(u"task"_s));
    if (task.ref.isNull()) {
        task.ref = { u"Task"_s, text(u"key"_s) };
    }
    task.descriptionId = text(u"descriptionId"_s);
    task.name = text(u"name"_s);
    task.entity = VimClient::toReference(fields.child(u"entity"_s));
    task.entityName = text(u"entityName"_s);
    task.state = toState(text(u"state"_s));
    const KDSoapValue progress = fields.child(u"progress"_s);
    task.progress = progress.isNull() ? -1 : progress.value().toInt();
    task.queueTime = dateTime(fields.child(u"queueTime"_s));
    task.startTime = dateTime(fields.child(u"startTime"_s));
    task.completeTime = dateTime(fields.child(u"completeTime"_s));
    const KDSoapValue error = fields.child(u"error"_s);
    task.errorMessage = error.childValues().child(u"localizedMessage"_s).value().toString();
    if (task.errorMessage.isEmpty() && task.state == State::Error) {
        task.errorMessage = error.childValues().child(u"fault"_s).type();
    }
    task.initiator = fields.child(u"reason"_s).childValues().child(u"userName"_s).value().toString();
    return task;
}

QString VimTask::displayName() const
{
    for (const Label& label : labels) {
        if (descriptionId == QLatin1StringView(label.descriptionId)) {
            return QCoreApplication::translate("VimTask", label.text);
        }
    }
    if (name.isEmpty()) {
        return descriptionId;
    }
    QString words = name;
    words.remove(QRegularExpression(u"_Task$"_s));
    static const QRegularExpression boundary(u"(?<=[a-z])(?=[A-Z])"_s);
    words.replace(boundary, u" "_s);
    words[0] = words[0].toUpper();
    return words;
}
