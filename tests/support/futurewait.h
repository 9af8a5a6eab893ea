// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFuture>
#include <QTest>

#include "vsphere/vimerror.h"

// Waits for a future with the event loop running; returns the VimError it failed with, if any.
template <typename T> std::optional<VimError> failureOf(QFuture<T> future, int timeoutMs = 30000)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs)) {
        return VimError(VimError::Kind::Timeout, QStringLiteral("test timed out"));
    }
    try {
        future.waitForFinished();
    } catch (const VimError& error) {
        return error;
    }
    return std::nullopt;
}
