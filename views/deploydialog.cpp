// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploydialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "cloudinit/documenttemplate.h"
#include "core/atomicwrite.h"
#include "core/whendone.h"
#include "provisioning/ovfsource.h"
#include "vsphere/vimerror.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kindRole = Qt::UserRole + 1; // "cluster" or "host" in the compute combo

struct PackageNetworks
{
    QStringList networks;
    QString error;
};

// File work, on a worker thread: an .ova is a tar that can hold gigabytes of disks before or
// after its descriptor, so only its .ovf member is read.
PackageNetworks networksOf(const QString& path)
{
    PackageNetworks result;
    QByteArray descriptor;
    if (path.endsWith(u".ova"_s, Qt::CaseInsensitive)) {
        descriptor = OvfSource::descriptorOf(path, &result.error);
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = DeployDialog::tr("Cannot read %1: %2").arg(path, file.errorString());
            return result;
        }
        descriptor = file.readAll();
    }
    if (result.error.isEmpty()) {
        result.networks = OvfSource::networksIn(descriptor);
    }
    return result;
}

QToolButton* browseButton(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(u"…"_s);
    return button;
}
} // namespace

DeployDialog::DeployDialog(VSphereSession* session, const QStringList& vmNames, QWidget* parent)
    : QDialog(parent)
    , m_fromFile(new QRadioButton(tr("OVF or OVA &file:"), this))
    , m_fromClone(new QRadioButton(tr("&Clone of a VM or template:"), this))
    , m_packagePath(new QLineEdit(this))
    , m_cloneSource(new QComboBox(this))
    , m_names(new QPlainTextEdit(this))
    , m_datacenter(new QComboBox(this))
    , m_compute(new QComboBox(this))
    , m_pool(new QComboBox(this))
    , m_datastore(new QComboBox(this))
    , m_folder(new QComboBox(this))
    , m_catalogStatus(new QLabel(this))
    , m_networkGroup(new QGroupBox(tr("Networks"), this))
    , m_networks(new QTableWidget(0, 2, this))
    , m_networkStatus(new QLabel(this))
    , m_cloudInit(new QComboBox(this))
    , m_metadataFolder(new QLineEdit(this))
    , m_metadataStatus(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_powerOn(new QCheckBox(tr("&Power on"), this))
    , m_waitIp(new QCheckBox(tr("&Wait for an IP address, up to"), this))
    , m_waitSeconds(new QSpinBox(this))
{
    setWindowTitle(tr("Deploy or Clone VMs"));
    m_packagePath->setAccessibleName(tr("Package file"));
    m_packagePath->setPlaceholderText(tr(".ova or .ovf file"));
    m_packagePath->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_cloneSource->setAccessibleName(tr("VM or template to clone"));
    m_cloneSource->setEditable(true);
    m_cloneSource->setInsertPolicy(QComboBox::NoInsert);
    QStringList sorted = vmNames;
    sorted.sort(Qt::CaseInsensitive);
    m_cloneSource->addItems(sorted);
    m_cloneSource->setCurrentIndex(-1);
    m_names->setAccessibleName(tr("New VM names"));
    m_names->setPlaceholderText(tr("One name per line; each becomes one VM"));
    m_names->setTabChangesFocus(true);
    m_names->setFixedHeight(m_names->fontMetrics().lineSpacing() * 4 + 12);
    auto* sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_fromFile);
    sourceGroup->addButton(m_fromClone);
    m_fromFile->setChecked(true);

    auto* browsePackage = browseButton(this);
    browsePackage->setAccessibleName(tr("Choose the package file"));
    connect(browsePackage, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose an OVF or OVA package"),
            QFileInfo(m_packagePath->text()).path(), tr("OVF packages (*.ova *.ovf);;All files (*)"));
        if (!path.isEmpty()) {
            setPackage(path);
        }
    });
    auto* source = new QGroupBox(tr("Source"), this);
    auto* sourceForm = new QFormLayout(source);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_packagePath, 1);
    fileRow->addWidget(browsePackage);
    sourceForm->addRow(m_fromFile, fileRow);
    sourceForm->addRow(m_fromClone, m_cloneSource);
    sourceForm->addRow(tr("New VM &names:"), m_names);

    for (QComboBox* box : { m_datacenter, m_compute, m_pool, m_datastore, m_folder }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    m_datacenter->setAccessibleName(tr("Datacenter"));
    m_compute->setAccessibleName(tr("Cluster or host"));
    m_pool->setAccessibleName(tr("Resource pool"));
    m_datastore->setAccessibleName(tr("Datastore"));
    m_folder->setAccessibleName(tr("VM folder"));
    m_catalogStatus->setWordWrap(true);
    m_catalogStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* placement = new QGroupBox(tr("Placement"), this);
    auto* placementForm = new QFormLayout(placement);
    placementForm->addRow(m_catalogStatus);
    placementForm->addRow(tr("&Datacenter:"), m_datacenter);
    placementForm->addRow(tr("Cluster or &host:"), m_compute);
    placementForm->addRow(tr("&Resource pool:"), m_pool);
    placementForm->addRow(tr("Data&store:"), m_datastore);
    placementForm->addRow(tr("F&older:"), m_folder);

    m_networks->setAccessibleName(tr("Network mapping"));
    m_networks->setHorizontalHeaderLabels({ tr("Network in the package"), tr("vCenter network") });
    m_networks->horizontalHeader()->setStretchLastSection(true);
    m_networks->horizontalHeader()->resizeSection(0, 200);
    m_networks->verticalHeader()->hide();
    m_networks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_networks->setMinimumHeight(90);
    m_networkStatus->setWordWrap(true);
    auto* networkLayout = new QVBoxLayout(m_networkGroup);
    networkLayout->addWidget(m_networkStatus);
    networkLayout->addWidget(m_networks);

    m_cloudInit->setAccessibleName(tr("Cloud-init delivery"));
    m_cloudInit->addItem(tr("None"), int(DeploySpec::CloudInit::None));
    m_cloudInit->addItem(tr("guestinfo (VMware datasource)"), int(DeploySpec::CloudInit::Guestinfo));
    m_cloudInit->addItem(tr("Seed ISO (NoCloud)"), int(DeploySpec::CloudInit::Iso));
    m_metadataFolder->setAccessibleName(tr("Metadata folder"));
    // The folder the Guests page serves from: the admin keeps one <vm>.yaml per guest there.
    m_metadataFolder->setText(QSettings().value(u"metadata/directory"_s).toString());
    m_metadataStatus->setWordWrap(true);
    auto* browseMetadata = browseButton(this);
    browseMetadata->setAccessibleName(tr("Choose the metadata folder"));
    connect(browseMetadata, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Metadata folder"), m_metadataFolder->text());
        if (!dir.isEmpty()) {
            m_metadataFolder->setText(dir);
        }
    });
    auto* cloudInit = new QGroupBox(tr("Cloud-init"), this);
    auto* cloudInitForm = new QFormLayout(cloudInit);
    cloudInitForm->addRow(tr("Deli&ver as:"), m_cloudInit);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_metadataFolder, 1);
    folderRow->addWidget(browseMetadata);
    // A label for a layout gets no buddy from the form: its mnemonic would show as a plain "&".
    auto* folderLabel = new QLabel(tr("&Metadata folder:"), this);
    folderLabel->setBuddy(m_metadataFolder);
    cloudInitForm->addRow(folderLabel, folderRow);
    cloudInitForm->addRow(m_metadataStatus);
    m_template->setAccessibleName(tr("Template for missing documents"));
    auto* templateLabel = new QLabel(tr("Missing &documents:"), this);
    templateLabel->setBuddy(m_template);
    cloudInitForm->addRow(templateLabel, m_template);

    m_waitSeconds->setAccessibleName(tr("Seconds to wait for an address"));
    m_waitSeconds->setRange(10, 3600);
    m_waitSeconds->setValue(300);
    m_waitSeconds->setSuffix(tr(" s"));
    m_waitIp->setEnabled(false);
    m_waitSeconds->setEnabled(false);
    auto* powerRow = new QHBoxLayout;
    powerRow->addWidget(m_powerOn);
    powerRow->addSpacing(16);
    powerRow->addWidget(m_waitIp);
    powerRow->addWidget(m_waitSeconds);
    powerRow->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(source);
    left->addWidget(placement);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_networkGroup, 1);
    right->addWidget(cloudInit);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(powerRow);
    layout->addWidget(buttons);

    const auto sourceChanged = [this] {
        m_packagePath->setEnabled(m_fromFile->isChecked());
        m_cloneSource->setEnabled(m_fromClone->isChecked());
        m_networkGroup->setEnabled(m_fromFile->isChecked());
        updateOk();
    };
    connect(m_fromFile, &QRadioButton::toggled, this, sourceChanged);
    connect(m_packagePath, &QLineEdit::editingFinished, this, &DeployDialog::readPackage);
    connect(m_packagePath, &QLineEdit::textChanged, this, &DeployDialog::updateOk);
    connect(m_cloneSource, &QComboBox::currentTextChanged, this, &DeployDialog::updateOk);
    connect(m_names, &QPlainTextEdit::textChanged, this, [this] {
        updateMetadataStatus();
        updateOk();
    });
    connect(m_datacenter, &QComboBox::currentIndexChanged, this, &DeployDialog::fillDatacenter);
    connect(m_compute, &QComboBox::currentIndexChanged, this, &DeployDialog::fillPools);
    connect(m_cloudInit, &QComboBox::currentIndexChanged, this, &DeployDialog::updateMetadataStatus);
    connect(m_metadataFolder, &QLineEdit::textChanged, this, &DeployDialog::updateMetadataStatus);
    connect(m_template, &QComboBox::currentIndexChanged, this, &DeployDialog::updateOk);
    connect(m_powerOn, &QCheckBox::toggled, this, [this](bool on) {
        m_waitIp->setEnabled(on);
        m_waitSeconds->setEnabled(on && m_waitIp->isChecked());
    });
    connect(m_waitIp, &QCheckBox::toggled, m_waitSeconds, &QSpinBox::setEnabled);
    sourceChanged();
    fillNetworkRows();
    updateMetadataStatus();
    readCatalog(session);
}

