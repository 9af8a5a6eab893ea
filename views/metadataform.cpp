// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataform.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "cloudinit/passwordhash.h"
#include "formfields.h"
#include "metadataeditsession.h"
#include "sshkeyseditor.h"

using namespace Qt::StringLiterals;
using namespace FormFields;

namespace {
enum InterfaceColumn { Name, Mac, Dhcp4, Dhcp6, Addresses, Gateway4, Gateway6, Mtu, InterfaceColumns };
enum UserColumn { UserName, Groups, Shell, Sudo, Locked, UserColumns };
enum FileColumn { FilePath, Permissions, Owner, Content, FileColumns };

// What the form shows of the document besides the user-data.
QJsonObject withoutUserData(QJsonObject document)
{
    document.remove(u"userdata"_s);
    return document;
}

} // namespace

MetadataForm::MetadataForm(MetadataEditSession* session, QWidget* parent)
    : QTabWidget(parent)
    , m_session(session)
{
    m_pages = { createInstanceTab(), createUsersTab(), createNetworkTab(), createPackagesTab() };
    addTab(m_pages.at(0), tr("Instance"));
    addTab(m_pages.at(1), tr("Users && SSH"));
    addTab(m_pages.at(2), tr("Network"));
    addTab(m_pages.at(3), tr("Packages && commands"));
    connect(session, &MetadataEditSession::validated, this, &MetadataForm::refresh);
}

void MetadataForm::setValue(const QStringList& path, const QJsonValue& value)
{
    if (m_refreshing) {
        return;
    }
    QString error;
    if (!m_session->setValue(path, value, &error)) {
        m_filled = false; // the field shows what the text does not say
        Q_EMIT problem(error);
    }
}

void MetadataForm::setUserDataValue(const QStringList& path, const QJsonValue& value)
{
    if (m_refreshing) {
        return;
    }
    QString error;
    if (!m_session->setUserDataValue(path, value, &error)) {
        m_filled = false; // the field shows what the text does not say
        Q_EMIT problem(error);
    }
}

void MetadataForm::commitLine(QLineEdit* edit, const QStringList& path, bool inUserData)
{
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, path, inUserData] {
        if (!edit->isModified()) {
            return;
        }
        edit->setModified(false);
        inUserData ? setUserDataValue(path, textOrNothing(edit->text())) : setValue(path, textOrNothing(edit->text()));
    });
}

