// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertyfeed.h"

#include <QPromise>

#include "core/logging.h"
#include "core/whendone.h"
#include "vimclient.h"
#include "vimerror.h"
#include "vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
// vCenter holds a WaitForUpdatesEx until something changes or this many seconds pass.
constexpr int maxWaitSeconds = 20;

KDSoapValue returnValue(const KDSoapValue& response)
{
    return response.childValues().child(u"returnval"_s);
}
} // namespace

PropertyFeed::PropertyFeed(VSphereSession* session)
    : QObject(session)
    , m_session(session)
{ }

QFuture<void> PropertyFeed::addFilter(const QList<KDSoapValue>& spec, Handler handler)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    whenDone<VimError>(
        watch(spec, std::move(handler)), this, [promise](const QString&) { promise->finish(); },
        [promise](const VimError& error) {
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

QFuture<QString> PropertyFeed::watch(const QList<KDSoapValue>& spec, Handler handler)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    ++m_creating;
    const quint64 generation = m_generation;
    whenDone<VimError>(
        m_session->call(u"CreateFilter"_s, m_session->serviceContent().propertyCollector,
            { VimClient::element(u"spec"_s, spec), VimClient::element(u"partialUpdates"_s, false) }),
        this,
        [this, promise, generation, handler = std::move(handler)](const KDSoapValue& response) {
            --m_creating;
            const QString id = VimClient::toReference(returnValue(response)).value;
            if (generation == m_generation) {
                m_handlers.insert(id, handler);
                startIfIdle();
            }
            promise->addResult(id);
            promise->finish();
        },
        [this, promise](const VimError& error) {
            --m_creating;
            startIfIdle(); // the other filters need not wait for this one
            promise->setException(error);
            promise->finish();
        });
    return promise->future();
}

void PropertyFeed::unwatch(const QString& filter)
{
    if (!m_handlers.remove(filter) || !m_session) {
        return;
    }
    whenDone<VimError>(
        m_session->call(u"DestroyPropertyFilter"_s, { u"PropertyFilter"_s, filter }), this, [](const KDSoapValue&) {},
        [filter](const VimError& error) {
            qCWarning(lcVsphere).noquote() << "could not destroy the property filter" << filter << error.message();
        });
}

void PropertyFeed::stop()
{
    ++m_generation;
    m_running = false;
    m_handlers.clear();
}

void PropertyFeed::startIfIdle()
{
    if (m_running || m_creating > 0 || m_handlers.isEmpty()) {
        return;
    }
    m_running = true;
    wait(m_generation, QString());
}

void PropertyFeed::wait(quint64 generation, const QString& version)
{
    if (generation != m_generation || !m_session || m_session->state() != VSphereSession::State::Connected) {
        if (generation == m_generation) {
            m_running = false;
        }
        return;
    }
    whenDone<VimError>(
        m_session->call(u"WaitForUpdatesEx"_s, m_session->serviceContent().propertyCollector,
            { VimClient::element(u"version"_s, version),
                VimClient::element(
                    u"options"_s, QList<KDSoapValue> { VimClient::element(u"maxWaitSeconds"_s, maxWaitSeconds) }) }),
        this,
        [this, generation, version](const KDSoapValue& response) {
            if (generation != m_generation) {
                return;
            }
            const KDSoapValue updates = returnValue(response);
            QString next = version;
            if (!updates.isNull() && !updates.childValues().isEmpty()) {
                dispatch(updates);
                next = updates.childValues().child(u"version"_s).value().toString();
            }
            wait(generation, next);
        },
        [this, generation](const VimError& error) {
            if (generation == m_generation) {
                qCWarning(lcVsphere).noquote() << "live updates stopped:" << error.message();
                stop();
                Q_EMIT stopped(error.message());
            }
        });
}

void PropertyFeed::dispatch(const KDSoapValue& updateSet)
{
    const quint64 generation = m_generation;
    for (const KDSoapValue& filterSet : updateSet.childValues()) {
        if (filterSet.name() != u"filterSet"_s) {
            continue;
        }
        const Handler handler
            = m_handlers.value(VimClient::toReference(filterSet.childValues().child(u"filter"_s)).value);
        for (const KDSoapValue& object : filterSet.childValues()) {
            if (object.name() == u"objectSet"_s && handler && generation == m_generation) {
                handler(object);
            }
        }
    }
}
