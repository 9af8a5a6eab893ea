// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestspage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "cloudinit/filedriver.h"
#include "core/atomicwrite.h"
#include "guestactivitychart.h"
#include "guestconnectionmodel.h"
#include "packetlogmodel.h"
#include "requestactivitymodel.h"
#include "sitepanel.h"
#include "vspc/demoguests.h"
#include "vspc/guestregistry.h"
#include "vspc/serialporttarget.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
QTableView* makeTable(QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

GuestsPage::GuestsPage(VspcServer* server, GuestRegistry* registry, SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_server(server)
    , m_registry(registry)
    , m_guestModel(new GuestConnectionModel(registry, this))
    , m_guestProxy(new QSortFilterProxyModel(this))
    , m_logModel(new PacketLogModel(registry, this))
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_uris(new QLineEdit(this))
    , m_allowed(new QLineEdit(this))
    , m_directory(new QLineEdit(this))
    , m_key(new QComboBox(this))
    , m_lineEnding(new QComboBox(this))
    , m_startStop(new QPushButton(this))
    , m_state(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_guestTable(makeTable(this))
    , m_logTable(makeTable(this))
    , m_payload(new QPlainTextEdit(this))
    , m_guestStack(new QStackedWidget(this))
    , m_emptyState(nullptr)
    , m_steps(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_problemIcon(new QLabel(this))
    , m_problemRow(new QWidget(this))
    , m_createDocument(new QAction(tr("&Create YAML for This VM"), this))
    , m_preview(new QAction(tr("&Preview Payload"), this))
    , m_rowMenu(new QMenu(this))
    , m_activity(new RequestActivityModel(&server->statistics(), this))
    , m_chart(new GuestActivityChart(m_activity, this))
    , m_demo(new DemoGuests(this))
{
    // Names for screen readers where no label is the control's buddy.
    m_address->setAccessibleName(tr("Listen address"));
    m_port->setAccessibleName(tr("Listen port"));
    m_uris->setAccessibleName(tr("Port URIs"));
    m_allowed->setAccessibleName(tr("Allowed hosts"));
    m_directory->setAccessibleName(tr("Metadata folder"));
    m_filter->setAccessibleName(tr("Search guests"));
    m_payload->setAccessibleName(tr("Payload"));
    m_guestTable->setAccessibleName(tr("Connected guests"));
    m_logTable->setAccessibleName(tr("Packet log"));
    const QSettings settings;
    m_address->setText(settings.value(u"metadata/address"_s, u"0.0.0.0"_s).toString());
    m_address->setToolTip(tr("The address ESXi hosts connect to; 0.0.0.0 listens on all"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings.value(u"metadata/port"_s, 13370).toInt());
    m_uris->setText(settings.value(u"metadata/uris"_s, u"my-metadata"_s).toString());
    m_uris->setToolTip(tr("The port URIs VMs may ask for (the serial port's \"Port URI\"), separated by commas"));
    m_allowed->setText(settings.value(u"metadata/allowed"_s).toString());
    m_allowed->setPlaceholderText(tr("any host (e.g. 10.0.0.0/8 for the ESXi hosts' network)"));
    m_allowed->setToolTip(tr("Accept connections only from these networks or addresses, separated by commas. "
                             "Empty: from any host; only ports that name a configured URI are served either way."));
    m_directory->setText(settings.value(u"metadata/directory"_s).toString());
    m_directory->setPlaceholderText(tr("Folder with one <VM>.yaml per VM"));
    connect(m_directory, &QLineEdit::textChanged, this, &GuestsPage::directoryChanged);
    m_key->addItem(tr("VM name"), u"name"_s);
    m_key->addItem(tr("VC UUID"), u"vc-uuid"_s);
    m_key->addItem(tr("BIOS UUID"), u"bios-uuid"_s);
    m_key->setCurrentIndex(qMax(0, m_key->findData(settings.value(u"metadata/key"_s, u"name"_s))));
    m_lineEnding->addItem(tr("LF"), false);
    m_lineEnding->addItem(tr("LF CR (like vmw-cloudinit-metadata)"), true);
    m_lineEnding->setCurrentIndex(settings.value(u"metadata/lfcr"_s, false).toBool() ? 1 : 0);
    auto* browse = new QToolButton(this);
    browse->setText(u"…"_s);
    browse->setToolTip(tr("Choose the folder"));

    auto* directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory);
    directoryRow->addWidget(browse);
    auto* listenRow = new QHBoxLayout;
    listenRow->addWidget(m_address, 1);
    listenRow->addWidget(m_port);
    listenRow->addWidget(m_startStop);
    auto* form = new QFormLayout;
    form->addRow(tr("Listen on:"), listenRow);
    form->addRow(tr("Port URIs:"), m_uris);
    form->addRow(tr("Allowed hosts:"), m_allowed);
    form->addRow(tr("Metadata folder:"), directoryRow);
    auto* lookupRow = new QHBoxLayout;
    lookupRow->addWidget(m_key);
    lookupRow->addWidget(new QLabel(tr("Line ending:"), this));
    lookupRow->addWidget(m_lineEnding);
    lookupRow->addStretch();
    form->addRow(tr("Find files by:"), lookupRow);
    form->addRow(QString(), m_state);

    m_guestProxy->setSourceModel(m_guestModel);
    m_guestProxy->setSortRole(GuestConnectionModel::SortRole);
    m_guestProxy->setFilterKeyColumn(-1);
    m_guestProxy->setFilterRole(Qt::DisplayRole);
    m_guestProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_guestTable->setModel(m_guestProxy);
    m_guestTable->setSortingEnabled(true);
    m_guestTable->sortByColumn(GuestConnectionModel::VmNameColumn, Qt::AscendingOrder);
    m_guestTable->horizontalHeader()->resizeSection(GuestConnectionModel::VmNameColumn, 160);
    m_filter->setPlaceholderText(tr("Filter guests"));
    m_filter->setClearButtonEnabled(true);
    m_logTable->setModel(m_logModel);
    m_logTable->horizontalHeader()->resizeSection(PacketLogModel::SummaryColumn, 220);
    m_payload->setReadOnly(true);
    m_payload->setPlaceholderText(tr("Select a response to see exactly what the guest received"));
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_guestModel->setPalette(m_guestTable->palette());
    m_guestModel->setProblemIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setObjectName(u"guestProblem"_s);
    m_problemIcon->setAlignment(Qt::AlignTop);
    auto* problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemIcon);
    problemLayout->addWidget(m_problem, 1);
    m_problemRow->hide();

    m_createDocument->setToolTip(tr("Open a starter document for the selected guest's VM on the Metadata page"));
    m_preview->setToolTip(tr("Show on the Metadata page exactly what the selected guest's VM is served"));
    m_rowMenu->addAction(m_createDocument);
    m_rowMenu->addAction(m_preview);
    auto* createButton = new QToolButton(this);
    createButton->setDefaultAction(m_createDocument);
    createButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* previewButton = new QToolButton(this);
    previewButton->setDefaultAction(m_preview);
    previewButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The Menu key and Shift+F10 open the row's menu where the mouse is not needed.
    auto* menuKey = new QAction(tr("Guest Actions"), m_guestTable);
    menuKey->setShortcuts({ QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10) });
    menuKey->setShortcutContext(Qt::WidgetShortcut);
    m_guestTable->addAction(menuKey);
    m_guestTable->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* detailTop = new QWidget(this);
    auto* detailTopLayout = new QVBoxLayout(detailTop);
    detailTopLayout->setContentsMargins(0, 0, 0, 0);
    detailTopLayout->addWidget(m_problemRow);
    detailTopLayout->addWidget(m_logTable, 1);
    auto* detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(detailTop);
    detail->addWidget(m_payload);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_guestTable);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_emptyState = makeEmptyState();
    m_guestStack->addWidget(m_emptyState);
    m_guestStack->addWidget(split);

    auto* top = new QHBoxLayout;
    top->addLayout(form, 3);
    top->addWidget(m_chart, 2);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(createButton);
    filterRow->addWidget(previewButton);
    auto* serverTab = new QWidget(this);
    auto* layout = new QVBoxLayout(serverTab);
    layout->addLayout(top);
    layout->addLayout(filterRow);
    layout->addWidget(m_guestStack, 1);
    m_site = new SitePanel(server, registry, this);
    m_site->setSecretStore(secrets);
    auto* tabs = new QTabWidget(this);
    tabs->addTab(serverTab, tr("This Server"));
    tabs->addTab(m_site, tr("Site"));
    (new QVBoxLayout(this))->addWidget(tabs);

    connect(m_guestTable, &QWidget::customContextMenuRequested, this, &GuestsPage::showRowMenu);
    connect(menuKey, &QAction::triggered, this, [this] {
        const QModelIndex current = m_guestTable->currentIndex();
        showRowMenu(current.isValid() ? m_guestTable->visualRect(current).center() : QPoint(4, 4));
    });
    connect(m_createDocument, &QAction::triggered, this, [this] {
        if (const quint64 id = selectedGuest()) {
            Q_EMIT createDocumentRequested(documentKeyOf(id));
        }
    });
    connect(m_preview, &QAction::triggered, this, [this] {
        if (const quint64 id = selectedGuest()) {
            Q_EMIT previewRequested(documentKeyOf(id));
        }
    });
    connect(m_guestModel, &QAbstractItemModel::rowsInserted, this, &GuestsPage::updateEmptyState);
    connect(m_guestModel, &QAbstractItemModel::rowsRemoved, this, &GuestsPage::updateEmptyState);
    connect(
        m_guestModel, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
            const int row = m_guestModel->rowOf(selectedGuest());
            if (row >= from.row() && row <= to.row()) {
                updateRowActions(); // the selected guest's problem may have come or gone
            }
        });
    connect(m_activity, &RequestActivityModel::sampled, this, [this] {
        const quint64 requests = m_server->statistics().snapshot().requests;
        if (requests != m_shownRequests) {
            m_shownRequests = requests;
            refreshStatus();
        }
    });
    m_activity->start();

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Metadata folder"), m_directory->text());
        if (!chosen.isEmpty()) {
            m_directory->setText(chosen);
        }
    });
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server->isListening()) {
            stopServer();
        } else {
            startServer();
        }
    });
    connect(m_filter, &QLineEdit::textChanged, m_guestProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(
        m_guestTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuestsPage::showSelectedGuest);
    connect(
        m_logTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuestsPage::showSelectedPacket);
    connect(m_server, &VspcServer::listeningChanged, this, &GuestsPage::refreshStatus);
    connect(m_server, &VspcServer::listeningChanged, this, [this](bool listening) {
        if (listening && m_demo->isRunning()) {
            // Restarted on another port: the demo's guests follow, as ESXi would after a reconfigure.
            m_demo->start(m_server->serverPort(), m_server->config().proxies.value(0).uri);
        }
    });
    connect(m_server, &VspcServer::errorOccurred, m_state, &QLabel::setText);
    connect(m_registry, &GuestRegistry::guestAdded, this, &GuestsPage::refreshStatus);
    connect(m_registry, &GuestRegistry::guestRemoved, this, &GuestsPage::refreshStatus);
    connect(m_registry, &GuestRegistry::guestChanged, this, [this](quint64 id) {
        if (const GuestInfo* guest = m_registry->guest(id); guest && guest->state == GuestInfo::State::Closed) {
            refreshStatus();
        }
    });
    refreshStatus();
    updateRowActions();
}

