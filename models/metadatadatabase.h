// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include "cloudinit/metadatastore.h"

class MetadataDatabaseModel;
class MetadataEditSession;
class PostgresDriver;

// The Metadata page's PostgreSQL store: the driver (SQL on its own thread), the list of its
// documents, and the edit session's reads and writes, all asynchronous. A save sends exactly the
// session's bytes; only when the database confirms them does the session count them as saved, so
// a save that fails (database down) keeps the text unsaved and says why. A change by somebody
// else (NOTIFY) reaches the session as a change on disk does for a file.
class MetadataDatabase : public QObject
{
    Q_OBJECT
public:
    // `store` must be a PostgreSQL one. The password goes to the driver only. Whoever replaces the
    // store closes the session first: a document of this store open in it would name a gone store.
    MetadataDatabase(
        const MetadataStore& store, const QString& password, MetadataEditSession* session, QObject* parent = nullptr);

    MetadataStore store() const;
    PostgresDriver* driver() const { return m_driver; }
    MetadataDatabaseModel* model() const { return m_model; }
    MetadataEditSession* session() const { return m_session; }
    bool isConnected() const;
    // How a document is named in messages: the store (never with a password) and the key.
    QString location(const QString& key) const;

    // Reads `key` and opens it in the session (a key without a document opens the starter for
    // it, which a save creates); opened() follows. Only the latest request opens anything.
    void open(const QString& key);
    // Opens `text` as a new document for `key` at once (New…).
    void openNew(const QString& key, const QByteArray& text);
    // Saves the session's text; saveFinished() follows. False when no stored document is open.
    bool save();
    bool isSaving() const { return m_saving > 0; }
    void remove(const QString& key);

Q_SIGNALS:
    void connectionChanged(bool up, const QString& message);
    void opened(const QString& key, bool existed, const QString& error);
    void saveFinished(const QString& key, const QString& error); // no error: saved
    void removeFinished(const QString& key, const QString& error);

private:
    void followChange(const QString& key);

    PostgresDriver* m_driver;
    MetadataDatabaseModel* m_model;
    MetadataEditSession* m_session;
    quint64 m_opening = 0;
    int m_saving = 0;
    QHash<QString, QByteArray> m_savingBytes; // by key: the bytes of the last save still on its way
};
