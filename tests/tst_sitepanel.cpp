// SPDX-License-Identifier: GPL-3.0-or-later
// The Guests page's Site tab: the empty state, a refused store URL, watching a throwaway
// PostgreSQL where an in-process SharedGuestRegistry publishes a guest while this console's own
// server holds another, the filter, the password kept in the keychain only, and a screenshot
// (docs/screenshots/guests-site.png).
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include "cloudinit/metadatastore.h"
#include "guestspage.h"
#include "secrets/memorysecretstore.h"
#include "sitemodel.h"
#include "sitepanel.h"
#include "support/postgresinstance.h"
#include "support/testmain.h"
#include "vspc/guestregistry.h"
#include "vspc/sharedguestregistry.h"
#include "vspc/vspcserver.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 20000;

GuestInfo servingGuest(quint64 id, const QString& vmName, const QString& peer)
{
    GuestInfo guest;
    guest.id = id;
    guest.identity.vmName = vmName;
    guest.identity.vcUuid = u"421C6F0E5B9A2D378E0F62B08458B6%1"_s.arg(id, 2, 10, QLatin1Char('0'));
    guest.peer = peer;
    guest.connectedSince = QDateTime::currentDateTimeUtc().addSecs(-600);
    guest.state = GuestInfo::State::Serving;
    guest.requests = qint64(id) * 3;
    guest.lastRequest = u"METADATA"_s;
    guest.lastRequestAt = QDateTime::currentDateTimeUtc();
    return guest;
}

// Every name under the view's root, instances first, then their guests, as the user sees them.
QStringList shown(const QTreeView* tree)
{
    QStringList names;
    const QAbstractItemModel* model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex instance = model->index(row, 0);
        names.append(instance.data().toString());
        for (int child = 0; child < model->rowCount(instance); ++child) {
            names.append(u"  "_s + model->index(child, 0, instance).data().toString());
        }
    }
    return names;
}
} // namespace

class TestSitePanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresInstance> m_postgres;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        m_postgres = std::make_unique<PostgresInstance>();
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->errorString()));
    }

    void explainsAndRefusesWhatIsNotASite()
    {
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        GuestsPage page(&server, &registry);
        SitePanel* panel = page.sitePanel();
        QVERIFY(panel);
        page.resize(900, 500);
        page.findChild<QTabWidget*>()->setCurrentWidget(panel);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(panel->emptyState()->isVisible());
        QCOMPARE(panel->watchButton()->text(), u"Watch"_s);

        // A password in the URL is refused without repeating it; a folder is not a site.
        panel->storeField()->setText(u"postgresql://vmdesk:s3cret-word@db.example.com/vmdesk"_s);
        QVERIFY(!panel->watch());
        QVERIFY(!panel->statusLabel()->text().isEmpty());
        QVERIFY2(!panel->statusLabel()->text().contains(u"s3cret-word"_s), qPrintable(panel->statusLabel()->text()));
        QVERIFY(!panel->isWatching());
        panel->storeField()->setText(u"file:/tmp"_s);
        QVERIFY(!panel->watch());
        QVERIFY2(panel->statusLabel()->text().contains(u"PostgreSQL"_s), qPrintable(panel->statusLabel()->text()));
        QVERIFY(panel->emptyState()->isVisible());
    }

    void watchesTheSiteWithTheConsoleAsOneRow()
    {
        // Another server of the site, in-process: its guest is published in the database.
        GuestRegistry remote;
        remote.add(servingGuest(1, u"web-01"_s, u"10.0.4.11:51234"_s));
        remote.add(servingGuest(2, u"db-01"_s, u"10.0.4.12:50110"_s));
        QString error;
        const MetadataStore store = *MetadataStore::parse(m_postgres->url(), &error);
        SharedGuestRegistry::Timing timing;
        timing.heartbeatMs = 200;
        SharedGuestRegistry shared(
            &remote, store, m_postgres->password(), u"metadata-a.example.com:13370"_s, nullptr, timing);
        QSignalSpy registered(&shared, &SharedGuestRegistry::connectionChanged);
        QVERIFY(registered.wait(waitMs));

        // This console's own server, not registered, with a guest of its own.
        GuestRegistry local;
        VspcServer server(nullptr, &local);
        VspcConfig config = server.config();
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        server.setConfig(config);
        QVERIFY(server.start());
        local.add(servingGuest(7, u"build-agent"_s, u"127.0.0.1:40000"_s));

        MemorySecretStore secrets;
        GuestsPage page(&server, &local);
        page.resize(1100, 560);
        SitePanel* panel = page.sitePanel();
        panel->setSecretStore(&secrets);
        panel->setPollInterval(200);
        page.findChild<QTabWidget*>()->setCurrentWidget(panel);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        panel->storeField()->setText(m_postgres->url());
        panel->passwordField()->setText(m_postgres->password());
        QVERIFY(panel->rememberBox()->isEnabled());
        panel->rememberBox()->setChecked(true);
        QTest::mouseClick(panel->watchButton(), Qt::LeftButton);
        QVERIFY(panel->isWatching());
        QCOMPARE(panel->watchButton()->text(), u"Stop"_s);
        QVERIFY(!panel->storeField()->isEnabled());

        const QString console = u"This console (127.0.0.1:%1)"_s.arg(server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(panel->tree()->isVisible()
                && shown(panel->tree())
                    == (QStringList {
                        u"metadata-a.example.com:13370"_s, u"  db-01"_s, u"  web-01"_s, console, u"  build-agent"_s }),
            waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"1 instance(s), 2 guest(s)"_s)
                || panel->statusLabel()->text().contains(u"1 instance, 2 guests"_s),
            waitMs);
        QVERIFY(panel->statusLabel()->text().contains(store.display()));
        QVERIFY(panel->tree()->isExpanded(panel->tree()->model()->index(0, 0)));
        QVERIFY(panel->tree()->isExpanded(panel->tree()->model()->index(1, 0)));
        const QModelIndex remoteRow = panel->tree()->model()->index(0, 0);
        QCOMPARE(remoteRow.siblingAtColumn(SiteModel::StateColumn).data().toString(), u"Up"_s);
        QCOMPARE(remoteRow.siblingAtColumn(SiteModel::GuestsColumn).data().toString(), u"2"_s);
        QVERIFY(remoteRow.siblingAtColumn(SiteModel::HeartbeatColumn).data().toString().endsWith(u"s ago"_s));

        // A selected guest stays selected across polls (rows are updated, not reset).
        const QModelIndex web = panel->tree()->model()->index(1, 0, remoteRow);
        panel->tree()->setCurrentIndex(web);
        remote.update(servingGuest(1, u"web-01"_s, u"10.0.4.11:51234"_s));
        QTest::qWait(600);
        QCOMPARE(panel->tree()->currentIndex().data().toString(), u"web-01"_s);

        // The filter keeps a matching guest with its instance.
        panel->filter()->setText(u"build"_s);
        QCOMPARE(shown(panel->tree()), (QStringList { console, u"  build-agent"_s }));
        panel->filter()->clear();

        // The URL is remembered, the password only in the keychain.
        QCOMPARE(QSettings().value(u"site/store"_s).toString(), store.display());
        QSettings settings;
        for (const QString& key : settings.allKeys()) {
            QVERIFY2(!settings.value(key).toString().contains(m_postgres->password()), qPrintable(key));
        }
        QTRY_COMPARE(secrets.readPassword(store.secretKey()).result(), m_postgres->password());

        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        QVERIFY(page.grab().save(screenshots.filePath(u"guests-site.png"_s)));
        QVERIFY(!page.isHidden());

        // Stop: the site is forgotten and the explanation is back.
        QTest::mouseClick(panel->watchButton(), Qt::LeftButton);
        QVERIFY(!panel->isWatching());
        QVERIFY(panel->emptyState()->isVisible());

        // Watching again with the field empty takes the password from the keychain.
        panel->passwordField()->clear();
        QVERIFY(panel->watch());
        QTRY_VERIFY_WITH_TIMEOUT(shown(panel->tree()).contains(u"  web-01"_s), waitMs);
    }
};

VMDESK_TEST_MAIN(TestSitePanel)
#include "tst_sitepanel.moc"
