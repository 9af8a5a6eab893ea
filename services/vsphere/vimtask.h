// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "managedobjectref.h"

class KDSoapValue;

// One of vCenter's recent tasks (TaskManager.recentTask), as its TaskInfo says, whoever started it.
struct VimTask
{
    enum class State { Queued, Running, Success, Error };

    ManagedObjectRef ref; // "task-123"; also the key that tells tasks apart
    QString descriptionId; // "VirtualMachine.powerOff"
    QString name; // the method, "PowerOffVM_Task"
    ManagedObjectRef entity;
    QString entityName; // as vCenter names the object (a simulator may give its id)
    State state = State::Queued;
    int progress = -1; // percent while running, if vCenter says
    QDateTime queueTime;
    QDateTime startTime;
    QDateTime completeTime;
    QString errorMessage;
    QString initiator; // the user, for tasks a user started

    bool isFinished() const { return state == State::Success || state == State::Error; }
    // Reads a TaskInfo value (a property collector's "info").
    static VimTask fromInfo(const KDSoapValue& info);
    // "Power off virtual machine" for the actions admins use most; otherwise the method's name
    // in words ("PowerOffVM_Task" → "Power Off VM").
    QString displayName() const;

    friend bool operator==(const VimTask&, const VimTask&) = default;
};
Q_DECLARE_METATYPE(VimTask)
