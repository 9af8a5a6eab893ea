// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatapreview.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "cloudinit/documentvalidator.h"
#include "cloudinit/renderer.h"
#include "core/whendone.h"
#include "vspc/metadatapacket.h"

using namespace Qt::StringLiterals;

namespace {
constexpr std::array<MetadataPacket::Request, 3> requests { MetadataPacket::Request::MetaData,
    MetadataPacket::Request::NetworkData, MetadataPacket::Request::UserData };

QString payloadTitle(int index)
{
    switch (index) {
    case 0:
        return MetadataPreview::tr("meta-data (JSON)");
    case 1:
        return MetadataPreview::tr("network-config");
    default:
        return MetadataPreview::tr("user-data");
    }
}

QString located(const Finding& finding)
{
    if (finding.line <= 0) {
        return finding.message;
    }
    return MetadataPreview::tr("line %1, column %2: %3").arg(finding.line).arg(finding.column).arg(finding.message);
}

// Readable on light and dark backgrounds alike.
const QColor overColour(0xc0, 0x1c, 0x28);
const QColor fitsColour(0x26, 0xa2, 0x69);
} // namespace

MetadataPreview::MetadataPreview(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_version(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_packetTabs(new QTabWidget(this))
    , m_packet(new QPlainTextEdit(this))
    , m_sizes(new QTableWidget(0, SizeColumnCount, this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->addItem(tr("Document's choice"), 0);
    m_version->addItem(tr("Version 1"), 1);
    m_version->addItem(tr("Version 2"), 2);
    m_version->setToolTip(tr("The metadata server sends the version the document asks for (version 1 unless "
                             "it says version: 2). Compare with the other version before changing it."));
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] { startRendering(); });
    for (int i = 0; i < 3; ++i) {
        auto* view = new QPlainTextEdit(this);
        view->setReadOnly(true);
        view->setAccessibleName(payloadTitle(i));
        view->setFont(fixed);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_views.at(i) = view;
        m_tabs->addTab(view, payloadTitle(i));
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { showPacket(); });
    m_packet->setReadOnly(true);
    m_packet->setAccessibleName(tr("Serial packet"));
    m_sizes->setAccessibleName(tr("Payload sizes"));
    m_packet->setFont(fixed);
    m_packet->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_packet->setWordWrapMode(QTextOption::WrapAnywhere); // one base64 line, readable without scrolling

    m_sizes->setHorizontalHeaderLabels({ tr("Channel"), tr("Payload"), tr("Bytes"), tr("Limit"), tr("Result") });
    m_sizes->verticalHeader()->hide();
    m_sizes->verticalHeader()->setDefaultSectionSize(m_sizes->fontMetrics().height() + 8);
    m_sizes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sizes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sizes->setWordWrap(false);
    m_sizes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sizes->horizontalHeader()->setStretchLastSection(true);

    auto* versionRow = new QHBoxLayout;
    versionRow->addWidget(m_status, 1);
    versionRow->addWidget(new QLabel(tr("Network config:"), this));
    versionRow->addWidget(m_version);

    // A tab of its own, level with the payloads' tabs.
    m_packetTabs->addTab(m_packet, QString());
    // The payload beside the packet that carries it; below, the sizes on every channel.
    auto* payloads = new QSplitter(Qt::Horizontal, this);
    payloads->addWidget(m_tabs);
    payloads->addWidget(m_packetTabs);
    payloads->setSizes({ 600, 400 });

    auto* sizesBox = new QWidget(this);
    auto* sizesLayout = new QVBoxLayout(sizesBox);
    sizesLayout->setContentsMargins(0, 0, 0, 0);
    sizesLayout->addWidget(new QLabel(tr("Sizes on each delivery channel:"), this));
    sizesLayout->addWidget(m_sizes);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(payloads);
    split->addWidget(sizesBox);
    split->setSizes({ 320, 300 });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(versionRow);
    layout->addWidget(split, 1);
    showStatus();
    showPacket();
}

void MetadataPreview::setDocument(const QByteArray& documentText, const QString& vmName)
{
    m_text = documentText;
    m_vmName = vmName;
    m_hasDocument = true;
    startRendering();
}

void MetadataPreview::setNetworkVersion(int version)
{
    const int index = m_version->findData(version);
    if (index >= 0) {
        m_version->setCurrentIndex(index);
    }
}

int MetadataPreview::networkVersion() const
{
    return m_version->currentData().toInt();
}

void MetadataPreview::setCurrentPayload(Payload payload)
{
    m_tabs->setCurrentIndex(int(payload));
}

MetadataPreview::Payload MetadataPreview::currentPayload() const
{
    return Payload(qBound(0, m_tabs->currentIndex(), 2));
}

QByteArray MetadataPreview::serialPacket() const
{
    return m_packets.at(int(currentPayload()));
}

QString MetadataPreview::status() const
{
    return m_status->text();
}

MetadataPreview::Rendering MetadataPreview::renderDocument(const QByteArray& text, const QString& vmName, int version)
{
    Rendering rendering;
    DocumentValidator::Result validated = DocumentValidator::validate(text);
    rendering.findings = validated.findings;
    if (!validated.document) {
        return rendering;
    }
    rendering.readable = true;
    const MetadataDocument& document = *validated.document;
    rendering.payloads = { Renderer::metaData(document, vmName), Renderer::networkData(document, version),
        Renderer::userData(document) };
    for (size_t i = 0; i < requests.size(); ++i) {
        rendering.packets.at(i)
            = MetadataPacket::response(requests.at(i), rendering.payloads.at(i), MetadataPacket::LineEnding::Lf);
    }
    rendering.checks
        = DeliveryLimits::check({ rendering.payloads.at(0), rendering.payloads.at(1), rendering.payloads.at(2) });
    return rendering;
}

void MetadataPreview::startRendering()
{
    if (!m_hasDocument) {
        return;
    }
    if (m_running) {
        m_stale = true;
        return;
    }
    m_running = true;
    m_stale = false;
    if (!m_haveResult) {
        showStatus();
    }
    whenDone(QtConcurrent::run(&MetadataPreview::renderDocument, m_text, m_vmName, networkVersion()), this,
        [this](const Rendering& rendering) {
            m_running = false;
            if (m_stale) {
                startRendering(); // this result is already out of date: render the latest instead
                return;
            }
            showRendering(rendering);
        });
}

void MetadataPreview::showRendering(const Rendering& rendering)
{
    m_haveResult = true;
    m_readable = rendering.readable;
    m_findings = rendering.findings;
    m_packets = rendering.packets;
    for (int i = 0; i < 3; ++i) {
        const QByteArray& bytes = rendering.payloads.at(i);
        // Unchanged payloads keep their scroll position while the admin types elsewhere.
        if (bytes != m_payloads.at(i)) {
            m_views.at(i)->setPlainText(QString::fromUtf8(bytes));
        }
        m_views.at(i)->setEnabled(rendering.readable);
        m_tabs->setTabText(i,
            rendering.readable ? tr("%1 · %2 bytes").arg(payloadTitle(i), QLocale().toString(bytes.size()))
                               : payloadTitle(i));
    }
    m_payloads = rendering.payloads;
    showStatus();
    showPacket();
    showSizes(rendering.checks);
    Q_EMIT rendered();
}

void MetadataPreview::showStatus()
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_haveResult) {
        m_status->setText(m_running ? tr("Rendering…") : tr("No document."));
        m_status->setPalette(palette);
        return;
    }
    qsizetype errors = 0;
    const Finding* first = nullptr;
    for (const Finding& finding : std::as_const(m_findings)) {
        if (finding.isError()) {
            first = first ? first : &finding;
            ++errors;
        }
    }
    const qsizetype warnings = m_findings.size() - errors;
    if (!m_readable) {
        m_status->setText(tr("The document cannot be read, so nothing can be sent: %1")
                              .arg(first ? located(*first) : tr("unknown reason")));
    } else if (errors > 0) {
        m_status->setText(tr("The document has %n error(s); the first: %1. Below is what a guest would receive "
                             "if it were served as it is.",
            nullptr, int(errors))
                              .arg(located(*first)));
    } else if (warnings > 0) {
        m_status->setText(tr("No errors, %n warning(s).", nullptr, int(warnings)));
    } else {
        m_status->setText(tr("No errors or warnings."));
    }
    if (errors > 0) {
        palette.setColor(QPalette::WindowText, overColour);
    }
    m_status->setPalette(palette);
}

