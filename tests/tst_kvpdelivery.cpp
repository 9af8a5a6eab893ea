// SPDX-License-Identifier: GPL-3.0-or-later
// The Metadata page's Push by Hyper-V KVP, offscreen, against the Hyper-V test server: disabled with
// a reason until a host is connected; then the saved document reaches the guest's pool 0 (as the
// server writes it, like hv_kvp_daemon) and assembles into what `vmdeskctl metadata render` writes;
// a document with errors and a VM the host does not have are refused in words.
#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "kvp/hypervkvp.h"
#include "kvp/kvppool.h"
#include "kvp/kvpseed.h"
#include "kvp/wsmanclient.h"
#include "metadatadelivery.h"
#include "metadatapage.h"
#include "support/testmain.h"
#include "support/toolrun.h"
#include "support/wsmanserver.h"

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

class TestKvpDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushesTheSavedDocumentToTheVmOfThatName()
    {
        QTemporaryDir dir;
        const QString documents = dir.filePath(u"documents"_s);
        QVERIFY(QDir().mkpath(documents));
        QVERIFY(writeAll(documents + u"/web-01.yaml"_s, readAll(QStringLiteral(VMDESK_DOCUMENTS_DIR "/web-01.yaml"))));
        QVERIFY(writeAll(documents + u"/broken.yaml"_s, "metadata:\n  instance_id: [unclosed\n"));
        QVERIFY(
            writeAll(documents + u"/elsewhere.yaml"_s, readAll(QStringLiteral(VMDESK_DOCUMENTS_DIR "/minimal.yaml"))));

        WsManServer server;
        WsManServer::Options options;
        options.statePath = dir.filePath(u"state.json"_s);
        options.poolRoot = dir.filePath(u"pools"_s);
        const QJsonObject state { { u"vms"_s,
            QJsonArray { QJsonObject { { u"id"_s, u"4D2A7C10-1B2C-4D3E-8F90-0A1B2C3D4E5F"_s },
                             { u"name"_s, u"web-01"_s }, { u"state"_s, 2 } },
                QJsonObject { { u"id"_s, u"0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9"_s }, { u"name"_s, u"broken"_s },
                    { u"state"_s, 2 } } } } };
        QString error;
        QVERIFY2(WsManServer::writeState(options.statePath, state, &error) && server.start(options, &error),
            qPrintable(error));

        MetadataPage page;
        page.setDirectory(documents);
        page.show();
        QVERIFY(page.openVm(u"web-01"_s));
        MetadataDelivery* delivery = page.delivery();
        QAction* push = delivery->pushKvpAction();
        QVERIFY(!push->isEnabled());
        QVERIFY(push->statusTip().contains(u"Hyper-V host on the KVP page"_s));
        QVERIFY(delivery->button()->isEnabled()); // Save Seed ISO works without any connection

        WsManClient client({ server.endpoint(), u"Administrator"_s, WsManEndpoint::Authentication::Basic, {} },
            u"hyperv-test-password"_s);
        HypervKvp kvp(&client);
        delivery->setHypervHost(&kvp, u"hv-test"_s);
        QVERIFY(push->isEnabled());
        QVERIFY(push->statusTip().contains(u"hv-test"_s));

        QSignalSpy finished(delivery, &MetadataDelivery::finished);
        push->trigger();
        QVERIFY(!push->isEnabled()); // one delivery at a time
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(delivery->resultLabel()->text().contains(u"web-01 on hv-test"_s));
        QVERIFY(push->isEnabled());

        const ToolRun render = runTool(QCoreApplication::applicationDirPath() + u"/vmdeskctl"_s,
            { u"metadata"_s, u"render"_s, u"--directory"_s, documents, u"--vm"_s, u"web-01"_s, u"--seed-dir"_s,
                dir.filePath(u"rendered"_s) });
        QVERIFY2(render.exitCode == 0, render.all().constData());
        const KvpPool::Contents pool = KvpPool::read(KvpPool::path(dir.filePath(u"pools/web-01"_s), 0));
        QVERIFY2(pool.error.isEmpty(), qPrintable(pool.error));
        const KvpSeed::Assembly assembly = KvpSeed::assemble(pool.records);
        QVERIFY(assembly.payloads);
        QCOMPARE(assembly.payloads->metaData, readAll(dir.filePath(u"rendered/meta-data"_s)));
        QCOMPARE(assembly.payloads->userData, readAll(dir.filePath(u"rendered/user-data"_s)));
        QCOMPARE(assembly.payloads->networkConfig, readAll(dir.filePath(u"rendered/network-config"_s)));

        // A document with errors is not pushed, and says why.
        finished.clear();
        QVERIFY(page.openVm(u"broken"_s));
        push->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().startsWith(u"Not pushed to broken"_s),
            qPrintable(finished.first().at(1).toString()));
        QVERIFY(!QFile::exists(KvpPool::path(dir.filePath(u"pools/broken"_s), 0)));

        // A document whose VM the host does not have.
        finished.clear();
        QVERIFY(page.openVm(u"elsewhere"_s));
        push->trigger();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(1).toString().contains(u"no VM named \"elsewhere\""_s),
            qPrintable(finished.first().at(1).toString()));

        delivery->setHypervHost(nullptr, {});
        QVERIFY(!push->isEnabled());
    }
};

VMDESK_TEST_MAIN(TestKvpDelivery)
#include "tst_kvpdelivery.moc"
