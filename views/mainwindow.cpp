// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include "connectdialog.h"
#include "contextmenukey.h"
#include "core/atomicwrite.h"
#include "core/whendone.h"
#include "deploydialog.h"
#include "export/exportqueue.h"
#include "exportjobmodel.h"
#include "exportspage.h"
#include "guestspage.h"
#include "guestwindow.h"
#include "helpwindow.h"
#include "hypervhostpanel.h"
#include "icons.h"
#include "inventorymodel.h"
#include "inventorypage.h"
#include "kvppage.h"
#include "metadatadelivery.h"
#include "metadatapage.h"
#include "preferencesdialog.h"
#include "recenttasksdock.h"
#include "secrets/secretstore.h"
#include "tasklistmodel.h"
#include "theme.h"
#include "upcomingpage.h"
#include "vmcommands.h"
#include "vspc/vspcserver.h"
#include "vsphere/profilestore.h"
#include "vsphere/simulatorprocess.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"
#include "windowgeometry.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int demoVmCount = 120;
constexpr int demoMetadataPort = 13370;
const QString demoUser = u"demo"_s;
} // namespace

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(services.connection)
    , m_secrets(services.secrets)
    , m_simulator(services.simulator)
    , m_inventoryModel(new InventoryModel(services.connection, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connectionLabel(new QLabel(this))
    , m_metadataLabel(new QLabel(this))
    , m_tasks(new TaskListModel(this))
{
    m_vmActions = services.vmActions;
    if (services.exports) {
        m_exports = services.exports;
        m_exportsPage = new ExportsPage(services.exports, this);
        connect(m_exportsPage, &ExportsPage::jobFinished, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
        connect(m_exportsPage, &ExportsPage::notice, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
        m_exportsPage->setPowerStateSource(ExportsPage::powerStatesOf(m_inventoryModel));
        // Transfers are tasks too: listed beside vCenter's, one row per job.
        connect(m_exportsPage, &ExportsPage::jobStateChanged, this,
            [this](const QString& jobId, const QString& vmName, const QString&, int percent, bool finished,
                bool succeeded, const QString& message) {
                const VimTask::State state = finished ? (succeeded ? VimTask::State::Success : VimTask::State::Error)
                    : percent > 0                     ? VimTask::State::Running
                                                      : VimTask::State::Queued;
                const ExportJobRecord* job = m_exports->job(jobId.toULongLong());
                m_tasks->upsertLocalTask(u"export-"_s + jobId, job ? ExportJobModel::kindText(*job) : tr("Export"),
                    vmName, state, percent, finished ? message : QString());
            });
    }
    m_metadataServer = services.metadataServer;
    if (services.metadataServer && services.guests) {
        m_guestsPage = new GuestsPage(services.metadataServer, services.guests, m_secrets, this);
        connect(m_guestsPage, &GuestsPage::statusChanged, m_metadataLabel, &QLabel::setText);
        m_guestsPage->refreshStatus();
        connect(m_guestsPage, &GuestsPage::createDocumentRequested, this, [this](const QString& vm) {
            showPage(MetadataArea);
            m_metadataPage->openDocumentFor(vm, false);
        });
        connect(m_guestsPage, &GuestsPage::previewRequested, this, [this](const QString& vm) {
            showPage(MetadataArea);
            m_metadataPage->openDocumentFor(vm, true);
        });
    }
    qApp->installEventFilter(new ContextMenuKey(this));
    setWindowTitle(tr("vmdesk"));
    m_navigation->setAccessibleName(tr("Areas"));
    setObjectName(u"MainWindow"_s);
    createActions();
    createPages();
    createTaskDock();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 160, 800 });
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_metadataLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_metadataLabel->setVisible(m_guestsPage != nullptr);

    connect(m_connection, &VCenterConnection::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_connection, &VCenterConnection::errorOccurred, this, &MainWindow::showError);
    connect(m_inventoryModel, &InventoryModel::loadFailed, this, &MainWindow::showError);
    if (m_simulator) {
        connect(m_simulator, &SimulatorProcess::ready, this, [this](const QUrl& url) {
            // The simulator accepts any non-empty credentials; nothing secret is involved.
            connectTo({ url, demoUser, {} }, demoUser, false);
        });
        connect(m_simulator, &SimulatorProcess::failed, this, &MainWindow::showError);
    }
    updateConnectionState(m_connection->state());
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    m_connectAction = fileMenu->addAction(tr("&Connect…"), this, &MainWindow::showConnectDialog);
    m_connectAction->setShortcut(QKeySequence(u"Ctrl+O"_s));
    m_demoAction = fileMenu->addAction(tr("Connect to the &Demo"), this, &MainWindow::connectToDemo);
    m_demoAction->setEnabled(m_simulator && !SimulatorProcess::locate().isEmpty());
    m_disconnectAction = fileMenu->addAction(tr("&Disconnect"), this, &MainWindow::disconnectFromServer);
    fileMenu->addSeparator();
    m_deployAction = fileMenu->addAction(tr("D&eploy OVF/OVA…"), this, [this] { deployOrClone(); });
    m_deployAction->setEnabled(m_exports != nullptr);
    fileMenu->addSeparator();
    QAction* preferences = fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    m_reloadAction = viewMenu->addAction(tr("&Reload Inventory"), m_inventoryModel, &InventoryModel::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    QAction* find = viewMenu->addAction(tr("&Find…"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);

    m_vmMenu = menuBar()->addMenu(tr("&VM")); // filled by the inventory page's actions
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* gettingStarted
        = helpMenu->addAction(tr("&Getting Started"), this, [this] { showHelp(u"getting-started"_s); });
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&Search Syntax"), this, [this] { showHelp(u"search-syntax"_s); });
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About vmdesk"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"MainToolBar"_s);
    toolBar->addActions({ m_connectAction, m_disconnectAction, m_reloadAction });
}

void MainWindow::createPages()
{
    m_inventoryPage = new InventoryPage(m_inventoryModel, m_connection, this);
    m_viewMenu->addAction(m_inventoryPage->detailsAction());
    m_vmMenu->addActions(m_inventoryPage->vmActions());
    m_vmMenu->setEnabled(m_vmActions != nullptr);
    m_metadataPage = new MetadataPage(this, m_secrets);
    connect(m_metadataPage, &MetadataPage::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    if (m_guestsPage) {
        m_metadataPage->setDirectory(m_guestsPage->directory());
        connect(m_guestsPage, &GuestsPage::directoryChanged, m_metadataPage, &MetadataPage::setDirectory);
    }
    m_metadataPage->followInventory(m_inventoryModel);
    m_metadataPage->delivery()->setServices(m_connection, m_vmActions, m_inventoryModel);
    connect(m_inventoryPage, &InventoryPage::exportFinished, this, [this](const QString& path, const QString& error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Inventory list written to %1").arg(path), 5000);
        } else {
            showError(error);
        }
    });
    if (m_vmActions) {
        m_vmCommands = new VmCommands(this, m_connection, m_inventoryModel, m_vmActions, m_metadataServer);
        connect(m_vmCommands, &VmCommands::errorOccurred, this, &MainWindow::showError);
        connect(m_inventoryPage, &InventoryPage::powerRequested, m_vmCommands,
            [this](const QStringList& names, VmActions::Power action) { m_vmCommands->power(names, action); });
        connect(m_inventoryPage, &InventoryPage::snapshotRequested, m_vmCommands, &VmCommands::takeSnapshot);
        connect(m_inventoryPage, &InventoryPage::notesRequested, m_vmCommands, &VmCommands::editNotes);
        connect(m_inventoryPage, &InventoryPage::attributeRequested, m_vmCommands, &VmCommands::setAttribute);
        connect(m_inventoryPage, &InventoryPage::serialPortRequested, m_vmCommands, &VmCommands::connectSerialPorts);
    }
    connect(m_inventoryPage, &InventoryPage::guestFilesRequested, this,
        [this](const VmSummary& vm) { openGuestWindow(vm); });
    connect(m_inventoryPage, &InventoryPage::guestCommandRequested, this,
        [this](const VmSummary& vm) { openGuestWindow(vm, true); });
    if (m_exportsPage) {
        connect(m_inventoryPage, &InventoryPage::exportRequested, this, [this](const QStringList& names) {
            showPage(ExportsArea);
            m_exportsPage->exportVms(names);
        });
        connect(m_exportsPage, &ExportsPage::deployRequested, this, [this] { deployOrClone(); });
        connect(m_inventoryPage, &InventoryPage::cloneRequested, this, &MainWindow::deployOrClone);
    }
    auto* kvpPage = new KvpPage(m_secrets, this);
    // Push by Hyper-V KVP goes through the host the KVP page is connected to.
    HypervHostPanel* hyperv = kvpPage->hypervPanel();
    connect(hyperv, &HypervHostPanel::connectionChanged, this,
        [this, hyperv] { m_metadataPage->delivery()->setHypervHost(hyperv->kvp(), hyperv->connectedHostName()); });
    const struct
    {
        QString title;
        QWidget* page;
        Icons::Area icon;
    } areas[] = {
        { tr("Inventory"), m_inventoryPage, Icons::Area::Inventory },
        { tr("Transfers"),
            m_exportsPage ? static_cast<QWidget*>(m_exportsPage)
                          : new UpcomingPage(tr("Transfers"),
                              tr("Export, deploy and clone virtual machines in a queue of jobs."), this),
            Icons::Area::Exports },
        { tr("Metadata"), m_metadataPage, Icons::Area::Metadata },
        { tr("Guests"),
            m_guestsPage
                ? static_cast<QWidget*>(m_guestsPage)
                : new UpcomingPage(tr("Guests"), tr("Watch the guests connected to the metadata server live."), this),
            Icons::Area::Guests },
        { tr("KVP"), kvpPage, Icons::Area::Kvp },
    };
    for (const auto& area : areas) {
        m_navigation->addItem(new QListWidgetItem(Icons::area(area.icon), area.title));
        m_pages->addWidget(area.page);
    }
    m_navigation->setMaximumWidth(220);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(InventoryArea);
}

void MainWindow::focusSearch()
{
    // The search box of the page shown; the inventory's on pages without one.
    QLineEdit* box = m_inventoryPage->filter();
    if (m_pages->currentWidget() == m_metadataPage) {
        box = m_metadataPage->filter();
    } else if (m_guestsPage && m_pages->currentWidget() == m_guestsPage) {
        box = m_guestsPage->filter();
    } else {
        showPage(InventoryArea);
    }
    box->setFocus(Qt::ShortcutFocusReason);
    box->selectAll();
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_secrets, this);
    const QSettings settings;
    dialog.setServer(
        settings.value(u"connection/lastUrl"_s).toString(), settings.value(u"connection/lastUser"_s).toString());
    connect(&dialog, &ConnectDialog::demoRequested, this, &MainWindow::connectToDemo, Qt::QueuedConnection);
    if (dialog.exec() == QDialog::Accepted) {
        connectTo(dialog.parameters(), dialog.password(), dialog.rememberPassword(), dialog.profileName(),
            dialog.connectOnStart());
    }
}

void MainWindow::connectOnStartOrAsk()
{
    const QList<ConnectionProfile> profiles = ProfileStore::load();
    const auto automatic
        = std::find_if(profiles.cbegin(), profiles.cend(), [](const ConnectionProfile& p) { return p.connectOnStart; });
    if (automatic == profiles.cend() || !m_secrets || !m_secrets->isAvailable()) {
        showConnectDialog();
        return;
    }
    const ConnectionProfile profile = *automatic;
    const ConnectionParameters parameters { profile.url, profile.user, profile.pinnedCertificateSha256 };
    whenDone<SecretError>(
        m_secrets->readPassword(parameters.secretKey()), this,
        [this, parameters, profile](
            const QString& password) { connectTo(parameters, password, false, profile.name, true); },
        [this](const SecretError&) { showConnectDialog(); });
}

void MainWindow::connectToDemo()
{
    if (!m_simulator) {
        return;
    }
    if (m_connection->state() != VCenterConnection::State::Disconnected) {
        disconnectFromServer();
    }
    startDemoMetadataServer();
    statusBar()->showMessage(tr("Starting the demo vCenter simulator…"));
    if (!m_simulator->isRunning()) {
        m_simulator->start(demoVmCount);
    } else {
        connectTo({ m_simulator->sdkUrl(), demoUser, {} }, demoUser, false);
    }
}

void MainWindow::startDemoMetadataServer()
{
    if (m_guestsPage && !m_guestsPage->isServerListening()) {
        if (const QString problem = m_guestsPage->startDemo(demoMetadataPort); !problem.isEmpty()) {
            showError(problem);
        }
    }
}

void MainWindow::connectTo(const ConnectionParameters& requested, const QString& password, bool rememberPassword,
    const QString& profileName, bool connectOnStart)
{
    const bool demo = requested.user == demoUser && m_simulator && requested.url == m_simulator->sdkUrl();
    ConnectionParameters parameters = requested;
    const std::optional<ConnectionProfile> saved = demo ? std::nullopt : ProfileStore::forUrl(requested.url);
    if (saved && parameters.pinnedCertificateSha256.isEmpty()) {
        parameters.pinnedCertificateSha256 = saved->pinnedCertificateSha256;
    }
    if (!demo) {
        QSettings settings;
        settings.setValue(u"connection/lastUrl"_s, parameters.url.toString());
        settings.setValue(u"connection/lastUser"_s, parameters.user);
        syncSettings(settings); // logged if it fails; the profile save below says so in the window
    }
    statusBar()->showMessage(tr("Connecting to %1…").arg(parameters.url.host()));
    whenDone<VimError>(
        m_connection->login(parameters, password), this,
        [=, this] {
            statusBar()->showMessage(tr("Connected to %1").arg(m_connection->serverDescription()), 5000);
            if (!demo) {
                ConnectionProfile profile = saved.value_or(ConnectionProfile {});
                if (profile.name.isEmpty() || !profileName.isEmpty()) {
                    profile.name = profileName.isEmpty() ? parameters.url.host() : profileName;
                }
                profile.url = parameters.url;
                profile.user = parameters.user;
                profile.pinnedCertificateSha256 = parameters.pinnedCertificateSha256;
                profile.connectOnStart = connectOnStart || (saved && saved->connectOnStart && profileName.isEmpty());
                if (const QString problem = ProfileStore::put(profile); !problem.isEmpty()) {
                    showError(tr("The connection profile was not saved: %1").arg(problem));
                }
            }
            // Only after a successful login, so a mistyped password never reaches the keychain.
            if (rememberPassword && m_secrets && m_secrets->isAvailable()) {
                whenDone<SecretError>(
                    m_secrets->writePassword(parameters.secretKey(), password), this, [] {},
                    [this](const SecretError& error) { showError(error.message()); });
            }
        },
        [=, this](const VimError& error) {
            // errorOccurred told the user why; an unknown certificate is a question for them.
            if (error.kind() != VimError::Kind::UntrustedCertificate || demo) {
                return;
            }
            if (!parameters.pinnedCertificateSha256.isEmpty()) {
                // Trusted before, different now: that is what pinning is for. No way around it here.
                auto* box = new QMessageBox(QMessageBox::Critical, tr("Certificate changed"),
                    tr("%1 presents a different certificate than the one you trusted.\n\nNow: SHA-256 %2\nTrusted: "
                       "SHA-256 %3\n\nThis can be a certificate renewal or an attack. vmdesk does not connect. If the "
                       "new certificate is expected, remove the saved connection and connect again.")
                        .arg(parameters.url.host(), error.certificateSha256(),
                            QString::fromLatin1(parameters.pinnedCertificateSha256.toHex(':').toUpper())),
                    QMessageBox::Close, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                showError(tr("%1: the certificate changed; not connected").arg(parameters.url.host()));
                return;
            }
            if (m_trustDecider(error)) {
                ConnectionParameters pinned = parameters;
                pinned.pinnedCertificateSha256 = QByteArray::fromHex(error.certificateSha256().remove(u':').toLatin1());
                connectTo(pinned, password, rememberPassword, profileName, connectOnStart);
            }
        });
}

bool MainWindow::askToTrust(const VimError& error)
{
    return QMessageBox::question(this, tr("Untrusted certificate"),
               tr("The server's certificate cannot be verified.\n\nSubject: %1\nSHA-256: %2\n\nCompare the "
                  "thumbprint with the one your vCenter administrator gives you. Trust this certificate for this "
                  "server from now on?")
                   .arg(error.certificateSubject(), error.certificateSha256()),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void MainWindow::disconnectFromServer()
{
    m_connection->logout();
}

void MainWindow::updateConnectionState(VCenterConnection::State state)
{
    const bool disconnected = state == VCenterConnection::State::Disconnected;
    m_connectAction->setEnabled(disconnected);
    m_disconnectAction->setEnabled(state == VCenterConnection::State::Connected);
    m_reloadAction->setEnabled(state == VCenterConnection::State::Connected);
    const QString host = m_connection->parameters().url.host();
    switch (state) {
    case VCenterConnection::State::Disconnected:
        m_connectionLabel->setText(tr("Not connected"));
        // A guest window works through this connection: it would only fail from here on.
        for (const QPointer<GuestWindow>& window : std::as_const(m_guestWindows)) {
            if (window) {
                window->close();
            }
        }
        break;
    case VCenterConnection::State::Connecting:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(host));
        break;
    case VCenterConnection::State::Connected:
        m_connectionLabel->setText(
            tr("%1@%2").arg(m_connection->parameters().user, m_connection->parameters().url.authority()));
        m_connectionLabel->setToolTip(m_connection->serverDescription());
        break;
    case VCenterConnection::State::Disconnecting:
        m_connectionLabel->setText(tr("Disconnecting…"));
        break;
    }
}

void MainWindow::createTaskDock()
{
    auto* dock = new RecentTasksDock(m_tasks, this);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { dock->defaultHeight() }, Qt::Vertical);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(dock->toggleViewAction());
    m_tasks->follow(m_connection, m_inventoryModel, m_vmActions);
}

void MainWindow::runPowerAction(const QStringList& vmNames, VmActions::Power action, bool confirmed)
{
    if (m_vmCommands) {
        m_vmCommands->power(vmNames, action, confirmed);
    }
}

void MainWindow::deployOrClone(const QString& cloneOf)
{
    if (!m_exports) {
        return;
    }
    QStringList vms;
    for (int row = 0; row < m_inventoryModel->rowCount(); ++row) {
        vms.append(m_inventoryModel->vmAt(row).name);
    }
    DeployDialog dialog(qobject_cast<VSphereSession*>(m_connection), vms, this);
    if (!cloneOf.isEmpty()) {
        dialog.setCloneSource(cloneOf);
    }
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (const QString error = dialog.createMissingDocuments(); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Deploy"), tr("Nothing was queued: %1").arg(error));
        return;
    }
    const QList<DeploySpec> specs = dialog.specs();
    for (const DeploySpec& spec : specs) {
        m_exports->add(spec);
    }
    showPage(ExportsArea);
    statusBar()->showMessage(specs.size() == 1 ? tr("%1 is queued on the Transfers page.").arg(specs.first().name)
                                               : tr("%1 VMs are queued on the Transfers page.").arg(specs.size()),
        8000);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::showHelp(const QString& page)
{
    if (!m_help) {
        m_help = new HelpWindow(this);
        m_help->setWindowFlag(Qt::Window);
    }
    m_help->showPage(page);
    m_help->show();
    m_help->raise();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        Theme::apply(Theme::saved());
        statusBar()->showMessage(
            tr("Preferences saved. The metadata server's new defaults apply when it next starts."), 8000);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About vmdesk"),
        tr("<h3>vmdesk %1</h3><p>A desktop console for vSphere and Hyper-V virtual machines: inventory, "
           "exports, cloud-init metadata over virtual serial ports, and Hyper-V KVP.</p>"
           "<p>Built with Qt %2 and KDSoap.</p>")
            .arg(QStringLiteral(VMDESK_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray())) {
        WindowGeometry::fitToScreen(this);
    }
    WindowGeometry::clampToScreen(this);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    m_inventoryPage->restoreState(settings.value(u"inventory/state"_s).toByteArray());
    showPage(static_cast<Page>(qBound(0, settings.value(u"mainWindow/page"_s, 0).toInt(), int(KvpArea))));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/page"_s, m_navigation->currentRow());
    settings.setValue(u"inventory/state"_s, m_inventoryPage->saveState());
    syncSettings(settings); // on the way out only the log can say it failed
}

GuestWindow* MainWindow::openGuestWindow(const VmSummary& vm, bool runCommand)
{
    auto* session = qobject_cast<VSphereSession*>(m_connection);
    if (!session) {
        showError(tr("Guest operations need a vCenter or ESXi connection."));
        return nullptr;
    }
    QPointer<GuestWindow>& window = m_guestWindows[vm.ref.value];
    if (!window) {
        // A window of its own, but a child: it closes with the main window and leaves with the session.
        window = new GuestWindow(session, vm.ref, vm.name, m_secrets, m_exports, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    if (runCommand) {
        window->openRunCommand();
    } else {
        window->showTab(GuestWindow::FilesTab);
        window->signIn();
    }
    return window;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closing && m_metadataPage && !m_metadataPage->confirmClose()) {
        event->ignore();
        return;
    }
    if (m_connection->state() == VCenterConnection::State::Connected && !m_closing) {
        // Log out before the window goes, so the vCenter session does not linger until it times out.
        m_closing = true;
        event->ignore();
        whenDone(m_connection->logout(), this, [this] { close(); });
        QTimer::singleShot(3000, this, &QWidget::close);
        return;
    }
    saveSettings();
    event->accept();
}
