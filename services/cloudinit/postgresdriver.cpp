// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresdriver.h"

#include <atomic>

#include <QPromise>
#include <QStringDecoder>
#include <QUuid>

#include "core/logging.h"
#include "core/whendone.h"
#include "filedriver.h"

using namespace Qt::StringLiterals;

namespace {
// Several drivers may live in one process (a server and an editor): each needs its own name.
QString uniqueConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"vmdesk-metadata-%1"_s.arg(++counter);
}

// Empty stays empty (no UUID); anything else must be a UUID, stored lower case without braces.
std::optional<QString> normalizedUuid(const QString& text)
{
    if (text.isEmpty()) {
        return QString();
    }
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (uuid.isNull()) {
        return std::nullopt;
    }
    return uuid.toString(QUuid::WithoutBraces);
}
} // namespace

PostgresDriver::PostgresDriver(
    const MetadataStore& store, const QString& password, QObject* parent, const Timing& timing)
    : MetadataDriver(parent)
    , m_store(store)
{
    Q_ASSERT(store.kind() == MetadataStore::Kind::Postgres);
    m_thread.setObjectName(u"metadata store"_s);
    m_connection = new PostgresConnection(store, password, uniqueConnectionName(), timing);
    m_connection->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    connect(m_connection, &PostgresConnection::stateChanged, this, &PostgresDriver::onStateChanged);
    connect(m_connection, &PostgresConnection::changedElsewhere, this, [this](const QString& key) {
        qCInfo(lcCloudinit).noquote() << u"metadata for %1 changed in %2; reloading on next request"_s.arg(
            key, m_store.display());
        forget(key);
    });
    m_thread.start();
    QMetaObject::invokeMethod(m_connection, &PostgresConnection::start);
}

PostgresDriver::~PostgresDriver()
{
    // Waits for the statement in progress at most: requests still queued are dropped (cancelled).
    m_thread.quit();
    m_thread.wait();
}

template <typename T, typename Work> QFuture<T> PostgresDriver::onWorker(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    QMetaObject::invokeMethod(m_connection, [promise, work = std::move(work), connection = m_connection] {
        promise->addResult(work(*connection));
        promise->finish();
    });
    return future;
}

void PostgresDriver::onStateChanged(bool up, const QString& message)
{
    if (up) {
        qCInfo(lcCloudinit).noquote() << message;
        // NOTIFYs sent while this server was away are lost: nothing cached can be trusted.
        m_servedStale.clear();
        forgetAll();
    } else if (!m_cache.isEmpty()) {
        qCWarning(lcCloudinit).noquote() << message
                + u"; serving %1 cached document(s) meanwhile"_s.arg(m_cache.size());
    } else {
        qCWarning(lcCloudinit).noquote() << message;
    }
    m_up = up;
    Q_EMIT connectionChanged(up, message);
}

void PostgresDriver::forget(const QString& documentKey)
{
    ++m_generation;
    QSet<QString> changed { documentKey };
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (it->documentKey == documentKey || it.key() == documentKey) {
            changed.insert(it.key());
            it = m_cache.erase(it);
        } else {
            ++it;
        }
    }
    // Any change may give a document to a key that had none (a new name, a new UUID).
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        changed.insert(it.key());
    }
    m_failures.clear();
    for (const QString& key : std::as_const(changed)) {
        Q_EMIT documentChanged(key);
    }
}

void PostgresDriver::forgetAll()
{
    ++m_generation;
    QStringList changed = m_cache.keys() + m_failures.keys();
    m_cache.clear();
    m_failures.clear();
    for (const QString& key : std::as_const(changed)) {
        Q_EMIT documentChanged(key);
    }
}

