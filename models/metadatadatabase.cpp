// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatadatabase.h"

#include "cloudinit/documenttemplate.h"
#include "cloudinit/postgresdriver.h"
#include "core/whendone.h"
#include "metadatadatabasemodel.h"
#include "metadataeditsession.h"
#include "metadatafilemodel.h"

MetadataDatabase::MetadataDatabase(
    const MetadataStore& store, const QString& password, MetadataEditSession* session, QObject* parent)
    : QObject(parent)
    , m_driver(new PostgresDriver(store, password, this))
    , m_model(new MetadataDatabaseModel(m_driver, this))
    , m_session(session)
{
    connect(m_driver, &PostgresDriver::connectionChanged, this, &MetadataDatabase::connectionChanged);
    connect(m_driver, &MetadataDriver::documentChanged, this, &MetadataDatabase::followChange);
}

MetadataStore MetadataDatabase::store() const
{
    return m_driver->store();
}

bool MetadataDatabase::isConnected() const
{
    return m_driver->isConnected();
}

QString MetadataDatabase::location(const QString& key) const
{
    return m_driver->store().display() + u'/' + key;
}

void MetadataDatabase::open(const QString& key)
{
    const quint64 request = ++m_opening;
    // The open document stays editable until the answer comes: what is typed meanwhile is kept.
    const QByteArray textBefore = m_session->isOpen() ? m_session->text() : QByteArray();
    whenDone(m_driver->fetch(key), this, [this, key, request, textBefore](const PostgresDriver::Fetched& fetched) {
        if (request != m_opening) {
            return; // the admin picked another VM meanwhile
        }
        if (m_session->isOpen() && m_session->isDirty() && m_session->text() != textBefore) {
            Q_EMIT opened(
                key, false, tr("%1 was edited while %2 was loading; it stays open").arg(m_session->key(), key));
            return;
        }
        if (m_session->isOpen() && m_session->isStored()) {
            m_model->markClosed(m_session->key());
        }
        if (fetched.document) {
            m_session->openStored(key, location(key), fetched.document->yaml);
            m_model->markOpened(key, MetadataFileModel::hashOf(fetched.document->yaml));
            Q_EMIT opened(key, true, {});
            return;
        }
        if (fetched.unavailable) {
            Q_EMIT opened(key, false, fetched.error);
            return;
        }
        // No document yet: the starter, ready to save as its document (Create).
        QString problem;
        m_session->openNewStored(key, location(key),
            DocumentTemplate::instantiate(DocumentTemplate::starter(), key, &problem).value_or(QByteArray()),
            MetadataEditSession::NewDocument::Offered);
        Q_EMIT opened(key, false, {});
    });
}

void MetadataDatabase::openNew(const QString& key, const QByteArray& text)
{
    ++m_opening; // an open still on its way must not replace this one
    if (m_session->isOpen() && m_session->isStored()) {
        m_model->markClosed(m_session->key());
    }
    m_session->openNewStored(key, location(key), text, MetadataEditSession::NewDocument::Created);
}

bool MetadataDatabase::save()
{
    if (!m_session->isOpen() || !m_session->isStored()) {
        return false;
    }
    const QString key = m_session->key();
    const QByteArray bytes = m_session->text(); // what is saved is what the admin saw when saving
    ++m_saving;
    m_savingBytes.insert(key, bytes);
    whenDone(m_driver->save(key, bytes), this, [this, key, bytes](const PostgresDriver::Changed& changed) {
        --m_saving;
        if (m_savingBytes.value(key) == bytes) {
            m_savingBytes.remove(key);
        }
        if (!changed.ok()) {
            Q_EMIT saveFinished(key, changed.error);
            return;
        }
        if (m_session->isStored() && m_session->key() == key) {
            m_session->storedSaved(bytes);
        }
        m_model->markSaved(key, MetadataFileModel::hashOf(bytes));
        Q_EMIT saveFinished(key, {});
    });
    return true;
}

void MetadataDatabase::remove(const QString& key)
{
    whenDone(m_driver->remove(key), this, [this, key](const PostgresDriver::Changed& changed) {
        if (changed.ok() && m_session->isStored() && m_session->key() == key && !m_session->isDirty()) {
            m_model->markClosed(key);
            m_session->close();
        }
        Q_EMIT removeFinished(key, changed.error);
    });
}

void MetadataDatabase::followChange(const QString& key)
{
    if (!m_session->isOpen() || !m_session->isStored() || m_session->key() != key) {
        return;
    }
    whenDone(m_driver->fetch(key), this, [this, key](const PostgresDriver::Fetched& fetched) {
        if (fetched.unavailable || !m_session->isStored() || m_session->key() != key) {
            return; // the next change after reconnecting says more
        }
        if (fetched.document && m_savingBytes.contains(key) && m_savingBytes.value(key) == fetched.document->yaml) {
            return; // our own save, read before its answer came: not somebody else's change
        }
        m_session->storedChanged(fetched.document ? std::optional<QByteArray>(fetched.document->yaml) : std::nullopt);
    });
}
