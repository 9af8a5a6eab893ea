// SPDX-License-Identifier: GPL-3.0-or-later
// The main views in the light and the dark palette, against the simulator and with the demo's
// guests: renders docs/screenshots/{light,dark}/*.png and checks that the icons stand out from
// the background in both.
#include <QDir>
#include <QPainter>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include "export/exportqueue.h"
#include "guestspage.h"
#include "icons.h"
#include "inventorymodel.h"
#include "inventorypage.h"
#include "mainwindow.h"
#include "support/contrast.h"
#include "support/simulatorenvironment.h"
#include "support/testmain.h"
#include "theme.h"
#include "vspc/guestregistry.h"
#include "vspc/vspcserver.h"
#include "vsphere/vmactions.h"
#include "vsphere/vspheresession.h"

using namespace Qt::StringLiterals;

namespace {

// The icon's most opaque pixels averaged: the glyph's body, not its antialiased edge.
QColor bodyColour(const QIcon& icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 r = 0;
    qint64 g = 0;
    qint64 b = 0;
    qint64 n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255 && pixel != Qt::white) {
                r += pixel.red();
                g += pixel.green();
                b += pixel.blue();
                ++n;
            }
        }
    }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}
} // namespace

class TestThemeScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY2(SimulatorEnvironment::sdkUrl().isValid(), "run through ctest: the vcsim fixture provides the URL");
    }

    void powerGlyphsStandOutInBothPalettes_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("light") << int(Theme::Choice::Light);
        QTest::newRow("dark") << int(Theme::Choice::Dark);
    }

    void powerGlyphsStandOutInBothPalettes()
    {
        QFETCH(int, choice);
        const QPalette palette = Theme::palette(Theme::Choice(choice));
        for (const QString& state : { u"poweredOn"_s, u"poweredOff"_s, u"suspended"_s }) {
            const QColor body = bodyColour(Icons::powerState(state));
            QVERIFY2(body.isValid(), qPrintable(state));
            // WCAG's 3:1 for graphics, against the table's rows and their alternate colour.
            for (const QPalette::ColorRole role : { QPalette::Base, QPalette::AlternateBase }) {
                const double ratio = contrast(body, palette.color(role));
                QVERIFY2(ratio >= 3.0, qPrintable(u"%1 on %2: %3"_s.arg(state, palette.color(role).name()).arg(ratio)));
            }
        }
        for (const Icons::Area area :
            { Icons::Area::Inventory, Icons::Area::Exports, Icons::Area::Metadata, Icons::Area::Guests }) {
            QVERIFY(!Icons::area(area).pixmap(16, 16).isNull());
        }
    }

    void rendersTheMainViews_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("folder");
        QTest::newRow("light") << int(Theme::Choice::Light) << u"light"_s;
        QTest::newRow("dark") << int(Theme::Choice::Dark) << u"dark"_s;
    }

    void rendersTheMainViews()
    {
        QFETCH(int, choice);
        QFETCH(QString, folder);
        QSettings().clear(); // a first start, not the layout the other palette's run left
        Theme::apply(Theme::Choice(choice));
        VSphereSession session;
        GuestRegistry registry;
        VspcServer server(nullptr, &registry);
        ExportQueue queue(&session, QString());
        VmActions actions(&session);
        MainWindow window({ &session, nullptr, nullptr, &server, &registry, &queue, &actions });
        window.resize(1440, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectTo({ SimulatorEnvironment::sdkUrl(), SimulatorEnvironment::user(), {} },
            SimulatorEnvironment::password(), false);
        QTRY_COMPARE_WITH_TIMEOUT(window.inventoryModel()->rowCount(), SimulatorEnvironment::vmCount(), 30000);
        QTableView* table = window.inventoryPage()->table();
        table->selectRow(2);
        table->setCurrentIndex(table->model()->index(2, 0));
        QVERIFY(window.guestsPage()->startDemo(0).isEmpty());

        window.showPage(MainWindow::InventoryArea); // not the page the last run left open
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR) + u'/' + folder);
        QVERIFY(QDir().mkpath(screenshots.path()));
        QTest::qWait(300); // the details pane's read and the layout settle
        QVERIFY(window.grab().save(screenshots.filePath(u"inventory.png"_s)));
        window.showPage(MainWindow::GuestsArea);
        QTRY_VERIFY_WITH_TIMEOUT(registry.connectedCount() >= 3, 15000);
        QTest::qWait(300);
        QVERIFY(window.grab().save(screenshots.filePath(u"guests.png"_s)));
        window.showPage(MainWindow::MetadataArea);
        QTest::qWait(300);
        QVERIFY(window.grab().save(screenshots.filePath(u"metadata.png"_s)));
        window.showPage(MainWindow::ExportsArea);
        QTest::qWait(100);
        QVERIFY(window.grab().save(screenshots.filePath(u"exports.png"_s)));
        window.close();
        QTRY_COMPARE(session.state(), VCenterConnection::State::Disconnected);
        Theme::apply(Theme::Choice::Light);
    }
};

VMDESK_TEST_MAIN(TestThemeScreenshots)
#include "tst_themescreenshots.moc"
