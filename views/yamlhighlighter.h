// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Highlights cloud-init user-data: YAML (cloud-config) line by line, or only the header and the
// comments when the first line says the text is something else (a script, an include list).
// Each block costs O(its length); what a line means for the next ones (inside a block scalar, not
// YAML at all) travels in the block state, so an edit re-highlights only the lines it changes.
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Role {
        Header, // "#cloud-config", "#!/bin/sh", … on the first line
        Comment,
        Key,
        Indicator, // "- ", "? ", flow brackets and commas, "---"
        String, // quoted scalars
        BlockIndicator, // "|", ">-", "|2+" …
        BlockScalar, // the lines of a block scalar
        Anchor, // "&name" and "*name"
        Tag, // "!!str", "!custom"
        Keyword, // booleans and null as PyYAML reads them
        Number,
        Invalid, // tabs in indentation, which YAML forbids
    };

    explicit YamlHighlighter(QTextDocument* document);

    // Chooses colours that read well on this palette's base colour and highlights again.
    void setPalette(const QPalette& palette);
    QTextCharFormat format(Role role) const { return m_formats.at(static_cast<size_t>(role)); }

protected:
    void highlightBlock(const QString& text) override;

private:
    void highlightYaml(const QString& text, int previousState);
    void highlightPlain(const QString& text);
    void classifyPlainScalar(const QString& text, int start, int length);
    void setFormat(int start, int count, Role role);

    std::array<QTextCharFormat, 12> m_formats;
};
