// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkapplydialog.h"

#include <algorithm>
#include <optional>

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "cloudinit/documentpatch.h"
#include "cloudinit/documentvalidator.h"
#include "cloudinit/filedriver.h"
#include "core/atomicwrite.h"
#include "core/unifieddiff.h"
#include "core/whendone.h"
#include "diffview.h"

using namespace Qt::StringLiterals;

namespace {
using Outcome = BulkApplyDialog::Outcome;
using State = Outcome::State;

struct Preview
{
    QString patchError;
    QList<Outcome> outcomes;
};

// Lines changed as a reader counts them: a line replaced by another is one change, not two.
int countChangedLines(const QString& diff)
{
    int changed = 0;
    int added = 0;
    int removed = 0;
    const auto endRun = [&] {
        changed += qMax(added, removed);
        added = removed = 0;
    };
    for (const DiffView::LineKind kind : DiffView::classify(diff.split(u'\n'))) {
        if (kind == DiffView::LineKind::Added) {
            ++added;
        } else if (kind == DiffView::LineKind::Removed) {
            ++removed;
        } else if (kind != DiffView::LineKind::Note) {
            endRun();
        }
    }
    endRun();
    return changed;
}

QString firstError(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.isError()) {
            return finding.line > 0 ? BulkApplyDialog::tr("line %1: %2").arg(finding.line).arg(finding.message)
                                    : finding.message;
        }
    }
    return {};
}

std::optional<QByteArray> readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BulkApplyDialog::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

Outcome previewOne(const QDir& directory, const QString& key, const QJsonObject& patch)
{
    Outcome outcome;
    outcome.key = key;
    if (!FileDriver::isSafeKey(key)) {
        outcome.message = BulkApplyDialog::tr("\"%1\" cannot be a file name").arg(key);
        return outcome;
    }
    const QString name = key + u".yaml"_s;
    std::optional<QByteArray> original = readFile(directory.filePath(name), &outcome.message);
    if (!original) {
        return outcome;
    }
    outcome.original = *original;
    std::optional<QByteArray> result = DocumentPatch::apply(outcome.original, patch, &outcome.message);
    if (!result) {
        return outcome;
    }
    outcome.result = *result;
    if (outcome.result == outcome.original) {
        outcome.state = State::NoChange;
        return outcome;
    }
    outcome.diff = UnifiedDiff::diff(
        QString::fromUtf8(outcome.original), QString::fromUtf8(outcome.result), u"a/"_s + name, u"b/"_s + name);
    outcome.changedLines = countChangedLines(outcome.diff);
    outcome.message = firstError(DocumentValidator::validate(outcome.result).findings);
    outcome.state = outcome.message.isEmpty() ? State::Changes : State::Refused;
    return outcome;
}

Preview previewAll(const QString& directory, const QStringList& keys, const QByteArray& patchText)
{
    Preview preview;
    const std::optional<QJsonObject> patch = DocumentPatch::read(patchText, &preview.patchError);
    if (!patch) {
        return preview;
    }
    if (patch->isEmpty()) {
        preview.patchError = BulkApplyDialog::tr("the patch is empty");
        return preview;
    }
    const QDir dir(directory);
    for (const QString& key : keys) {
        preview.outcomes.append(previewOne(dir, key, *patch));
    }
    return preview;
}

// Re-reads each file right before writing it: one that changed since the preview is left alone.
// saveAtomically is what writeFileAtomically runs; here it runs on this worker, right after the
// check, to keep the window between check and write small.
QList<Outcome> applyAll(const QString& directory, QList<Outcome> outcomes)
{
    const QDir dir(directory);
    for (Outcome& outcome : outcomes) {
        if (outcome.state != State::Changes) {
            continue;
        }
        const QString path = dir.filePath(outcome.key + u".yaml"_s);
        QString error;
        const std::optional<QByteArray> now = readFile(path, &error);
        if (!now || *now != outcome.original) {
            outcome.state = State::ChangedOnDisk;
            outcome.message = now ? QString() : error;
            continue;
        }
        outcome.message = saveAtomically(path, outcome.result);
        outcome.state = outcome.message.isEmpty() ? State::Written : State::WriteFailed;
    }
    return outcomes;
}

bool isProblem(State state)
{
    return state == State::Refused || state == State::ChangedOnDisk || state == State::WriteFailed;
}

const QColor problemColour(0xc0, 0x1c, 0x28);
} // namespace

