// SPDX-License-Identifier: GPL-3.0-or-later
// The KVP page's Hyper-V hosts panel against the WS-Management test server: host profiles (and the
// password kept out of the settings file), connecting with the keychain's password, the VM list and
// a VM's items, pushing, changing and removing a host item (seen in the guest's pool file too), a
// wrong password, trusting a self-signed certificate by pinning its thumbprint (and forgetting the
// pin for a renewed one), and switching hosts while connecting.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSslCertificate>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include "hypervhostdialog.h"
#include "hypervhostpanel.h"
#include "hypervitemmodel.h"
#include "hypervitemspane.h"
#include "hypervvmmodel.h"
#include "kvp/hypervkvp.h"
#include "kvp/hypervprofilestore.h"
#include "kvp/kvppool.h"
#include "kvppage.h"
#include "secrets/memorysecretstore.h"
#include "support/testmain.h"
#include "support/whenmodal.h"
#include "support/wsmanserver.h"

using namespace Qt::StringLiterals;

namespace {
const QString web01 = u"6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0101"_s;
const QString db01 = u"6A1D2E0C-1B6B-4C1E-9E61-0F6C1D7A0102"_s;
const QString password = u"hyperv-test-password"_s;

// Waits with the event loop running: MemorySecretStore answers through it.
template <typename T> bool waitForFinished(QFuture<T> future)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, 5000) && !future.isCanceled();
}

void fillItemDialog(QDialog* dialog, const QString& key, const QString& value)
{
    auto* keyEdit = dialog->findChild<QLineEdit*>(u"hypervKey"_s);
    auto* valueEdit = dialog->findChild<QPlainTextEdit*>(u"hypervValue"_s);
    QVERIFY(keyEdit && valueEdit);
    if (!key.isNull()) {
        keyEdit->setText(key);
    }
    valueEdit->setPlainText(value);
    dialog->accept();
}

QMap<QString, QString> poolOf(const QString& path)
{
    QMap<QString, QString> pairs;
    for (const KvpRecord& record : KvpPool::read(path).records) {
        pairs.insert(record.keyText(), record.valueText());
    }
    return pairs;
}

void selectVm(HypervHostPanel& panel, const QString& name)
{
    for (int row = 0; row < panel.vmProxy()->rowCount(); ++row) {
        if (panel.vmProxy()->index(row, HypervVmModel::NameColumn).data().toString() == name) {
            panel.vmTable()->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(u"no VM "_s + name));
}

// Selects the item with this key from this source; false when there is none.
bool selectItem(HypervItemsPane* pane, HypervItemModel::Source source, const QString& key)
{
    const int row = pane->model()->rowOf(source, key);
    if (row < 0) {
        return false;
    }
    pane->table()->clearSelection();
    pane->table()->selectRow(pane->proxy()->mapFromSource(pane->model()->index(row, 0)).row());
    return true;
}

// What the keychain holds under `key`; null when nothing (the read fails).
QString storedPassword(SecretStore& secrets, const QString& key)
{
    const QFuture<QString> future = secrets.readPassword(key);
    return waitForFinished(future) ? future.result() : QString();
}

// Saves the host, and its password in the keychain, as an earlier session left them.
bool storeHost(SecretStore& secrets, const HypervHostProfile& profile, const QString& secret = password)
{
    return HypervProfileStore::put(profile).isEmpty()
        && waitForFinished(secrets.writePassword(profile.endpoint.secretKey(), secret));
}

HypervHostProfile profileFor(const QUrl& url, const QString& name = u"lab"_s)
{
    HypervHostProfile profile;
    profile.name = name;
    profile.endpoint.url = url;
    profile.endpoint.user = u"Administrator"_s;
    return profile;
}
} // namespace

class TestHypervHostPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_poolRoot;
    WsManServer m_server;

    // Starts `server` over HTTPS with a new self-signed certificate; its SHA-256 digest, empty when it failed.
    QByteArray startTls(WsManServer& server, const QString& name)
    {
        const QString certificate = m_dir.filePath(name + u".pem"_s), key = m_dir.filePath(name + u"-key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                u"-days"_s, u"1"_s, u"-keyout"_s, key, u"-out"_s, certificate });
        WsManServer::Options options;
        options.statePath = m_dir.filePath(u"state.json"_s);
        options.certificate = certificate;
        options.key = key;
        options.password = password;
        QString error;
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0 || !server.start(options, &error)) {
            qWarning("%s%s", openssl.readAllStandardError().constData(), qPrintable(error));
            return {};
        }
        return QSslCertificate::fromPath(certificate).value(0).digest(QCryptographicHash::Sha256);
    }

    // True when `connect` (connectToHost by default) ended connected.
    bool connectPanel(HypervHostPanel& panel, const std::function<void()>& connect = {})
    {
        QSignalSpy connected(&panel, &HypervHostPanel::connectFinished);
        connect ? connect() : panel.connectToHost();
        return (!connected.isEmpty() || connected.wait(15000)) && connected.first().first().toString().isEmpty()
            && panel.isConnected();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_poolRoot = m_dir.filePath(u"pools"_s);
        const QJsonObject state { { u"vms"_s,
            QJsonArray { QJsonObject { { u"id"_s, web01 }, { u"name"_s, u"web01"_s }, { u"state"_s, 2 },
                             { u"intrinsic"_s, QJsonObject { { u"OSName"_s, u"Debian GNU/Linux"_s } } },
                             { u"guest"_s, QJsonObject { { u"city"_s, u"Zürich"_s } } },
                             { u"host"_s, QJsonObject { { u"role"_s, u"web"_s } } } },
                QJsonObject { { u"id"_s, db01 }, { u"name"_s, u"db01"_s }, { u"state"_s, 3 } } } } };
        QString error;
        const QString statePath = m_dir.filePath(u"state.json"_s);
        QVERIFY2(WsManServer::writeState(statePath, state, &error), qPrintable(error));
        WsManServer::Options options;
        options.statePath = statePath;
        options.poolRoot = m_poolRoot;
        options.password = password;
        QVERIFY2(m_server.start(options, &error), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
    }

    void profileStoreRoundTrip()
    {
        HypervHostProfile windows = profileFor(QUrl(u"https://hv02.example.com:5986/wsman"_s), u"hv02"_s);
        windows.endpoint.user = u"LAB\\admin"_s;
        windows.endpoint.authentication = WsManEndpoint::Authentication::Windows;
        windows.endpoint.pinnedCertificateSha256 = QCryptographicHash::hash("cert", QCryptographicHash::Sha256);
        QCOMPARE(HypervProfileStore::put(profileFor(m_server.endpoint(), u"hv01"_s)), QString());
        QCOMPARE(HypervProfileStore::put(windows), QString());
        QList<HypervHostProfile> loaded = HypervProfileStore::load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).endpoint.url, m_server.endpoint());
        QCOMPARE(loaded.at(0).endpoint.authentication, WsManEndpoint::Authentication::Basic);
        QCOMPARE(loaded.at(1).name, u"hv02"_s);
        QCOMPARE(loaded.at(1).endpoint.user, u"LAB\\admin"_s);
        QCOMPARE(loaded.at(1).endpoint.authentication, WsManEndpoint::Authentication::Windows);
        QCOMPARE(loaded.at(1).endpoint.pinnedCertificateSha256, windows.endpoint.pinnedCertificateSha256);

        // A rename keeps the place; renaming onto another name leaves one profile of that name.
        windows.name = u"hv02-renamed"_s;
        QCOMPARE(HypervProfileStore::put(windows, u"hv02"_s), QString());
        windows.name = u"hv01"_s;
        QCOMPARE(HypervProfileStore::put(windows, u"hv02-renamed"_s), QString());
        loaded = HypervProfileStore::load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().endpoint.user, u"LAB\\admin"_s);
        QCOMPARE(HypervProfileStore::remove(u"hv01"_s), QString());
        QVERIFY(HypervProfileStore::load().isEmpty());
        // Not vCenter's profiles.
        QVERIFY(!QSettings().childGroups().contains(u"profiles"_s));
    }

    void emptyStates()
    {
        MemorySecretStore secrets;
        HypervHostPanel panel(&secrets);
        QCOMPARE(panel.emptyState()->text(),
            u"Add a Hyper-V host to read and push KVP items of its VMs over WinRM (https://host:5986/wsman)."_s);
        QVERIFY(!panel.connectButton()->isEnabled());
        QVERIFY(!panel.editHostButton()->isEnabled());
        QVERIFY(panel.addHostButton()->isEnabled());
        QCOMPARE(HypervProfileStore::put(profileFor(m_server.endpoint())), QString());
        panel.reloadHosts();
        QVERIFY(panel.emptyState()->text().startsWith(u"Not connected to lab."_s));
        QVERIFY(panel.connectButton()->isEnabled());
        QVERIFY(!panel.itemsPane()->pushButton()->isEnabled());
    }

    void addHostRemembersThePasswordOnlyInTheKeychain()
    {
        MemorySecretStore secrets;
        HypervHostPanel panel(&secrets);
        QSignalSpy connected(&panel, &HypervHostPanel::connectFinished);
        whenModal<HypervHostDialog>(this, [this](HypervHostDialog* dialog) {
            dialog->nameEdit()->setText(u"lab"_s);
            dialog->addressEdit()->setText(m_server.endpoint().toString());
            dialog->userEdit()->setText(u"Administrator"_s);
            dialog->passwordEdit()->setText(password);
            dialog->rememberBox()->setChecked(true);
            QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->accept();
        });
        panel.addHost();
        QVERIFY(connected.wait(15000));
        QCOMPARE(connected.first().first().toString(), QString());
        QVERIFY(panel.isConnected());
        QCOMPARE(panel.hostBox()->currentText(), u"lab"_s);

        const HypervHostProfile saved = HypervProfileStore::find(u"lab"_s).value();
        QCOMPARE(saved.endpoint.url, m_server.endpoint());
        QFuture<QString> stored = secrets.readPassword(saved.endpoint.secretKey());
        QVERIFY(waitForFinished(stored));
        QCOMPARE(stored.result(), password);
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("hypervHosts"));
        QVERIFY(contents.contains(m_server.endpoint().toString().toUtf8()));
        QVERIFY(!contents.contains(password.toUtf8()));

        // Another address (or user), no password typed: the stored one moves to the new key.
        QUrl elsewhere = m_server.endpoint();
        elsewhere.setHost(u"localhost"_s);
        whenModal<HypervHostDialog>(this, [&](HypervHostDialog* dialog) {
            dialog->addressEdit()->setText(elsewhere.toString());
            dialog->accept();
        });
        panel.editHost();
        const QString movedKey = HypervProfileStore::find(u"lab"_s)->endpoint.secretKey();
        QVERIFY(movedKey != saved.endpoint.secretKey());
        QTRY_COMPARE(storedPassword(secrets, movedKey), password);
        QVERIFY(storedPassword(secrets, saved.endpoint.secretKey()).isNull());
        // Back, with a password typed and remembered: that one, under the new key once it worked.
        QVERIFY(waitForFinished(secrets.writePassword(movedKey, u"stale"_s)));
        whenModal<HypervHostDialog>(this, [&](HypervHostDialog* dialog) {
            dialog->addressEdit()->setText(m_server.endpoint().toString());
            dialog->passwordEdit()->setText(password);
            dialog->rememberBox()->setChecked(true);
            dialog->accept();
        });
        QVERIFY(connectPanel(panel, [&] { panel.editHost(); }));
        QTRY_COMPARE(storedPassword(secrets, saved.endpoint.secretKey()), password);
        QVERIFY(storedPassword(secrets, movedKey).isNull());
    }

    void connectsAndShowsVmsAndItems()
    {
        MemorySecretStore secrets;
        const HypervHostProfile profile = profileFor(m_server.endpoint());
        QVERIFY(storeHost(secrets, profile));
        HypervHostPanel panel(&secrets);
        QVERIFY(connectPanel(panel));
        QCOMPARE(
            panel.statusLabel()->text(), HypervHostPanel::tr("Connected to %1: %n VM(s).", nullptr, 2).arg(u"lab"_s));
        QCOMPARE(panel.vmModel()->rowCount(), 2);
        QCOMPARE(panel.vmProxy()->index(0, HypervVmModel::NameColumn).data().toString(), u"db01"_s);
        QCOMPARE(panel.vmProxy()->index(0, HypervVmModel::StateColumn).data().toString(), u"Off"_s);
        QCOMPARE(panel.vmProxy()->index(1, HypervVmModel::StateColumn).data().toString(), u"Running"_s);

        HypervItemsPane* pane = panel.itemsPane();
        QSignalSpy loaded(pane, &HypervItemsPane::itemsLoaded);
        QCOMPARE(panel.selectedVmId(), db01); // the first VM is shown at once
        QTRY_VERIFY(pane->note()->text().contains(u"has no KVP items"_s));
        selectVm(panel, u"web01"_s);
        QTRY_VERIFY(pane->model()->rowCount() == 3);
        QCOMPARE(loaded.last().first().toString(), QString());
        HypervItemModel* items = pane->model();
        QCOMPARE(items->item(items->rowOf(HypervItemModel::Source::Host, u"role"_s)).data, u"web"_s);
        QCOMPARE(items->item(items->rowOf(HypervItemModel::Source::Guest, u"city"_s)).data, u"Zürich"_s);
        QCOMPARE(
            items->item(items->rowOf(HypervItemModel::Source::Intrinsic, u"OSName"_s)).data, u"Debian GNU/Linux"_s);
        QCOMPARE(pane->note()->text(), HypervItemsPane::tr("%n item(s)", nullptr, 3));

        // Guest and intrinsic items are read-only; a host item can be changed and removed.
        QVERIFY(selectItem(pane, HypervItemModel::Source::Guest, u"city"_s));
        QVERIFY(!pane->editButton()->isEnabled());
        QVERIFY(!pane->removeButton()->isEnabled());
        QVERIFY(pane->copyButton()->isEnabled());
        QCOMPARE(pane->selectedPairs(), u"city=Zürich"_s);
        QVERIFY(selectItem(pane, HypervItemModel::Source::Host, u"role"_s));
        QVERIFY(pane->editButton()->isEnabled());
        QVERIFY(pane->removeButton()->isEnabled());

        pane->filter()->setText(u"debian"_s);
        QCOMPARE(pane->proxy()->rowCount(), 1);
        pane->filter()->clear();

        panel.disconnectFromHost();
        QVERIFY(!panel.isConnected());
        QCOMPARE(pane->model()->rowCount(), 0);
        QVERIFY(panel.emptyState()->text().startsWith(u"Not connected to lab."_s));
    }

    void pushesChangesAndRemovesHostItems()
    {
        MemorySecretStore secrets;
        const HypervHostProfile profile = profileFor(m_server.endpoint());
        QVERIFY(storeHost(secrets, profile));
        HypervHostPanel panel(&secrets);
        QVERIFY(connectPanel(panel));
        selectVm(panel, u"web01"_s);
        HypervItemsPane* pane = panel.itemsPane();
        QTRY_COMPARE(pane->model()->rowCount(), 3);
        QVERIFY(selectItem(pane, HypervItemModel::Source::Host, u"role"_s));
        const QString pool0 = m_poolRoot + u"/web01/.kvp_pool_0"_s;
        QSignalSpy changed(pane, &HypervItemsPane::changeFinished);

        // Push a new key: a Host item on the host, a record in the guest's pool 0.
        whenModal<QDialog>(this, [](QDialog* dialog) { fillItemDialog(dialog, u"deploy/stage"_s, u"blue"_s); });
        pane->pushButton()->click();
        QVERIFY(changed.wait(15000));
        QCOMPARE(changed.takeFirst().first().toString(), QString());
        QTRY_VERIFY(pane->model()->rowOf(HypervItemModel::Source::Host, u"deploy/stage"_s) >= 0);
        QCOMPARE(panel.statusLabel()->text(), u"Added deploy/stage to web01."_s);
        QCOMPARE(poolOf(pool0).value(u"deploy/stage"_s), u"blue"_s);
        // The refresh merged: the row selected before is still the one selected.
        QCOMPARE(pane->selectedPairs(), u"role=web"_s);

        // Change its value.
        QVERIFY(selectItem(pane, HypervItemModel::Source::Host, u"deploy/stage"_s));
        whenModal<QDialog>(this, [](QDialog* dialog) {
            QVERIFY(dialog->findChild<QLineEdit*>(u"hypervKey"_s)->isReadOnly());
            fillItemDialog(dialog, {}, u"green"_s);
        });
        pane->editButton()->click();
        QVERIFY(changed.wait(15000));
        QCOMPARE(changed.takeFirst().first().toString(), QString());
        QTRY_COMPARE(pane->selectedPairs(), u"deploy/stage=green"_s);
        QCOMPARE(panel.statusLabel()->text(), u"Changed deploy/stage on web01."_s);
        QCOMPARE(poolOf(pool0).value(u"deploy/stage"_s), u"green"_s);

        // A key the guest could not read in full is refused before anything is sent.
        whenModal<QDialog>(this, [](QDialog* dialog) { fillItemDialog(dialog, QString(300, u'k'), u"v"_s); });
        whenModal<QMessageBox>(this, [](QMessageBox* box) { box->close(); });
        pane->pushButton()->click();
        QCOMPARE(changed.size(), 1);
        QVERIFY(!changed.takeFirst().first().toString().isEmpty());
        QVERIFY(!poolOf(pool0).contains(QString(300, u'k')));

        // Remove it: the confirmation names the key; declined first, then accepted.
        QVERIFY(selectItem(pane, HypervItemModel::Source::Host, u"deploy/stage"_s));
        whenModal<QMessageBox>(this, [](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
        pane->removeButton()->click();
        QCOMPARE(changed.size(), 0);
        QString question;
        whenModal<QMessageBox>(this, [&question](QMessageBox* box) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        });
        pane->removeButton()->click();
        QVERIFY(changed.wait(15000));
        QCOMPARE(changed.takeFirst().first().toString(), QString());
        QVERIFY(question.contains(u"deploy/stage"_s));
        QVERIFY(question.contains(u"web01"_s));
        QTRY_COMPARE(pane->model()->rowOf(HypervItemModel::Source::Host, u"deploy/stage"_s), -1);
        QVERIFY(pane->model()->rowOf(HypervItemModel::Source::Host, u"role"_s) >= 0);
        QVERIFY(!poolOf(pool0).contains(u"deploy/stage"_s));
    }

    void wrongPasswordSaysSoAndAsksNextTime()
    {
        MemorySecretStore secrets;
        const HypervHostProfile profile = profileFor(m_server.endpoint());
        QVERIFY(storeHost(secrets, profile, u"not-the-password"_s));
        HypervHostPanel panel(&secrets);
        QSignalSpy finished(&panel, &HypervHostPanel::connectFinished);
        panel.connectToHost();
        QVERIFY(finished.wait(15000));
        const QString error = finished.takeFirst().first().toString();
        QVERIFY(error.contains(u"refused the user name or password"_s));
        QCOMPARE(panel.statusLabel()->text(), error);
        QVERIFY(!panel.isConnected());
        QVERIFY(panel.connectButton()->isEnabled());

        // The stored password is not tried again: the dialog asks, saying why.
        QString message;
        whenModal<HypervHostDialog>(this, [&message](HypervHostDialog* dialog) {
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                message += label->text();
            }
            QVERIFY(dialog->rememberBox()->isChecked()); // the right one replaces the refused one
            QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
            dialog->passwordEdit()->setText(password);
            dialog->accept();
        });
        panel.connectToHost();
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.takeFirst().first().toString(), QString());
        QVERIFY(message.contains(u"not accepted"_s));
        QVERIFY(panel.isConnected());
        QCOMPARE(panel.vmModel()->rowCount(), 2);
    }

    void untrustedCertificateIsPinnedWhenTrusted()
    {
        WsManServer tls;
        const QByteArray digest = startTls(tls, u"cert"_s);
        QVERIFY(!digest.isEmpty());

        MemorySecretStore secrets;
        const HypervHostProfile profile = profileFor(tls.endpoint());
        QVERIFY(storeHost(secrets, profile));
        HypervHostPanel panel(&secrets);
        QStringList asked;
        bool trust = false;
        panel.setTrustDecider([&](const WsManError& error) {
            asked.append(error.certificateSha256());
            return trust;
        });
        QSignalSpy finished(&panel, &HypervHostPanel::connectFinished);
        panel.connectToHost();
        QVERIFY(finished.wait(15000));
        QVERIFY(!finished.takeFirst().first().toString().isEmpty());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(QByteArray::fromHex(asked.first().remove(u':').toLatin1()), digest);
        QVERIFY(!panel.isConnected());
        QVERIFY(HypervProfileStore::find(u"lab"_s)->endpoint.pinnedCertificateSha256.isEmpty());

        trust = true;
        panel.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isConnected(), 15000);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(HypervProfileStore::find(u"lab"_s)->endpoint.pinnedCertificateSha256, digest);
        QCOMPARE(panel.vmModel()->rowCount(), 2);
        // Pinned: the next connection needs no question.
        panel.disconnectFromHost();
        QVERIFY(connectPanel(panel));
        QCOMPARE(asked.size(), 2);

        // Another certificate at the host (a renewal): refused without a question, however often
        // trusted, until the host's dialog forgets the pin, as the refusal says.
        WsManServer renewed;
        const QByteArray renewedDigest = startTls(renewed, u"renewed"_s);
        QVERIFY(!renewedDigest.isEmpty());
        HypervHostProfile moved = HypervProfileStore::find(u"lab"_s).value();
        moved.endpoint.url = renewed.endpoint();
        QVERIFY(storeHost(secrets, moved));
        finished.clear();
        panel.connectToHost();
        QVERIFY(finished.wait(15000) && !finished.first().first().toString().isEmpty());
        QVERIFY(asked.size() == 2 && !panel.isConnected());
        QMessageBox* refusal = panel.findChild<QMessageBox*>();
        QVERIFY(refusal);
        const QString message = refusal->text();
        refusal->close();
        whenModal<HypervHostDialog>(this, [&](HypervHostDialog* dialog) {
            QVERIFY(dialog->certificateLabel()->isVisible());
            QVERIFY(dialog->certificateLabel()->text().contains(QString::fromLatin1(digest.toHex(':').toUpper())));
            QVERIFY(message.contains(dialog->forgetCertificateBox()->text().remove(u'&')));
            dialog->forgetCertificateBox()->setChecked(true);
            dialog->accept();
        });
        panel.editHost();
        QVERIFY(HypervProfileStore::find(u"lab"_s)->endpoint.pinnedCertificateSha256.isEmpty());
        QVERIFY(connectPanel(panel));
        QCOMPARE(asked.size(), 3);
        QCOMPARE(HypervProfileStore::find(u"lab"_s)->endpoint.pinnedCertificateSha256, renewedDigest);
    }

    void switchingHostWhileConnectingNeverConnectsTheOtherOne()
    {
        MemorySecretStore secrets; // answers on the next turn of the event loop, as a keychain would later
        QVERIFY(storeHost(secrets, profileFor(m_server.endpoint(), u"other"_s)));
        QVERIFY(storeHost(secrets, profileFor(m_server.endpoint(), u"lab"_s)));
        HypervHostPanel panel(&secrets);
        QCOMPARE(panel.hostBox()->currentText(), u"other"_s);
        QSignalSpy finished(&panel, &HypervHostPanel::connectFinished);
        panel.connectToHost();
        // Nothing but Cancel while the keychain answers.
        QVERIFY(panel.isBusy() && !panel.hostBox()->isEnabled() && !panel.addHostButton()->isEnabled());
        QVERIFY(!panel.editHostButton()->isEnabled() && !panel.removeHostButton()->isEnabled());
        QCOMPARE(panel.connectButton()->text(), HypervHostPanel::tr("&Cancel"));

        // Switched anyway, as a program can: the attempt ends, and its late answer is dropped.
        panel.hostBox()->setCurrentIndex(panel.hostBox()->findText(u"lab"_s));
        QVERIFY(finished.size() == 1 && !finished.takeFirst().first().toString().isEmpty());
        QTest::qWait(50); // the answer's callback runs, or would
        QVERIFY(!panel.isBusy() && !panel.isConnected());
        QVERIFY(connectPanel(panel));
        QCOMPARE(panel.connectedHostName(), u"lab"_s);

        // Cancel ends the attempt at once, for good.
        panel.disconnectFromHost();
        finished.clear();
        panel.connectToHost();
        panel.connectButton()->click();
        QVERIFY(finished.size() == 1 && !finished.takeFirst().first().toString().isEmpty());
        QTest::qWait(50);
        QVERIFY(!panel.isBusy() && !panel.isConnected());
    }

    void kvpPageHasBothAreas()
    {
        MemorySecretStore secrets;
        KvpPage page(&secrets);
        QCOMPARE(page.areas()->count(), 2);
        QCOMPARE(page.areas()->tabText(KvpPage::ThisGuest), u"This guest"_s);
        QCOMPARE(page.areas()->tabText(KvpPage::HypervHosts), u"Hyper-V hosts"_s);
        QCOMPARE(page.areas()->widget(KvpPage::HypervHosts), page.hypervPanel());
        QCOMPARE(page.filter(), page.filter(KvpPage::HostToGuest));
        page.areas()->setCurrentIndex(KvpPage::HypervHosts);
        QCOMPARE(page.filter(), page.hypervPanel()->filter());
    }

    void screenshotOfTheHypervHostsTab()
    {
        QTranslator english; // as the application has it: "6 items", not "6 item(s)"
        QVERIFY(english.load(u"vmdesk_en"_s, QStringLiteral(VMDESK_QM_DIR)));
        QCoreApplication::installTranslator(&english);
        MemorySecretStore secrets;
        const HypervHostProfile profile = profileFor(m_server.endpoint(), u"hv-lab-01"_s);
        QVERIFY(storeHost(secrets, profile));
        KvpPage page(&secrets);
        page.resize(1100, 620);
        page.areas()->setCurrentIndex(KvpPage::HypervHosts);
        page.show();
        HypervHostPanel* panel = page.hypervPanel();
        panel->reloadHosts();
        QVERIFY(connectPanel(*panel));
        QVERIFY(waitForFinished(panel->kvp()->push(web01,
            { { u"site"_s, u"fra-2"_s }, { u"owner"_s, u"platform team"_s },
                { u"backup.window"_s, u"01:00-03:00"_s } })));
        panel->refresh();
        selectVm(*panel, u"web01"_s);
        QTRY_VERIFY(panel->itemsPane()->model()->rowCount() >= 6);
        QVERIFY(selectItem(panel->itemsPane(), HypervItemModel::Source::Host, u"role"_s));
        QTest::qWait(100);
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(page.grab().save(screenshots.filePath(u"kvp-hyperv.png"_s)));
        QVERIFY(waitForFinished(panel->kvp()->remove(web01, { u"site"_s, u"owner"_s, u"backup.window"_s })));
    }
};

VMDESK_TEST_MAIN(TestHypervHostPanel)
#include "tst_hypervhostpanel.moc"
