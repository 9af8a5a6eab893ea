// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/appsettings.h"
#include "core/atomicwrite.h"
#include "theme.h"

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_uris(new QLineEdit(this))
    , m_allowed(new QLineEdit(this))
    , m_directory(new QLineEdit(this))
    , m_key(new QComboBox(this))
    , m_exportFolder(new QLineEdit(this))
    , m_concurrent(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    // Named after their settings, for tests and accessibility tools.
    m_address->setObjectName(u"address"_s);
    m_port->setObjectName(u"port"_s);
    m_uris->setObjectName(u"uris"_s);
    m_allowed->setObjectName(u"allowed"_s);
    m_directory->setObjectName(u"directory"_s);
    m_key->setObjectName(u"key"_s);
    m_exportFolder->setObjectName(u"output"_s);
    m_concurrent->setObjectName(u"concurrent"_s);
    m_theme->setObjectName(u"theme"_s);
    m_address->setToolTip(tr("The address ESXi hosts connect to; 0.0.0.0 listens on all"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_uris->setToolTip(tr("The port URIs VMs may ask for (the serial port's \"Port URI\"), separated by commas"));
    m_allowed->setPlaceholderText(tr("any host (e.g. 10.0.0.0/8)"));
    m_allowed->setToolTip(tr("Accept connections only from these networks or addresses, separated by commas"));
    m_directory->setPlaceholderText(tr("one <VM>.yaml per VM"));
    m_key->addItem(tr("VM name"), u"name"_s);
    m_key->addItem(tr("VC UUID"), u"vc-uuid"_s);
    m_key->addItem(tr("BIOS UUID"), u"bios-uuid"_s);
    m_concurrent->setRange(1, 16);
    m_concurrent->setToolTip(tr("How many exports run at the same time"));
    m_theme->addItem(tr("Same as the desktop"), Theme::name(Theme::Choice::System));
    m_theme->addItem(tr("Light"), Theme::name(Theme::Choice::Light));
    m_theme->addItem(tr("Dark"), Theme::name(Theme::Choice::Dark));
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto* metadata = new QGroupBox(tr("Metadata server"), this);
    auto* metadataForm = new QFormLayout(metadata);
    metadataForm->addRow(tr("Listen &address:"), m_address);
    metadataForm->addRow(tr("&Port:"), m_port);
    metadataForm->addRow(tr("Port &URIs:"), m_uris);
    metadataForm->addRow(tr("A&llowed hosts:"), m_allowed);
    metadataForm->addRow(tr("&Folder:"), folderField(m_directory, tr("Metadata folder")));
    metadataForm->addRow(tr("Find VMs &by:"), m_key);
    auto* exports = new QGroupBox(tr("Exports"), this);
    auto* exportsForm = new QFormLayout(exports);
    exportsForm->addRow(tr("&Export folder:"), folderField(m_exportFolder, tr("Export folder")));
    exportsForm->addRow(tr("Exports at &once:"), m_concurrent);
    auto* appearance = new QGroupBox(tr("Appearance"), this);
    auto* appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_theme);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(metadata);
    layout->addWidget(exports);
    layout->addWidget(appearance);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    load();
}

QWidget* PreferencesDialog::folderField(QLineEdit* edit, const QString& title)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    auto* browse = new QToolButton(row);
    browse->setText(u"…"_s);
    browse->setToolTip(tr("Choose the folder"));
    connect(browse, &QToolButton::clicked, this, [this, edit, title] {
        const QString chosen = QFileDialog::getExistingDirectory(this, title, edit->text());
        if (!chosen.isEmpty()) {
            edit->setText(chosen);
        }
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void PreferencesDialog::load()
{
    // The same defaults as the pages that read these keys (Guests page, export dialog, Exports page).
    const QSettings settings;
    m_address->setText(settings.value(u"metadata/address"_s, u"0.0.0.0"_s).toString());
    m_port->setValue(settings.value(u"metadata/port"_s, 13370).toInt());
    m_uris->setText(settings.value(u"metadata/uris"_s, u"my-metadata"_s).toString());
    m_allowed->setText(settings.value(u"metadata/allowed"_s).toString());
    m_directory->setText(settings.value(u"metadata/directory"_s).toString());
    m_key->setCurrentIndex(qMax(0, m_key->findData(settings.value(u"metadata/key"_s, u"name"_s))));
    const QString defaultExports
        = QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + u"/vmdesk-exports"_s;
    m_exportFolder->setText(settings.value(u"export/output"_s, defaultExports).toString());
    m_concurrent->setValue(settings.value(u"export/concurrent"_s, 2).toInt());
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::name(Theme::saved()))));
}

void PreferencesDialog::accept()
{
    struct Field
    {
        QString key;
        QVariant value;
        QWidget* widget;
        QString label;
    };
    const QList<Field> fields {
        { u"metadata/address"_s, m_address->text().trimmed(), m_address, tr("Listen address") },
        { u"metadata/port"_s, m_port->value(), m_port, tr("Port") },
        { u"metadata/uris"_s, m_uris->text().trimmed(), m_uris, tr("Port URIs") },
        { u"metadata/allowed"_s, m_allowed->text().trimmed(), m_allowed, tr("Allowed hosts") },
        { u"metadata/directory"_s, m_directory->text().trimmed(), m_directory, tr("Metadata folder") },
        { u"metadata/key"_s, m_key->currentData(), m_key, tr("Find VMs by") },
        { u"export/output"_s, m_exportFolder->text().trimmed(), m_exportFolder, tr("Export folder") },
        { u"export/concurrent"_s, m_concurrent->value(), m_concurrent, tr("Exports at once") },
        { u"appearance/theme"_s, m_theme->currentData(), m_theme, tr("Theme") },
    };
    for (const Field& field : fields) {
        if (const QString problem = AppSettings::validate(field.key, field.value); !problem.isEmpty()) {
            m_problem->setText(tr("%1: %2").arg(field.label, problem));
            m_problem->show();
            field.widget->setFocus();
            return;
        }
    }
    QSettings settings;
    for (const Field& field : fields) {
        if (field.key == u"export/output"_s && field.value.toString().isEmpty()) {
            settings.remove(field.key); // the export dialog's own default folder then
        } else {
            settings.setValue(field.key, field.value);
        }
    }
    if (const QString error = syncSettings(settings); !error.isEmpty()) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    m_problem->clear();
    m_problem->hide();
    QDialog::accept();
}

QString PreferencesDialog::problem() const
{
    return m_problem->text();
}
