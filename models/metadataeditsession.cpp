// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadataeditsession.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QUndoCommand>
#include <QtConcurrent>

#include "cloudinit/pyyamljson.h"
#include "cloudinit/yamltextedit.h"
#include "core/atomicwrite.h"
#include "core/unifieddiff.h"

namespace {
enum CommandId { Typing = 1 };
}

class TextCommand : public QUndoCommand
{
public:
    TextCommand(MetadataEditSession* session, QByteArray before, QByteArray after, const QString& label, bool typing)
        : QUndoCommand(label)
        , m_session(session)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_typing(typing)
    { }

    void undo() override { m_session->apply(m_before); }
    void redo() override { m_session->apply(m_after); }
    int id() const override { return m_typing ? Typing : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != id()) {
            return false;
        }
        m_after = static_cast<const TextCommand*>(other)->m_after;
        return true;
    }

private:
    MetadataEditSession* m_session;
    QByteArray m_before;
    QByteArray m_after;
    bool m_typing;
};

MetadataEditSession::MetadataEditSession(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &MetadataEditSession::onFileChanged);
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(typingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &MetadataEditSession::validate);
}

QString MetadataEditSession::key() const
{
    return m_stored ? m_key : QFileInfo(m_path).completeBaseName();
}

bool MetadataEditSession::open(const QString& path, QString* error)
{
    QFile file(path);
    QByteArray text;
    const bool exists = file.exists();
    if (exists) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        text = file.readAll();
    }
    close();
    m_path = path;
    m_existsOnDisk = exists;
    m_diskText = text;
    if (exists) {
        m_watcher.addPath(path);
    }
    apply(text);
    return true;
}

void MetadataEditSession::openNew(const QString& path, const QByteArray& text, NewDocument kind)
{
    close();
    m_path = path;
    m_existsOnDisk = false;
    m_createdUnsaved = kind == NewDocument::Created;
    m_diskText = kind == NewDocument::Offered ? text : QByteArray(); // the baseline for "changed"
    apply(text);
}

void MetadataEditSession::close()
{
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    m_undo.clear();
    m_path.clear();
    m_stored = false;
    m_key.clear();
    m_storedNow.reset();
    m_diskText.clear();
    m_existsOnDisk = false;
    m_createdUnsaved = false;
    apply({});
}

void MetadataEditSession::setText(const QByteArray& text)
{
    if (text != m_text) {
        m_typing = true;
        m_undo.push(new TextCommand(this, m_text, text, tr("Typing"), true));
        m_typing = false;
    }
}

bool MetadataEditSession::setValue(const QStringList& path, const QJsonValue& value, QString* error)
{
    const std::optional<QByteArray> changed = value.isUndefined() ? YamlTextEdit::remove(m_text, path, error)
                                                                  : YamlTextEdit::set(m_text, path, value, error);
    if (!changed) {
        return false;
    }
    if (*changed != m_text) {
        m_undo.push(new TextCommand(this, m_text, *changed, tr("Change %1").arg(path.join(u'.')), false));
    }
    return true;
}

bool MetadataEditSession::setUserDataValue(const QStringList& path, const QJsonValue& value, QString* error)
{
    const PyYamlJson::Document outer = PyYamlJson::parse(m_text);
    if (!outer.ok) {
        *error = tr("the document is not valid YAML: %1").arg(outer.error);
        return false;
    }
    QString userData = outer.value.toObject().value(u"userdata"_qs).toString();
    if (userData.trimmed().isEmpty()) {
        userData = u"#cloud-config\n"_qs;
    }
    const std::optional<QByteArray> inner = value.isUndefined()
        ? YamlTextEdit::remove(userData.toUtf8(), path, error)
        : YamlTextEdit::set(userData.toUtf8(), path, value, error);
    if (!inner) {
        *error = tr("the user-data is not YAML the form can change: %1").arg(*error);
        return false;
    }
    return setValue({ u"userdata"_qs }, QString::fromUtf8(*inner), error);
}

QString MetadataEditSession::diffAgainstDisk() const
{
    const QByteArray onDisk = readStored().value_or(QByteArray());
    const QString name = m_stored ? m_key + u".yaml"_qs : QFileInfo(m_path).fileName();
    return UnifiedDiff::diff(QString::fromUtf8(onDisk), QString::fromUtf8(m_text), u"a/"_qs + name, u"b/"_qs + name);
}

