// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>

// A unified diff read as in a terminal that colours it: added lines green, removed lines red, hunk
// headers blue, whole-width, in colours chosen for the palette's background (light or dark).
class DiffView : public QPlainTextEdit
{
    Q_OBJECT
public:
    enum class LineKind {
        Header, // "--- old", "+++ new" before the first hunk
        Hunk, // "@@ -1,3 +1,4 @@"
        Context,
        Added,
        Removed,
        Note, // "\ No newline at end of file"
    };

    explicit DiffView(QWidget* parent = nullptr);

    void setDiff(const QString& unifiedDiff);
    QString diff() const { return m_diff; }

    // What each line of the diff is, by position in the text (0-based); the hunk headers' counts
    // decide, so a removed line that reads "--- x" is still a removed line.
    static QList<LineKind> classify(const QStringList& lines);
    QList<LineKind> lineKinds() const { return m_kinds; }
    // The whole-line background for a kind on the current palette; Qt::NoBrush's colour for context.
    QBrush background(LineKind kind) const;
    QColor foreground(LineKind kind) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    QString m_diff;
    QList<LineKind> m_kinds;
};
