// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QPromise>

// A promise shared by the callbacks of a chain of asynchronous steps; whichever step ends the chain
// finishes it.
template <typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T, typename E> void failWith(const std::shared_ptr<QPromise<T>>& promise, const E& error)
{
    promise->setException(error);
    promise->finish();
}