BulkApplyDialog::BulkApplyDialog(const QString& directory, const QStringList& keys, QWidget* parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_keys(keys)
    , m_patch(new QPlainTextEdit(this))
    , m_load(new QPushButton(tr("&Load patch…"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_diff(new DiffView(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_apply(m_buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole))
{
    setWindowTitle(tr("Apply to %n VM(s)", nullptr, int(keys.size())));
    m_patch->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_patch->setTabChangesFocus(true);
    m_patch->setPlaceholderText(u"network:\n  nameservers: [192.0.2.53]"_s);
    connect(m_patch, &QPlainTextEdit::textChanged, this, &BulkApplyDialog::patchEdited);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Load patch"), m_directory, tr("YAML files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty()) {
            loadPatch(path);
        }
    });
    connect(m_preview, &QPushButton::clicked, this, &BulkApplyDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, &BulkApplyDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_apply->setEnabled(false);

    m_table->setHorizontalHeaderLabels({ tr("VM"), tr("Result") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(VmColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BulkApplyDialog::showSelectedDiff);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* explanation = new QLabel(tr("A partial document (YAML) merged into each VM's file: maps merge, lists and "
                                      "values replace, null removes a key. Comments and key order are kept."),
        this);
    explanation->setWordWrap(true);
    auto* patchButtons = new QVBoxLayout;
    patchButtons->addWidget(m_load);
    patchButtons->addWidget(m_preview);
    patchButtons->addStretch();
    auto* patchRow = new QHBoxLayout;
    patchRow->addWidget(m_patch, 1);
    patchRow->addLayout(patchButtons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(patchRow, 1);
    layout->addWidget(split, 3);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    m_summary->setText(
        tr("Write or load a patch, then preview what it does to each of the %n VM(s).", nullptr, int(keys.size())));
}

bool BulkApplyDialog::loadPatch(const QString& path)
{
    QString error;
    const std::optional<QByteArray> text = readFile(path, &error);
    if (!text) {
        m_summary->setText(error);
        return false;
    }
    m_patch->setPlainText(QString::fromUtf8(*text));
    return true;
}

void BulkApplyDialog::preview()
{
    if (m_busy) {
        return;
    }
    setBusy(true);
    const int generation = m_generation;
    m_summary->setText(tr("Previewing…"));
    whenDone(QtConcurrent::run(previewAll, m_directory, m_keys, m_patch->toPlainText().toUtf8()), this,
        [this, generation](const Preview& result) {
            setBusy(false);
            if (generation != m_generation) {
                preview(); // the patch changed meanwhile: this result is not for the text shown
                return;
            }
            m_applied = false;
            m_outcomes = result.outcomes;
            showOutcomes();
            if (!result.patchError.isEmpty()) {
                m_summary->setText(tr("The patch cannot be used: %1").arg(result.patchError));
            }
            Q_EMIT previewed();
        });
}

void BulkApplyDialog::apply()
{
    const bool anyChange = std::any_of(
        m_outcomes.cbegin(), m_outcomes.cend(), [](const Outcome& outcome) { return outcome.state == State::Changes; });
    if (m_busy || m_applied || !anyChange || !m_apply->isEnabled()) {
        return;
    }
    setBusy(true);
    m_summary->setText(tr("Writing…"));
    whenDone(QtConcurrent::run(applyAll, m_directory, m_outcomes), this, [this](const QList<Outcome>& outcomes) {
        setBusy(false);
        m_applied = true;
        m_outcomes = outcomes;
        showOutcomes();
        Q_EMIT applied();
    });
}

void BulkApplyDialog::patchEdited()
{
    ++m_generation;
    if (!m_outcomes.isEmpty() && !m_applied) {
        m_apply->setEnabled(false);
        m_summary->setText(tr("The patch changed: preview again before applying it."));
    }
}

void BulkApplyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_load->setEnabled(!busy);
    m_preview->setEnabled(!busy);
    m_patch->setReadOnly(busy);
    if (busy) {
        m_apply->setEnabled(false);
    }
}

QString BulkApplyDialog::describe(const Outcome& outcome)
{
    switch (outcome.state) {
    case State::Changes:
        return tr("changes %n line(s)", nullptr, outcome.changedLines);
    case State::NoChange:
        return tr("no change");
    case State::Refused:
        return tr("refused: %1").arg(outcome.message);
    case State::Written:
        return tr("written (%n line(s) changed)", nullptr, outcome.changedLines);
    case State::ChangedOnDisk:
        return outcome.message.isEmpty() ? tr("changed on disk, not written")
                                         : tr("changed on disk, not written: %1").arg(outcome.message);
    case State::WriteFailed:
        return tr("not written: %1").arg(outcome.message);
    }
    return {};
}

QString BulkApplyDialog::summary() const
{
    return m_summary->text();
}

void BulkApplyDialog::showOutcomes()
{
    const QString selected = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), VmColumn)
        ? m_table->item(m_table->currentRow(), VmColumn)->text()
        : QString();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_outcomes.size()));
    QMap<State, int> counts;
    int selectRow = -1;
    for (int row = 0; row < m_outcomes.size(); ++row) {
        const Outcome& outcome = m_outcomes.at(row);
        ++counts[outcome.state];
        auto* vm = new QTableWidgetItem(outcome.key);
        auto* result = new QTableWidgetItem(describe(outcome));
        result->setToolTip(describe(outcome));
        if (isProblem(outcome.state)) {
            result->setForeground(problemColour);
        } else if (outcome.state == State::NoChange) {
            result->setForeground(palette().color(QPalette::PlaceholderText));
        }
        m_table->setItem(row, VmColumn, vm);
        m_table->setItem(row, ResultColumn, result);
        if (outcome.key == selected || (selectRow < 0 && selected.isEmpty() && !outcome.diff.isEmpty())) {
            selectRow = row;
        }
    }
    m_table->setCurrentCell(qMax(selectRow, 0), VmColumn);
    if (m_outcomes.isEmpty()) {
        m_table->clearSelection();
    }
    showSelectedDiff();
    if (m_applied) {
        m_summary->setText(tr("Written: %1. Changed on disk, not written: %2. Failed: %3. Refused: %4. No change: %5.")
                               .arg(counts.value(State::Written))
                               .arg(counts.value(State::ChangedOnDisk))
                               .arg(counts.value(State::WriteFailed))
                               .arg(counts.value(State::Refused))
                               .arg(counts.value(State::NoChange)));
    } else {
        m_summary->setText(tr("%1 to change, %2 without change, %3 refused (the result would have errors; those "
                              "files stay as they are). Select a VM to see its diff.")
                               .arg(counts.value(State::Changes))
                               .arg(counts.value(State::NoChange))
                               .arg(counts.value(State::Refused)));
    }
    m_apply->setEnabled(!m_applied && counts.value(State::Changes) > 0);
}

void BulkApplyDialog::showSelectedDiff()
{
    const int row = m_table->currentRow();
    m_diff->setDiff(row >= 0 && row < m_outcomes.size() ? m_outcomes.at(row).diff : QString());
}
