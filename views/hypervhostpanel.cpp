// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervhostpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "hypervhostdialog.h"
#include "hypervitemspane.h"
#include "hypervvmmodel.h"
#include "kvp/hypervkvp.h"
#include "kvp/wsmanclient.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace {
const QString chosenHostKey = u"kvp/hypervHost"_s;

bool sameEndpoint(const WsManEndpoint& a, const WsManEndpoint& b)
{
    return a.url == b.url && a.user == b.user && a.authentication == b.authentication
        && a.pinnedCertificateSha256 == b.pinnedCertificateSha256;
}
} // namespace

HypervHostPanel::HypervHostPanel(SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_trustDecider([this](const WsManError& error) { return askTrust(error); })
    , m_hosts(new QComboBox(this))
    , m_addHost(new QPushButton(tr("A&dd Host…"), this))
    , m_editHost(new QPushButton(tr("Edit &Host…"), this))
    , m_removeHost(new QPushButton(tr("Remove Ho&st"), this))
    , m_connect(new QPushButton(tr("C&onnect"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_vms(new HypervVmModel(this))
    , m_vmProxy(new QSortFilterProxyModel(this))
    , m_vmTable(new QTableView(this))
    , m_itemsPane(new HypervItemsPane(this))
    , m_status(new QLabel(this))
{
    auto* hostLabel = new QLabel(tr("Hyper-V &host:"), this);
    hostLabel->setBuddy(m_hosts);
    m_hosts->setAccessibleName(tr("Hyper-V host"));
    m_hosts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setToolTip(tr("Reads the VMs and the selected VM's items again"));
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(hostLabel);
    hostRow->addWidget(m_hosts, 1);
    for (QPushButton* button : { m_connect, m_refresh, m_addHost, m_editHost, m_removeHost }) {
        hostRow->addWidget(button);
    }

    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_vmProxy->setSourceModel(m_vms);
    m_vmProxy->setSortRole(HypervVmModel::SortRole);
    m_vmTable->setModel(m_vmProxy);
    m_vmTable->setSortingEnabled(true);
    m_vmTable->sortByColumn(HypervVmModel::NameColumn, Qt::AscendingOrder);
    m_vmTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vmTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_vmTable->setWordWrap(false);
    m_vmTable->verticalHeader()->hide();
    m_vmTable->hideColumn(HypervVmModel::IdColumn); // in the tooltip of the items' note instead
    m_vmTable->horizontalHeader()->setSectionResizeMode(HypervVmModel::NameColumn, QHeaderView::Stretch);
    m_vmTable->setAccessibleName(tr("Virtual machines"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_vmTable);
    splitter->addWidget(m_itemsPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(splitter);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Hyper-V connection status"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(hostRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_hosts, &QComboBox::currentIndexChanged, this, [this] {
        disconnectFromHost();
        if (m_hosts->currentIndex() >= 0) {
            QSettings().setValue(chosenHostKey, m_hosts->currentText());
        }
    });
    connect(m_addHost, &QPushButton::clicked, this, &HypervHostPanel::addHost);
    connect(m_editHost, &QPushButton::clicked, this, &HypervHostPanel::editHost);
    connect(m_removeHost, &QPushButton::clicked, this, &HypervHostPanel::removeHost);
    connect(m_connect, &QPushButton::clicked, this,
        [this] { isConnected() || m_busy ? disconnectFromHost() : connectToHost(); });
    connect(m_refresh, &QPushButton::clicked, this, &HypervHostPanel::refresh);
    connect(
        m_vmTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HypervHostPanel::showSelectedVm);
    // A VM renamed or started in a refresh: the pane's note follows.
    connect(m_vms, &QAbstractItemModel::dataChanged, this, &HypervHostPanel::showSelectedVm);
    connect(m_itemsPane, &HypervItemsPane::statusChanged, this, &HypervHostPanel::setStatus);

    reloadHosts();
}

HypervHostPanel::~HypervHostPanel() = default;

bool HypervHostPanel::isConnected() const
{
    return m_kvp && !m_connected.name.isEmpty();
}

HypervHostProfile HypervHostPanel::currentProfile() const
{
    return HypervProfileStore::find(m_hosts->currentText()).value_or(HypervHostProfile {});
}

QString HypervHostPanel::selectedVmId() const
{
    const QModelIndexList rows = m_vmTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HypervVmModel::IdRole).toString();
}

void HypervHostPanel::reloadHosts()
{
    const QString chosen
        = m_hosts->currentIndex() >= 0 ? m_hosts->currentText() : QSettings().value(chosenHostKey).toString();
    QStringList names;
    for (const HypervHostProfile& profile : HypervProfileStore::load()) {
        names.append(profile.name);
    }
    {
        const QSignalBlocker blocker(m_hosts); // the chosen host stays connected when it is still there
        m_hosts->clear();
        m_hosts->addItems(names);
        m_hosts->setCurrentIndex(names.isEmpty() ? -1 : qMax(0, int(names.indexOf(chosen))));
    }
    // Connected, or connecting, to a host that is no longer the one shown: never leave it so.
    if ((isConnected() && m_hosts->currentText() != m_connected.name) || (m_busy && m_hosts->currentText() != chosen)) {
        disconnectFromHost();
    }
    updateView();
}

void HypervHostPanel::addHost()
{
    HypervHostDialog dialog(m_secrets, this);
    dialog.setWindowTitle(tr("Add a Hyper-V Host"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const HypervHostProfile profile = dialog.profile();
    saveProfile(profile, {});
    m_hosts->setCurrentIndex(m_hosts->findText(profile.name));
    if (!dialog.password().isEmpty()) {
        login(profile, dialog.password(), dialog.rememberPassword(), false);
    }
}

void HypervHostPanel::editHost()
{
    const HypervHostProfile before = currentProfile();
    if (before.name.isEmpty()) {
        return;
    }
    HypervHostDialog dialog(m_secrets, this);
    dialog.setWindowTitle(tr("Edit the Hyper-V Host %1").arg(before.name));
    dialog.setProfile(before);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const HypervHostProfile profile = dialog.profile();
    const bool changed = profile.name != before.name || !sameEndpoint(profile.endpoint, before.endpoint);
    if (changed) {
        disconnectFromHost();
        saveProfile(profile, before.name);
        m_hosts->setCurrentIndex(m_hosts->findText(profile.name));
    }
    const QString oldKey = before.endpoint.secretKey(), newKey = profile.endpoint.secretKey();
    if (oldKey != newKey) {
        if (dialog.password().isEmpty()) {
            movePassword(oldKey, newKey);
            if (m_refusedPasswords.remove(oldKey)) {
                m_refusedPasswords.insert(newKey); // still the refused one: asked for, not tried
            }
        } else {
            // The typed password replaces it; login() stores it under the new key once it worked.
            forgetPassword(oldKey);
            m_refusedPasswords.remove(oldKey);
        }
    }
    if (!dialog.password().isEmpty()) {
        m_refusedPasswords.remove(profile.endpoint.secretKey());
        login(profile, dialog.password(), dialog.rememberPassword(), false);
    }
}

void HypervHostPanel::removeHost()
{
    const HypervHostProfile profile = currentProfile();
    if (profile.name.isEmpty()
        || QMessageBox::question(this, tr("Remove the Hyper-V Host"),
               tr("Remove the host %1 from the list? Its password is removed from the keychain too; its VMs "
                  "keep their KVP items.")
                   .arg(profile.name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes) {
        return;
    }
    disconnectFromHost();
    if (const QString problem = HypervProfileStore::remove(profile.name); !problem.isEmpty()) {
        setStatus(tr("The host was not removed: %1").arg(problem));
        return;
    }
    forgetPassword(profile.endpoint.secretKey());
    reloadHosts();
    setStatus(tr("Removed the host %1.").arg(profile.name));
}

void HypervHostPanel::movePassword(const QString& from, const QString& to)
{
    if (!m_secrets || !m_secrets->isAvailable()) {
        return;
    }
    whenDone<SecretError>(
        m_secrets->readPassword(from), this,
        [this, from, to](const QString& password) {
            if (!m_secrets) {
                return;
            }
            // Written first, removed after: a failure leaves it where it was rather than nowhere.
            whenDone<SecretError>(
                m_secrets->writePassword(to, password), this, [this, from] { forgetPassword(from); },
                [this](const SecretError& error) {
                    setStatus(tr("The password stays under the old user or address: %1").arg(error.message()));
                });
        },
        [this](const SecretError& error) {
            if (error.kind() != SecretError::Kind::NotFound) { // nothing stored, nothing to move
                setStatus(tr("The password stays under the old user or address: %1").arg(error.message()));
            }
        });
}

void HypervHostPanel::forgetPassword(const QString& key)
{
    if (!m_secrets || !m_secrets->isAvailable()) {
        return;
    }
    // Two hosts with the same user and address share the entry: it goes with the last of them.
    for (const HypervHostProfile& profile : HypervProfileStore::load()) {
        if (profile.endpoint.secretKey() == key) {
            return;
        }
    }
    // Nothing stored is as good as removed; other failures are said.
    whenDone<SecretError>(
        m_secrets->removePassword(key), this, [] {},
        [this](const SecretError& error) {
            if (error.kind() != SecretError::Kind::NotFound) {
                setStatus(tr("The password stays in the keychain: %1").arg(error.message()));
            }
        });
}

void HypervHostPanel::saveProfile(const HypervHostProfile& profile, const QString& replacing)
{
    if (const QString problem = HypervProfileStore::put(profile, replacing); !problem.isEmpty()) {
        setStatus(tr("The host was not saved: %1").arg(problem));
    }
    reloadHosts();
}

void HypervHostPanel::connectToHost()
{
    const HypervHostProfile profile = currentProfile();
    if (profile.name.isEmpty() || m_busy) {
        return;
    }
    dropConnection();
    const QString key = profile.endpoint.secretKey();
    if (!m_secrets || !m_secrets->isAvailable() || m_refusedPasswords.contains(key)) {
        askPasswordAndLogin(profile,
            m_refusedPasswords.contains(key) ? tr("The stored password was not accepted. Type the current one.")
                                             : QString());
        return;
    }
    setBusy(true);
    setStatus(tr("Reading the password of %1 from the keychain…").arg(profile.name));
    // The keychain may take a while (or ask its user); a cancel or another host in between wins.
    const quint64 attempt = m_attempt;
    whenDone<SecretError>(
        m_secrets->readPassword(key), this,
        [this, profile, attempt](const QString& password) {
            if (attempt != m_attempt) {
                return;
            }
            setBusy(false);
            login(profile, password, false, true);
        },
        [this, profile, attempt](const SecretError&) {
            if (attempt != m_attempt) {
                return;
            }
            setBusy(false);
            setStatus({});
            askPasswordAndLogin(profile, {});
        });
}

void HypervHostPanel::askPasswordAndLogin(const HypervHostProfile& profile, const QString& message)
{
    HypervHostDialog dialog(m_secrets, this);
    dialog.setWindowTitle(tr("Connect to %1").arg(profile.name));
    dialog.setProfile(profile);
    dialog.setMessage(message);
    dialog.setPasswordRequired(true);
    // A refused stored password is best replaced by the one that works.
    dialog.rememberBox()->setChecked(m_refusedPasswords.contains(profile.endpoint.secretKey()));
    if (dialog.exec() != QDialog::Accepted) {
        setStatus(tr("Not connected."));
        return;
    }
    const HypervHostProfile typed = dialog.profile();
    if (typed.name != profile.name || !sameEndpoint(typed.endpoint, profile.endpoint)) {
        saveProfile(typed, profile.name);
        const QSignalBlocker blocker(m_hosts);
        m_hosts->setCurrentIndex(m_hosts->findText(typed.name));
    }
    if (typed.endpoint.secretKey() != profile.endpoint.secretKey()) {
        forgetPassword(profile.endpoint.secretKey()); // replaced by the typed one, stored once it worked
    }
    m_refusedPasswords.remove(typed.endpoint.secretKey());
    login(typed, dialog.password(), dialog.rememberPassword(), false);
}

void HypervHostPanel::login(const HypervHostProfile& profile, const QString& password, bool remember, bool fromKeychain)
{
    dropConnection();
    m_session = new QObject(this);
    auto* client = new WsManClient(profile.endpoint, password, m_session);
    m_kvp = new HypervKvp(client, m_session);
    connect(m_kvp, &HypervKvp::stepStarted, this, [this](const QString& step) { setStatus(step); });
    setBusy(true);
    setStatus(tr("Connecting to %1…").arg(profile.endpoint.url.toString()));
    QObject* session = m_session;
    whenDone<WsManError>(
        m_kvp->virtualMachines(), session,
        [=, this](const QList<HypervVm>& vms) {
            if (session != m_session) {
                return;
            }
            setBusy(false);
            m_connected = profile;
            m_vms->setVms(vms);
            if (m_vmProxy->rowCount() > 0) {
                m_vmTable->selectRow(0); // the items of a VM at once, rather than an empty pane
            }
            setStatus(tr("Connected to %1: %n VM(s).", nullptr, int(vms.size())).arg(profile.name));
            // Only now, so a mistyped password never reaches the keychain.
            if (remember && m_secrets && m_secrets->isAvailable()) {
                whenDone<SecretError>(
                    m_secrets->writePassword(profile.endpoint.secretKey(), password), this, [] {},
                    [this](const SecretError& error) {
                        setStatus(tr("The password was not remembered: %1").arg(error.message()));
                    });
            }
            updateView();
            Q_EMIT connectionChanged(true);
            Q_EMIT connectFinished({});
        },
        [=, this](const WsManError& error) {
            if (session == m_session) {
                loginFailed(error, profile, password, remember, fromKeychain);
            }
        });
}

void HypervHostPanel::loginFailed(const WsManError& error, const HypervHostProfile& profile, const QString& password,
    bool remember, bool fromKeychain)
{
    dropConnection();
    showError(error);
    if (error.kind() == WsManError::Kind::InvalidLogin && fromKeychain) {
        m_refusedPasswords.insert(profile.endpoint.secretKey());
    }
    if (error.kind() == WsManError::Kind::UntrustedCertificate) {
        if (!profile.endpoint.pinnedCertificateSha256.isEmpty()) {
            // Trusted before, different now: that is what pinning is for. No way around it here.
            auto* box = new QMessageBox(QMessageBox::Critical, tr("Certificate changed"),
                tr("%1 presents a different certificate than the one you trusted.\n\nNow: SHA-256 %2\nTrusted: "
                   "SHA-256 %3\n\nThis can be a certificate renewal or an attack. vmdesk does not connect. If the "
                   "new certificate is expected, choose Edit Host, check “Forget the trusted certificate” "
                   "and connect again: vmdesk then asks whether to trust the new one.")
                    .arg(profile.endpoint.url.host(), error.certificateSha256(),
                        QString::fromLatin1(profile.endpoint.pinnedCertificateSha256.toHex(':').toUpper())),
                QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else if (m_trustDecider(error)) {
            HypervHostProfile pinned = profile;
            pinned.endpoint.pinnedCertificateSha256
                = QByteArray::fromHex(error.certificateSha256().remove(u':').toLatin1());
            saveProfile(pinned, profile.name);
            login(pinned, password, remember, fromKeychain);
            return;
        }
    }
    Q_EMIT connectFinished(error.message());
}

bool HypervHostPanel::askTrust(const WsManError& error)
{
    return QMessageBox::question(this, tr("Untrusted certificate"),
               tr("The Hyper-V host's certificate cannot be verified.\n\nSHA-256: %1\n\nCompare the thumbprint "
                  "with the one of the host's WinRM HTTPS listener certificate. Trust this certificate for this "
                  "host from now on?")
                   .arg(error.certificateSha256()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void HypervHostPanel::disconnectFromHost()
{
    const bool cancelling = m_busy;
    dropConnection();
    if (cancelling) {
        // Whoever waits for the attempt hears that it ended.
        setStatus(tr("Connection cancelled."));
        Q_EMIT connectFinished(tr("Connection cancelled."));
    }
}

void HypervHostPanel::dropConnection()
{
    ++m_attempt;
    const bool wasConnected = isConnected();
    if (m_session) {
        m_session->deleteLater(); // maybe in one of its own callbacks
    }
    m_session = nullptr;
    m_kvp = nullptr;
    m_connected = {};
    m_busy = false;
    m_itemsPane->setVm(nullptr, {});
    m_vms->clear();
    updateView();
    if (wasConnected) {
        setStatus(tr("Disconnected."));
        Q_EMIT connectionChanged(false);
    }
}

void HypervHostPanel::refresh()
{
    if (!isConnected()) {
        return;
    }
    loadVms();
    m_itemsPane->reload();
}

QLineEdit* HypervHostPanel::filter() const
{
    return m_itemsPane->filter();
}

void HypervHostPanel::showSelectedVm()
{
    const QModelIndex selected = m_vmTable->selectionModel()->selectedRows().value(0);
    const HypervVm vm = selected.isValid() ? m_vms->vm(m_vmProxy->mapToSource(selected).row()) : HypervVm {};
    m_itemsPane->setVm(isConnected() ? m_kvp : nullptr, vm);
}

void HypervHostPanel::loadVms()
{
    QObject* session = m_session;
    whenDone<WsManError>(
        m_kvp->virtualMachines(), session,
        [=, this](const QList<HypervVm>& vms) {
            if (session == m_session) {
                m_vms->setVms(vms);
                setStatus(tr("Connected to %1: %n VM(s).", nullptr, int(vms.size())).arg(m_connected.name));
            }
        },
        [=, this](const WsManError& error) {
            if (session == m_session) {
                showError(error);
            }
        });
}

void HypervHostPanel::showError(const WsManError& error)
{
    setStatus(error.message(), error.details());
}

void HypervHostPanel::setStatus(const QString& text, const QString& details)
{
    m_status->setText(text);
    m_status->setToolTip(details);
}

void HypervHostPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void HypervHostPanel::updateView()
{
    if (m_hosts->count() == 0) {
        m_emptyState->setText(
            tr("Add a Hyper-V host to read and push KVP items of its VMs over WinRM (https://host:5986/wsman)."));
    } else if (!isConnected()) {
        m_emptyState->setText(
            tr("Not connected to %1. Connect to list its VMs and their KVP items.").arg(m_hosts->currentText()));
    }
    m_stack->setCurrentIndex(isConnected() ? 1 : 0);
    updateActions();
}

void HypervHostPanel::updateActions()
{
    const bool hasHost = m_hosts->currentIndex() >= 0;
    // While connecting, the host stays the one shown: only Cancel is left.
    m_hosts->setEnabled(!m_busy);
    m_addHost->setEnabled(!m_busy);
    m_editHost->setEnabled(hasHost && !m_busy);
    m_removeHost->setEnabled(hasHost && !m_busy);
    m_connect->setEnabled(hasHost);
    m_connect->setText(isConnected() ? tr("Disc&onnect") : m_busy ? tr("&Cancel") : tr("C&onnect"));
    m_refresh->setEnabled(isConnected() && !m_busy);
}
