// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>

class PostgresInstance;

// What a test reads back from the throwaway database: the rows of `statement`, run on a thread of
// its own with its own connection (Qt 6.4 wants one per thread). A failure is one row holding
// "error: …", so that a comparison shows it.
QList<QVariantList> selectRows(const PostgresInstance& postgres, const QString& statement, int timeoutMs = 20000);

// The rows as text, one line per row, fields separated by spaces.
QString selectText(const PostgresInstance& postgres, const QString& statement);
