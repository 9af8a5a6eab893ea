// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <type_traits>

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

// Calls back on `context`'s thread when `future` finishes, and not at all once `context` is gone.
// QFuture::then(context, …) in Qt 6.4 asserts (or crashes) when its context dies first, which a
// window closed mid-request or a guest disconnecting mid-lookup easily does. The watcher is a
// child of the context, so it dies with it.
//
// `onError` gets the exception of type E the future failed with, or E::cancelled() if the future
// was cancelled (its producer went away).
template <typename E, typename T, typename OnResult, typename OnError>
void whenDone(const QFuture<T>& future, QObject* context, OnResult onResult, OnError onError)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, onResult = std::move(onResult), onError = std::move(onError)]() mutable {
            watcher->deleteLater();
            QFuture<T> done = watcher->future();
            try {
                if constexpr (std::is_void_v<T>) {
                    done.waitForFinished(); // rethrows the stored exception
                    if (done.isCanceled()) {
                        onError(E::cancelled());
                        return;
                    }
                    onResult();
                } else {
                    if (done.resultCount() == 0) {
                        done.waitForFinished();
                        onError(E::cancelled());
                        return;
                    }
                    onResult(done.result());
                }
            } catch (const E& error) {
                onError(error);
            }
        });
    watcher->setFuture(future);
}

// For futures that cannot fail (they carry their errors in their result): cancelled ones are dropped.
template <typename T, typename OnResult> void whenDone(const QFuture<T>& future, QObject* context, OnResult onResult)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, onResult = std::move(onResult)]() mutable {
            watcher->deleteLater();
            const QFuture<T> done = watcher->future();
            if constexpr (std::is_void_v<T>) {
                if (!done.isCanceled()) {
                    onResult();
                }
            } else if (done.resultCount() > 0) {
                onResult(done.result());
            }
        });
    watcher->setFuture(future);
}
