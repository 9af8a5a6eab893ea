// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include "focusframestyle.h"

using namespace Qt::StringLiterals;

namespace {
// The desktop's style and palette, remembered before the first change so that System restores them.
struct Desktop
{
    QString style;
    QPalette palette;
};

const Desktop& desktop()
{
    const QStyle* style = QApplication::style();
    if (const auto* focusFrame = qobject_cast<const FocusFrameStyle*>(style)) {
        style = focusFrame->baseStyle();
    }
    static const Desktop original { style->name(), QApplication::palette() };
    return original;
}

void setColors(QPalette& palette, QPalette::ColorGroup group, const QColor& window, const QColor& text,
    const QColor& base, const QColor& alternate, const QColor& highlight)
{
    palette.setColor(group, QPalette::Window, window);
    palette.setColor(group, QPalette::WindowText, text);
    palette.setColor(group, QPalette::Base, base);
    palette.setColor(group, QPalette::AlternateBase, alternate);
    palette.setColor(group, QPalette::Text, text);
    palette.setColor(group, QPalette::Button, window);
    palette.setColor(group, QPalette::ButtonText, text);
    palette.setColor(group, QPalette::BrightText, Qt::red);
    palette.setColor(group, QPalette::Highlight, highlight);
    palette.setColor(group, QPalette::HighlightedText, Qt::white);
    palette.setColor(group, QPalette::ToolTipBase, base);
    palette.setColor(group, QPalette::ToolTipText, text);
}

QPalette dark()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor highlight(0x2f, 0x65, 0xca);
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        setColors(palette, group, window, text, base, QColor(0x26, 0x28, 0x2b), highlight);
    }
    setColors(palette, QPalette::Disabled, window, QColor(0x8c, 0x8c, 0x8c), base, QColor(0x26, 0x28, 0x2b),
        QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xb0, 0xb0, 0xb0));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x23, 0x24, 0x27));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    return palette;
}

QPalette light()
{
    QPalette palette;
    const QColor window(0xef, 0xef, 0xef);
    const QColor text(0x1a, 0x1a, 0x1a);
    const QColor highlight(0x30, 0x8c, 0xc6);
    for (const auto group : { QPalette::Active, QPalette::Inactive }) {
        setColors(palette, group, window, text, Qt::white, QColor(0xf5, 0xf5, 0xf5), highlight);
    }
    // Darker than the Fusion default: light highlighted text needs a dark enough highlight.
    palette.setColor(QPalette::Active, QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8));
    palette.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x1d, 0x5f, 0xa8));
    setColors(palette, QPalette::Disabled, window, QColor(0x80, 0x80, 0x80), window, window, QColor(0x76, 0x76, 0x76));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, QColor(0xf0, 0xf0, 0xf0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    palette.setColor(QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    palette.setColor(QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a));
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe3));
    palette.setColor(QPalette::Mid, QColor(0xb8, 0xb8, 0xb8));
    palette.setColor(QPalette::Dark, QColor(0x9f, 0x9f, 0x9f));
    palette.setColor(QPalette::Shadow, QColor(0x76, 0x76, 0x76));
    return palette;
}
} // namespace

void Theme::apply(Choice choice)
{
    const Desktop& original = desktop();
    const QString style = choice == Choice::System ? original.style : u"Fusion"_s;
    // Always wrapped in the focus frame, so keyboard users see where they are in every theme.
    const auto* current = qobject_cast<const FocusFrameStyle*>(QApplication::style());
    if (!current || current->baseStyle()->name().compare(style, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(new FocusFrameStyle(QStyleFactory::create(style)));
    }
    QApplication::setPalette(palette(choice));
}

Theme::Choice Theme::saved()
{
    return fromName(QSettings().value(u"appearance/theme"_s).toString()).value_or(Choice::System);
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return u"light"_s;
    case Choice::Dark:
        return u"dark"_s;
    case Choice::System:
        break;
    }
    return u"system"_s;
}

std::optional<Theme::Choice> Theme::fromName(const QString& name)
{
    for (const Choice choice : { Choice::System, Choice::Light, Choice::Dark }) {
        if (Theme::name(choice) == name) {
            return choice;
        }
    }
    return std::nullopt;
}

QPalette Theme::palette(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return light();
    case Choice::Dark:
        return dark();
    case Choice::System:
        break;
    }
    return desktop().palette;
}
