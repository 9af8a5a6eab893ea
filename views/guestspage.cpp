// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestspage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "cloudinit/filedriver.h"
#include "core/atomicwrite.h"
#include "guestconnectionmodel.h"
#include "packetlogmodel.h"
#include "vspc/guestregistry.h"
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

GuestsPage::GuestsPage(VspcServer* server, GuestRegistry* registry, QWidget* parent)
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
{
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

    auto* detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_logTable);
    detail->addWidget(m_payload);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_guestTable);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);

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
    connect(m_server, &VspcServer::errorOccurred, m_state, &QLabel::setText);
    connect(m_registry, &GuestRegistry::guestAdded, this, &GuestsPage::refreshStatus);
    connect(m_registry, &GuestRegistry::guestRemoved, this, &GuestsPage::refreshStatus);
    connect(m_registry, &GuestRegistry::guestChanged, this, [this](quint64 id) {
        if (const GuestInfo* guest = m_registry->guest(id); guest && guest->state == GuestInfo::State::Closed) {
            refreshStatus();
        }
    });
    refreshStatus();
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
        ? tr("Metadata server on port %1: %2 guest(s) connected").arg(m_server->serverPort()).arg(guests)
        : tr("Metadata server stopped");
    if (listening || m_state->text().isEmpty() || m_state->text().startsWith(tr("Metadata server"))) {
        m_state->setText(status);
    }
    Q_EMIT statusChanged(status);
}

void GuestsPage::showSelectedGuest()
{
    const QModelIndexList rows = m_guestTable->selectionModel()->selectedRows();
    m_logModel->setGuest(rows.isEmpty() ? 0 : rows.first().data(GuestConnectionModel::GuestIdRole).toULongLong());
    m_payload->clear();
}

void GuestsPage::showSelectedPacket()
{
    const QModelIndexList rows = m_logTable->selectionModel()->selectedRows();
    m_payload->setPlainText(
        rows.isEmpty() ? QString() : QString::fromUtf8(rows.first().data(PacketLogModel::PayloadRole).toByteArray()));
}
