// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepanel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "cloudinit/metadatastore.h"
#include "core/atomicwrite.h"
#include "core/whendone.h"
#include "secrets/secretstore.h"
#include "sitemodel.h"
#include "vspc/siteobserver.h"

using namespace Qt::StringLiterals;

namespace {
const QString storeSetting = u"site/store"_s;
} // namespace

SitePanel::SitePanel(VspcServer* server, GuestRegistry* registry, QWidget* parent)
    : QWidget(parent)
    , m_model(new SiteModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_store(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the keychain"), this))
    , m_watch(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QWidget(this))
{
    m_model->setLocalServer(server, registry);
    m_store->setAccessibleName(tr("Site store URL"));
    m_store->setPlaceholderText(u"postgresql://vmdesk@db.example.com/vmdesk"_s);
    m_store->setToolTip(tr("The --store the metadata servers were started with; without a password"));
    m_store->setText(QSettings().value(storeSetting).toString());
    m_password->setAccessibleName(tr("Site store password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from the keychain"));
    m_remember->setEnabled(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setObjectName(u"siteStatus"_s);
    m_filter->setAccessibleName(tr("Search the site"));
    m_filter->setPlaceholderText(tr("Filter instances and guests"));
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SiteModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A guest that matches keeps its instance; an instance that matches shows all its guests.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_tree->setAccessibleName(tr("Site instances and guests"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(SiteModel::NameColumn, Qt::AscendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->resizeSection(SiteModel::NameColumn, 260);
    m_tree->header()->resizeSection(SiteModel::StateColumn, 70);
    m_tree->header()->resizeSection(SiteModel::GuestsColumn, 70);
    m_tree->header()->resizeSection(SiteModel::ServedByColumn, 250);
    m_tree->header()->resizeSection(SiteModel::PeerColumn, 140);
    m_model->setPalette(m_tree->palette());

    auto* title = new QLabel(tr("Watch every metadata server of a site"), m_emptyState);
    QFont bigger = title->font();
    bigger.setBold(true);
    title->setFont(bigger);
    auto* explanation = new QLabel(
        tr("<p>Metadata servers started with the same <tt>--store postgresql://user@host/database</tt> register "
           "themselves and their guests in that database. Enter the same URL above (without a password), and its "
           "password, then <b>Watch</b>: every server appears with its address, guest count and heartbeat, and "
           "every guest under the server that holds it. This console's own server, when it runs, is one row among "
           "them.</p><p>The URL is remembered; the password only in the keychain, if you ask for it.</p>"),
        m_emptyState);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    auto* emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->setContentsMargins(24, 16, 24, 16);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(explanation);
    emptyLayout->addStretch();
    m_emptyState->setObjectName(u"siteEmptyState"_s);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tree);

    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(new QLabel(tr("Store:"), this));
    storeRow->addWidget(m_store, 3);
    storeRow->addWidget(new QLabel(tr("Password:"), this));
    storeRow->addWidget(m_password, 1);
    storeRow->addWidget(m_remember);
    storeRow->addWidget(m_watch);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(storeRow);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    layout->addWidget(m_stack, 1);

    connect(m_watch, &QPushButton::clicked, this, [this] {
        if (m_observer || m_readingKeychain) {
            stop();
        } else {
            watch();
        }
    });
    connect(m_store, &QLineEdit::returnPressed, m_watch, &QPushButton::click);
    connect(m_password, &QLineEdit::returnPressed, m_watch, &QPushButton::click);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty()) {
            m_tree->expandAll(); // matching guests under a collapsed instance would look like none
        }
    });
    // New instances open, so that their guests are seen; the user's collapsing of others stays.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent, int first, int last) {
        if (!parent.isValid()) {
            for (int row = first; row <= last; ++row) {
                m_tree->expand(m_proxy->index(row, 0));
            }
        }
    });
    updateControls();
    updateStatus();
}

SitePanel::~SitePanel() = default;

void SitePanel::setSecretStore(SecretStore* secrets)
{
    m_secrets = secrets;
    updateControls();
}

