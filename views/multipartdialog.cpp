// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString starterFor(const QString& contentType)
{
    if (contentType == u"text/x-shellscript"_s) {
        return u"#!/bin/sh\n"_s;
    }
    if (contentType == u"text/cloud-boothook"_s) {
        return u"#cloud-boothook\n#!/bin/sh\n"_s;
    }
    if (contentType == u"text/x-include-url"_s) {
        return u"#include\nhttps://example.com/user-data.yaml\n"_s;
    }
    return u"#cloud-config\n"_s;
}

QString defaultName(const QString& contentType, int index)
{
    if (contentType == u"text/x-shellscript"_s) {
        return u"part-%1.sh"_s.arg(index + 1);
    }
    return u"part-%1.txt"_s.arg(index + 1);
}
} // namespace

QStringList MultipartDialog::contentTypes()
{
    return { u"text/cloud-config"_s, u"text/x-shellscript"_s, u"text/cloud-boothook"_s, u"text/x-include-url"_s,
        u"text/jinja2"_s, u"text/plain"_s };
}

MultipartDialog::MultipartDialog(const QByteArray& userData, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_type(new QComboBox(this))
    , m_filename(new QLineEdit(this))
    , m_content(new QPlainTextEdit(this))
{
    setWindowTitle(tr("User-data Parts"));
    m_type->addItems(contentTypes());
    m_content->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setObjectName(u"parts"_s);
    m_content->setObjectName(u"partContent"_s);

    auto* add = new QPushButton(tr("Add Part"), this);
    auto* remove = new QPushButton(tr("Remove Part"), this);
    connect(add, &QPushButton::clicked, this, [this] { addPart(u"text/x-shellscript"_s); });
    connect(remove, &QPushButton::clicked, this, [this] { removePart(m_list->currentRow()); });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* form = new QFormLayout(right);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("File name:"), m_filename);
    form->addRow(m_content);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({ 220, 560 });
    auto* hint = new QLabel(tr("cloud-init runs the parts in order: boothooks early, cloud-config with its modules, "
                               "shell scripts once at the end of the first boot."),
        this);
    hint->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        storeCurrent();
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(box);
    resize(860, 560);

    connect(m_list, &QListWidget::currentRowChanged, this, &MultipartDialog::showPart);
    connect(m_type, &QComboBox::currentTextChanged, this, [this](const QString& type) {
        if (m_current >= 0) {
            m_parts[m_current].contentType = type;
            m_list->item(m_current)->setText(m_parts.at(m_current).filename + u" — "_s + type);
        }
    });

    QString error;
    const std::optional<QList<MimePart>> existing = MimeMultipart::parse(userData, &error);
    if (existing && !existing->isEmpty()) {
        for (const MimePart& part : *existing) {
            m_parts.append(part);
            m_list->addItem(part.filename + u" — "_s + part.contentType);
        }
        m_list->setCurrentRow(0);
    } else if (!userData.trimmed().isEmpty()) {
        addPart(MimeMultipart::contentTypeFor(userData), userData);
    } else {
        addPart(u"text/cloud-config"_s);
    }
}

void MultipartDialog::addPart(const QString& contentType, const QByteArray& content)
{
    storeCurrent();
    const int index = int(m_parts.size());
    m_parts.append({ defaultName(contentType, index), contentType,
        content.isEmpty() ? starterFor(contentType).toUtf8() : content });
    m_list->addItem(m_parts.last().filename + u" — "_s + contentType);
    m_list->setCurrentRow(index);
}

void MultipartDialog::removePart(int index)
{
    if (index < 0 || index >= m_parts.size()) {
        return;
    }
    m_current = -1; // the shown part is going: nothing to store
    m_parts.removeAt(index);
    delete m_list->takeItem(index);
    showPart(m_list->currentRow());
}

void MultipartDialog::storeCurrent()
{
    if (m_current >= 0 && m_current < m_parts.size()) {
        m_parts[m_current].filename = m_filename->text().trimmed();
        m_parts[m_current].contentType = m_type->currentText();
        m_parts[m_current].content = m_content->toPlainText().toUtf8();
    }
}

void MultipartDialog::showPart(int index)
{
    storeCurrent();
    m_current = -1;
    if (index < 0 || index >= m_parts.size()) {
        m_filename->clear();
        m_content->clear();
        return;
    }
    const MimePart& part = m_parts.at(index);
    m_filename->setText(part.filename);
    m_type->setCurrentText(part.contentType);
    m_content->setPlainText(QString::fromUtf8(part.content));
    m_current = index;
}

QByteArray MultipartDialog::userData() const
{
    if (m_parts.size() == 1) {
        return m_parts.constFirst().content;
    }
    return MimeMultipart::build(m_parts);
}
