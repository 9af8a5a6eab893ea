// SPDX-License-Identifier: GPL-3.0-or-later
// The Metadata page's list over a real PostgreSQL store (a throwaway cluster): every document is
// listed and validated, another writer's changes arrive by NOTIFY row by row, inventory VMs without
// a document are Missing, and the editor's marks show a document changed by somebody else.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "cloudinit/metadatastore.h"
#include "cloudinit/postgresdriver.h"
#include "metadatadatabasemodel.h"
#include "metadatafilemodel.h"
#include "support/postgresinstance.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;

template <typename T> T resultOf(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, waitMs) || future.resultCount() == 0) {
        return T {};
    }
    return future.result();
}

QByteArray validDocument(const QString& host)
{
    return u"# written by the test\nmetadata:\n  instance_id: i-%1\n  hostname: %1\n"_s.arg(host).toUtf8();
}

const QByteArray brokenDocument = "metadata:\n  instance_id: [unclosed\n";
} // namespace

class TestMetadataDatabaseModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;
    MetadataStore m_store;
    std::unique_ptr<PostgresDriver> m_writer; // the other admin, or `vmdeskctl metadata put`

    std::unique_ptr<PostgresDriver> connected()
    {
        auto driver = std::make_unique<PostgresDriver>(m_store, m_postgres->password());
        QSignalSpy up(driver.get(), &PostgresDriver::connectionChanged);
        if (!QTest::qWaitFor([&] { return driver->isConnected(); }, waitMs)) {
            return nullptr;
        }
        return driver;
    }

    static QVariant cell(const QAbstractItemModel& model, const QString& key, int column, int role = Qt::DisplayRole)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(MetadataFileModel::KeyRole).toString() == key) {
                return model.index(row, column).data(role);
            }
        }
        return {};
    }

    // By name, so that a row that is not there is not read as the first status.
    static QString statusOf(const QAbstractItemModel& model, const QString& key)
    {
        const QVariant status = cell(model, key, 0, MetadataFileModel::StatusRole);
        return status.isValid() ? MetadataFileModel::statusName(status.value<MetadataFileModel::Status>())
                                : u"(no row)"_s;
    }
    static QString named(MetadataFileModel::Status status) { return MetadataFileModel::statusName(status); }

