// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "provisioning/deployspec.h"
#include "provisioning/placementcatalog.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class VSphereSession;

// New VMs from an OVF/OVA file or as clones of a VM or template: their names (one job each), where
// they go (the choices read from vCenter), how the package's networks map to vCenter's, their
// cloud-init data, and whether to power them on and wait for an address.
class DeployDialog : public QDialog
{
    Q_OBJECT
public:
    // `vmNames`: the inventory's VMs and templates, for a clone's source.
    DeployDialog(VSphereSession* session, const QStringList& vmNames, QWidget* parent = nullptr);

    // The source: a package file, or a clone of `vm`.
    void setPackage(const QString& path);
    void setCloneSource(const QString& vm);
    void setNames(const QStringList& names);
    // One per name, in the order typed.
    QList<DeploySpec> specs() const;
    // With cloud-init data: writes <name>.yaml for each new VM that has none, from the chosen template
    // (its own instance-id and host name). Returns what went wrong, or nothing.
    QString createMissingDocuments() const;
    QStringList missingDocuments() const;

    bool isCatalogLoaded() const { return m_catalogLoaded; }
    // Why the placement choices could not be read; empty once they are.
    QString catalogError() const { return m_catalogError; }
    // The networks the package's descriptor names, once read.
    QStringList packageNetworks() const { return m_packageNetworks; }

    QComboBox* datacenterBox() const { return m_datacenter; }
    QComboBox* computeBox() const { return m_compute; }
    QComboBox* poolBox() const { return m_pool; }
    QComboBox* datastoreBox() const { return m_datastore; }
    QComboBox* folderBox() const { return m_folder; }
    QComboBox* cloneSourceBox() const { return m_cloneSource; }
    QComboBox* cloudInitBox() const { return m_cloudInit; }
    QLineEdit* metadataFolderEdit() const { return m_metadataFolder; }
    QTableWidget* networkTable() const { return m_networks; }
    QLabel* catalogLabel() const { return m_catalogStatus; }
    QLabel* metadataLabel() const { return m_metadataStatus; }
    QComboBox* templateBox() const { return m_template; }
    QPushButton* okButton() const { return m_ok; }
    // Chooses a cluster or host by name in computeBox().
    bool chooseCompute(const QString& name);

Q_SIGNALS:
    // The placement choices are filled, or catalogError() says why not.
    void catalogLoaded();
    // The package's networks were read (packageNetworks()), or the package could not be.
    void packageRead();

private:
    void readCatalog(VSphereSession* session);
    void fillDatacenter();
    void fillPools();
    void readPackage();
    void fillNetworkRows();
    void updateMetadataStatus();
    void fillTemplates(const class QDir& folder, bool nothingMissing);
    void updateOk();
    QStringList names() const;
    bool isClone() const;

    QRadioButton* m_fromFile;
    QRadioButton* m_fromClone;
    QLineEdit* m_packagePath;
    QComboBox* m_cloneSource;
    QPlainTextEdit* m_names;
    QComboBox* m_datacenter;
    QComboBox* m_compute;
    QComboBox* m_pool;
    QComboBox* m_datastore;
    QComboBox* m_folder;
    QLabel* m_catalogStatus;
    QGroupBox* m_networkGroup;
    QTableWidget* m_networks;
    QLabel* m_networkStatus;
    QComboBox* m_cloudInit;
    QLineEdit* m_metadataFolder;
    QLabel* m_metadataStatus;
    QComboBox* m_template; // how a missing <name>.yaml is made: not at all, or from a document
    QCheckBox* m_powerOn;
    QCheckBox* m_waitIp;
    QSpinBox* m_waitSeconds;
    QPushButton* m_ok = nullptr;

    PlacementCatalog m_catalog;
    bool m_catalogLoaded = false;
    QString m_catalogError;
    QStringList m_packageNetworks;
    QString m_packageError;
    int m_packageReads = 0; // the latest read wins; earlier ones still running are ignored
};
