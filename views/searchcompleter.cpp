// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

SearchCompleter::SearchCompleter(QLineEdit* edit, const QStringList& terms)
    : QObject(edit)
    , m_edit(edit)
    , m_completer(new QCompleter(terms, this))
{
    // Not QLineEdit::setCompleter: that completes the whole text, and the language has many words.
    m_completer->setWidget(edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(edit, &QLineEdit::textEdited, this, &SearchCompleter::complete);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchCompleter::insert);
}

qsizetype SearchCompleter::wordStart() const
{
    const QString text = m_edit->text();
    qsizetype start = m_edit->cursorPosition();
    while (start > 0 && text.at(start - 1) != u' ') {
        --start;
    }
    return start;
}

void SearchCompleter::complete()
{
    const QString word = m_edit->text().mid(wordStart(), m_edit->cursorPosition() - wordStart());
    // Field names only while the word has no value yet; values are free text.
    if (word.isEmpty() || word.contains(u':') || word.startsWith(u'-')) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    QRect at = m_edit->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    at.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(at);
}

void SearchCompleter::insert(const QString& term)
{
    QString text = m_edit->text();
    const qsizetype start = wordStart();
    text.replace(start, m_edit->cursorPosition() - start, term);
    m_edit->setText(text);
    m_edit->setCursorPosition(int(start + term.size()));
}