private Q_SLOTS:
    void initTestCase()
    {
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
        QString error;
        const auto store = MetadataStore::parse(m_postgres->url(), &error);
        QVERIFY2(store, qPrintable(error));
        m_store = *store;
        m_writer = connected();
        QVERIFY(m_writer);
        QVERIFY(resultOf(m_writer->save(u"web-01"_s, validDocument(u"web-01"_s))).ok());
        QVERIFY(resultOf(m_writer->save(u"db-01"_s, brokenDocument)).ok());
    }

    void listsAndValidatesEveryDocument()
    {
        auto driver = connected();
        QVERIFY(driver);
        MetadataDatabaseModel model(driver.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && model.isSettled(), waitMs);
        QCOMPARE(statusOf(model, u"web-01"_s), named(MetadataFileModel::Status::Valid));
        QCOMPARE(cell(model, u"web-01"_s, MetadataFileModel::HostnameColumn).toString(), u"web-01"_s);
        QVERIFY(!cell(model, u"web-01"_s, MetadataFileModel::ModifiedColumn).toString().isEmpty());
        QCOMPARE(statusOf(model, u"db-01"_s), named(MetadataFileModel::Status::Errors));
        QVERIFY(cell(model, u"db-01"_s, 0, MetadataFileModel::ErrorCountRole).toInt() > 0);
        QCOMPARE(model.headerData(MetadataFileModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    }

    void followsAnotherWritersChangesByNotify()
    {
        auto driver = connected();
        QVERIFY(driver);
        MetadataDatabaseModel model(driver.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && model.isSettled(), waitMs);

        QVERIFY(resultOf(m_writer->save(u"app-01"_s, validDocument(u"app-01"_s))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, u"app-01"_s), named(MetadataFileModel::Status::Valid), waitMs);
        QCOMPARE(model.rowCount(), 3);

        QVERIFY(resultOf(m_writer->save(u"db-01"_s, validDocument(u"db-02"_s))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, u"db-01"_s), named(MetadataFileModel::Status::Valid), waitMs);
        QCOMPARE(cell(model, u"db-01"_s, MetadataFileModel::HostnameColumn).toString(), u"db-02"_s);

        QVERIFY(resultOf(m_writer->remove(u"app-01"_s)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, waitMs);
        QCOMPARE(model.rowOf(u"app-01"_s), -1);
        QVERIFY(resultOf(m_writer->save(u"db-01"_s, brokenDocument)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, u"db-01"_s), named(MetadataFileModel::Status::Errors), waitMs);
    }

    void inventoryVmsWithoutADocumentAreMissingUntilOneIsSaved()
    {
        auto driver = connected();
        QVERIFY(driver);
        MetadataDatabaseModel model(driver.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventoryVms({ u"web-01"_s, u"new-vm"_s, u"../escape"_s });
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 3 && model.isSettled(), waitMs);
        QCOMPARE(statusOf(model, u"new-vm"_s), named(MetadataFileModel::Status::Missing));
        QVERIFY(cell(model, u"new-vm"_s, 0, MetadataFileModel::NeedsCreateRole).toBool());
        QCOMPARE(model.rowOf(u"../escape"_s), -1);

        QVERIFY(resultOf(m_writer->save(u"new-vm"_s, validDocument(u"new-vm"_s))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, u"new-vm"_s), named(MetadataFileModel::Status::Valid), waitMs);
        QVERIFY(resultOf(m_writer->remove(u"new-vm"_s)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, u"new-vm"_s), named(MetadataFileModel::Status::Missing), waitMs);
        model.setInventoryVms({});
        QCOMPARE(model.rowCount(), 2);
    }

    void theEditorsDocumentChangedElsewhereIsMarked()
    {
        auto driver = connected();
        QVERIFY(driver);
        MetadataDatabaseModel model(driver.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && model.isSettled(), waitMs);
        model.markOpened(u"web-01"_s, MetadataFileModel::hashOf(validDocument(u"web-01"_s)));
        QCOMPARE(statusOf(model, u"web-01"_s), named(MetadataFileModel::Status::Valid));

        // Unsaved text with an error: its findings show until saved or closed.
        model.revalidate(u"web-01"_s, brokenDocument);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(model, u"web-01"_s), named(MetadataFileModel::Status::Errors), waitMs);

        QVERIFY(resultOf(m_writer->save(u"web-01"_s, validDocument(u"web-99"_s))).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            statusOf(model, u"web-01"_s), named(MetadataFileModel::Status::ChangedOnDisk), waitMs);
        model.markClosed(u"web-01"_s);
        QCOMPARE(statusOf(model, u"web-01"_s), named(MetadataFileModel::Status::Valid));
        QVERIFY(resultOf(m_writer->save(u"web-01"_s, validDocument(u"web-01"_s))).ok());
    }

    void aListingThatFailsSaysWhyAndKeepsTheRows()
    {
        auto driver = connected();
        QVERIFY(driver);
        MetadataDatabaseModel model(driver.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && model.isSettled(), waitMs);
        QVERIFY(m_postgres->stop());
        QSignalSpy failed(&model, &MetadataDatabaseModel::listingFailed);
        model.refresh();
        const bool sawFailure = failed.wait(waitMs);
        QVERIFY(m_postgres->start());
        QVERIFY(sawFailure);
        QVERIFY2(!failed.first().first().toString().isEmpty(), "no reason given");
        QCOMPARE(model.rowCount(), 2);
        // Back up: listed again without being asked.
        QSignalSpy listed(&model, &MetadataDatabaseModel::listed);
        QVERIFY(listed.wait(waitMs));
        QCOMPARE(listed.first().first().toInt(), 2);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestMetadataDatabaseModel)
#include "tst_metadatadatabasemodel.moc"