QFuture<MetadataDriver::Lookup> PostgresDriver::lookup(const QString& key)
{
    if (!FileDriver::isSafeKey(key)) {
        qCWarning(lcCloudinit).noquote() << "refusing unsafe metadata key" << key.toUtf8().toPercentEncoding(" @_-");
        return QtFuture::makeReadyFuture(
            Lookup { std::nullopt, tr("refused an unsafe VM key"), tr("refused an unsafe VM key") });
    }
    if (const auto cached = m_cache.constFind(key); cached != m_cache.cend()) {
        if (!m_up && !m_servedStale.contains(key)) {
            m_servedStale.insert(key);
            qCWarning(lcCloudinit).noquote()
                << "metadata store" << m_store.display() << "is down; serving the cached document for" << key;
        }
        return QtFuture::makeReadyFuture(cached->lookup);
    }
    if (const auto failed = m_failures.constFind(key); failed != m_failures.cend()) {
        return QtFuture::makeReadyFuture(*failed);
    }
    if (!m_up) {
        return QtFuture::makeReadyFuture(Lookup { std::nullopt,
            tr("the metadata store %1 is unavailable and has no cached document for %2").arg(m_store.display(), key),
            tr("the metadata store is unavailable") });
    }
    QFuture<Found> found = onWorker<Found>([key, store = m_store.display()](PostgresConnection& connection) {
        const Fetched fetched = connection.find(key);
        if (!fetched.document) {
            return Found { { std::nullopt, fetched.error,
                               fetched.unavailable ? tr("the metadata store is unavailable")
                                                   : tr("no document for this VM") },
                {}, fetched.unavailable };
        }
        QString error;
        std::optional<MetadataDocument> document = MetadataDocument::fromYaml(fetched.document->yaml, &error);
        if (!document) {
            return Found { { std::nullopt, tr("%1 in %2: %3").arg(fetched.document->key, store, error),
                               tr("the document for this VM is not valid") },
                fetched.document->key };
        }
        return Found { { std::move(document), {}, {} }, fetched.document->key };
    });
    auto promise = std::make_shared<QPromise<Lookup>>();
    promise->start();
    const quint64 generation = m_generation;
    whenDone(found, this, [this, key, generation, promise](const Found& result) {
        // A change announced while the database was being asked may have made this answer stale.
        if (generation == m_generation && !result.unavailable) {
            if (result.lookup.document) {
                m_cache.insert(key, { result.lookup, result.documentKey });
            } else {
                if (m_failures.size() >= maxRememberedFailures) {
                    m_failures.clear(); // a flood of unknown names: each costs one more query
                }
                m_failures.insert(key, result.lookup);
            }
        }
        if (!result.lookup.document) {
            qCWarning(lcCloudinit).noquote() << result.lookup.error;
        }
        promise->addResult(result.lookup);
        promise->finish();
    });
    return promise->future();
}

QFuture<PostgresDriver::Fetched> PostgresDriver::fetch(const QString& key)
{
    if (!FileDriver::isSafeKey(key)) {
        return QtFuture::makeReadyFuture(Fetched { std::nullopt, tr("refused an unsafe VM key") });
    }
    return onWorker<Fetched>([key](PostgresConnection& connection) { return connection.find(key); });
}

QFuture<PostgresDriver::Changed> PostgresDriver::afterChange(const QFuture<Changed>& change, const QString& key)
{
    auto promise = std::make_shared<QPromise<Changed>>();
    promise->start();
    whenDone(change, this, [this, key, promise](const Changed& result) {
        // Our own NOTIFY is not reported back (other servers get theirs): forget here, before the
        // caller hears of the change, so that its next lookup reads the new text.
        if (result.ok()) {
            forget(key);
        }
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

QFuture<PostgresDriver::Changed> PostgresDriver::save(
    const QString& key, const QByteArray& yaml, const QString& vcUuid, const QString& biosUuid)
{
    if (!FileDriver::isSafeKey(key)) {
        return QtFuture::makeReadyFuture(Changed { tr("\"%1\" cannot name a document: use a VM name without "
                                                      "slashes, control characters or a leading dot")
                                                       .arg(key) });
    }
    const std::optional<QString> vc = normalizedUuid(vcUuid);
    const std::optional<QString> bios = normalizedUuid(biosUuid);
    if (!vc || !bios) {
        return QtFuture::makeReadyFuture(Changed { tr("\"%1\" is not a UUID").arg(vc ? biosUuid : vcUuid) });
    }
    QStringDecoder utf8(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = utf8(yaml);
    if (utf8.hasError()) {
        return QtFuture::makeReadyFuture(Changed { tr("the document for %1 is not UTF-8 text").arg(key) });
    }
    if (text.contains(QChar(0))) {
        return QtFuture::makeReadyFuture(Changed { tr("the document for %1 contains a NUL character").arg(key) });
    }
    StoredDocument document { key, *vc, *bios, yaml, {} };
    return afterChange(
        onWorker<Changed>([document](PostgresConnection& connection) { return connection.save(document); }), key);
}

QFuture<PostgresDriver::Changed> PostgresDriver::remove(const QString& key)
{
    if (!FileDriver::isSafeKey(key)) {
        return QtFuture::makeReadyFuture(Changed { tr("refused an unsafe VM key") });
    }
    return afterChange(
        onWorker<Changed>([key](PostgresConnection& connection) { return connection.remove(key); }), key);
}

QFuture<PostgresDriver::Keys> PostgresDriver::keys()
{
    return onWorker<Keys>([](PostgresConnection& connection) { return connection.keys(); });
}
