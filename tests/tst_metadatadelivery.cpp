// SPDX-License-Identifier: GPL-3.0-or-later
// The Metadata page's Deliver menu against the simulator: guestinfo and seed ISO delivery, the
// channels line, import from a VM and the limits refused before any call.
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "cloudinit/guestinfocodec.h"
#include "inventorymodel.h"
#include "metadatadelivery.h"
#include "metadataeditsession.h"
#include "metadatapage.h"
#include "provisioning/guestinfochannel.h"
#include "support/futurewait.h"
#include "support/simulatorenvironment.h"
#include "support/testmain.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {
// Answers the next modal message box with its button of `role`, once one shows (some ask after a read).
void answerNextBox(QMessageBox::ButtonRole role, QString* text = nullptr)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, role, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        if (text) {
            *text = box->text();
        }
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        }
        box->reject(); // no such button: the test sees nothing happen
    });
    poll->start();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

GuestInfoChannel::Keys keysOf(QFuture<GuestInfoChannel::Keys> future)
{
    if (failureOf(future)) {
        return { { u"(failed)"_s, {} } };
    }
    return future.result();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}
} // namespace

class TestMetadataDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(SimulatorEnvironment::sdkUrl().isValid(), "run through ctest: the vcsim fixture provides the URL");
        QVERIFY(!failureOf(m_session.login(
            { SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} }, SimulatorEnvironment::password())));
        QTRY_COMPARE_WITH_TIMEOUT(m_inventory.rowCount(), SimulatorEnvironment::vmCount(), 30000);
    }

    void cleanupTestCase() { failureOf(m_session.logout()); }

    void deliversAndFollowsTheChannels()
    {
        const QString vm = u"DC0_C0_RP0_VM5"_s;
        QVERIFY(m_inventory.vmNamed(vm));
        QTemporaryDir dir;
        const QString path = dir.filePath(vm + u".yaml"_s);
        QVERIFY(writeAll(path, readAll(QStringLiteral(VMDESK_DOCUMENTS_DIR "/minimal.yaml"))));
        MetadataPage page;
        page.setDirectory(dir.path());
        page.show();
        QVERIFY(page.openVm(vm));
        MetadataDelivery* delivery = page.delivery();
        // Not connected yet: the menu says why.
        QVERIFY(!delivery->pushAction()->isEnabled());
        QVERIFY(delivery->button()->statusTip().contains(u"Connect to a vCenter"_s));

        delivery->setServices(&m_session, &m_actions, &m_inventory);
        QVERIFY(delivery->pushAction()->isEnabled());
        QSignalSpy finished(delivery, &MetadataDelivery::finished);

        delivery->pushAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().startsWith(u"guestinfo set and read back: identical (meta-data "_s));
        QVERIFY(finished.at(0).at(1).toString().endsWith(u"KiB after gzip+base64)"_s));
        QCOMPARE(delivery->resultLabel()->text(), finished.at(0).at(1).toString());
        QTRY_COMPARE_WITH_TIMEOUT(
            delivery->channelsLabel()->text(), u"Serial file: saved · guestinfo: in sync · seed ISO: none"_s, 30000);

        // The saved document changes: what the VM holds no longer matches it.
        page.session()->setText(page.session()->text().replace("i-minimal", "i-changed"));
        QTRY_VERIFY(delivery->channelsLabel()->text().startsWith(u"Serial file: unsaved changes"_s));
        QVERIFY(page.save(false));
        QTRY_COMPARE_WITH_TIMEOUT(
            delivery->channelsLabel()->text(), u"Serial file: saved · guestinfo: differs · seed ISO: none"_s, 30000);

        QString question;
        answerNextBox(QMessageBox::AcceptRole, &question);
        delivery->clearAction()->trigger();
        QVERIFY(question.contains(u"guestinfo"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            delivery->channelsLabel()->text(), u"Serial file: saved · guestinfo: none · seed ISO: none"_s, 30000);

        delivery->attachIsoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(finished.at(2).at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(delivery->channelsLabel()->text().contains(u"seed ISO: attached (["_s), 30000);
        QVERIFY(delivery->channelsLabel()->text().contains(vm + u"-cidata.iso)"_s));

        answerNextBox(QMessageBox::AcceptRole);
        delivery->detachIsoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 60000);
        QVERIFY2(finished.at(3).at(0).toBool(), qPrintable(finished.at(3).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(
            delivery->channelsLabel()->text(), u"Serial file: saved · guestinfo: none · seed ISO: none"_s, 30000);

        // A cancelled confirmation does nothing.
        answerNextBox(QMessageBox::RejectRole);
        delivery->clearAction()->trigger();
        QTest::qWait(200);
        QCOMPARE(finished.size(), 4);
    }

    void unsavedEditsAreSavedFirstOrNothingIsDelivered()
    {
        const QString vm = u"DC0_C0_RP0_VM6"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(vm + u".yaml"_s);
        QVERIFY(writeAll(path, readAll(QStringLiteral(VMDESK_DOCUMENTS_DIR "/minimal.yaml"))));
        MetadataPage page;
        page.setDirectory(dir.path());
        page.delivery()->setServices(&m_session, &m_actions, &m_inventory);
        QVERIFY(page.openVm(vm));
        QSignalSpy finished(page.delivery(), &MetadataDelivery::finished);
        page.session()->setText(page.session()->text().replace("i-minimal", "i-unsaved"));
        answerNextBox(QMessageBox::RejectRole);
        page.delivery()->pushAction()->trigger();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(u"unsaved changes"_s));
        QVERIFY(!readAll(path).contains("i-unsaved"));
    }

    void importsWhatAnotherToolSet()
    {
        const QString vm = u"DC0_C0_RP0_VM7"_s;
        const std::optional<VmSummary> summary = m_inventory.vmNamed(vm);
        QVERIFY(summary);
        // As cloud-init's VMware datasource is given it: the network under "network", the keys listed.
        const QByteArray metadata = R"({"instance-id": "i-imported-7", "local-hostname": "imported-7",
            "hostname": "imported-7", "public-keys": [], "tags": null,
            "network": {"version": 2, "ethernets": {"ens192": {"dhcp4": false, "addresses": ["192.0.2.7/24"]}}}})";
        const QByteArray userdata = "#cloud-config\npackages: [htop]\n";
        QVERIFY(!failureOf(m_actions.setGuestInfo(summary->ref,
            { { u"guestinfo.metadata"_s, QString::fromLatin1(metadata.toBase64()) },
                { u"guestinfo.metadata.encoding"_s, u"base64"_s },
                { u"guestinfo.userdata"_s, QString::fromLatin1(userdata.toBase64()) },
                { u"guestinfo.userdata.encoding"_s, u"base64"_s } })));

        QTemporaryDir dir;
        MetadataPage page;
        page.setDirectory(dir.path());
        page.delivery()->setServices(&m_session, &m_actions, &m_inventory);
        QVERIFY(page.openVm(vm)); // no file: the starter
        QSignalSpy finished(page.delivery(), &MetadataDelivery::finished);
        page.delivery()->importAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(page.session()->isDirty());
        QVERIFY(!page.session()->existsOnDisk());
        QCOMPARE(page.session()->key(), vm);

        QString error;
        const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(page.session()->text(), &error);
        QVERIFY2(document, qPrintable(error));
        const GuestInfoCodec::Values rendered = GuestInfoCodec::render(*document, vm);
        const auto decoded = [](const QByteArray& value) {
            return GuestInfoCodec::decode(value, QLatin1String(GuestInfoCodec::encodingName)).value_or("(bad)");
        };
        QCOMPARE(
            QJsonDocument::fromJson(decoded(rendered.metadata)).object(), QJsonDocument::fromJson(metadata).object());
        QCOMPARE(decoded(rendered.userdata), userdata);

        // With a file for the VM, importing asks before replacing its text.
        QVERIFY(page.save(false));
        const QByteArray saved = page.session()->text();
        page.session()->setText(saved + "# mine\n");
        QVERIFY(page.save(false));
        QString question;
        answerNextBox(QMessageBox::RejectRole, &question);
        page.delivery()->importAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 30000);
        QVERIFY(question.contains(u"already has a document"_s));
        QTest::qWait(100);
        QVERIFY(page.session()->text().endsWith("# mine\n"));
        QVERIFY(!page.session()->isDirty());
    }

    void overLimitDocumentIsRefusedBeforeAnyCall()
    {
        // 72 KiB of base64 text as user-data: over the 64 KiB a value may be, whichever channel.
        const int randomBytes = 54 * 1024;
        const QString limit = u"more than its limit of 65536"_s;
        const QString vm = u"DC0_C0_RP0_VM8"_s;
        const std::optional<VmSummary> summary = m_inventory.vmNamed(vm);
        QVERIFY(summary);
        GuestInfoChannel channel(&m_session, &m_actions);
        const GuestInfoChannel::Keys before = keysOf(channel.read(summary->ref));

        QByteArray random(randomBytes, Qt::Uninitialized);
        QRandomGenerator generator(12);
        for (char& byte : random) {
            byte = char(generator.bounded(256));
        }
        QByteArray text = "metadata:\n  instance-id: 'i-big'\nuserdata: |\n  #!/bin/sh\n";
        const QByteArray noise = random.toBase64();
        for (qsizetype at = 0; at < noise.size(); at += 76) {
            text += "  # " + noise.mid(at, 76) + '\n';
        }
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(vm + u".yaml"_s), text));
        MetadataPage page;
        page.setDirectory(dir.path());
        page.delivery()->setServices(&m_session, &m_actions, &m_inventory);
        QVERIFY(page.openVm(vm));
        QSignalSpy finished(page.delivery(), &MetadataDelivery::finished);
        QSignalSpy tasks(&m_actions, &VmActions::taskFinished);
        page.delivery()->pushAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(!finished.at(0).at(0).toBool());
        const QString message = finished.at(0).at(1).toString();
        QVERIFY2(message.contains(u"user-data"_s) && message.contains(limit), qPrintable(message));
        QCOMPARE(tasks.size(), 0);
        QCOMPARE(keysOf(channel.read(summary->ref)), before);
    }

private:
    VSphereSession m_session;
    VmActions m_actions { &m_session };
    InventoryModel m_inventory { &m_session };
};

VMDESK_TEST_MAIN(TestMetadataDelivery)
#include "tst_metadatadelivery.moc"