QString GuestsPage::startDemo(quint16 port)
{
    const QDir directory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo-metadata"_s);
    directory.mkpath(u"."_s);
    QString problem;
    for (const QFileInfo& sample : QDir(u":/demo-metadata"_s).entryInfoList(QDir::Files)) {
        if (!directory.exists(sample.fileName())) {
            QFile source(sample.filePath());
            source.open(QIODevice::ReadOnly);
            if (const QString failed = saveAtomically(directory.filePath(sample.fileName()), source.readAll());
                !failed.isEmpty()) {
                problem = failed;
                continue;
            }
            QFile::setPermissions(directory.filePath(sample.fileName()), QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    setDirectory(directory.path());
    setListen(u"127.0.0.1"_s, port);
    if (!startServer()) {
        setListen(u"127.0.0.1"_s, 0); // the port is taken: any free port will do for the demo
        if (!startServer()) {
            return tr("The demo metadata server could not start.");
        }
    }
    m_demo->start(m_server->serverPort(), m_server->config().proxies.value(0).uri);
    return problem;
}

QString GuestsPage::directory() const
{
    return m_directory->text();
}

void GuestsPage::setDirectory(const QString& directory)
{
    m_directory->setText(directory);
}

void GuestsPage::setListen(const QString& address, int port)
{
    m_address->setText(address);
    m_port->setValue(port);
}

bool GuestsPage::startServer()
{
    VspcConfig config = m_server->config();
    config.address = QHostAddress(m_address->text().trimmed());
    if (config.address.isNull()) {
        m_state->setText(tr("\"%1\" is not an IP address.").arg(m_address->text()));
        return false;
    }
    if (!QDir(m_directory->text()).exists()) {
        m_state->setText(tr("Choose an existing metadata folder first."));
        return false;
    }
    QString networkError;
    const std::optional<QList<VspcConfig::Network>> networks
        = VspcConfig::parseNetworks(m_allowed->text(), &networkError);
    if (!networks) {
        m_state->setText(tr("Allowed hosts: %1").arg(networkError));
        return false;
    }
    config.allowedNetworks = *networks;
    config.port = static_cast<quint16>(m_port->value());
    config.proxies.clear();
    for (const QString& uri : m_uris->text().split(u',', Qt::SkipEmptyParts)) {
        config.proxies.append({ 'C', uri.trimmed() });
    }
    config.key = VspcConfig::keyFromName(m_key->currentData().toString()).value_or(VspcConfig::LookupKey::VmName);
    config.lineEnding
        = m_lineEnding->currentData().toBool() ? MetadataPacket::LineEnding::LfCr : MetadataPacket::LineEnding::Lf;
    delete m_driver;
    m_driver = new FileDriver(m_directory->text(), this);
    m_server->setDriver(m_driver);
    m_server->setConfig(config);
    saveSettings();
    return m_server->start();
}

bool GuestsPage::isServerListening() const
{
    return m_server->isListening();
}

void GuestsPage::stopServer()
{
    m_server->stop();
}

void GuestsPage::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"metadata/address"_s, m_address->text());
    settings.setValue(u"metadata/port"_s, m_port->value());
    settings.setValue(u"metadata/uris"_s, m_uris->text());
    settings.setValue(u"metadata/allowed"_s, m_allowed->text());
    settings.setValue(u"metadata/directory"_s, m_directory->text());
    settings.setValue(u"metadata/key"_s, m_key->currentData());
    settings.setValue(u"metadata/lfcr"_s, m_lineEnding->currentData());
    syncSettings(settings); // a failure is logged; the server runs with these values either way
}

void GuestsPage::refreshStatus()
{
    const bool listening = m_server->isListening();
    m_startStop->setText(listening ? tr("Stop") : tr("Start"));
    for (QWidget* field : { static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_port),
             static_cast<QWidget*>(m_uris), static_cast<QWidget*>(m_allowed), static_cast<QWidget*>(m_directory),
             static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_lineEnding) }) {
        field->setEnabled(!listening);
    }
    const int guests = m_registry->connectedCount();
    const QString status = listening
        ? tr("Metadata server on port %1: %n guest(s) connected", nullptr, guests).arg(m_server->serverPort())
            + tr(", %Ln request(s) so far", nullptr, int(std::min<qint64>(m_shownRequests, INT_MAX)))
        : tr("Metadata server stopped");
    if (listening || m_state->text().isEmpty() || m_state->text().startsWith(tr("Metadata server"))) {
        m_state->setText(status);
    }
    Q_EMIT statusChanged(status);
    updateEmptyState();
}

