// SPDX-License-Identifier: GPL-3.0-or-later
// The real QtKeychain. `roundTrip` runs under dbus-run-session with an unlocked gnome-keyring
// (tests/support/with-keyring.sh); `noKeyringIsReported` runs with no session bus at all.
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "secrets/keychainsecretstore.h"
#include "support/testmain.h"

using namespace Qt::StringLiterals;

namespace {
template <typename T> std::optional<SecretError> failureOf(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000)) {
        return SecretError(SecretError::Kind::Other, u"timed out"_s);
    }
    try {
        future.waitForFinished();
    } catch (const SecretError& error) {
        return error;
    }
    return std::nullopt;
}
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        KeychainSecretStore store(u"vmdesk-tests"_s);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const QString key = u"user@vc-%1:443"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
        const QString password = u"pässwörd with spaces & symbols"_s;

        const auto missing = failureOf(store.readPassword(key));
        QVERIFY(missing);
        QCOMPARE(missing->kind(), SecretError::Kind::NotFound);

        QVERIFY(!failureOf(store.writePassword(key, password)));
        QFuture<QString> read = store.readPassword(key);
        QVERIFY(!failureOf(read));
        QCOMPARE(read.result(), password);

        QVERIFY(!failureOf(store.removePassword(key)));
        const auto removed = failureOf(store.readPassword(key));
        QVERIFY(removed);
        QCOMPARE(removed->kind(), SecretError::Kind::NotFound);
        QCOMPARE(availability.size(), 0);
        QVERIFY(store.isAvailable());
    }

    void noKeyringIsReported()
    {
        KeychainSecretStore store(u"vmdesk-tests"_s);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const auto error = failureOf(store.writePassword(u"k"_s, u"v"_s));
        QVERIFY(error);
        QCOMPARE(error->kind(), SecretError::Kind::NoBackend);
        QVERIFY(error->message().contains(u"not be remembered"_s));
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().at(0).toBool(), false);
        QVERIFY(!store.isAvailable());
    }
};

VMDESK_TEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
