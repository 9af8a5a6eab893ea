// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <KDSoapClient/KDSoapValue.h>

class VSphereSession;

// The session's WaitForUpdatesEx loop. vCenter answers all property filters of a session through
// one loop, so the feed owns it and hands each filter's object updates to whoever created the
// filter. The loop starts once no filter is being created (so filters made together arrive in one
// first answer) and runs until stop() or an error.
class PropertyFeed : public QObject
{
    Q_OBJECT
public:
    // One objectSet (obj, kind enter/modify/leave, changeSet name/val) of the filter's updates.
    using Handler = std::function<void(const KDSoapValue& objectUpdate)>;

    explicit PropertyFeed(VSphereSession* session);

    // CreateFilter with this PropertyFilterSpec (propSet, objectSet); whole values, no partial
    // updates. Fails with VimError; then the handler is never called.
    QFuture<void> addFilter(const QList<KDSoapValue>& spec, Handler handler);
    // The same, for a filter that is dropped again: yields the filter's id for unwatch().
    QFuture<QString> watch(const QList<KDSoapValue>& spec, Handler handler);
    // DestroyPropertyFilter; the handler is not called again.
    void unwatch(const QString& filter);
    bool isRunning() const { return m_running; }
    // Forgets the filters (the session ends anyway); an answer under way is dropped.
    void stop();

Q_SIGNALS:
    // The loop ended on an error; the filters are forgotten.
    void stopped(const QString& message);

private:
    void startIfIdle();
    void wait(quint64 generation, const QString& version);
    void dispatch(const KDSoapValue& updateSet);

    QPointer<VSphereSession> m_session;
    QHash<QString, Handler> m_handlers; // by filter id
    int m_creating = 0;
    bool m_running = false;
    quint64 m_generation = 0; // bumped by stop(): a loop of an older generation ends
};