void DeployDialog::readCatalog(VSphereSession* session)
{
    if (!session || session->state() != VCenterConnection::State::Connected) {
        m_catalogError = tr("Not connected to vCenter: connect first, then deploy.");
        m_catalogStatus->setText(m_catalogError);
        m_catalogStatus->setStyleSheet(u"color: #b00020;"_s);
        QMetaObject::invokeMethod(this, &DeployDialog::catalogLoaded, Qt::QueuedConnection);
        updateOk();
        return;
    }
    m_catalogStatus->setText(tr("Reading datacenters, hosts, datastores and networks from vCenter…"));
    whenDone<VimError>(
        PlacementCatalog::read(session), this,
        [this](const PlacementCatalog& catalog) {
            m_catalog = catalog;
            m_catalogLoaded = true;
            m_catalogStatus->hide();
            const QSignalBlocker block(m_datacenter);
            m_datacenter->addItems(m_catalog.datacenters());
            m_datacenter->setCurrentIndex(0);
            fillDatacenter();
            if (m_datacenter->count() == 0) {
                m_catalogError = tr("vCenter has no datacenter to deploy into.");
                m_catalogStatus->setText(m_catalogError);
                m_catalogStatus->show();
            }
            updateOk();
            Q_EMIT catalogLoaded();
        },
        [this](const VimError& error) {
            m_catalogError = tr("The placement choices could not be read from vCenter: %1").arg(error.message());
            m_catalogStatus->setText(m_catalogError);
            m_catalogStatus->setStyleSheet(u"color: #b00020;"_s);
            updateOk();
            Q_EMIT catalogLoaded();
        });
}

