// SPDX-License-Identifier: GPL-3.0-or-later
// The WS-Management client and HypervKvp against the Hyper-V test server (tests/hyperv): VMs and
// items through Enumerate/Pull, upserts and removals read back from the server and from the pool
// file it writes as hv_kvp_daemon would, job polling, faults, TLS, and the whole KVP channel: a
// document pushed with `vmdeskctl kvp host push-seed` comes out of `vmdeskctl guest-fetch --kvp`
// exactly as `vmdeskctl metadata render` writes it.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "kvp/hypervkvp.h"
#include "kvp/kvppool.h"
#include "kvp/wsmanclient.h"
#include "support/testmain.h"
#include "support/toolrun.h"
#include "support/wsmanserver.h"

using namespace Qt::StringLiterals;

namespace {
const QString web = u"4D2A7C10-1B2C-4D3E-8F90-0A1B2C3D4E5F"_s;
const QString db = u"0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9"_s;
const QString spare = u"77777777-1111-4222-8333-944444444444"_s;
const QString password = u"hyperv-test-password"_s;

QJsonObject state()
{
    const QJsonObject webVm { { u"id"_s, web }, { u"name"_s, u"web-01"_s }, { u"state"_s, 2 },
        { u"intrinsic"_s,
            QJsonObject { { u"OSName"_s, u"Debian GNU/Linux"_s }, { u"NetworkAddressIPv4"_s, u"10.0.0.5"_s } } },
        { u"guest"_s, QJsonObject { { u"status"_s, u"ready"_s } } },
        { u"host"_s, QJsonObject { { u"role"_s, u"web"_s } } } };
    const QJsonObject dbVm { { u"id"_s, db }, { u"name"_s, u"db-02"_s }, { u"state"_s, 3 } };
    const QJsonObject spareVm { { u"id"_s, spare }, { u"name"_s, u"a-spare"_s }, { u"state"_s, 32769 } };
    return { { u"vms"_s, QJsonArray { webVm, dbVm, spareVm } } };
}

template <typename T> T resultOf(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000)) {
        throw WsManError(WsManError::Kind::Network, u"test timed out"_s);
    }
    if constexpr (std::is_void_v<T>) {
        future.waitForFinished();
    } else {
        return future.result();
    }
}

template <typename T> std::optional<WsManError> failureOf(QFuture<T> future)
{
    try {
        resultOf(future);
    } catch (const WsManError& error) {
        return error;
    }
    return std::nullopt;
}

QString value(const QList<HypervKvpItem>& items, const QString& name)
{
    for (const HypervKvpItem& item : items) {
        if (item.name == name) {
            return item.data;
        }
    }
    return u"<absent>"_s;
}

QByteArray poolValue(const QString& path, const QByteArray& key)
{
    const KvpPool::Contents contents = KvpPool::read(path);
    for (const KvpRecord& record : contents.records) {
        if (record.key == key) {
            return record.value;
        }
    }
    return "<absent>";
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString vmdeskctl()
{
    return QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s;
}
} // namespace

