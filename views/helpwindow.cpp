// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"

#include <QAction>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace {
QUrl pageUrl(const QString& name)
{
    return QUrl(u"qrc:/help/%1.html"_s.arg(name));
}
} // namespace

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("vmdesk Help"));
    // Pages link to each other by relative URLs; http(s) links go to the desktop's browser.
    m_browser->setOpenExternalLinks(true);
    m_browser->setOpenLinks(true);

    auto* toolBar = new QToolBar(this);
    QAction* back
        = toolBar->addAction(QIcon::fromTheme(u"go-previous"_s), tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction* forward
        = toolBar->addAction(QIcon::fromTheme(u"go-next"_s), tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    toolBar->addSeparator();
    toolBar->addAction(tr("Getting Started"), this, [this] { m_browser->setSource(pageUrl(u"getting-started"_s)); });
    toolBar->addAction(tr("Search Syntax"), this, [this] { m_browser->setSource(pageUrl(u"search-syntax"_s)); });
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_browser, &QTextBrowser::sourceChanged, this,
        [this] { setWindowTitle(tr("%1 – vmdesk Help").arg(m_browser->documentTitle())); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_browser);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40);
}

QStringList HelpWindow::pageNames()
{
    return { u"getting-started"_s, u"search-syntax"_s };
}

void HelpWindow::showPage(const QString& name)
{
    if (pageNames().contains(name)) {
        m_browser->setSource(pageUrl(name));
    } else {
        qCWarning(lcCore) << "no help page" << name << "- showing Getting Started";
        m_browser->setSource(pageUrl(u"getting-started"_s));
    }
    show();
    raise();
    activateWindow();
}
