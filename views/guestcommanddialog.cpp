// SPDX-License-Identifier: GPL-3.0-or-later
#include "guestcommanddialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "guestops/guestcommand.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

namespace {
QPlainTextEdit* outputPane(QWidget* parent, const QString& name)
{
    auto* pane = new QPlainTextEdit(parent);
    pane->setReadOnly(true);
    pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    pane->setAccessibleName(name);
    pane->setPlaceholderText(name);
    return pane;
}
} // namespace

GuestCommandDialog::GuestCommandDialog(
    GuestOperations* operations, const ManagedObjectRef& vm, const QString& vmName, QWidget* parent)
    : QDialog(parent)
    , m_runner(new GuestCommand(operations, this))
    , m_vm(vm)
    , m_command(new QLineEdit(this))
    , m_workingDirectory(new QLineEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_output(outputPane(this, tr("Output (stdout)")))
    , m_errors(outputPane(this, tr("Errors (stderr)")))
    , m_exit(new QLabel(this))
{
    setWindowTitle(tr("Run in Guest — %1").arg(vmName));
    m_command->setObjectName(u"guestCommand"_s);
    m_command->setPlaceholderText(tr("e.g. df -h /"));
    m_workingDirectory->setPlaceholderText(tr("the guest user's home"));
    m_exit->setObjectName(u"guestExitCode"_s);
    m_exit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Working folder:"), m_workingDirectory);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_output);
    splitter->addWidget(m_errors);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_exit);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_run, &QPushButton::clicked, this, &GuestCommandDialog::run);
    connect(m_command, &QLineEdit::returnPressed, this, &GuestCommandDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void GuestCommandDialog::run()
{
    const QStringList argv = splitCommandLine(m_command->text());
    if (m_running || argv.isEmpty()) {
        return;
    }
    setRunning(true);
    m_output->clear();
    m_errors->clear();
    m_exit->setText(tr("Running…"));
    m_exit->setToolTip({});
    whenDone<VimError>(
        m_runner->run(m_vm, m_credentials, argv, m_workingDirectory->text().trimmed()), this,
        [this](const GuestCommandResult& result) {
            setRunning(false);
            m_output->setPlainText(QString::fromUtf8(result.output));
            m_errors->setPlainText(QString::fromUtf8(result.errors));
            m_exit->setText(tr("Exit code %1 (process %2)").arg(result.exitCode).arg(result.pid));
            Q_EMIT finished(result.exitCode);
        },
        [this](const VimError& error) {
            setRunning(false);
            m_exit->setText(error.message());
            m_exit->setToolTip(error.details());
            Q_EMIT failed(error.message());
        });
}

QStringList GuestCommandDialog::splitCommandLine(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum { Plain, Single, Double } quote = Plain;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quote == Single) {
            if (c == u'\'') {
                quote = Plain;
            } else {
                word += c;
            }
        } else if (quote == Double) {
            if (c == u'"') {
                quote = Plain;
            } else if (c == u'\\' && i + 1 < line.size() && QStringView(u"\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
        } else if (c.isSpace()) {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
        } else {
            inWord = true;
            if (c == u'\'') {
                quote = Single;
            } else if (c == u'"') {
                quote = Double;
            } else if (c == u'\\' && i + 1 < line.size()) {
                word += line.at(++i);
            } else {
                word += c;
            }
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

void GuestCommandDialog::setRunning(bool running)
{
    m_running = running;
    m_run->setEnabled(!running);
    m_command->setReadOnly(running);
}
