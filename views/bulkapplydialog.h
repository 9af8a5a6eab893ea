// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QStringList>

class DiffView;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// "Apply to several VMs": one partial document merged into each selected VM's <key>.yaml. The
// preview shows per VM what would change, refuses the results the validator finds errors in, and
// shows each diff; Apply then writes only the accepted files, and only those still as previewed
// on disk, so an edit made meanwhile (in the editor or by hand) is never overwritten.
class BulkApplyDialog : public QDialog
{
    Q_OBJECT
public:
    struct Outcome
    {
        enum class State { Changes, NoChange, Refused, Written, ChangedOnDisk, WriteFailed };

        QString key;
        State state = State::Refused;
        int changedLines = 0;
        QString message; // why it was refused or not written
        QByteArray original; // the file as previewed
        QByteArray result; // with the patch applied
        QString diff; // unified, original to result
    };
    enum Column { VmColumn, ResultColumn, ColumnCount };

    BulkApplyDialog(const QString& directory, const QStringList& keys, QWidget* parent = nullptr);

    QPlainTextEdit* patchEditor() const { return m_patch; }
    // Reads a patch file into the editor; false, with the reason shown, when it cannot be read.
    bool loadPatch(const QString& path);
    // Both run on a worker thread; previewed() or applied() says when they are done.
    void preview();
    void apply();
    bool isBusy() const { return m_busy; }

    QList<Outcome> outcomes() const { return m_outcomes; }
    QTableWidget* resultTable() const { return m_table; }
    DiffView* diffView() const { return m_diff; }
    QString summary() const;
    // "changes 3 lines", "no change", "refused: …", "written", "changed on disk, not written", …
    static QString describe(const Outcome& outcome);

Q_SIGNALS:
    void previewed();
    void applied();

private:
    void setBusy(bool busy);
    void showOutcomes();
    void showSelectedDiff();
    void patchEdited();

    QString m_directory;
    QStringList m_keys;
    QList<Outcome> m_outcomes;
    bool m_busy = false;
    bool m_applied = false;
    int m_generation = 0; // a patch edited during the preview makes its result stale

    QPlainTextEdit* m_patch;
    QPushButton* m_load;
    QPushButton* m_preview;
    QTableWidget* m_table;
    DiffView* m_diff;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
    QPushButton* m_apply;
};
