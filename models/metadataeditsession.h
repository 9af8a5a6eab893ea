// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QJsonValue>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include "cloudinit/documentvalidator.h"

// One VM's <key>.yaml open for editing. The text is the one truth: the form and the text editor
// both change it through here, so they are two views of one document, share one undo stack, and
// nothing the form does not know is dropped. Saves are atomic; a change on disk is reported, never
// silently merged; validation runs off the GUI thread and only the latest result is delivered.
// Typing is validated once the admin pauses, so that a burst of keys costs one validation.
class MetadataEditSession : public QObject
{
    Q_OBJECT
public:
    explicit MetadataEditSession(QObject* parent = nullptr);

    // Reads `path` (a missing file is a new, empty document). False with `error` set on failure.
    bool open(const QString& path, QString* error);
    // A document not yet on disk. `Created` (New…, from a template) has unsaved changes from the
    // start; `Offered` (a VM without a file, shown with the starter) only once it is edited.
    enum class NewDocument { Created, Offered };
    void openNew(const QString& path, const QByteArray& text, NewDocument kind = NewDocument::Created);
    void close();

    // A document kept in a database rather than a file: the caller reads and writes its bytes
    // (asynchronously) and reports what happened; `location` names it in messages. No file is
    // read or watched, so the same no-loss rules hold whichever store the text came from.
    void openStored(const QString& key, const QString& location, const QByteArray& stored);
    void openNewStored(const QString& key, const QString& location, const QByteArray& text, NewDocument kind);
    bool isStored() const { return m_stored; }
    // The store now holds `bytes`, the text() the caller took when it began saving; typing since
    // then stays unsaved.
    void storedSaved(const QByteArray& bytes);
    // What the store holds now after a change announced by somebody else (nothing: deleted);
    // handled as a change on disk is for a file.
    void storedChanged(const std::optional<QByteArray>& now);

    QString path() const { return m_path; }
    QString key() const;
    QByteArray text() const { return m_text; }
    QByteArray diskText() const { return m_diskText; }
    bool isOpen() const { return !m_path.isEmpty(); }
    bool isDirty() const { return isOpen() && (m_text != m_diskText || m_createdUnsaved); }
    bool existsOnDisk() const { return m_existsOnDisk; }
    QUndoStack* undoStack() { return &m_undo; }
    const DocumentValidator::Result& validation() const { return m_validation; }
    // True until validation() is the result for text(): while typing goes on or a validation runs.
    bool isValidationPending() const { return m_typingPause.isActive() || m_validating || m_validateAgain; }

    // The whole text, as typed; consecutive typing merges into one undo step, and is validated
    // when no key came for typingPauseMs.
    void setText(const QByteArray& text);
    // One form edit: `path` in the document ({"metadata", "region"}) set to `value` (Undefined
    // removes it). False with `error` set when the text is not YAML the edit can be made in.
    bool setValue(const QStringList& path, const QJsonValue& value, QString* error);
    // The same inside the cloud-config of `userdata: |`.
    bool setUserDataValue(const QStringList& path, const QJsonValue& value, QString* error);

    // The unified diff of the unsaved text against the file on disk now.
    QString diffAgainstDisk() const;
    // Writes atomically; on failure the text stays unsaved and `error` says why.
    bool save(QString* error);
    // Takes the file on disk as it is now, dropping unsaved changes (undoable).
    void reload();
    // Keeps the unsaved text; the next save overwrites what is on disk.
    void keepMine();

    static constexpr int typingPauseMs = 150;

Q_SIGNALS:
    void textChanged(const QByteArray& text);
    void dirtyChanged(bool dirty);
    void validated(const DocumentValidator::Result& result);
    void changedOnDisk();
    void saved();

private:
    friend class TextCommand;
    void apply(const QByteArray& text);
    void validate();
    void onFileChanged();
    void takeChanged(const QByteArray& now);
    std::optional<QByteArray> readStored() const; // the file, or the latest stored text known

    QString m_path;
    QByteArray m_text;
    QByteArray m_diskText;
    bool m_existsOnDisk = false;
    bool m_stored = false;
    QString m_key; // a stored document's; a file's is its name
    std::optional<QByteArray> m_storedNow;
    bool m_createdUnsaved = false;
    bool m_lastDirty = false;
    QUndoStack m_undo;
    QFileSystemWatcher m_watcher;
    DocumentValidator::Result m_validation;
    quint64 m_validationGeneration = 0;
    bool m_validating = false;
    bool m_validateAgain = false;
    bool m_typing = false; // apply() runs for a keystroke
    QTimer m_typingPause;
};