void GuestsPage::showSelectedGuest()
{
    const QModelIndexList rows = m_guestTable->selectionModel()->selectedRows();
    m_logModel->setGuest(rows.isEmpty() ? 0 : rows.first().data(GuestConnectionModel::GuestIdRole).toULongLong());
    m_payload->clear();
    updateRowActions();
}

void GuestsPage::showSelectedPacket()
{
    const QModelIndexList rows = m_logTable->selectionModel()->selectedRows();
    m_payload->setPlainText(
        rows.isEmpty() ? QString() : QString::fromUtf8(rows.first().data(PacketLogModel::PayloadRole).toByteArray()));
}

quint64 GuestsPage::selectedGuest() const
{
    const QModelIndexList rows = m_guestTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(GuestConnectionModel::GuestIdRole).toULongLong();
}

QString GuestsPage::documentKeyOf(quint64 id) const
{
    const GuestInfo* guest = m_registry->guest(id);
    if (!guest) {
        return {};
    }
    switch (m_server->config().key) {
    case VspcConfig::LookupKey::VmName:
        return guest->identity.vmName;
    case VspcConfig::LookupKey::VcUuid:
        return guest->identity.vcUuid;
    case VspcConfig::LookupKey::BiosUuid:
        return guest->identity.biosUuid;
    }
    return {};
}