bool SitePanel::watch()
{
    stop();
    QString error;
    const std::optional<MetadataStore> store = MetadataStore::parse(m_store->text().trimmed(), &error);
    if (!store || store->kind() != MetadataStore::Kind::Postgres) {
        m_problem = store ? tr("A site is watched in its PostgreSQL store (postgresql://user@host/database); "
                               "a folder is one server's own.")
                          : tr("Store: %1").arg(error);
        updateStatus();
        return false;
    }
    m_problem.clear();
    QSettings settings;
    settings.setValue(storeSetting, store->display());
    syncSettings(settings); // a failure is logged; watching works either way
    const QString password = m_password->text();
    const bool keychain = m_secrets && m_secrets->isAvailable();
    if (!password.isEmpty() || !keychain) {
        if (keychain && m_remember->isChecked() && !password.isEmpty()) {
            whenDone<SecretError>(
                m_secrets->writePassword(store->secretKey(), password), this, [] {},
                [this](const SecretError& failure) {
                    m_problem = tr("The password was not remembered: %1").arg(failure.message());
                    updateStatus();
                });
        }
        startObserver(*store, password);
        return true;
    }
    // An empty field: the keychain's password, or none (a server that trusts this host).
    m_readingKeychain = true;
    const quint64 attempt = ++m_attempt;
    whenDone<SecretError>(
        m_secrets->readPassword(store->secretKey()), this,
        [this, attempt, store = *store](const QString& stored) {
            if (attempt == m_attempt) {
                m_readingKeychain = false;
                startObserver(store, stored);
            }
        },
        [this, attempt, store = *store](const SecretError& failure) {
            if (attempt != m_attempt) {
                return;
            }
            m_readingKeychain = false;
            if (failure.kind() != SecretError::Kind::NotFound) {
                m_problem = tr("The keychain did not give the password: %1").arg(failure.message());
            }
            startObserver(store, {});
        });
    updateControls();
    updateStatus();
    return true;
}

void SitePanel::startObserver(const MetadataStore& store, const QString& password)
{
    SiteObserver::Timing timing;
    timing.pollMs = m_pollMs;
    m_observer = new SiteObserver(store, password, this, timing);
    connect(m_observer, &SiteObserver::snapshot, this, [this](const SiteSnapshot& snapshot) {
        m_model->setSnapshot(snapshot);
        updateStatus();
    });
    connect(m_observer, &SiteObserver::connectionChanged, this, &SitePanel::updateStatus);
    updateControls();
    m_tree->expandAll(); // this console's row was there before, perhaps while the tab was hidden
    updateStatus();
}

void SitePanel::stop()
{
    ++m_attempt;
    m_readingKeychain = false;
    delete m_observer;
    m_observer = nullptr;
    m_model->clearSite();
    updateControls();
    updateStatus();
}

void SitePanel::updateControls()
{
    const bool active = m_observer || m_readingKeychain;
    m_watch->setText(active ? tr("Stop") : tr("Watch"));
    m_store->setEnabled(!active);
    m_password->setEnabled(!active);
    const bool keychain = m_secrets && m_secrets->isAvailable();
    m_remember->setEnabled(!active && keychain);
    m_remember->setToolTip(keychain ? tr("Keep the password in the keychain, under the store's URL")
            : m_secrets             ? m_secrets->unavailableReason()
                                    : tr("No keychain: the password will not be remembered."));
    m_password->setPlaceholderText(keychain ? tr("from the keychain") : tr("none"));
    m_stack->setCurrentWidget(active ? static_cast<QWidget*>(m_tree) : m_emptyState);
}

void SitePanel::updateStatus()
{
    QString text;
    if (m_readingKeychain) {
        text = tr("Reading the store's password from the keychain…");
    } else if (!m_observer) {
        text = tr("Not watching a site.");
    } else if (!m_observer->hasSnapshot() || m_observer->lastSnapshot().tablesMissing) {
        text = m_observer->message().isEmpty() ? tr("Connecting to %1…").arg(m_observer->store().display())
                                               : m_observer->message();
    } else {
        const SiteSnapshot& site = m_observer->lastSnapshot();
        const QString when = site.takenAt.toLocalTime().time().toString(Qt::ISODate);
        const QString summary = tr("%n instance(s), ", nullptr, int(site.instances.size()))
            + tr("%n guest(s)", nullptr, int(site.guests.size()));
        text = m_observer->isStale()
            ? tr("Stale: showing the site as of %1 (%2). %3").arg(when, summary, m_observer->message())
            : tr("Watching %1: %2; updated at %3.").arg(m_observer->store().display(), summary, when);
    }
    if (!m_problem.isEmpty()) {
        text = m_problem + u' ' + text;
    }
    m_status->setText(text);
}

void SitePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_model->setPalette(m_tree->palette());
    }
}