class TestHypervKvp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<WsManServer> m_server;

    bool startServer(WsManServer::Options options = {})
    {
        m_server = std::make_unique<WsManServer>();
        QString error;
        options.statePath = m_dir.filePath(u"state.json"_s);
        options.poolRoot = m_dir.filePath(u"pools"_s);
        if (!WsManServer::writeState(options.statePath, state(), &error) || !m_server->start(options, &error)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    WsManEndpoint endpoint() const
    {
        return { m_server->endpoint(), u"Administrator"_s, WsManEndpoint::Authentication::Basic, {} };
    }

    QString pool0() const { return KvpPool::path(m_dir.filePath(u"pools/web-01"_s), 0); }

    ToolRun ctl(QStringList arguments)
    {
        arguments = QStringList { u"kvp"_s, u"host"_s } + arguments;
        arguments.insert(3, u"--url"_s);
        arguments.insert(4, m_server->endpoint().toString());
        arguments.insert(5, u"--user"_s);
        arguments.insert(6, u"Administrator"_s);
        arguments.insert(7, u"--password-env"_s);
        arguments.insert(8, u"VMDESK_TEST_HYPERV_PASSWORD"_s);
        qputenv("VMDESK_TEST_HYPERV_PASSWORD", password.toUtf8());
        return runTool(vmdeskctl(), arguments);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.filePath(u"pools"_s)).removeRecursively();
    }

    void cleanup() { m_server.reset(); }

    void vmsAndTheirItemsArriveThroughEveryPage()
    {
        WsManServer::Options options;
        options.pageSize = 1; // every instance on its own Pull
        QVERIFY(startServer(options));
        WsManClient client(endpoint(), password);
        HypervKvp kvp(&client);
        const QList<HypervVm> vms = resultOf(kvp.virtualMachines());
        QCOMPARE(vms.size(), 3); // not the host itself
        QCOMPARE(vms.at(0).name, u"a-spare"_s);
        QCOMPARE(vms.at(0).stateText(), u"Saved"_s);
        QCOMPARE(vms.at(1).name, u"db-02"_s);
        QCOMPARE(vms.at(1).stateText(), u"Off"_s);
        QCOMPARE(vms.at(2).id, web);
        QCOMPARE(vms.at(2).stateText(), u"Running"_s);
        QCOMPARE(resultOf(kvp.findVm(u"web-01"_s)).id, web);
        QCOMPARE(resultOf(kvp.findVm(db.toLower())).name, u"db-02"_s);
        const auto missing = failureOf(kvp.findVm(u"nope"_s));
        QVERIFY(missing);
        QCOMPARE(missing->kind(), WsManError::Kind::NotFound);

        const HypervKvpItems items = resultOf(kvp.items(web));
        QCOMPARE(value(items.intrinsic, u"OSName"_s), u"Debian GNU/Linux"_s);
        QCOMPARE(value(items.intrinsic, u"NetworkAddressIPv4"_s), u"10.0.0.5"_s);
        QCOMPARE(value(items.guest, u"status"_s), u"ready"_s);
        QCOMPARE(items.host, QList<HypervKvpItem>({ { u"role"_s, u"web"_s } }));
        QVERIFY(items.unreadable.isEmpty());
        QVERIFY(resultOf(kvp.items(db)).host.isEmpty());
    }

    void pushUpsertsAndRemoveDeletesOnTheHostAndInTheGuestPool()
    {
        QVERIFY(startServer());
        WsManClient client(endpoint(), password);
        HypervKvp kvp(&client);
        QSignalSpy steps(&kvp, &HypervKvp::stepStarted);
        const QString unicode = u"grüße ✓ <&> ]]>"_s;
        const HypervPushResult result
            = resultOf(kvp.push(web, { { u"role"_s, u"frontend"_s }, { u"new.key"_s, unicode } }));
        QCOMPARE(result.modified, 1);
        QCOMPARE(result.added, 1);
        QCOMPARE(steps.size(), 2); // one Modify, one Add
        const HypervKvpItems after = resultOf(kvp.items(web));
        QCOMPARE(value(after.host, u"role"_s), u"frontend"_s);
        QCOMPARE(value(after.host, u"new.key"_s), unicode);
        QCOMPARE(poolValue(pool0(), "new.key"), unicode.toUtf8());

        // More than one call's worth of items: 128 per call.
        QList<HypervKvpItem> many;
        for (int i = 0; i < 130; ++i) {
            many.append({ u"bulk.%1"_s.arg(i), QString::number(i) });
        }
        steps.clear();
        QCOMPARE(resultOf(kvp.push(web, many)).added, 130);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(poolValue(pool0(), "bulk.129"), QByteArray("129"));

        resultOf(kvp.remove(web, { u"new.key"_s, u"bulk.0"_s }));
        const HypervKvpItems removed = resultOf(kvp.items(web));
        QCOMPARE(value(removed.host, u"new.key"_s), u"<absent>"_s);
        QCOMPARE(value(removed.host, u"bulk.1"_s), u"1"_s);
        QCOMPARE(poolValue(pool0(), "new.key"), QByteArray("<absent>"));
        QCOMPARE(poolValue(pool0(), "bulk.0"), QByteArray("<absent>"));
        QCOMPARE(poolValue(pool0(), "role"), QByteArray("frontend"));
    }

    void itemsBreakingTheGuestsLimitsAreNeverSent()
    {
        QVERIFY(startServer());
        WsManClient client(endpoint(), password);
        HypervKvp kvp(&client);
        const auto tooLong = failureOf(kvp.push(web, { { u"ok"_s, u"1"_s }, { u"big"_s, QString(1023, u'x') } }));
        QVERIFY(tooLong);
        QVERIFY2(tooLong->message().contains(u"1022"_s) || tooLong->message().contains(u"1,022"_s),
            qPrintable(tooLong->message()));
        QVERIFY(failureOf(kvp.push(web, { { u"ctl"_s, u"a\u0001b"_s } })));
        QCOMPARE(value(resultOf(kvp.items(web)).host, u"ok"_s), u"<absent>"_s); // nothing of the batch
    }

    void jobsArePolledUntilTheyEnd()
    {
        WsManServer::Options options;
        options.jobs = true;
        options.jobPolls = 3;
        QVERIFY(startServer(options));
        WsManClient client(endpoint(), password);
        HypervKvp kvp(&client);
        QSignalSpy steps(&kvp, &HypervKvp::stepStarted);
        QCOMPARE(resultOf(kvp.push(web, { { u"via.job"_s, u"yes"_s } })).added, 1);
        QVERIFY(steps.size() >= 2);
        QVERIFY(steps.at(1).at(0).toString().startsWith(u"Waiting for Hyper-V job"_s));
        QCOMPARE(value(resultOf(kvp.items(web)).host, u"via.job"_s), u"yes"_s);

        // A VM that is not there: the call or its job fails, in words.
        const auto failed = failureOf(kvp.push(u"11111111-2222-4333-8444-555555555555"_s, { { u"k"_s, u"v"_s } }));
        QVERIFY(failed);
        QVERIFY(failed->kind() == WsManError::Kind::MethodFailed || failed->kind() == WsManError::Kind::Fault);
        QVERIFY(!failed->message().isEmpty());
    }

    void loginNetworkAndCertificateFailuresSayWhatHappened()
    {
        QVERIFY(startServer());
        WsManClient wrong(endpoint(), u"not-the-password"_s);
        const auto refused = failureOf(HypervKvp(&wrong).virtualMachines());
        QVERIFY(refused);
        QCOMPARE(refused->kind(), WsManError::Kind::InvalidLogin);
        QVERIFY(refused->message().contains(u"401"_s));

        const QUrl gone = m_server->endpoint();
        m_server.reset();
        WsManClient nobody({ gone, u"Administrator"_s, WsManEndpoint::Authentication::Basic, {} }, password);
        const auto network = failureOf(HypervKvp(&nobody).virtualMachines());
        QVERIFY(network);
        QCOMPARE(network->kind(), WsManError::Kind::Network);
        QVERIFY2(network->message().contains(u"refused"_s), qPrintable(network->message()));
    }

    void tlsWorksWithAPinnedCertificateAndNotWithout()
    {
        const QString certificate = m_dir.filePath(u"cert.pem"_s);
        const QString key = m_dir.filePath(u"key.pem"_s);
        const ToolRun openssl = runTool(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                u"-days"_s, u"1"_s, u"-keyout"_s, key, u"-out"_s, certificate });
        QVERIFY2(openssl.exitCode == 0, openssl.all().constData());
        WsManServer::Options options;
        options.certificate = certificate;
        options.key = key;
        QVERIFY(startServer(options));
        QCOMPARE(m_server->endpoint().scheme(), u"https"_s);

        WsManClient untrusted(endpoint(), password);
        const auto refused = failureOf(HypervKvp(&untrusted).virtualMachines());
        QVERIFY(refused);
        QCOMPARE(refused->kind(), WsManError::Kind::UntrustedCertificate);
        const QByteArray digest = QSslCertificate::fromPath(certificate).value(0).digest(QCryptographicHash::Sha256);
        QCOMPARE(refused->certificateSha256(), QString::fromLatin1(digest.toHex(':').toUpper()));

        WsManEndpoint pinned = endpoint();
        pinned.pinnedCertificateSha256 = digest;
        WsManClient trusted(pinned, password);
        QCOMPARE(resultOf(HypervKvp(&trusted).virtualMachines()).size(), 3);
    }

    void theCliListsGetsPushesAndRemoves()
    {
        QVERIFY(startServer());
        const ToolRun list = ctl({ u"list"_s });
        QVERIFY2(list.exitCode == 0, list.all().constData());
        QCOMPARE(list.output,
            QByteArray("a-spare\tSaved\t" + spare.toLatin1() + "\ndb-02\tOff\t" + db.toLatin1() + "\nweb-01\tRunning\t"
                + web.toLatin1() + '\n'));
        const ToolRun push = ctl({ u"push"_s, u"--vm"_s, u"web-01"_s, u"role"_s, u"api"_s, u"site"_s, u"fra"_s });
        QVERIFY2(push.exitCode == 0, push.all().constData());
        QCOMPARE(push.output, QByteArray("web-01: added 1, modified 1\n"));
        const ToolRun get = ctl({ u"get"_s, u"--vm"_s, u"web-01"_s, u"--source"_s, u"host"_s });
        QCOMPARE(get.output, QByteArray("Key: role, Value: api\nKey: site, Value: fra\n"));
        const ToolRun one = ctl({ u"get"_s, u"--vm"_s, web, u"--key"_s, u"OSName"_s });
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.output, QByteArray("Debian GNU/Linux")); // no newline, as hvkvp
        QCOMPARE(ctl({ u"get"_s, u"--vm"_s, u"web-01"_s, u"--key"_s, u"absent"_s }).exitCode, 1);
        const ToolRun remove = ctl({ u"remove"_s, u"--vm"_s, u"web-01"_s, u"site"_s });
        QVERIFY2(remove.exitCode == 0, remove.all().constData());
        QCOMPARE(poolValue(pool0(), "site"), QByteArray("<absent>"));
        const ToolRun absentVm = ctl({ u"get"_s, u"--vm"_s, u"nope"_s });
        QCOMPARE(absentVm.exitCode, 1);
        QVERIFY(absentVm.errors.contains("no VM named \"nope\""));

        qputenv("VMDESK_TEST_HYPERV_PASSWORD", "wrong");
        const ToolRun refused = runTool(vmdeskctl(),
            { u"kvp"_s, u"host"_s, u"list"_s, u"--url"_s, m_server->endpoint().toString(), u"--user"_s,
                u"Administrator"_s, u"--password-env"_s, u"VMDESK_TEST_HYPERV_PASSWORD"_s });
        QCOMPARE(refused.exitCode, 3);
        QCOMPARE(ctl({ u"push"_s, u"--vm"_s, u"web-01"_s, u"odd-count"_s }).exitCode, 2);
    }

    void aDocumentPushedByKvpBecomesTheGuestsSeed()
    {
        QVERIFY(startServer());
        const QString documents = m_dir.filePath(u"documents"_s);
        QVERIFY(QDir().mkpath(documents));
        QVERIFY(QFile::copy(QStringLiteral(VMDESK_DOCUMENTS_DIR "/web-01.yaml"), documents + u"/web-01.yaml"_s));
        const ToolRun push = ctl({ u"push-seed"_s, u"--vm"_s, u"web-01"_s, u"--directory"_s, documents });
        QVERIFY2(push.exitCode == 0, push.all().constData());

        const QString rendered = m_dir.filePath(u"rendered"_s);
        const ToolRun render = runTool(vmdeskctl(),
            { u"metadata"_s, u"render"_s, u"--directory"_s, documents, u"--vm"_s, u"web-01"_s, u"--seed-dir"_s,
                rendered });
        QVERIFY2(render.exitCode == 0, render.all().constData());
        const QString seed = m_dir.filePath(u"seed"_s);
        const ToolRun fetch = runTool(vmdeskctl(),
            { u"guest-fetch"_s, u"--kvp"_s, u"--pool-dir"_s, m_dir.filePath(u"pools/web-01"_s), u"--seed-dir"_s, seed,
                u"--timeout"_s, u"10"_s });
        QVERIFY2(fetch.exitCode == 0, fetch.all().constData());
        for (const QString& name : { u"meta-data"_s, u"user-data"_s, u"network-config"_s }) {
            QVERIFY(!contents(rendered + u'/' + name).isEmpty() || name == u"network-config"_s);
            QCOMPARE(contents(seed + u'/' + name), contents(rendered + u'/' + name));
        }

        // A long user-data, then a short one: the extra chunks of the first go.
        const auto writeDocument = [&](const QByteArray& userData) {
            QFile document(documents + u"/web-01.yaml"_s);
            return document.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && document.write(
                       "metadata:\n  instance_id: web-01-b\n  hostname: web-01\nuserdata: |\n  #cloud-config\n"
                       + userData)
                > 0;
        };
        QByteArray comments;
        for (int line = 0; comments.size() < 4000; ++line) {
            comments += "  # line " + QByteArray::number(line) + " of a long comment\n";
        }
        QVERIFY(writeDocument(comments + "  packages: [curl]\n"));
        const ToolRun longPush = ctl({ u"push-seed"_s, u"--vm"_s, u"web-01"_s, u"--directory"_s, documents });
        QVERIFY2(longPush.exitCode == 0, longPush.all().constData());
        const int chunksBefore = poolValue(pool0(), "vmdesk.user-data.count").toInt();
        QVERIFY(chunksBefore >= 5);
        QVERIFY(writeDocument("  packages: [htop]\n"));
        const ToolRun again = ctl({ u"push-seed"_s, u"--vm"_s, u"web-01"_s, u"--directory"_s, documents });
        QVERIFY2(again.exitCode == 0, again.all().constData());
        QCOMPARE(poolValue(pool0(), "vmdesk.user-data.count"), QByteArray("1"));
        for (int chunk = 1; chunk < chunksBefore; ++chunk) {
            QCOMPARE(poolValue(pool0(), "vmdesk.user-data." + QByteArray::number(chunk)), QByteArray("<absent>"));
        }
        const ToolRun refetch = runTool(vmdeskctl(),
            { u"guest-fetch"_s, u"--kvp"_s, u"--pool-dir"_s, m_dir.filePath(u"pools/web-01"_s), u"--seed-dir"_s, seed,
                u"--timeout"_s, u"10"_s });
        QVERIFY2(refetch.exitCode == 0, refetch.all().constData());
        QVERIFY(contents(seed + u"/user-data"_s).contains("htop"));
    }
};

VMDESK_TEST_GUILESS_MAIN(TestHypervKvp)
#include "tst_hypervkvp.moc"
