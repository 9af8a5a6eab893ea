// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteobserver.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
// Several observers may live in one process (a test, a console watching two sites).
QString uniqueConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"vmdesk-site-%1"_s.arg(++counter);
}
} // namespace

SiteObserver::SiteObserver(const MetadataStore& store, const QString& password, QObject* parent, const Timing& timing)
    : QObject(parent)
    , m_store(store)
    , m_thread(new QThread)
{
    Q_ASSERT(store.kind() == MetadataStore::Kind::Postgres);
    m_thread->setObjectName(u"site observer"_s);
    m_connection = new SiteObserverConnection(store, password, uniqueConnectionName(), timing);
    m_connection->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_connection, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_connection, &SiteObserverConnection::stateChanged, this, [this](bool up, const QString& message) {
        const bool changed = up != m_up || message != m_message;
        m_up = up;
        m_message = message;
        if (changed) {
            Q_EMIT connectionChanged(up, message);
        }
    });
    connect(m_connection, &SiteObserverConnection::snapshotTaken, this, [this](const SiteSnapshot& taken) {
        m_last = taken;
        m_hasSnapshot = true;
        Q_EMIT snapshot(taken);
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_connection, &SiteObserverConnection::start);
}

SiteObserver::~SiteObserver()
{
    // Not waited for: while the database is away the worker may sit in libpq's connect for its
    // timeout, and Stop is clicked on the GUI thread. It stops, then its thread ends and both go.
    QMetaObject::invokeMethod(m_connection, [connection = m_connection] {
        connection->stop();
        QThread::currentThread()->quit();
    });
}
