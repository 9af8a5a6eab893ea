// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QTabWidget>

class MetadataEditSession;
struct MetadataDocument;
class SshKeysEditor;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTableWidgetItem;

// The form over one document: Instance, Users & SSH, Network, Packages & commands. Every field
// writes one key through the session (only that key's lines change in the file) and is refreshed
// from the text after each change, so the form and the YAML are two views of one document.
class MetadataForm : public QTabWidget
{
    Q_OBJECT
public:
    explicit MetadataForm(MetadataEditSession* session, QWidget* parent = nullptr);

    // Fills the fields from the session's text; fields being edited keep their content.
    void refresh();

Q_SIGNALS:
    void problem(const QString& message);

private:
    QWidget* createInstanceTab();
    QWidget* createUsersTab();
    QWidget* createNetworkTab();
    QWidget* createPackagesTab();

    void setValue(const QStringList& path, const QJsonValue& value);
    void setUserDataValue(const QStringList& path, const QJsonValue& value);
    void commitLine(QLineEdit* edit, const QStringList& path, bool inUserData = false);
    void commitList(QPlainTextEdit* edit, const QStringList& path, bool inUserData);
    void commitInterfaces();
    void setPassword();
    void refreshDocumentTables(const MetadataDocument& document);

    MetadataEditSession* m_session;
    bool m_refreshing = false;
    QList<QWidget*> m_pages; // the form's tabs; the page adds others (YAML, Preview)
    QJsonObject m_document; // the document as read, for keys under spellings the seed allowed
    QJsonObject m_cloudConfig;
    bool m_filled = false; // the widgets show m_document and m_cloudConfig

    QLineEdit* m_instanceId;
    QLineEdit* m_hostname;
    QLineEdit* m_fqdn;
    QLineEdit* m_region;
    QLineEdit* m_zone;
    QTableWidget* m_tags;
    QTableWidget* m_users;
    SshKeysEditor* m_keys;
    QTableWidget* m_interfaces;
    QLineEdit* m_nameservers;
    QLineEdit* m_search;
    QComboBox* m_networkVersion;
    QPlainTextEdit* m_packages;
    QCheckBox* m_packageUpdate;
    QCheckBox* m_packageUpgrade;
    QPlainTextEdit* m_runcmd;
    QTableWidget* m_writeFiles;
    QLineEdit* m_timezone;
    QCheckBox* m_growpart;
};