void GuestsPage::updateRowActions()
{
    const quint64 id = selectedGuest();
    const QString key = id ? documentKeyOf(id) : QString();
    const bool hasDocument = !key.isEmpty() && QDir(m_directory->text()).exists(key + u".yaml"_s);
    m_createDocument->setEnabled(!key.isEmpty() && !hasDocument);
    m_preview->setEnabled(!key.isEmpty());
    const QString problem = id ? m_guestModel->problemOf(id) : QString();
    m_problem->setText(problem.isEmpty() ? QString() : tr("The last request failed: %1").arg(problem));
    m_problemRow->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_problemIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
}

void GuestsPage::showRowMenu(const QPoint& position)
{
    const QModelIndex index = m_guestTable->indexAt(position);
    if (index.isValid()) {
        m_guestTable->selectRow(index.row());
    }
    if (selectedGuest() == 0) {
        return;
    }
    updateRowActions();
    m_rowMenu->popup(m_guestTable->viewport()->mapToGlobal(position));
}

bool GuestsPage::isShowingEmptyState() const
{
    return m_guestStack->currentWidget() == m_emptyState;
}

QWidget* GuestsPage::makeEmptyState()
{
    auto* panel = new QWidget(this);
    panel->setObjectName(u"guestsEmptyState"_s);
    auto* title = new QLabel(tr("No guest is connected yet"), panel);
    QFont bigger = title->font();
    if (bigger.pointSizeF() > 0) {
        bigger.setPointSizeF(bigger.pointSizeF() * 1.25);
    }
    bigger.setBold(true);
    title->setFont(bigger);
    m_steps->setParent(panel);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_steps->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_steps);
    layout->addStretch();
    return panel;
}

