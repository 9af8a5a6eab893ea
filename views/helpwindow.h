// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

// The offline help: HTML pages compiled into the program (resources/help/), with back and forward,
// links between the pages, and links to the web opened in the browser.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // "getting-started" or "search-syntax"; shows, raises and activates the window.
    void showPage(const QString& name);
    // The page names showPage() knows.
    static QStringList pageNames();

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};