QWidget* MetadataForm::createInstanceTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_instanceId = new QLineEdit(page);
    m_instanceId->setObjectName(u"instanceId"_s);
    m_instanceId->setAccessibleName(tr("Instance ID"));
    m_instanceId->setPlaceholderText(tr("the VM name is used when empty"));
    auto* generate = new QPushButton(tr("Generate"), page);
    generate->setToolTip(tr("A new instance-id makes cloud-init run its first-boot modules again"));
    connect(generate, &QPushButton::clicked, this, [this] {
        const QString id = m_session->key() + u'-'
            + QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
        m_instanceId->setText(id);
        m_instanceId->setModified(true);
        Q_EMIT m_instanceId->editingFinished();
    });
    auto* idRow = new QHBoxLayout;
    idRow->addWidget(m_instanceId);
    idRow->addWidget(generate);
    form->addRow(tr("Instance ID:"), idRow);
    m_hostname = new QLineEdit(page);
    m_hostname->setObjectName(u"hostname"_s);
    form->addRow(tr("Host name:"), m_hostname);
    m_fqdn = new QLineEdit(page);
    m_fqdn->setPlaceholderText(tr("host.example.com (user-data fqdn)"));
    form->addRow(tr("FQDN:"), m_fqdn);
    m_region = new QLineEdit(page);
    form->addRow(tr("Region:"), m_region);
    m_zone = new QLineEdit(page);
    form->addRow(tr("Availability zone:"), m_zone);
    m_tags = table({ tr("Tag"), tr("Value") }, page);
    m_tags->setObjectName(u"tags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    auto* addTag = new QPushButton(tr("Add tag"), page);
    auto* removeTag = new QPushButton(tr("Remove tag"), page);
    connect(addTag, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add Tag"), tr("Tag name:"));
        if (!name.trimmed().isEmpty()) {
            setValue({ u"metadata"_s, u"tags"_s, name.trimmed() }, QString());
        }
    });
    connect(removeTag, &QPushButton::clicked, this, [this] {
        if (QTableWidgetItem* item = m_tags->item(m_tags->currentRow(), 0)) {
            setValue({ u"metadata"_s, u"tags"_s, item->text() }, QJsonValue::Undefined);
        }
    });
    connect(m_tags, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (!m_refreshing && item->column() == 1) {
            setValue({ u"metadata"_s, u"tags"_s, m_tags->item(item->row(), 0)->text() }, item->text());
        }
    });
    auto* tagBox = new QVBoxLayout;
    tagBox->addWidget(m_tags);
    tagBox->addLayout(buttons({ addTag, removeTag }));
    form->addRow(tr("Tags:"), tagBox);

    auto metadataKey = [this](const QString& underscored, const QString& hyphenated) {
        return QStringList { u"metadata"_s,
            spelling(m_document.value(u"metadata"_s).toObject(), underscored, hyphenated) };
    };
    connect(m_instanceId, &QLineEdit::editingFinished, this, [this, metadataKey] {
        if (m_instanceId->isModified()) {
            m_instanceId->setModified(false);
            setValue(metadataKey(u"instance_id"_s, u"instance-id"_s), textOrNothing(m_instanceId->text()));
        }
    });
    connect(m_hostname, &QLineEdit::editingFinished, this, [this] {
        if (m_hostname->isModified()) {
            m_hostname->setModified(false);
            const QJsonObject metadata = m_document.value(u"metadata"_s).toObject();
            const QString key = metadata.contains(u"hostname"_s) ? u"hostname"_s : u"local-hostname"_s;
            setValue({ u"metadata"_s, key }, textOrNothing(m_hostname->text()));
        }
    });
    commitLine(m_fqdn, { u"fqdn"_s }, true);
    commitLine(m_region, { u"metadata"_s, u"region"_s });
    connect(m_zone, &QLineEdit::editingFinished, this, [this, metadataKey] {
        if (m_zone->isModified()) {
            m_zone->setModified(false);
            setValue(metadataKey(u"availability_zone"_s, u"availability-zone"_s), textOrNothing(m_zone->text()));
        }
    });
    return page;
}

QWidget* MetadataForm::createUsersTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Users (user-data)"), page));
    m_users = table({ tr("Name"), tr("Groups"), tr("Shell"), tr("Sudo"), tr("Locked") }, page);
    m_users->setObjectName(u"users"_s);
    m_users->setAccessibleName(tr("Users"));
    m_users->horizontalHeader()->setStretchLastSection(false);
    m_users->horizontalHeader()->setSectionResizeMode(Sudo, QHeaderView::Stretch);
    m_users->setColumnWidth(Groups, 160);
    layout->addWidget(m_users);
    auto* addUser = new QPushButton(tr("Add user"), page);
    auto* removeUser = new QPushButton(tr("Remove user"), page);
    auto* password = new QPushButton(tr("Set password…"), page);
    password->setToolTip(tr("Stores a SHA-512 crypt hash; the password itself is never saved"));
    layout->addLayout(buttons({ addUser, removeUser, password }));
    connect(addUser, &QPushButton::clicked, this, [this] {
        const QString name = QInputDialog::getText(this, tr("Add User"), tr("User name:"));
        if (!name.trimmed().isEmpty()) {
            const int index = int(m_cloudConfig.value(u"users"_s).toArray().size());
            setUserDataValue({ u"users"_s, QString::number(index) },
                QJsonObject { { u"name"_s, name.trimmed() }, { u"shell"_s, u"/bin/bash"_s } });
        }
    });
    connect(removeUser, &QPushButton::clicked, this, [this] {
        if (m_users->currentRow() >= 0) {
            setUserDataValue({ u"users"_s, QString::number(m_users->currentRow()) }, QJsonValue::Undefined);
        }
    });
    connect(password, &QPushButton::clicked, this, &MetadataForm::setPassword);
    connect(m_users, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing) {
            return;
        }
        static const QStringList fields { u"name"_s, u"groups"_s, u"shell"_s, u"sudo"_s, u"lock_passwd"_s };
        const QStringList path { u"users"_s, QString::number(item->row()), fields.at(item->column()) };
        QJsonValue value = textOrNothing(item->text());
        if (item->column() == Groups) {
            value = listOrNothing(split(item->text()));
        } else if (item->column() == Sudo && item->text().trimmed() == u"false"_s) {
            value = false;
        } else if (item->column() == Locked) {
            value = item->checkState() == Qt::Checked;
        }
        setUserDataValue(path, value);
    });

    layout->addWidget(new QLabel(tr("SSH public keys (meta-data public-keys; one per row)"), page));
    m_keys = new SshKeysEditor(page);
    layout->addWidget(m_keys);
    connect(m_keys, &SshKeysEditor::keysEdited, this, [this](const QStringList& keys) {
        const QJsonObject metadata = m_document.value(u"metadata"_s).toObject();
        setValue({ u"metadata"_s, spelling(metadata, u"public_keys"_s, u"public-keys"_s) }, listOrNothing(keys));
    });
    return page;
}