void DeployDialog::fillDatacenter()
{
    const QString dc = m_datacenter->currentText();
    {
        const QSignalBlocker block(m_compute);
        m_compute->clear();
        for (const QString& cluster : m_catalog.clusters(dc)) {
            m_compute->addItem(tr("%1 (cluster)").arg(cluster), cluster);
            m_compute->setItemData(m_compute->count() - 1, u"cluster"_s, kindRole);
        }
        for (const QString& host : m_catalog.hosts(dc)) {
            m_compute->addItem(tr("%1 (host)").arg(host), host);
            m_compute->setItemData(m_compute->count() - 1, u"host"_s, kindRole);
        }
    }
    fillPools();
    m_datastore->clear();
    const QLocale locale;
    for (const QString& store : m_catalog.datastores(dc)) {
        const qint64 free = m_catalog.freeBytes(dc, store);
        m_datastore->addItem(free >= 0 ? tr("%1 (%2 free)").arg(store, locale.formattedDataSize(free)) : store, store);
    }
    m_folder->clear();
    for (const QString& folder : m_catalog.folders(dc)) {
        m_folder->addItem(folder.isEmpty() ? tr("The datacenter's VM folder") : folder, folder);
    }
    fillNetworkRows();
}

void DeployDialog::fillPools()
{
    m_pool->clear();
    const QString compute = m_compute->currentData().toString();
    if (!compute.isEmpty()) {
        m_pool->addItems(m_catalog.pools(m_datacenter->currentText(), compute));
    }
}

bool DeployDialog::chooseCompute(const QString& name)
{
    const int index = m_compute->findData(name);
    if (index >= 0) {
        m_compute->setCurrentIndex(index);
    }
    return index >= 0;
}