void MetadataPreview::showPacket()
{
    const int index = int(currentPayload());
    const QByteArray& packet = m_packets.at(index);
    m_packet->setPlainText(QString::fromLatin1(packet));
    m_packetTabs->setTabText(0,
        packet.isEmpty() ? tr("Serial packet") : tr("Serial packet · %1 bytes").arg(QLocale().toString(packet.size())));
    m_packetTabs->setTabToolTip(0,
        tr("The line the metadata server sends for %1 on the serial port, line break included.")
            .arg(payloadTitle(index)));
}

void MetadataPreview::showSizes(const QList<DeliveryLimits::Check>& checks)
{
    m_sizes->setRowCount(int(checks.size()));
    const QLocale locale;
    for (int row = 0; row < checks.size(); ++row) {
        const DeliveryLimits::Check& check = checks.at(row);
        auto* bytes = new QTableWidgetItem(locale.toString(check.bytes));
        bytes->setToolTip(tr("%1 bytes as sent (%2)").arg(locale.toString(check.bytes), check.encoding));
        auto* limit = new QTableWidgetItem(locale.toString(check.limit));
        for (QTableWidgetItem* number : { bytes, limit }) {
            number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        auto* result = new QTableWidgetItem(
            check.fits() ? u"✓"_s : tr("over by %1 bytes").arg(locale.toString(check.bytes - check.limit)));
        result->setForeground(check.fits() ? fitsColour : overColour);
        result->setData(Qt::UserRole, check.fits());
        if (!check.fits()) {
            QFont bold = result->font();
            bold.setBold(true);
            result->setFont(bold);
        }
        m_sizes->setItem(row, ChannelColumn, new QTableWidgetItem(check.channel));
        m_sizes->setItem(row, PayloadColumn, new QTableWidgetItem(check.payload));
        m_sizes->setItem(row, BytesColumn, bytes);
        m_sizes->setItem(row, LimitColumn, limit);
        m_sizes->setItem(row, ResultColumn, result);
    }
}