void MetadataForm::setPassword()
{
    const int row = m_users->currentRow();
    if (row < 0) {
        Q_EMIT problem(tr("Select a user first."));
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Set Password"),
        tr("Password for %1 (only its SHA-512 hash is stored):").arg(m_users->item(row, UserName)->text()),
        QLineEdit::Password, {}, &ok);
    if (ok && !password.isEmpty()) {
        setUserDataValue({ u"users"_s, QString::number(row), u"hashed_passwd"_s }, PasswordHash::sha512Crypt(password));
    }
}

QWidget* MetadataForm::createNetworkTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_interfaces = table({ tr("Name"), tr("MAC address"), tr("DHCPv4"), tr("DHCPv6"), tr("Addresses (CIDR)"),
                             tr("IPv4 gateway"), tr("IPv6 gateway"), tr("MTU") },
        page);
    m_interfaces->setObjectName(u"interfaces"_s);
    m_interfaces->setAccessibleName(tr("Network interfaces"));
    m_interfaces->horizontalHeader()->setStretchLastSection(false);
    const int widths[InterfaceColumns] = { 80, 140, 64, 64, 280, 110, 150, 60 };
    for (int column = 0; column < InterfaceColumns; ++column) {
        m_interfaces->setColumnWidth(column, widths[column]);
    }
    m_interfaces->horizontalHeader()->setSectionResizeMode(Addresses, QHeaderView::Stretch);
    layout->addWidget(m_interfaces);
    auto* addInterface = new QPushButton(tr("Add interface"), page);
    auto* removeInterface = new QPushButton(tr("Remove interface"), page);
    layout->addLayout(buttons({ addInterface, removeInterface }));
    connect(addInterface, &QPushButton::clicked, this, [this] {
        const QJsonObject network = m_document.value(u"network"_s).toObject();
        const QJsonObject added { { u"name"_s, u"eth%1"_s.arg(m_interfaces->rowCount()) }, { u"dhcp4"_s, true } };
        if (network.isEmpty() || network.contains(u"interfaces"_s)) {
            setValue({ u"network"_s, u"interfaces"_s, QString::number(m_interfaces->rowCount()) }, added);
        } else {
            commitInterfaces(); // the seed's one-interface form becomes a list first
            setValue({ u"network"_s, u"interfaces"_s, QString::number(m_interfaces->rowCount()) }, added);
        }
    });
    connect(removeInterface, &QPushButton::clicked, this, [this] {
        if (m_interfaces->currentRow() >= 0 && m_document.value(u"network"_s).toObject().contains(u"interfaces"_s)) {
            setValue(
                { u"network"_s, u"interfaces"_s, QString::number(m_interfaces->currentRow()) }, QJsonValue::Undefined);
        }
    });
    connect(m_interfaces, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing) {
            return;
        }
        const QJsonObject network = m_document.value(u"network"_s).toObject();
        if (!network.contains(u"interfaces"_s)) {
            commitInterfaces();
            return;
        }
        static const QStringList fields { u"name"_s, u"mac_address"_s, u"dhcp4"_s, u"dhcp6"_s, u"addresses"_s,
            u"gateway4"_s, u"gateway6"_s, u"mtu"_s };
        const QStringList path { u"network"_s, u"interfaces"_s, QString::number(item->row()),
            fields.at(item->column()) };
        QJsonValue value = textOrNothing(item->text());
        if (item->column() == Dhcp4 || item->column() == Dhcp6) {
            value = item->checkState() == Qt::Checked;
        } else if (item->column() == Addresses) {
            value = listOrNothing(split(item->text()));
        } else if (item->column() == Mtu && item->text().trimmed().toInt() > 0) {
            value = item->text().trimmed().toInt();
        }
        setValue(path, value);
    });
    auto* form = new QFormLayout;
    m_nameservers = new QLineEdit(page);
    m_nameservers->setPlaceholderText(tr("192.0.2.53, 2001:db8::53"));
    form->addRow(tr("DNS servers:"), m_nameservers);
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("example.com"));
    form->addRow(tr("Search domains:"), m_search);
    m_networkVersion = new QComboBox(page);
    m_networkVersion->addItem(tr("Version 1 (every cloud-init)"), 1);
    m_networkVersion->addItem(tr("Version 2 (netplan style)"), 2);
    form->addRow(tr("Network config sent as:"), m_networkVersion);
    layout->addLayout(form);
    for (QLineEdit* edit : { m_nameservers, m_search }) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (edit->isModified()) {
                edit->setModified(false);
                setValue({ u"network"_s, edit == m_nameservers ? u"nameservers"_s : u"search"_s },
                    listOrNothing(split(edit->text())));
            }
        });
    }
    connect(m_networkVersion, &QComboBox::activated, this, [this] {
        const int version = m_networkVersion->currentData().toInt();
        setValue(
            { u"network"_s, u"version"_s }, version == 1 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(version));
    });
    return page;
}

