// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;

// Completes the word under the cursor of a search box from the search language's terms
// ("ho" → "host:"), leaving the rest of the expression alone.
class SearchCompleter : public QObject
{
    Q_OBJECT
public:
    SearchCompleter(QLineEdit* edit, const QStringList& terms);

    QCompleter* completer() const { return m_completer; }

private:
    void complete();
    void insert(const QString& term);
    // Where the word being typed starts.
    qsizetype wordStart() const;

    QLineEdit* m_edit;
    QCompleter* m_completer;
};
