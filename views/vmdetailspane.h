// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "vsphere/vmdetails.h"
#include "vsphere/vmsummary.h"

class QTextBrowser;
class QTimer;
class VCenterConnection;

// One VM at a glance: its inventory row at once, then devices, guest networking and guestinfo
// keys as vCenter answers.
class VmDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit VmDetailsPane(VCenterConnection* connection, QWidget* parent = nullptr);

    // Shows this VM. Its details are read when it is another VM, and again (keeping the scroll
    // position) when its row changes or the connection says they may have (a task on it ended).
    void showVm(const VmSummary& vm);
    void clear();
    QString text() const;

private:
    void readDetails();
    void render();

    QPointer<VCenterConnection> m_connection;
    QTextBrowser* m_browser;
    VmSummary m_vm;
    std::optional<VmDetails> m_details;
    QString m_detailsError;
    quint64 m_generation = 0; // drops answers about a VM no longer shown
    QTimer* m_reread; // changes come in bursts (a task ends, then the row changes): one read
};
