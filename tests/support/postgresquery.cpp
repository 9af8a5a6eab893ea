// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresquery.h"

#include <atomic>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtConcurrent>
#include <QtCore/qtestsupport_core.h>

#include "postgresinstance.h"

using namespace Qt::StringLiterals;

QList<QVariantList> selectRows(const PostgresInstance& postgres, const QString& statement, int timeoutMs)
{
    static std::atomic<int> counter = 0;
    const QString name = u"test-check-%1"_s.arg(++counter);
    QFuture<QList<QVariantList>> result = QtConcurrent::run([&postgres, statement, name] {
        QList<QVariantList> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(u"127.0.0.1"_s);
            db.setPort(postgres.port());
            db.setDatabaseName(u"vmdesk"_s);
            db.setUserName(u"vmdesk"_s);
            db.setPassword(postgres.password());
            if (QSqlQuery query(db); db.open() && query.exec(statement)) {
                while (query.next()) {
                    QVariantList row;
                    for (int i = 0; i < query.record().count(); ++i) {
                        row.append(query.value(i));
                    }
                    rows.append(row);
                }
            } else {
                rows.append(QVariantList { QVariant(u"error: "_s + query.lastError().text() + db.lastError().text()) });
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    });
    if (!QTest::qWaitFor([&] { return result.isFinished(); }, timeoutMs)) {
        result.waitForFinished(); // it refers to `postgres`
        return { { QVariant(u"error: timed out"_s) } };
    }
    return result.result();
}

QString selectText(const PostgresInstance& postgres, const QString& statement)
{
    QStringList lines;
    for (const QVariantList& row : selectRows(postgres, statement)) {
        QStringList fields;
        for (const QVariant& value : row) {
            fields.append(value.toString());
        }
        lines.append(fields.join(u' '));
    }
    return lines.join(u'\n');
}
