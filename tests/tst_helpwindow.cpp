// SPDX-License-Identifier: GPL-3.0-or-later
// The offline help: both pages are compiled in, link to each other, go back and forward, leave web
// links to the browser, and the search page names every field the inventory search knows.
#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>

#include "helpwindow.h"
#include "inventoryfilter.h"
#include "support/testmain.h"
#include "theme.h"

using namespace Qt::StringLiterals;

namespace {
QString resourceText(const QString& name)
{
    QFile file(u":/help/%1.html"_s.arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Where an anchor's link lands in the document, to click it like a user.
QPoint anchorPosition(QTextBrowser* browser, const QString& href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() == href) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(fragment.position() + 1);
                return browser->cursorRect(cursor).center();
            }
        }
    }
    return {};
}

void click(QTextBrowser* browser, const QString& href)
{
    const QPoint at = anchorPosition(browser, href);
    QVERIFY2(!at.isNull(), qPrintable(href));
    browser->ensureCursorVisible();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
}

// Opens the URLs handed to the desktop, so that a test sees them instead of a browser starting.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls.append(url); }
};
} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothPagesAreCompiledIn()
    {
        for (const QString& name : HelpWindow::pageNames()) {
            const QString text = resourceText(name);
            QVERIFY2(text.contains(u"<h1>"_s), qPrintable(name));
            HelpWindow window;
            window.showPage(name);
            QVERIFY(window.isVisible());
            QVERIFY(!window.browser()->document()->isEmpty());
            QVERIFY(!window.browser()->documentTitle().isEmpty());
            QVERIFY(window.windowTitle().startsWith(window.browser()->documentTitle()));
        }
    }

    void theSearchPageNamesEveryField()
    {
        HelpWindow window;
        window.showPage(u"search-syntax"_s);
        const QString page = window.browser()->toPlainText();
        QVERIFY(!InventoryFilter::fieldNames().isEmpty());
        for (const QString& field : InventoryFilter::fieldNames()) {
            QVERIFY2(page.contains(QRegularExpression(u"(^|\\s)%1:"_s.arg(field), QRegularExpression::MultilineOption)),
                qPrintable(field));
        }
        // ...and no field the filter does not know: every table row's first cell is a field name.
        const QString html = resourceText(u"search-syntax"_s);
        const QRegularExpression row(u"<tr><td><code>(\\w+)</code></td><td>"_s);
        QStringList documented;
        for (auto it = row.globalMatch(html); it.hasNext();) {
            documented.append(it.next().captured(1));
        }
        QCOMPARE(documented, InventoryFilter::fieldNames());
    }

    void theExamplesMeanWhatThePageSays()
    {
        // The page's claims about matching, checked against the filter itself.
        const auto row = [](const QString& power, const QString& tools) {
            return QList<std::pair<QString, QString>> { { u"name"_s, u"web-01"_s }, { u"power"_s, power },
                { u"tools"_s, tools }, { u"notes"_s, u"Storefront web front end"_s } };
        };
        QVERIFY(InventoryFilter(u"power:on"_s).matches(row(u"Powered on"_s, u"running"_s)));
        QVERIFY(!InventoryFilter(u"power:on"_s).matches(row(u"Powered off"_s, u"running"_s)));
        QVERIFY(InventoryFilter(u"power:susp"_s).matches(row(u"Suspended"_s, u"running"_s)));
        QVERIFY(InventoryFilter(u"tools:running"_s).matches(row(u"Powered on"_s, u"not running"_s)));
        QVERIFY(!InventoryFilter(u"tools:not"_s).matches(row(u"Powered on"_s, u"running"_s)));
        QVERIFY(InventoryFilter(u"WEB POWER:ON"_s).matches(row(u"Powered on"_s, u"running"_s)));
        QVERIFY(!InventoryFilter(u"web power:off"_s).matches(row(u"Powered on"_s, u"running"_s)));
        QCOMPARE(InventoryFilter(u"os:linux"_s).unknownField(), u"os"_s);
        QVERIFY(!InventoryFilter(u"\"web front\""_s).matches(row(u"Powered on"_s, u"running"_s)));
    }

    void linksBetweenPagesGoBackAndForward()
    {
        HelpWindow window;
        window.showPage(u"getting-started"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTextBrowser* browser = window.browser();
        click(browser, u"search-syntax.html"_s);
        QTRY_COMPARE(browser->source().fileName(), u"search-syntax.html"_s);
        QVERIFY(browser->isBackwardAvailable());
        QAction* back = window.findChild<QToolBar*>()->actions().at(0);
        QAction* forward = window.findChild<QToolBar*>()->actions().at(1);
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled());
        back->trigger();
        QCOMPARE(browser->source().fileName(), u"getting-started.html"_s);
        QVERIFY(forward->isEnabled());
        forward->trigger();
        QCOMPARE(browser->source().fileName(), u"search-syntax.html"_s);
        click(browser, u"getting-started.html"_s);
        QTRY_COMPARE(browser->source().fileName(), u"getting-started.html"_s);
    }

    void webLinksGoToTheBrowser()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        HelpWindow window;
        window.showPage(u"getting-started"_s);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QUrl before = window.browser()->source();
        click(window.browser(), u"https://vmdesk.org"_s);
        QTRY_COMPARE(catcher.urls, QList<QUrl> { QUrl(u"https://vmdesk.org"_s) });
        QCOMPARE(window.browser()->source(), before);
        QDesktopServices::unsetUrlHandler(u"https"_s);
    }

    void anUnknownPageShowsGettingStarted()
    {
        HelpWindow window;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no help page \"nope\""_s));
        window.showPage(u"nope"_s);
        QCOMPARE(window.browser()->source().fileName(), u"getting-started.html"_s);
    }

    void rendersInBothThemes()
    {
        for (const Theme::Choice choice : { Theme::Choice::Light, Theme::Choice::Dark }) {
            Theme::apply(choice);
            HelpWindow window;
            window.showPage(u"search-syntax"_s);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // The pages set no colours of their own: the text is the palette's, readable on its base.
            const QPalette palette = window.browser()->palette();
            QCOMPARE(palette.color(QPalette::Text), Theme::palette(choice).color(QPalette::Text));
            QVERIFY(!resourceText(u"search-syntax"_s).contains(u"color"_s, Qt::CaseInsensitive));
            QVERIFY(!resourceText(u"getting-started"_s).contains(u"color"_s, Qt::CaseInsensitive));
            // Nothing wider than the window: no horizontal scroll bar at the default size.
            QVERIFY(!window.browser()->horizontalScrollBar()->isVisible());
            if (const QString dir = qEnvironmentVariable("VMDESK_RENDER_DIR"); !dir.isEmpty()) {
                window.grab().save(dir + u"/help-"_s + Theme::name(choice) + u".png"_s);
                window.showPage(u"getting-started"_s);
                window.grab().save(dir + u"/help-getting-started-"_s + Theme::name(choice) + u".png"_s);
            }
        }
        Theme::apply(Theme::Choice::System);
    }
};

VMDESK_TEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
