// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatastorebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include "core/whendone.h"
#include "metadatadatabase.h"
#include "metadataeditsession.h"
#include "openstoredialog.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

MetadataStoreBar::MetadataStoreBar(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_open(new QPushButton(tr("Open Store…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
{
    m_state->setObjectName(u"storeState"_s);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setToolTip(tr("Edit the documents of a folder (file:DIR) or of a PostgreSQL database shared by "
                          "several metadata servers (postgresql://user@host/db)"));
    m_delete->setToolTip(tr("Delete the open document from the database"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_delete);
    connect(m_open, &QPushButton::clicked, this, &MetadataStoreBar::chooseStore);
    connect(m_delete, &QPushButton::clicked, this, &MetadataStoreBar::deleteDocument);
    showFolder({});
}

void MetadataStoreBar::showFolder(const QString& directory)
{
    if (m_database) {
        m_database->disconnect(this);
    }
    m_database = nullptr;
    m_current = directory.isEmpty() ? QString() : MetadataStore::fileStore(directory).display();
    m_state->setText(directory.isEmpty() ? tr("Store: no folder chosen") : tr("Store: %1").arg(m_current));
    updateDelete();
}

void MetadataStoreBar::showDatabase(MetadataDatabase* database)
{
    m_database = database;
    m_current = database->store().display();
    m_state->setText(tr("Store: %1 (connecting…)").arg(m_current));
    connect(database, &MetadataDatabase::connectionChanged, this, [this](bool up, const QString& message) {
        m_state->setText(up ? tr("Store: %1 (connected)").arg(m_current)
                            : tr("Store: %1 (unavailable: %2)").arg(m_current, message));
    });
    connect(database, &MetadataDatabase::removeFinished, this, [this](const QString& key, const QString& error) {
        Q_EMIT message(error.isEmpty() ? tr("Deleted %1 from %2").arg(key, m_current)
                                       : tr("%1 was not deleted: %2").arg(key, error));
        updateDelete();
    });
    connect(database, &MetadataDatabase::saveFinished, this, [this](const QString& key, const QString& error) {
        if (error.isEmpty()) {
            Q_EMIT message(tr("Saved %1").arg(m_database->location(key)));
            return;
        }
        const QString text = tr("%1 was not saved: %2. Your changes are still here.").arg(key, error);
        Q_EMIT message(text);
        // Not exec(): the answer comes while the admin may be typing on.
        auto* box = new QMessageBox(QMessageBox::Critical, tr("Not Saved"), text, QMessageBox::Ok, this);
        box->setObjectName(u"saveFailed"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    // The page's one session, whichever store is open: connected once.
    connect(database->session(), &MetadataEditSession::textChanged, this, &MetadataStoreBar::updateDelete,
        Qt::UniqueConnection);
    connect(
        database->session(), &MetadataEditSession::saved, this, &MetadataStoreBar::updateDelete, Qt::UniqueConnection);
    updateDelete();
}

void MetadataStoreBar::updateDelete()
{
    m_delete->setVisible(m_database);
    m_delete->setEnabled(m_database && m_database->session()->isStored() && m_database->session()->existsOnDisk());
}

void MetadataStoreBar::chooseStore()
{
    const bool keychain = m_secrets && m_secrets->isAvailable();
    OpenStoreDialog dialog(m_current, keychain, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.store()) {
        return;
    }
    const MetadataStore store = *dialog.store();
    if (store.kind() == MetadataStore::Kind::File || !dialog.password().isEmpty()) {
        if (dialog.rememberPassword()) {
            whenDone<SecretError>(
                m_secrets->writePassword(store.secretKey(), dialog.password()), this, [] {},
                [this](const SecretError& error) {
                    Q_EMIT message(tr("The password was not kept in the keychain: %1").arg(error.message()));
                });
        }
        Q_EMIT storeChosen(store, dialog.password());
        return;
    }
    if (!keychain) {
        Q_EMIT message(tr("%1 needs a password: the keychain has none to offer").arg(store.display()));
        return;
    }
    whenDone<SecretError>(
        m_secrets->readPassword(store.secretKey()), this,
        [this, store](const QString& password) { Q_EMIT storeChosen(store, password); },
        [this, store](const SecretError& error) {
            Q_EMIT message(tr("No password for %1 in the keychain (%2): enter it to open the store")
                               .arg(store.display(), error.message()));
        });
}

void MetadataStoreBar::deleteDocument()
{
    if (!m_database || !m_database->session()->isStored()) {
        return;
    }
    const QString key = m_database->session()->key();
    if (QMessageBox::question(this, tr("Delete Document"),
            tr("Delete the document of %1 from %2? Metadata servers using this store stop serving it at once.")
                .arg(key, m_current),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes) {
        m_database->remove(key);
    }
}

bool MetadataStoreBar::waitForSave()
{
    if (!m_database || !m_database->isSaving()) {
        return false;
    }
    // Modal, as the question before it: nothing else can open, switch or close meanwhile.
    QProgressDialog progress(
        tr("Saving %1 to %2…").arg(m_database->session()->key(), m_current), tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(tr("Saving"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    bool saved = false;
    connect(m_database, &MetadataDatabase::saveFinished, &progress, [&](const QString&, const QString& error) {
        if (!m_database->isSaving()) { // the last save asked for, not an earlier one
            saved = error.isEmpty();
            progress.reset();
        }
    });
    connect(m_database, &QObject::destroyed, &progress, &QProgressDialog::cancel);
    progress.exec();
    return saved;
}