void GuestsPage::updateEmptyState()
{
    // The table comes when a guest connects and stays while any is listed (a closed one for a
    // minute, with the packet log that says why it left).
    const bool empty = m_guestModel->rowCount() == 0;
    m_guestStack->setCurrentIndex(empty ? 0 : 1);
    if (!empty) {
        return;
    }
    const bool listening = m_server->isListening();
    VspcConfig config = m_server->config();
    if (!listening) {
        config.address = QHostAddress(m_address->text().trimmed());
        config.port = static_cast<quint16>(m_port->value());
        config.proxies.clear();
        for (const QString& uri : m_uris->text().split(u',', Qt::SkipEmptyParts)) {
            config.proxies.append({ 'C', uri.trimmed() });
        }
    }
    const SerialPortTarget target = SerialPortTarget::forServer(
        config, listening ? m_server->serverPort() : 0, QNetworkInterface::allAddresses(), QHostInfo::localHostName());
    const QString address = config.address.toString().toHtmlEscaped();
    const QString port = QString::number(listening ? m_server->serverPort() : config.port);
    const QString uris = target.portUris.isEmpty() ? tr("none") : target.portUris.join(u", "_s).toHtmlEscaped();
    const QString vspc = target.vspcUris.isEmpty() ? tr("none") : target.vspcUris.join(u", "_s).toHtmlEscaped();
    QString html = u"<ol>"_s;
    html += u"<li>"_s
        + (listening ? tr("The server listens on <b>%1</b>, port <b>%2</b>, and accepts the port URI <b>%3</b>.")
                           .arg(address, port, uris)
                     : tr("Start the server above (it will listen on <b>%1</b>, port <b>%2</b>, for the port URI "
                          "<b>%3</b>).")
                           .arg(address, port, uris))
        + u"</li>"_s;
    html += u"<li>"_s
        + tr("In the Inventory, choose the VMs, then <i>Connect Serial Port to Metadata Server…</i> from the VM menu "
             "or the context menu. It gives each VM a network serial port with the port URI <b>%1</b> and the vSPC "
             "address <b>%2</b>.")
              .arg(uris, vspc)
        + u"</li>"_s;
    html += u"<li>"_s
        + tr("Power on or restart the guest. Inside it, cloud-init's data is fetched from that serial port into "
             "its NoCloud seed (for example <tt>vmdeskctl guest-fetch --port /dev/ttyS1 --seed-dir "
             "/var/lib/cloud/seed/nocloud</tt> before cloud-init runs).")
        + u"</li>"_s;
    html += u"<li>"_s + tr("The guest appears here, with every request it makes and what it was sent.") + u"</li>"_s;
    html += u"</ol>"_s;
    if (!target.warning.isEmpty()) {
        html += u"<p><b>"_s + tr("Warning:") + u"</b> "_s + target.warning.toHtmlEscaped() + u"</p>"_s;
    }
    m_steps->setText(html);
}

void GuestsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_guestModel->setPalette(m_guestTable->palette());
        m_guestModel->setProblemIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        updateRowActions();
    }
}
