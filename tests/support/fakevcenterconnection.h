// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPromise>

#include "vsphere/vcenterconnection.h"
#include "vsphere/vimerror.h"

// A vCenter that answers from memory and only when told to, so tests control every step.
class FakeVCenterConnection : public VCenterConnection
{
    Q_OBJECT
public:
    using VCenterConnection::VCenterConnection;

    VmSummaryList vms;
    QString wrongPassword = QStringLiteral("wrong");

    State state() const override { return m_state; }
    ConnectionParameters parameters() const override { return m_parameters; }
    QString serverDescription() const override { return QStringLiteral("Fake vCenter"); }

    QFuture<void> login(const ConnectionParameters& parameters, const QString& password) override
    {
        m_parameters = parameters;
        if (password == wrongPassword) {
            Q_EMIT errorOccurred(QStringLiteral("The user name or password is wrong."));
            return QtFuture::makeExceptionalFuture(VimError(VimError::Kind::InvalidLogin, QStringLiteral("wrong")));
        }
        setState(State::Connected);
        return QtFuture::makeReadyFuture();
    }

    QFuture<VmSummaryList> virtualMachines() override
    {
        m_pending = std::make_shared<QPromise<VmSummaryList>>();
        m_pending->start();
        return m_pending->future();
    }

    // Answers the last virtualMachines() call.
    void deliver()
    {
        m_pending->addResult(vms);
        m_pending->finish();
    }

    void failDelivery(const QString& message)
    {
        m_pending->setException(VimError(VimError::Kind::Fault, message));
        m_pending->finish();
    }

    QHash<QString, VmDetails> details; // by managed object id
    QFuture<VmDetails> vmDetails(const ManagedObjectRef& vm) override
    {
        if (!details.contains(vm.value)) {
            return QtFuture::makeExceptionalFuture<VmDetails>(
                VimError(VimError::Kind::Fault, QStringLiteral("ManagedObjectNotFound")));
        }
        return QtFuture::makeReadyFuture(details.value(vm.value));
    }

    QList<ManagedObjectRef> refreshRequests;
    void refreshVirtualMachine(const ManagedObjectRef& vm) override { refreshRequests.append(vm); }

    int watchRequests = 0;
    void watchVirtualMachines() override { ++watchRequests; }

    QFuture<void> logout() override
    {
        setState(State::Disconnected);
        return QtFuture::makeReadyFuture();
    }

    void setState(State state)
    {
        if (m_state != state) {
            m_state = state;
            Q_EMIT stateChanged(state);
        }
    }

private:
    State m_state = State::Disconnected;
    ConnectionParameters m_parameters;
    std::shared_ptr<QPromise<VmSummaryList>> m_pending;
};