void MetadataForm::commitInterfaces()
{
    // The seed's one-interface map is rewritten as an `interfaces` list, keeping DNS settings.
    QJsonArray interfaces;
    for (int row = 0; row < m_interfaces->rowCount(); ++row) {
        QJsonObject interface;
        auto put = [&](const QString& key, const QJsonValue& value) {
            if (!value.isUndefined()) {
                interface.insert(key, value);
            }
        };
        put(u"name"_s, textOrNothing(m_interfaces->item(row, Name)->text()));
        put(u"mac_address"_s, textOrNothing(m_interfaces->item(row, Mac)->text()));
        if (m_interfaces->item(row, Dhcp4)->checkState() == Qt::Checked) {
            interface.insert(u"dhcp4"_s, true);
        }
        if (m_interfaces->item(row, Dhcp6)->checkState() == Qt::Checked) {
            interface.insert(u"dhcp6"_s, true);
        }
        put(u"addresses"_s, listOrNothing(split(m_interfaces->item(row, Addresses)->text())));
        put(u"gateway4"_s, textOrNothing(m_interfaces->item(row, Gateway4)->text()));
        put(u"gateway6"_s, textOrNothing(m_interfaces->item(row, Gateway6)->text()));
        const QString mtu = m_interfaces->item(row, Mtu)->text().trimmed();
        put(u"mtu"_s, mtu.toInt() > 0 ? QJsonValue(mtu.toInt()) : textOrNothing(mtu));
        interfaces.append(interface);
    }
    for (const QString& key : { u"name"_s, u"interface"_s, u"mac_address"_s, u"mac-address"_s, u"type"_s, u"address"_s,
             u"netmask"_s, u"gateway"_s, u"mtu"_s }) {
        setValue({ u"network"_s, key }, QJsonValue::Undefined);
    }
    setValue({ u"network"_s, u"interfaces"_s }, interfaces);
}

