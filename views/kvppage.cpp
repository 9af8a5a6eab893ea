// SPDX-License-Identifier: GPL-3.0-or-later
#include "kvppage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringDecoder>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "hypervhostpanel.h"
#include "kvp/kvppoolwatcher.h"
#include "kvppoolmodel.h"

using namespace Qt::StringLiterals;

namespace {
const QString directoryKey = u"kvp/directory"_s;

bool hasAnyPoolFile(const QString& directory)
{
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        if (QFileInfo::exists(KvpPool::path(directory, pool))) {
            return true;
        }
    }
    return false;
}

// The decoded text of a base64 value, or a sentence saying it is not base64.
QString decodeBase64(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    const auto result = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (trimmed.isEmpty() || !result) {
        return KvpPage::tr("This value is not base64.");
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(result.decoded);
    if (!utf8.hasError()) {
        return text;
    }
    // Binary: every byte still shown, the invalid ones as \xNN.
    return KvpPage::tr("Base64 of %n byte(s) that are not UTF-8 text:", nullptr, int(result.decoded.size())) + u'\n'
        + KvpRecord { {}, result.decoded }.valueText();
}
} // namespace

KvpPage::KvpPage(SecretStore* secrets, QWidget* parent)
    : QWidget(parent)
    , m_watcher(new KvpPoolWatcher(this))
    , m_areas(new QTabWidget(this))
    , m_hyperv(new HypervHostPanel(secrets, this))
    , m_directory(new QLineEdit(this))
    , m_tabs(new QTabWidget(this))
    , m_selectedKey(new QLabel(this))
    , m_value(new QPlainTextEdit(this))
    , m_base64(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    auto* directoryLabel = new QLabel(tr("Pool &directory:"), this);
    directoryLabel->setBuddy(m_directory);
    m_directory->setAccessibleName(tr("KVP pool directory"));
    m_directory->setPlaceholderText(KvpPool::defaultDirectory());
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAccessibleName(tr("Browse for the KVP pool directory"));
    auto* directoryRow = new QHBoxLayout;
    directoryRow->addWidget(directoryLabel);
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(browseButton);

    const QString titles[]
        = { tr("Host to guest"), tr("Guest to host"), tr("Guest intrinsic"), tr("Host facts"), tr("Internal") };
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        m_tabs->addTab(makePoolTab(pool), titles[pool]);
    }
    m_tabs->setAccessibleName(tr("KVP pools"));

    m_selectedKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectedKey->setWordWrap(true);
    for (QPlainTextEdit* view : { m_value, m_base64 }) {
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_value->setAccessibleName(tr("Selected value"));
    m_base64->setAccessibleName(tr("Selected value decoded from base64"));
    auto* detailTabs = new QTabWidget(this);
    detailTabs->addTab(m_value, tr("Value"));
    detailTabs->addTab(m_base64, tr("Decode base64"));
    detailTabs->setAccessibleName(tr("Selected value views"));
    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_selectedKey);
    detailsLayout->addWidget(detailTabs);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    m_copy->setAccessibleName(tr("Copy the selected pairs"));
    m_add->setAccessibleName(tr("Add a pair to the guest-to-host pool"));
    m_edit->setAccessibleName(tr("Edit the selected pair's value"));
    m_delete->setAccessibleName(tr("Delete the selected pairs"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);

    auto* guest = new QWidget(this);
    auto* guestLayout = new QVBoxLayout(guest);
    guestLayout->addLayout(directoryRow);
    guestLayout->addWidget(splitter, 1);
    guestLayout->addLayout(buttons);
    m_areas->addTab(guest, tr("This guest"));
    m_areas->addTab(m_hyperv, tr("Hyper-V hosts"));
    m_areas->setAccessibleName(tr("KVP of this guest or of Hyper-V hosts"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_areas);

    connect(m_watcher, &KvpPoolWatcher::poolChanged, this, [this](int pool, const KvpPool::Contents& contents) {
        if (pool >= 0 && pool < KvpPool::poolCount) {
            m_pools.at(pool).model->setContents(contents);
        }
    });
    connect(m_directory, &QLineEdit::editingFinished, this, [this] {
        if (m_directory->text() != m_watcher->directory()) {
            setDirectory(m_directory->text());
        }
    });
    connect(browseButton, &QPushButton::clicked, this, &KvpPage::browse);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_copy, &QPushButton::clicked, this, &KvpPage::copyPairs);
    connect(m_add, &QPushButton::clicked, this, &KvpPage::addPair);
    connect(m_edit, &QPushButton::clicked, this, &KvpPage::editPair);
    connect(m_delete, &QPushButton::clicked, this, &KvpPage::deletePairs);

    setDirectory(QSettings().value(directoryKey, KvpPool::defaultDirectory()).toString());
}