void DeployDialog::setPackage(const QString& path)
{
    m_fromFile->setChecked(true);
    m_packagePath->setText(QDir::toNativeSeparators(path));
    readPackage();
}

void DeployDialog::setCloneSource(const QString& vm)
{
    m_fromClone->setChecked(true);
    m_cloneSource->setCurrentText(vm);
}

void DeployDialog::setNames(const QStringList& names)
{
    m_names->setPlainText(names.join(u'\n'));
}

void DeployDialog::readPackage()
{
    const QString path = QDir::fromNativeSeparators(m_packagePath->text().trimmed());
    const int read = ++m_packageReads;
    m_packageNetworks.clear();
    m_packageError.clear();
    if (path.isEmpty()) {
        fillNetworkRows();
        return;
    }
    m_networkStatus->setText(tr("Reading the package's networks…"));
    whenDone(QtConcurrent::run(networksOf, path), this, [this, read](const PackageNetworks& result) {
        if (read != m_packageReads) {
            return;
        }
        m_packageNetworks = result.networks;
        m_packageError = result.error;
        fillNetworkRows();
        updateOk();
        Q_EMIT packageRead();
    });
}

void DeployDialog::fillNetworkRows()
{
    const QStringList available = m_catalog.networks(m_datacenter->currentText());
    m_networks->setRowCount(int(m_packageNetworks.size()));
    for (int row = 0; row < m_packageNetworks.size(); ++row) {
        const QString& name = m_packageNetworks.at(row);
        auto* item = new QTableWidgetItem(name);
        m_networks->setItem(row, 0, item);
        auto* choice = new QComboBox(m_networks);
        choice->setAccessibleName(tr("vCenter network for %1").arg(name));
        choice->addItems(available);
        // A same-named network is what vCenter would pick itself; else the first one.
        choice->setCurrentIndex(qMax(0, available.indexOf(name)));
        m_networks->setCellWidget(row, 1, choice);
    }
    if (!m_packageError.isEmpty()) {
        m_networkStatus->setText(m_packageError);
    } else if (m_packagePath->text().trimmed().isEmpty()) {
        m_networkStatus->setText(tr("Choose a package to map its networks."));
    } else if (m_packageNetworks.isEmpty()) {
        m_networkStatus->setText(tr("The package names no networks."));
    } else {
        m_networkStatus->setText(
            tr("Each network the package names is connected to the vCenter network chosen for it."));
    }
}

QStringList DeployDialog::names() const
{
    QStringList list;
    for (const QString& line : m_names->toPlainText().split(u'\n')) {
        if (const QString name = line.trimmed(); !name.isEmpty() && !list.contains(name)) {
            list.append(name);
        }
    }
    return list;
}

bool DeployDialog::isClone() const
{
    return m_fromClone->isChecked();
}

void DeployDialog::updateMetadataStatus()
{
    const auto channel = DeploySpec::CloudInit(m_cloudInit->currentData().toInt());
    m_metadataFolder->setEnabled(channel != DeploySpec::CloudInit::None);
    const QStringList vms = names();
    const QDir folder(m_metadataFolder->text().trimmed());
    if (channel == DeploySpec::CloudInit::None || m_metadataFolder->text().trimmed().isEmpty() || !folder.exists()
        || vms.isEmpty()) {
        m_metadataStatus->setText(channel == DeploySpec::CloudInit::None ? tr("The new VMs get no cloud-init data.")
                : vms.isEmpty() && folder.exists() ? tr("Each new VM reads <name>.yaml from this folder.")
                                                   : tr("Choose the folder that holds <name>.yaml for each new VM."));
        fillTemplates(folder, true);
        updateOk();
        return;
    }
    QStringList found;
    QStringList missing;
    for (const QString& vm : vms) {
        (folder.exists(vm + u".yaml"_s) ? found : missing).append(vm + u".yaml"_s);
    }
    QStringList lines;
    if (!found.isEmpty()) {
        lines.append(tr("Found: %1").arg(found.join(u", "_s)));
    }
    if (!missing.isEmpty()) {
        lines.append(tr("Missing: %1").arg(missing.join(u", "_s)));
    }
    m_metadataStatus->setText(lines.join(u'\n'));
    fillTemplates(folder, missing.isEmpty());
    updateOk();
}