QWidget* MetadataForm::createPackagesTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_packages = new QPlainTextEdit(page);
    m_packages->setObjectName(u"packages"_s);
    m_packages->setPlaceholderText(tr("one package per line"));
    form->addRow(tr("Packages:"), m_packages);
    m_packageUpdate = new QCheckBox(tr("Update the package lists first (package_update)"), page);
    m_packageUpgrade = new QCheckBox(tr("Upgrade installed packages (package_upgrade)"), page);
    form->addRow(QString(), m_packageUpdate);
    form->addRow(QString(), m_packageUpgrade);
    m_runcmd = new QPlainTextEdit(page);
    m_runcmd->setPlaceholderText(tr("one shell command per line, run once at first boot"));
    form->addRow(tr("Commands (runcmd):"), m_runcmd);
    m_writeFiles = table({ tr("Path"), tr("Permissions"), tr("Owner"), tr("Content") }, page);
    m_writeFiles->setObjectName(u"writeFiles"_s);
    m_writeFiles->setAccessibleName(tr("Files to write"));
    form->addRow(tr("Files (write_files):"), m_writeFiles);
    m_timezone = new QLineEdit(page);
    QStringList zones;
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds()) {
        zones.append(QString::fromUtf8(zone));
    }
    m_timezone->setCompleter(new QCompleter(zones, m_timezone));
    m_timezone->setPlaceholderText(tr("Europe/Berlin"));
    form->addRow(tr("Time zone:"), m_timezone);
    m_growpart = new QCheckBox(tr("Grow the root partition to fill the disk (growpart)"), page);
    form->addRow(QString(), m_growpart);

    for (QPlainTextEdit* edit : { m_packages, m_runcmd }) {
        commitList(edit, { edit == m_packages ? u"packages"_s : u"runcmd"_s }, true);
    }
    connect(
        m_packageUpdate, &QCheckBox::toggled, this, [this](bool on) { setUserDataValue({ u"package_update"_s }, on); });
    connect(m_packageUpgrade, &QCheckBox::toggled, this,
        [this](bool on) { setUserDataValue({ u"package_upgrade"_s }, on); });
    commitLine(m_timezone, { u"timezone"_s }, true);
    connect(m_growpart, &QCheckBox::toggled, this, [this](bool on) {
        setUserDataValue({ u"growpart"_s },
            on ? QJsonObject { { u"mode"_s, u"auto"_s }, { u"devices"_s, QJsonArray { u"/"_s } } }
               : QJsonObject { { u"mode"_s, u"off"_s } });
    });
    connect(m_writeFiles, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_refreshing) {
            return;
        }
        static const QStringList fields { u"path"_s, u"permissions"_s, u"owner"_s, u"content"_s };
        QString value = item->text();
        if (item->column() == Content) {
            value.replace(u"\u23ce"_s, u"\n"_s); // the table shows line breaks as ⏎
        }
        setUserDataValue(
            { u"write_files"_s, QString::number(item->row()), fields.at(item->column()) }, textOrNothing(value));
    });
    return page;
}

void MetadataForm::commitList(QPlainTextEdit* edit, const QStringList& path, bool inUserData)
{
    auto commit = [this, edit, path, inUserData] {
        if (m_refreshing || !edit->document()->isModified() || edit->isReadOnly()) {
            return;
        }
        edit->document()->setModified(false);
        QStringList items;
        for (const QString& line : edit->toPlainText().split(u'\n')) {
            if (!line.trimmed().isEmpty()) {
                items.append(line.trimmed());
            }
        }
        inUserData ? setUserDataValue(path, listOrNothing(items)) : setValue(path, listOrNothing(items));
    };
    // Plain text edits have no editingFinished: commit when focus leaves.
    connect(qApp, &QApplication::focusChanged, edit, [edit, commit](QWidget* old, QWidget*) {
        if (old == edit) {
            commit();
        }
    });
}

