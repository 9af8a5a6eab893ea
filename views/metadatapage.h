// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

#include "cloudinit/finding.h"

class CodeEditor;
class InventoryModel;
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
    explicit MetadataPage(QWidget* parent = nullptr);

    void setDirectory(const QString& directory);
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
    void listFindings(const QList<Finding>& findings);
    void updatePreview();
    void syncEditorFromSession();
    void onChangedOnDisk();
    void updateHeader();
    QStringList selectedKeys() const;

    QString m_directory;
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
    QListWidget* m_findings;
    MetadataDelivery* m_delivery;
    bool m_syncingEditor = false;
    bool m_typingInEditor = false;
    bool m_previewBehind = false; // the preview waits for its tab to show the text
    QList<Finding> m_listedFindings;
};
