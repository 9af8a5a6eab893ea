// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatadelivery.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

#include "confirmaction.h"
#include "core/whendone.h"
#include "deliverypayload.h"
#include "inventorymodel.h"
#include "kvpdelivery.h"
#include "metadatadatabase.h"
#include "metadataeditsession.h"
#include "metadatapage.h"
#include "provisioning/cloudinitpayload.h"
#include "provisioning/guestinfochannel.h"
#include "provisioning/seedisochannel.h"
#include "vsphere/vimerror.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
QString kib(qsizetype bytes)
{
    return MetadataDelivery::tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
}

QByteArray decodedValue(const QByteArray& value)
{
    return GuestInfoCodec::decode(value, QString::fromLatin1(GuestInfoCodec::encodingName)).value_or(QByteArray());
}

// The page's current store: a folder's file, or the database's document (never a file beside it).
DeliveryPayload sourceOf(const MetadataPage* page)
{
    return page->database() ? DeliveryPayload::database(page->database()) : DeliveryPayload::folder(page->directory());
}
} // namespace

MetadataDelivery::MetadataDelivery(MetadataPage* page)
    : QObject(page)
    , m_page(page)
    , m_button(new QPushButton(page))
    , m_menu(new QMenu(page))
    , m_channels(new QLabel(page))
    , m_result(new QLabel(page))
    , m_kvp(new KvpDelivery(this))
    , m_refreshTimer(new QTimer(this))
{
    m_push = m_menu->addAction(tr("Push to guestinfo"), this, [this] { push(2); });
    m_push->setToolTip(tr("Set the VM's guestinfo keys to the saved document (network config version 2) and read "
                          "them back"));
    QMenu* versions = m_menu->addMenu(tr("Push with Network Version"));
    m_pushV1 = versions->addAction(tr("Push to guestinfo (network version 1)"), this, [this] { push(1); });
    m_pushV1->setToolTip(tr("For images whose cloud-init reads only version 1 network config"));
    m_clear = m_menu->addAction(tr("Clear guestinfo…"), this, &MetadataDelivery::clearGuestInfo);
    m_menu->addSeparator();
    m_attach = m_menu->addAction(tr("Attach seed ISO"), this, &MetadataDelivery::attachIso);
    m_attach->setToolTip(tr("Upload a NoCloud seed ISO beside the VM on its own datastore and put it in its CD-ROM"));
    m_detach = m_menu->addAction(tr("Detach seed ISO…"), this, &MetadataDelivery::detachIso);
    m_saveIso = m_menu->addAction(tr("Save seed ISO…"), this, &MetadataDelivery::saveIso);
    m_menu->addSeparator();
    m_pushKvp = m_menu->addAction(tr("Push by Hyper-V KVP"), this, [this] {
        if (ensureSaved()) {
            m_kvp->push(sourceOf(m_page), m_vm);
        }
    });
    m_pushKvp->setToolTip(tr("Put the saved document in the Hyper-V VM's KVP pool 0, through the host the KVP page "
                             "is connected to"));
    connect(m_kvp, &KvpDelivery::hostChanged, this, &MetadataDelivery::updateEnabled);
    connect(m_kvp, &KvpDelivery::runningChanged, this, &MetadataDelivery::updateEnabled);
    connect(m_kvp, &KvpDelivery::finished, this, [this](bool ok, const QString& message, const QString& details) {
        report(ok, message);
        m_result->setToolTip(details);
    });
    m_menu->addSeparator();
    m_import = m_menu->addAction(tr("Import from VM…"), this, &MetadataDelivery::importFromVm);
    m_import->setToolTip(tr("Read the VM's guestinfo keys into a new, unsaved document"));

    m_button->setText(tr("Deliver"));
    m_button->setObjectName(u"deliverButton"_s);
    m_button->setAccessibleName(tr("Deliver"));
    m_button->setMenu(m_menu);
    m_channels->setObjectName(u"deliveryChannels"_s);
    m_channels->setAccessibleName(tr("Delivery channels"));
    m_channels->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(u"deliveryResult"_s);
    m_result->setAccessibleName(tr("Delivery result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &MetadataDelivery::readChannels);
    connect(page, &MetadataPage::documentSaved, this, [this](const QString& key) {
        if (key == m_vm) {
            refresh();
        }
    });
    connect(page->session(), &MetadataEditSession::dirtyChanged, this, &MetadataDelivery::refresh);
    updateEnabled();
}

void MetadataDelivery::setServices(VCenterConnection* connection, VmActions* actions, InventoryModel* inventory)
{
    m_connection = connection;
    m_actions = actions;
    m_inventory = inventory;
    auto* session = qobject_cast<VSphereSession*>(connection);
    delete m_guestInfo;
    delete m_seedIso;
    m_guestInfo = session && actions ? new GuestInfoChannel(session, actions, this) : nullptr;
    m_seedIso = session && actions ? new SeedIsoChannel(session, actions, this) : nullptr;
    if (connection) {
        connect(connection, &VCenterConnection::stateChanged, this, [this] {
            updateEnabled();
            refresh();
        });
        connect(connection, &VCenterConnection::vmDetailsChanged, this, [this](const ManagedObjectRef& vm) {
            if (vm == vmRef()) {
                refresh();
            }
        });
    }
    if (inventory) {
        connect(inventory, &QAbstractItemModel::modelReset, this, [this] {
            updateEnabled();
            refresh();
        });
        connect(inventory, &QAbstractItemModel::rowsInserted, this, &MetadataDelivery::updateEnabled);
        connect(inventory, &QAbstractItemModel::rowsRemoved, this, &MetadataDelivery::updateEnabled);
    }
    updateEnabled();
    refresh();
}

void MetadataDelivery::setHypervHost(HypervKvp* kvp, const QString& hostName)
{
    m_kvp->setHost(kvp, hostName);
}

void MetadataDelivery::setVm(const QString& vmName)
{
    if (vmName == m_vm) {
        return;
    }
    m_vm = vmName;
    m_result->clear();
    m_result->hide();
    updateEnabled();
    refresh();
}

ManagedObjectRef MetadataDelivery::vmRef() const
{
    if (!m_inventory || m_vm.isEmpty()) {
        return {};
    }
    const std::optional<VmSummary> vm = m_inventory->vmNamed(m_vm);
    return vm ? vm->ref : ManagedObjectRef();
}

void MetadataDelivery::updateEnabled()
{
    QString reason;
    if (m_vm.isEmpty()) {
        reason = tr("Select a VM to deliver its document.");
    } else if (!m_connection || m_connection->state() != VCenterConnection::State::Connected) {
        reason = tr("Connect to a vCenter to deliver %1's document.").arg(m_vm);
    } else if (!m_guestInfo) {
        reason = tr("This connection cannot change VMs.");
    } else if (vmRef().isNull()) {
        reason = tr("%1 is not a VM in the connected vCenter's inventory.").arg(m_vm);
    } else if (m_running > 0 || m_kvp->isRunning()) {
        reason = tr("A delivery to %1 is under way.").arg(m_vm);
    }
    const bool ready = reason.isEmpty();
    for (QAction* action : { m_push, m_pushV1, m_clear, m_attach, m_detach, m_import }) {
        action->setEnabled(ready);
        action->setStatusTip(ready ? action->toolTip() : reason);
    }
    const bool idle = !m_vm.isEmpty() && m_running == 0 && !m_kvp->isRunning();
    m_saveIso->setEnabled(idle);
    const bool kvpReady = idle && m_kvp->hasHost();
    m_pushKvp->setEnabled(kvpReady);
    m_pushKvp->setStatusTip(kvpReady
            ? tr("Push %1's saved document to the VM of that name on %2").arg(m_vm, m_kvp->hostName())
            : m_vm.isEmpty()   ? tr("Select a VM to deliver its document.")
            : m_kvp->hasHost() ? tr("A delivery to %1 is under way.").arg(m_vm)
                               : tr("Connect to a Hyper-V host on the KVP page to push by KVP."));
    // The menu opens whenever one of its channels can act; each action says why it cannot.
    m_button->setEnabled(ready || idle);
    m_button->setStatusTip(ready || kvpReady ? tr("Put %1's saved document where its guest reads it").arg(m_vm)
            : idle ? tr("Connect to a vCenter or a Hyper-V host to deliver %1's document; Save Seed ISO works without.")
                         .arg(m_vm)
                   : reason);
    m_button->setToolTip(m_button->statusTip());
}

void MetadataDelivery::refresh()
{
    m_refreshTimer->start();
}

void MetadataDelivery::readChannels()
{
    const quint64 generation = ++m_generation;
    if (m_vm.isEmpty()) {
        m_channels->clear();
        return;
    }
    MetadataEditSession* session = m_page->session();
    const bool open = session->isOpen() && session->key() == m_vm;
    // A stored session's existsOnDisk() says whether the database holds its document.
    const QString file = open && session->isDirty()                                  ? tr("unsaved changes")
        : (open ? session->existsOnDisk() : sourceOf(m_page).hasSavedDocument(m_vm)) ? tr("saved")
                                                                                     : tr("none");
    const QString serial = tr("Serial file: %1").arg(file);
    const ManagedObjectRef vm = vmRef();
    if (vm.isNull() || !m_guestInfo || m_connection->state() != VCenterConnection::State::Connected) {
        m_channels->setText(tr("%1 · guestinfo and seed ISO: not connected").arg(serial));
        Q_EMIT channelsRead(m_channels->text());
        return;
    }
    // Three answers (the keys, the CD-ROM, the rendered document) make one line.
    struct Pending
    {
        int left = 4;
        std::optional<GuestInfoChannel::Keys> keys;
        QString keysError;
        CloudInitPayload version2;
        CloudInitPayload version1;
        QString iso;
    };
    auto pending = std::make_shared<Pending>();
    const auto finishOne = [this, pending, generation, serial] {
        if (--pending->left > 0 || generation != m_generation) {
            return;
        }
        QString guestinfo;
        if (!pending->keys) {
            guestinfo = tr("not read (%1)").arg(pending->keysError);
        } else {
            const GuestInfoChannel::Decoded decoded = GuestInfoChannel::decode(*pending->keys);
            const auto holdsPayload = [&](const CloudInitPayload& payload) {
                return !payload.guestinfo.metadata.isEmpty()
                    && GuestInfoChannel::holds(*pending->keys, decodedValue(payload.guestinfo.metadata),
                        decodedValue(payload.guestinfo.userdata));
            };
            if (decoded.problems.isEmpty() && decoded.metadata.isEmpty() && decoded.userdata.isEmpty()
                && decoded.vendordata.isEmpty()) {
                guestinfo = tr("none");
            } else if (holdsPayload(pending->version2) || holdsPayload(pending->version1)) {
                guestinfo = tr("in sync");
            } else {
                guestinfo = tr("differs");
            }
        }
        m_channels->setText(tr("%1 · guestinfo: %2 · seed ISO: %3").arg(serial, guestinfo, pending->iso));
        Q_EMIT channelsRead(m_channels->text());
    };
    whenDone<VimError>(
        m_guestInfo->read(vm), this,
        [pending, finishOne](const GuestInfoChannel::Keys& keys) {
            pending->keys = keys;
            finishOne();
        },
        [pending, finishOne](const VimError& error) {
            pending->keysError = error.message();
            finishOne();
        });
    whenDone<VimError>(
        m_seedIso->current(vm), this,
        [pending, finishOne](const std::optional<SeedIsoChannel::Attachment>& attachment) {
            pending->iso = attachment ? tr("attached (%1)").arg(attachment->iso.toString()) : tr("none");
            finishOne();
        },
        [pending, finishOne](const VimError& error) {
            pending->iso = tr("not read (%1)").arg(error.message());
            finishOne();
        });
    // A push may have used either network version: both count as the saved document.
    for (const int version : { 2, 1 }) {
        whenDone(sourceOf(m_page).build(m_vm, CloudInitPayload::Channel::Guestinfo, version), this,
            [pending, finishOne, version](const CloudInitPayload& payload) {
                (version == 2 ? pending->version2 : pending->version1) = payload;
                finishOne();
            });
    }
}

bool MetadataDelivery::ensureSaved()
{
    MetadataEditSession* session = m_page->session();
    if (!session->isOpen() || session->key() != m_vm || !session->isDirty()) {
        return true;
    }
    const auto answer = QMessageBox::question(m_page, tr("Unsaved Changes"),
        tr("%1 has unsaved changes, and the guest is given the saved file. Save them first?").arg(m_vm),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    // Delivered only once the database confirmed: a failed save would otherwise send the older text.
    if (answer == QMessageBox::Save && m_page->saveAndWait(false)) {
        return true;
    }
    report(false, tr("Nothing was delivered: %1 has unsaved changes. Save them first.").arg(m_vm));
    return false;
}

void MetadataDelivery::report(bool ok, const QString& message)
{
    m_result->setText(message);
    m_result->setToolTip({});
    m_result->setVisible(!message.isEmpty());
    Q_EMIT m_page->statusMessage(message);
    Q_EMIT finished(ok, message);
}

void MetadataDelivery::reportFailure(const QString& what, const VimError& error)
{
    report(false, tr("%1 failed for %2: %3").arg(what, m_vm, error.message()));
    m_result->setToolTip(error.details()); // the raw fault, for whoever asks vCenter's admin
}

std::function<void()> MetadataDelivery::begin(const ManagedObjectRef& vm)
{
    ++m_running;
    updateEnabled();
    // When the delivery ends, however it ends: the VM and the channels line are read again.
    return [this, vm] {
        --m_running;
        updateEnabled();
        if (m_connection) {
            m_connection->refreshVirtualMachine(vm);
        }
        refresh();
    };
}

void MetadataDelivery::push(int networkVersion)
{
    const ManagedObjectRef vm = vmRef();
    if (vm.isNull() || !m_guestInfo || !ensureSaved()) {
        return;
    }
    const QString vmName = m_vm;
    const auto done = begin(vm);
    whenDone(sourceOf(m_page).build(vmName, CloudInitPayload::Channel::Guestinfo, networkVersion), this,
        [this, vm, vmName, done](const CloudInitPayload& payload) {
            if (!payload.isValid()) {
                // Refused before any call: a document with errors or over guestinfo's limits.
                report(false, tr("Not pushed to %1: %2").arg(vmName, payload.error));
                --m_running;
                updateEnabled();
                return;
            }
            const GuestInfoCodec::Values values = payload.guestinfo;
            whenDone<VimError>(
                m_guestInfo->push(vm, values), this,
                [this, values, done](const GuestInfoChannel::Keys&) {
                    report(true,
                        tr("guestinfo set and read back: identical (meta-data %1, user-data %2 after gzip+base64)")
                            .arg(kib(values.metadata.size()), kib(values.userdata.size())));
                    done();
                },
                [this, done](const VimError& error) {
                    reportFailure(tr("Push to guestinfo"), error);
                    done();
                });
        });
}

void MetadataDelivery::clearGuestInfo()
{
    const ManagedObjectRef vm = vmRef();
    if (vm.isNull() || !m_guestInfo
        || !ConfirmAction::ask(m_page, tr("Clear guestinfo"), { m_vm },
            tr("The VM's cloud-init keys in guestinfo are removed; the guest finds no data there on its next "
               "boot."))) {
        return;
    }
    ++m_running;
    updateEnabled();
    whenDone<VimError>(
        m_guestInfo->clear(vm), this,
        [this, vm] {
            report(true, tr("guestinfo cleared on %1").arg(m_vm));
            --m_running;
            updateEnabled();
            if (m_connection) {
                m_connection->refreshVirtualMachine(vm);
            }
            refresh();
        },
        [this](const VimError& error) {
            reportFailure(tr("Clear guestinfo"), error);
            --m_running;
            updateEnabled();
            refresh();
        });
}

void MetadataDelivery::attachIso()
{
    const ManagedObjectRef vm = vmRef();
    if (vm.isNull() || !m_seedIso || !ensureSaved()) {
        return;
    }
    const QString vmName = m_vm;
    const auto done = begin(vm);
    whenDone(sourceOf(m_page).build(vmName, CloudInitPayload::Channel::Iso, 0), this,
        [this, vm, vmName, done](const CloudInitPayload& payload) {
            if (!payload.isValid()) {
                report(false, tr("No seed ISO attached to %1: %2").arg(vmName, payload.error));
                --m_running;
                updateEnabled();
                return;
            }
            const qsizetype size = payload.isoImage.size();
            whenDone<VimError>(
                m_seedIso->attach(vm, payload.isoImage), this,
                [this, size, done](const SeedIsoChannel::Attachment& attachment) {
                    report(true,
                        tr("Seed ISO attached: %1 (%2) is in %3's CD-ROM")
                            .arg(attachment.iso.toString(), kib(size), m_vm));
                    done();
                },
                [this, done](const VimError& error) {
                    reportFailure(tr("Attach seed ISO"), error);
                    done();
                });
        });
}

void MetadataDelivery::detachIso()
{
    const ManagedObjectRef vm = vmRef();
    if (vm.isNull() || !m_seedIso
        || !ConfirmAction::ask(m_page, tr("Detach seed ISO"), { m_vm },
            tr("The CD-ROM is emptied and the seed ISO file is deleted from the datastore."))) {
        return;
    }
    const auto done = begin(vm);
    whenDone<VimError>(
        m_seedIso->detach(vm), this,
        [this, done] {
            report(true, tr("Seed ISO detached from %1 and its file deleted").arg(m_vm));
            done();
        },
        [this, done](const VimError& error) {
            reportFailure(tr("Detach seed ISO"), error);
            done();
        });
}

void MetadataDelivery::saveIso()
{
    if (m_vm.isEmpty() || !ensureSaved()) {
        return;
    }
    const QString vmName = m_vm;
    const QString path = QFileDialog::getSaveFileName(m_page, tr("Save Seed ISO"),
        QDir(m_page->directory()).filePath(vmName + SeedIsoChannel::fileSuffix), tr("ISO images (*.iso)"));
    if (path.isEmpty()) {
        return;
    }
    ++m_running;
    updateEnabled();
    whenDone(sourceOf(m_page).build(vmName, CloudInitPayload::Channel::Iso, 0), this,
        [this, path, vmName](const CloudInitPayload& payload) {
            if (!payload.isValid()) {
                report(false, tr("No seed ISO written for %1: %2").arg(vmName, payload.error));
                --m_running;
                updateEnabled();
                return;
            }
            const SeedIso::Files files = payload.files;
            whenDone(QtConcurrent::run([path, files] {
                QString error;
                return SeedIso::write(path, files, &error) ? QString() : error;
            }),
                this, [this, path](const QString& error) {
                    --m_running;
                    updateEnabled();
                    report(error.isEmpty(),
                        error.isEmpty()
                            ? tr("Seed ISO written to %1").arg(QDir::toNativeSeparators(path))
                            : tr("The seed ISO was not written to %1: %2").arg(QDir::toNativeSeparators(path), error));
                });
        });
}

void MetadataDelivery::importFromVm()
{
    const ManagedObjectRef vm = vmRef();
    if (vm.isNull() || !m_guestInfo) {
        return;
    }
    ++m_running;
    updateEnabled();
    const QString vmName = m_vm;
    whenDone<VimError>(
        m_guestInfo->read(vm), this,
        [this, vmName](const GuestInfoChannel::Keys& keys) {
            --m_running;
            updateEnabled();
            const GuestInfoChannel::Decoded decoded = GuestInfoChannel::decode(keys);
            if (!decoded.problems.isEmpty()) {
                report(false, tr("%1's guestinfo cannot be read: %2").arg(vmName, decoded.problems.join(u"; "_s)));
                return;
            }
            if (decoded.metadata.isEmpty() && decoded.userdata.isEmpty() && decoded.vendordata.isEmpty()) {
                report(false, tr("%1 has no cloud-init data in guestinfo.").arg(vmName));
                return;
            }
            QStringList notes;
            const QByteArray text
                = GuestInfoCodec::importDocument(decoded.metadata, decoded.userdata, decoded.vendordata, &notes);
            if (text.isEmpty()) {
                report(false, tr("%1's guestinfo cannot be imported: %2").arg(vmName, notes.join(u"; "_s)));
                return;
            }
            openImported(vmName, text, notes);
        },
        [this](const VimError& error) {
            --m_running;
            updateEnabled();
            reportFailure(tr("Import from VM"), error);
        });
}

void MetadataDelivery::openImported(const QString& vmName, const QByteArray& text, const QStringList& notes)
{
    const bool exists = sourceOf(m_page).hasSavedDocument(vmName);
    if (exists
        && QMessageBox::question(m_page, tr("Import from VM"),
               tr("%1 already has a document. Replace its text with what the VM holds? The file changes only when "
                  "you save.")
                   .arg(vmName),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return;
    }
    const QString said = notes.isEmpty() ? QString() : u" "_s + notes.join(u' ');
    MetadataEditSession* session = m_page->session();
    if (MetadataDatabase* database = m_page->database()) {
        // The document (or the starter for it) opens asynchronously; the VM's text replaces it as
        // an unsaved edit, and only a save puts it in the database.
        auto opened = std::make_shared<QMetaObject::Connection>();
        *opened = connect(database, &MetadataDatabase::opened, this,
            [this, opened, session, vmName, text, said](const QString& key, bool, const QString& error) {
                disconnect(*opened); // only the latest open answers: another key means the admin moved on
                if (key != vmName || !error.isEmpty()) {
                    report(false,
                        tr("%1's guestinfo was not imported: %2")
                            .arg(vmName, key != vmName ? tr("%1 was opened meanwhile.").arg(key) : error));
                    return;
                }
                session->setText(text);
                report(true, tr("Imported %1's guestinfo as an unsaved document.%2").arg(vmName, said));
            });
        if (!m_page->openVm(vmName)) {
            disconnect(*opened);
        }
        return;
    }
    if (!m_page->openVm(vmName)) {
        return;
    }
    if (exists) {
        // An edit of the file: Save shows the difference, Undo takes it back.
        session->setText(text);
    } else {
        session->openNew(QDir(m_page->directory()).filePath(vmName + u".yaml"_s), text);
    }
    report(true, tr("Imported %1's guestinfo as an unsaved document.%2").arg(vmName, said));
}