void MetadataForm::refresh()
{
    const DocumentValidator::Result& validation = m_session->validation();
    // Only the form's own tabs: the YAML editor in a tab beside them must stay usable to fix the text.
    for (QWidget* page : std::as_const(m_pages)) {
        page->setEnabled(validation.document.has_value());
    }
    if (!validation.document) {
        return;
    }
    // The worker read the document. Of a 100 KB user-data, only the sections that changed are
    // filled again: comparing the big lists with the widgets is what costs.
    const bool documentChanged = !m_filled || withoutUserData(validation.json) != withoutUserData(m_document);
    const QJsonObject previous = m_cloudConfig;
    const auto changed = [&](const QString& key) {
        return documentChanged || validation.cloudConfig.value(key) != previous.value(key);
    };
    m_refreshing = true;
    m_filled = true;
    m_document = validation.json;
    m_cloudConfig = validation.cloudConfig;
    const MetadataDocument& document = *validation.document;
    auto fill = [](QLineEdit* edit, const QString& value) {
        if (!edit->hasFocus() && edit->text() != value) {
            edit->setText(value);
        }
    };
    fill(m_instanceId, document.instanceId);
    fill(m_hostname, document.hostname);
    fill(m_fqdn, text(m_cloudConfig.value(u"fqdn"_s)));
    fill(m_region, document.region);
    fill(m_zone, document.availabilityZone);
    const MetadataDocument::Network network = document.network.value_or(MetadataDocument::Network {});
    fill(m_nameservers, network.nameservers.join(u", "_s));
    fill(m_search, network.search.join(u", "_s));
    if (documentChanged) {
        refreshDocumentTables(document);
    }
    if (changed(u"users"_s)) {
        const QJsonArray users = m_cloudConfig.value(u"users"_s).toArray();
        setRowCount(m_users, int(users.size()));
        for (int i = 0; i < users.size(); ++i) {
            const QJsonObject user = users.at(i).toObject();
            setCell(m_users, i, UserName,
                users.at(i).isString() ? users.at(i).toString() : user.value(u"name"_s).toString());
            setCell(m_users, i, Groups, text(user.value(u"groups"_s)));
            setCell(m_users, i, Shell, user.value(u"shell"_s).toString());
            setCell(m_users, i, Sudo, text(user.value(u"sudo"_s)));
            setCell(m_users, i, Locked, {}, true, user.value(u"lock_passwd"_s).toBool(true));
        }
    }

    auto fillList = [this, &changed](QPlainTextEdit* edit, const QString& key) {
        if (!changed(key)) {
            return;
        }
        QStringList lines;
        bool plain = true;
        for (const QJsonValue& item : m_cloudConfig.value(key).toArray()) {
            plain = plain && item.isString();
            lines.append(text(item));
        }
        // Lists of lists ([systemctl, enable, nginx]) are edited in the YAML, where their form is kept.
        edit->setReadOnly(!plain);
        edit->setToolTip(plain ? QString() : tr("This list has entries that are lists; edit it in the YAML tab."));
        if (edit->hasFocus()) {
            m_filled = false; // its text waits for the next refresh
        } else if (edit->toPlainText() != lines.join(u'\n')) {
            edit->setPlainText(lines.join(u'\n'));
            edit->document()->setModified(false);
        }
    };
    fillList(m_packages, u"packages"_s);
    fillList(m_runcmd, u"runcmd"_s);
    m_packageUpdate->setChecked(m_cloudConfig.value(u"package_update"_s).toBool());
    m_packageUpgrade->setChecked(m_cloudConfig.value(u"package_upgrade"_s).toBool());
    if (changed(u"write_files"_s)) {
        const QJsonArray files = m_cloudConfig.value(u"write_files"_s).toArray();
        setRowCount(m_writeFiles, int(files.size()));
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject file = files.at(i).toObject();
            setCell(m_writeFiles, i, FilePath, file.value(u"path"_s).toString());
            setCell(m_writeFiles, i, Permissions, text(file.value(u"permissions"_s)));
            setCell(m_writeFiles, i, Owner, file.value(u"owner"_s).toString());
            setCell(m_writeFiles, i, Content, file.value(u"content"_s).toString().replace(u"\n"_s, u"\u23ce"_s));
        }
    }
    fill(m_timezone, m_cloudConfig.value(u"timezone"_s).toString());
    const QJsonValue growpart = m_cloudConfig.value(u"growpart"_s);
    m_growpart->setChecked(growpart.isObject() && growpart.toObject().value(u"mode"_s).toString() != u"off"_s);
    m_refreshing = false;
}

void MetadataForm::refreshDocumentTables(const MetadataDocument& document)
{
    const QJsonObject tags = m_document.value(u"metadata"_s).toObject().value(u"tags"_s).toObject();
    setRowCount(m_tags, int(tags.size()));
    int row = 0;
    for (auto it = tags.begin(); it != tags.end(); ++it, ++row) {
        setCell(m_tags, row, 0, it.key());
        m_tags->item(row, 0)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setCell(m_tags, row, 1, text(it.value()));
    }
    m_keys->setKeys(document.publicKeys);

    const MetadataDocument::Network network = document.network.value_or(MetadataDocument::Network {});
    setRowCount(m_interfaces, int(network.interfaces.size()));
    for (int i = 0; i < network.interfaces.size(); ++i) {
        const MetadataDocument::Interface& interface = network.interfaces.at(i);
        setCell(m_interfaces, i, Name, interface.name);
        setCell(m_interfaces, i, Mac, interface.macAddress);
        setCell(m_interfaces, i, Dhcp4, {}, true, interface.dhcp4);
        setCell(m_interfaces, i, Dhcp6, {}, true, interface.dhcp6);
        setCell(m_interfaces, i, Addresses, interface.addresses.join(u", "_s));
        setCell(m_interfaces, i, Gateway4, interface.gateway4);
        setCell(m_interfaces, i, Gateway6, interface.gateway6);
        setCell(m_interfaces, i, Mtu, interface.mtu);
    }
    m_networkVersion->setCurrentIndex(network.version == 2 ? 1 : 0);
    m_networkVersion->setEnabled(document.networkConfig.isEmpty());
}