QWidget* KvpPage::makePoolTab(int pool)
{
    PoolTab& tab = m_pools.at(pool);
    auto* widget = new QWidget(this);
    tab.model = new KvpPoolModel(this);
    tab.proxy = new QSortFilterProxyModel(this);
    tab.proxy->setSourceModel(tab.model);
    tab.proxy->setSortRole(KvpPoolModel::SortRole);
    tab.proxy->setFilterRole(KvpPoolModel::FilterRole);
    tab.proxy->setFilterKeyColumn(KvpPoolModel::KeyColumn);
    tab.proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    tab.filter = new QLineEdit(widget);
    tab.filter->setPlaceholderText(tr("Filter keys and values"));
    tab.filter->setAccessibleName(tr("Filter the pool's keys and values"));
    tab.filter->setClearButtonEnabled(true);
    connect(tab.filter, &QLineEdit::textChanged, tab.proxy, &QSortFilterProxyModel::setFilterFixedString);
    tab.table = new QTableView(widget);
    tab.table->setModel(tab.proxy);
    tab.table->setSortingEnabled(true);
    tab.table->sortByColumn(-1, Qt::AscendingOrder); // file order until the user sorts
    tab.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    tab.table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tab.table->setWordWrap(false);
    tab.table->verticalHeader()->hide();
    tab.table->horizontalHeader()->setSectionResizeMode(KvpPoolModel::ValueColumn, QHeaderView::Stretch);
    tab.table->setColumnWidth(KvpPoolModel::KeyColumn, 260);
    tab.table->setAccessibleName(tr("Pairs of pool %1").arg(pool));
    tab.status = new QLabel(widget);
    tab.status->setWordWrap(true);
    tab.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(widget);
    layout->addWidget(tab.filter);
    layout->addWidget(tab.table, 1);
    layout->addWidget(tab.status);

    connect(tab.model, &KvpPoolModel::stateChanged, this, [this, pool] {
        updateStatus(pool);
        if (pool == m_tabs->currentIndex()) {
            updateDetails(); // the selected value may have changed on disk
        }
    });
    connect(tab.table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    return widget;
}

void KvpPage::setDirectory(const QString& directory)
{
    const QString cleaned = directory.isEmpty() ? KvpPool::defaultDirectory() : QDir::cleanPath(directory);
    if (m_directory->text() != cleaned) {
        m_directory->setText(cleaned);
    }
    QSettings().setValue(directoryKey, cleaned);
    m_watcher->setDirectory(cleaned);
    for (int pool = 0; pool < KvpPool::poolCount; ++pool) {
        updateStatus(pool);
    }
    updateActions();
}

QString KvpPage::directory() const
{
    return m_watcher->directory();
}

QLineEdit* KvpPage::filter() const
{
    if (m_areas->currentIndex() == HypervHosts) {
        return m_hyperv->filter();
    }
    return m_pools.at(qBound(0, m_tabs->currentIndex(), KvpPool::poolCount - 1)).filter;
}

void KvpPage::updateStatus(int pool)
{
    const PoolTab& tab = m_pools.at(pool);
    const QString directory = m_watcher->directory();
    QString text;
    if (!QFileInfo(directory).isDir() || !hasAnyPoolFile(directory)) {
        text = tr("No KVP pool files in %1 — this is not a Hyper-V guest, or hv_kvp_daemon does not run.")
                   .arg(QDir::toNativeSeparators(directory));
    } else if (!tab.model->error().isEmpty()) {
        text = tab.model->error();
    } else {
        text = tr("%n item(s)", nullptr, tab.model->rowCount());
        if (tab.model->trailingBytes() > 0) {
            text += u" "_s
                + tr("The file ends in a partial record of %n byte(s), not shown (the daemon may be writing it).",
                    nullptr, int(tab.model->trailingBytes()));
        }
    }
    tab.status->setText(text);
}

QList<KvpRecord> KvpPage::selectedRecords(int pool) const
{
    const PoolTab& tab = m_pools.at(pool);
    QList<KvpRecord> records;
    const QModelIndexList rows = tab.table->selectionModel()->selectedRows();
    QList<QModelIndex> sorted(rows.begin(), rows.end());
    std::sort(
        sorted.begin(), sorted.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : sorted) {
        records.append(tab.model->record(tab.proxy->mapToSource(index).row()));
    }
    return records;
}

void KvpPage::updateDetails()
{
    const int pool = m_tabs->currentIndex();
    const QList<KvpRecord> records = pool < 0 ? QList<KvpRecord>() : selectedRecords(pool);
    if (records.size() != 1) {
        m_selectedKey->setText(records.isEmpty() ? tr("Select a pair to see its value in full.")
                                                 : tr("%n pairs selected.", nullptr, int(records.size())));
        m_value->clear();
        m_base64->clear();
        return;
    }
    const KvpRecord& record = records.first();
    m_selectedKey->setText(tr("Key: %1 (value: %n byte(s))", nullptr, int(record.value.size())).arg(record.keyText()));
    m_value->setPlainText(record.valueText());
    m_base64->setPlainText(decodeBase64(record.value));
}

void KvpPage::updateActions()
{
    const int pool = m_tabs->currentIndex();
    const int selected = pool < 0 ? 0 : int(m_pools.at(pool).table->selectionModel()->selectedRows().size());
    const bool writable = pool == GuestToHost;
    m_copy->setEnabled(selected > 0);
    for (QPushButton* button : { m_add, m_edit, m_delete }) {
        button->setVisible(writable);
    }
    m_add->setEnabled(writable && !m_writing);
    m_edit->setEnabled(writable && !m_writing && selected == 1);
    m_delete->setEnabled(writable && !m_writing && selected > 0);
}

QString KvpPage::selectedPairs() const
{
    const int pool = m_tabs->currentIndex();
    if (pool < 0) {
        return {};
    }
    QStringList lines;
    for (const KvpRecord& record : selectedRecords(pool)) {
        lines.append(record.keyText() + u'=' + record.valueText());
    }
    return lines.join(u'\n');
}

void KvpPage::copyPairs()
{
    if (const QString pairs = selectedPairs(); !pairs.isEmpty()) {
        QApplication::clipboard()->setText(pairs);
    }
}

void KvpPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("KVP Pool Directory"), directory());
    if (!chosen.isEmpty()) {
        setDirectory(chosen);
    }
}

