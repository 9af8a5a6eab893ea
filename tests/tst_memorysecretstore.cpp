// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSignalSpy>
#include <QTest>

#include "secrets/memorysecretstore.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<SecretError::Kind> failureKind(QFuture<QString> future)
{
    try {
        future.waitForFinished();
    } catch (const SecretError& error) {
        return error.kind();
    }
    return std::nullopt;
}
} // namespace

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        MemorySecretStore store;
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        QCOMPARE(failureKind(store.readPassword(u"u@vc:443"_s)), SecretError::Kind::NotFound);
        store.writePassword(u"u@vc:443"_s, u"s3cret"_s).waitForFinished();
        QCOMPARE(store.readPassword(u"u@vc:443"_s).result(), u"s3cret"_s);
        QCOMPARE(failureKind(store.readPassword(u"other@vc:443"_s)), SecretError::Kind::NotFound);
        store.removePassword(u"u@vc:443"_s).waitForFinished();
        QCOMPARE(failureKind(store.readPassword(u"u@vc:443"_s)), SecretError::Kind::NotFound);
        QCOMPARE(availability.size(), 0);
        QVERIFY(store.isAvailable());
    }

    void missingBackendIsReported()
    {
        MemorySecretStore store;
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        store.simulateMissingBackend(u"no keyring"_s);
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().at(0).toBool(), false);
        QCOMPARE(availability.first().at(1).toString(), u"no keyring"_s);
        QVERIFY(!store.isAvailable());
        QCOMPARE(failureKind(store.readPassword(u"k"_s)), SecretError::Kind::NoBackend);
        bool failed = false;
        try {
            store.writePassword(u"k"_s, u"v"_s).waitForFinished();
        } catch (const SecretError& error) {
            failed = error.kind() == SecretError::Kind::NoBackend;
        }
        QVERIFY(failed);
    }
};

VMDESK_TEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