bool MetadataEditSession::save(QString* error)
{
    if (m_stored) {
        *error = tr("%1 is kept in a database, not in a file").arg(m_key);
        return false;
    }
    // Our own write must not look like somebody else's change.
    if (!m_watcher.files().isEmpty()) {
        m_watcher.removePaths(m_watcher.files());
    }
    const QString problem = saveAtomically(m_path, m_text);
    m_watcher.addPath(m_path);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_diskText = m_text;
    m_existsOnDisk = true;
    m_createdUnsaved = false;
    m_undo.setClean();
    apply(m_text);
    Q_EMIT saved();
    return true;
}

void MetadataEditSession::reload()
{
    const std::optional<QByteArray> stored = readStored();
    if (!stored) {
        return;
    }
    m_diskText = *stored;
    m_existsOnDisk = true;
    if (m_diskText != m_text) {
        m_undo.push(new TextCommand(this, m_text, m_diskText, tr("Reload from disk"), false));
    } else {
        apply(m_text);
    }
}

void MetadataEditSession::keepMine()
{
    m_diskText = readStored().value_or(m_diskText);
    apply(m_text);
}

void MetadataEditSession::onFileChanged()
{
    // An atomic save elsewhere replaces the file, which drops it from the watcher: watch again.
    if (QFile::exists(m_path) && !m_watcher.files().contains(m_path)) {
        m_watcher.addPath(m_path);
    }
    if (const std::optional<QByteArray> now = readStored()) {
        takeChanged(*now);
    }
}

void MetadataEditSession::takeChanged(const QByteArray& now)
{
    if (now == m_diskText) {
        return;
    }
    if (m_text == m_diskText) {
        // Nothing unsaved: take the new file as it is, as editors do.
        m_diskText = now;
        m_undo.push(new TextCommand(this, m_text, now, tr("Changed on disk"), false));
        return;
    }
    Q_EMIT changedOnDisk();
}

void MetadataEditSession::apply(const QByteArray& text)
{
    const bool changed = text != m_text;
    m_text = text;
    if (changed) {
        Q_EMIT textChanged(m_text);
    }
    if (isDirty() != m_lastDirty) {
        m_lastDirty = isDirty();
        Q_EMIT dirtyChanged(m_lastDirty);
    }
    if (m_typing) {
        m_typingPause.start();
        return;
    }
    m_typingPause.stop();
    validate();
}

void MetadataEditSession::validate()
{
    if (m_validating) {
        m_validateAgain = true; // only the newest text's result matters
        return;
    }
    m_validating = true;
    const quint64 generation = ++m_validationGeneration;
    auto* watcher = new QFutureWatcher<DocumentValidator::Result>(this);
    connect(watcher, &QFutureWatcher<DocumentValidator::Result>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_validating = false;
        if (m_validateAgain) {
            m_validateAgain = false;
            validate();
            return;
        }
        // Keys came meanwhile: this result is for an older text, and the pause validates the newest.
        if (generation == m_validationGeneration && !m_typingPause.isActive()) {
            m_validation = watcher->result();
            Q_EMIT validated(m_validation);
        }
    });
    watcher->setFuture(QtConcurrent::run(
        [text = m_text] { return DocumentValidator::validate(text, DocumentValidator::Detail::ForEditing); }));
}

std::optional<QByteArray> MetadataEditSession::readStored() const
{
    if (m_stored) {
        return m_storedNow;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return file.readAll();
}

void MetadataEditSession::openStored(const QString& key, const QString& location, const QByteArray& stored)
{
    close();
    m_path = location;
    m_stored = true;
    m_key = key;
    m_storedNow = stored;
    m_existsOnDisk = true;
    m_diskText = stored;
    apply(stored);
}

void MetadataEditSession::openNewStored(
    const QString& key, const QString& location, const QByteArray& text, NewDocument kind)
{
    openNew(location, text, kind);
    m_stored = true;
    m_key = key;
}

void MetadataEditSession::storedSaved(const QByteArray& bytes)
{
    m_storedNow = bytes;
    m_diskText = bytes;
    m_existsOnDisk = true;
    m_createdUnsaved = false;
    if (m_text == bytes) {
        m_undo.setClean();
    }
    apply(m_text);
    Q_EMIT saved();
}

void MetadataEditSession::storedChanged(const std::optional<QByteArray>& now)
{
    if (!m_stored) {
        return;
    }
    // As for a deleted file: what the editor holds is all there is now, and stays until saved.
    if (!now) {
        m_storedNow.reset();
        return;
    }
    m_storedNow = now;
    takeChanged(*now);
}