bool KvpPage::askPair(const QString& title, QByteArray* key, QByteArray* value, bool keyFixed)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto* keyEdit = new QLineEdit(QString::fromUtf8(*key), &dialog);
    keyEdit->setObjectName(u"kvpKey"_s);
    keyEdit->setAccessibleName(tr("Key"));
    keyEdit->setReadOnly(keyFixed);
    auto* valueEdit = new QPlainTextEdit(QString::fromUtf8(*value), &dialog);
    valueEdit->setObjectName(u"kvpValue"_s);
    valueEdit->setAccessibleName(tr("Value"));
    auto* note = new QLabel(tr("The host reads keys of up to %1 and values of up to %2 UTF-8 bytes.")
                                .arg(KvpPool::hostKeyLimit)
                                .arg(KvpPool::hostValueLimit),
        &dialog);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Key:"), keyEdit);
    form->addRow(tr("&Value:"), valueEdit);
    form->addRow(note);
    form->addRow(buttons);
    (keyFixed ? static_cast<QWidget*>(valueEdit) : keyEdit)->setFocus();
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    *key = keyEdit->text().toUtf8();
    *value = valueEdit->toPlainText().toUtf8();
    return true;
}

void KvpPage::addPair()
{
    QByteArray key, value;
    if (!askPair(tr("Add a Pair"), &key, &value, false)) {
        return;
    }
    // Said before anything is written: the daemon would store it, but the host would read it cut short.
    if (const QString error = KvpPool::checkLimits(key, value); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Add the Pair"), error);
        Q_EMIT writeFinished(error);
        return;
    }
    runWrite([key, value](const QString& path) { return KvpPool::set(path, key, value); });
}

void KvpPage::editPair()
{
    const QList<KvpRecord> records = selectedRecords(GuestToHost);
    if (records.size() != 1) {
        return;
    }
    QByteArray key = records.first().key, value = records.first().value;
    if (!askPair(tr("Edit a Pair"), &key, &value, true)) {
        return;
    }
    if (const QString error = KvpPool::checkLimits(key, value); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Change the Pair"), error);
        Q_EMIT writeFinished(error);
        return;
    }
    runWrite([key, value](const QString& path) { return KvpPool::set(path, key, value); });
}

void KvpPage::deletePairs()
{
    const QList<KvpRecord> records = selectedRecords(GuestToHost);
    if (records.isEmpty()) {
        return;
    }
    const QString question = records.size() == 1
        ? tr("Delete the pair %1 from the guest-to-host pool?").arg(records.first().keyText())
        : tr("Delete %n pairs from the guest-to-host pool?", nullptr, int(records.size()));
    if (QMessageBox::question(this, tr("Delete Pairs"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    QList<QByteArray> keys;
    for (const KvpRecord& record : records) {
        keys.append(record.key);
    }
    runWrite([keys](const QString& path) {
        for (const QByteArray& key : keys) {
            if (QString error = KvpPool::remove(path, key); !error.isEmpty()) {
                return error;
            }
        }
        return QString();
    });
}

void KvpPage::runWrite(const std::function<QString(const QString& path)>& write)
{
    m_writing = true;
    updateActions();
    const QString path = KvpPool::path(directory(), GuestToHost);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_writing = false;
        updateActions();
        const QString error = watcher->result();
        m_watcher->reload();
        if (!error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Write the Pool"), error);
        }
        Q_EMIT writeFinished(error);
    });
    watcher->setFuture(QtConcurrent::run(write, path));
}