void DeployDialog::fillTemplates(const QDir& folder, bool nothingMissing)
{
    const QString chosen = m_template->currentData().toString();
    const QSignalBlocker blocker(m_template);
    m_template->clear();
    if (nothingMissing) {
        m_template->addItem(tr("None missing"), QString());
        m_template->setEnabled(false);
        return;
    }
    m_template->setEnabled(true);
    m_template->addItem(tr("Choose a template…"), QString());
    m_template->addItem(tr("Make them from the starter document"), u":starter"_s);
    for (const QString& file : folder.entryList({ u"*.yaml"_s }, QDir::Files, QDir::Name)) {
        m_template->addItem(tr("Make them from %1").arg(file), folder.filePath(file));
    }
    m_template->setCurrentIndex(qMax(0, m_template->findData(chosen)));
}

QStringList DeployDialog::missingDocuments() const
{
    if (DeploySpec::CloudInit(m_cloudInit->currentData().toInt()) == DeploySpec::CloudInit::None) {
        return {};
    }
    const QDir folder(m_metadataFolder->text().trimmed());
    QStringList missing;
    for (const QString& vm : names()) {
        if (!folder.exists(vm + u".yaml"_s)) {
            missing.append(vm);
        }
    }
    return missing;
}

QString DeployDialog::createMissingDocuments() const
{
    const QString source = m_template->currentData().toString();
    const QStringList missing = missingDocuments();
    if (missing.isEmpty()) {
        return {};
    }
    QByteArray templateText = DocumentTemplate::starter();
    if (source != u":starter"_s) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            return tr("Cannot read the template %1: %2").arg(QDir::toNativeSeparators(source), file.errorString());
        }
        templateText = file.readAll();
    }
    const QDir folder(m_metadataFolder->text().trimmed());
    for (const QString& vm : missing) {
        QString error;
        const std::optional<QByteArray> document = DocumentTemplate::instantiate(templateText, vm, &error);
        if (!document) {
            return tr("No document for %1: %2").arg(vm, error);
        }
        error = saveAtomically(folder.filePath(vm + u".yaml"_s), *document);
        if (!error.isEmpty()) {
            return error;
        }
    }
    return {};
}

void DeployDialog::updateOk()
{
    const qsizetype count = names().size();
    if (isClone()) {
        m_ok->setText(count == 0 ? tr("Clone") : count == 1 ? tr("Clone 1 VM") : tr("Clone %1 VMs").arg(count));
    } else {
        m_ok->setText(count == 0 ? tr("Deploy") : count == 1 ? tr("Deploy 1 VM") : tr("Deploy %1 VMs").arg(count));
    }
    const bool hasSource = isClone() ? !m_cloneSource->currentText().trimmed().isEmpty()
                                     : !m_packagePath->text().trimmed().isEmpty() && m_packageError.isEmpty();
    const bool documentsReady = missingDocuments().isEmpty() || !m_template->currentData().toString().isEmpty();
    m_ok->setEnabled(count > 0 && hasSource && documentsReady && m_catalogLoaded && m_datacenter->count() > 0);
    m_ok->setToolTip(documentsReady
            ? QString()
            : tr("Some new VMs have no cloud-init document: choose a template to make them from."));
}

QList<DeploySpec> DeployDialog::specs() const
{
    DeploySpec base;
    if (isClone()) {
        base.source = DeploySpec::Source::Clone;
        base.sourceVm = m_cloneSource->currentText().trimmed();
    } else {
        base.sourcePath = QDir::fromNativeSeparators(m_packagePath->text().trimmed());
        base.source = base.sourcePath.endsWith(u".ova"_s, Qt::CaseInsensitive) ? DeploySpec::Source::Ova
                                                                               : DeploySpec::Source::Ovf;
        for (int row = 0; row < m_networks->rowCount(); ++row) {
            if (const auto* choice = qobject_cast<QComboBox*>(m_networks->cellWidget(row, 1));
                choice && !choice->currentText().isEmpty()) {
                base.networks.insert(m_networks->item(row, 0)->text(), choice->currentText());
            }
        }
    }
    base.datacenter = m_datacenter->currentText();
    (m_compute->currentData(kindRole).toString() == u"host"_s ? base.host : base.cluster)
        = m_compute->currentData().toString();
    base.pool = m_pool->currentText();
    base.datastore = m_datastore->currentData().toString();
    base.folder = m_folder->currentData().toString();
    base.cloudInit = DeploySpec::CloudInit(m_cloudInit->currentData().toInt());
    if (base.cloudInit != DeploySpec::CloudInit::None) {
        base.metadataDir = m_metadataFolder->text().trimmed();
    }
    base.powerOn = m_powerOn->isChecked();
    base.waitIpSeconds = base.powerOn && m_waitIp->isChecked() ? m_waitSeconds->value() : 0;
    QList<DeploySpec> list;
    for (const QString& name : names()) {
        DeploySpec spec = base;
        spec.name = name;
        list.append(spec);
    }
    return list;
}
