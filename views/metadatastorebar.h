// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include "cloudinit/metadatastore.h"

class MetadataDatabase;
class QLabel;
class QPushButton;
class SecretStore;

// Above the Metadata page's list: which store it edits (the folder or a PostgreSQL database, with
// the connection's state), Open Store… to choose another, and Delete… for a database's document
// (a folder's files are deleted where files are). The password is asked for once, or taken from
// the keychain, and kept there only if the admin asks.
class MetadataStoreBar : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataStoreBar(QWidget* parent = nullptr);

    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    void showFolder(const QString& directory);
    void showDatabase(MetadataDatabase* database);
    void chooseStore();
    void deleteDocument();
    // Waits, with events running as a dialog does, for the database's answer to the save in
    // progress: the document must not be replaced before it is safe. True when it was saved.
    bool waitForSave();

    QLabel* stateLabel() const { return m_state; }
    QPushButton* deleteButton() const { return m_delete; }

Q_SIGNALS:
    void storeChosen(const MetadataStore& store, const QString& password);
    void message(const QString& text);

private:
    void updateDelete();

    SecretStore* m_secrets = nullptr;
    QPointer<MetadataDatabase> m_database;
    QString m_current;
    QLabel* m_state;
    QPushButton* m_open;
    QPushButton* m_delete;
};
