// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "cloudinit/finding.h"
#include "findingslist.h"

class CodeEditor;
class InventoryModel;
class MetadataDatabase;
class MetadataStore;
class MetadataStoreBar;
class SecretStore;
class DiffView;
class MetadataDelivery;
class MetadataEditSession;
class MetadataFileModel;
class MetadataFilterProxy;
class MetadataForm;
class MetadataPreview;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

// Every VM's cloud-init data in the metadata folder: a list with each document's status, and for
// the selected VM a form, the YAML (with the validator's findings in the margin) and the exact
// payloads the guest receives. Saves show a diff first and are atomic; changes on disk are noticed.
class MetadataPage : public QWidget
{
    Q_OBJECT
public:
    // `secrets` (may be null) offers and keeps database passwords.
    explicit MetadataPage(QWidget* parent = nullptr, SecretStore* secrets = nullptr);

    void setDirectory(const QString& directory);
    // Edits the documents of `store` from now on: a folder, or a PostgreSQL database (`password`
    // goes to its driver only). Asks first about unsaved changes; nothing happens if cancelled.
    void openStore(const MetadataStore& store, const QString& password);
    MetadataDatabase* database() const { return m_database; }
    MetadataStoreBar* storeBar() const { return m_storeBar; }
    QString directory() const { return m_directory; }
    // Inventory VMs without a document are listed with Create.
    void setInventoryVms(const QStringList& names);
    // The same, kept up to date from the inventory (collected once per burst of updates).
    void followInventory(InventoryModel* inventory);
    // Opens <key>.yaml; asks first when the open document has unsaved changes. False if the user cancels.
    bool openVm(const QString& key);
    // For another page's "create / preview this VM's document": opens <vmName>.yaml, or a starter
    // for it when it has none (Save creates it), and shows the Preview tab if asked.
    void openDocumentFor(const QString& vmName, bool showPreview);
    // Asks to save unsaved changes; false when the user cancels (the window then stays open).
    bool confirmClose();
    // Saves after showing the diff; `ask` false saves at once (for tests and the save-all path).
    bool save(bool ask = true);
    // save(), and on a database store also waits (modal, events running) for its answer: true once saved.
    bool saveAndWait(bool ask);
    void newDocument();
    void applyToSeveral();
    void editUserDataParts();

    MetadataEditSession* session() const { return m_session; }
    MetadataForm* form() const { return m_form; }
    CodeEditor* editor() const { return m_editor; }
    MetadataPreview* preview() const { return m_preview; }
    QTableView* fileTable() const { return m_files; }
    QLineEdit* filter() const { return m_filter; }
    MetadataFileModel* fileModel() const { return m_model; }
    QListWidget* findingsList() const { return m_findings; }
    MetadataDelivery* delivery() const { return m_delivery; }
    int yamlTabIndex() const;

Q_SIGNALS:
    void statusMessage(const QString& message);
    void documentSaved(const QString& key);

private:
    void showValidation();
    void updatePreview();
    void syncEditorFromSession();
    void updateHeader();
    QStringList selectedKeys() const;
    void storedOpened(const QString& key, bool existed, const QString& error);

    QString m_directory;
    QStringList m_inventoryNames;
    MetadataDatabase* m_database = nullptr;
    MetadataStoreBar* m_storeBar;
    MetadataEditSession* m_session;
    MetadataFileModel* m_model;
    MetadataFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_statusFilter;
    QTableView* m_files;
    QStackedWidget* m_right;
    QLabel* m_emptyState;
    QLabel* m_title;
    QPushButton* m_save;
    QPushButton* m_revert;
    MetadataForm* m_form;
    CodeEditor* m_editor;
    MetadataPreview* m_preview;
    FindingsList* m_findings;
    MetadataDelivery* m_delivery;
    bool m_syncingEditor = false;
    bool m_typingInEditor = false;
    bool m_previewBehind = false; // the preview waits for its tab to show the text
};
