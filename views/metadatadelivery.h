// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QPointer>
#include <QString>

#include "vsphere/managedobjectref.h"

class GuestInfoChannel;
class HypervKvp;
class InventoryModel;
class KvpDelivery;
class MetadataPage;
class QAction;
class QLabel;
class QMenu;
class QTimer;
class QPushButton;
class SeedIsoChannel;
class VCenterConnection;
class VmActions;

// The Metadata page's Deliver menu: puts the selected VM's saved document into its guestinfo keys
// or a seed ISO on its CD-ROM (or a local ISO file), takes it out again, imports what another tool
// left in guestinfo, and says which channels hold the saved document ("Channels" line).
class MetadataDelivery : public QObject
{
    Q_OBJECT
public:
    explicit MetadataDelivery(MetadataPage* page);

    // Without a connection (or one that is not a vSphere session) only Save Seed ISO works.
    void setServices(VCenterConnection* connection, VmActions* actions, InventoryModel* inventory);
    // The Hyper-V host the KVP page is connected to (null: none), for Push by Hyper-V KVP.
    void setHypervHost(HypervKvp* kvp, const QString& hostName);
    // The VM whose document the page shows (empty: none).
    void setVm(const QString& vmName);
    QString vm() const { return m_vm; }

    QPushButton* button() const { return m_button; }
    QLabel* channelsLabel() const { return m_channels; }
    QLabel* resultLabel() const { return m_result; }
    QAction* pushAction() const { return m_push; }
    QAction* pushVersion1Action() const { return m_pushV1; }
    QAction* clearAction() const { return m_clear; }
    QAction* attachIsoAction() const { return m_attach; }
    QAction* detachIsoAction() const { return m_detach; }
    QAction* saveIsoAction() const { return m_saveIso; }
    QAction* importAction() const { return m_import; }
    QAction* pushKvpAction() const { return m_pushKvp; }

    // Reads the VM's channels again (collected: several requests in a burst make one read).
    void refresh();

Q_SIGNALS:
    // One delivery (or refusal) has been reported; `ok` false for an error.
    void finished(bool ok, const QString& message);
    void channelsRead(const QString& text);

private:
    void updateEnabled();
    void readChannels();
    ManagedObjectRef vmRef() const;
    // The saved document is what is delivered: unsaved edits are saved first when the user agrees.
    bool ensureSaved();
    void report(bool ok, const QString& message);
    void reportFailure(const QString& what, const class VimError& error);
    // A delivery starts: the returned function ends it.
    std::function<void()> begin(const ManagedObjectRef& vm);
    void push(int networkVersion);
    void clearGuestInfo();
    void attachIso();
    void detachIso();
    void saveIso();
    void importFromVm();
    void openImported(const QString& vmName, const QByteArray& text, const QStringList& notes);

    MetadataPage* m_page;
    QPointer<VCenterConnection> m_connection;
    QPointer<VmActions> m_actions;
    QPointer<InventoryModel> m_inventory;
    GuestInfoChannel* m_guestInfo = nullptr;
    SeedIsoChannel* m_seedIso = nullptr;
    QString m_vm;
    QPushButton* m_button;
    QMenu* m_menu;
    QLabel* m_channels;
    QLabel* m_result;
    QAction* m_push;
    QAction* m_pushV1;
    QAction* m_clear;
    QAction* m_attach;
    QAction* m_detach;
    QAction* m_saveIso;
    QAction* m_import;
    QAction* m_pushKvp;
    KvpDelivery* m_kvp;
    QTimer* m_refreshTimer;
    quint64 m_generation = 0; // drops channel reads for a VM no longer selected
    int m_running = 0; // deliveries under way
};
