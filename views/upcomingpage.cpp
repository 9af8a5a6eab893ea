// SPDX-License-Identifier: GPL-3.0-or-later
#include "upcomingpage.h"

#include <QLabel>
#include <QVBoxLayout>

UpcomingPage::UpcomingPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto* text
        = new QLabel(description + QStringLiteral("\n\n") + tr("This build of vmdesk does not have it yet."), this);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}
