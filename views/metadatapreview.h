// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QByteArray>
#include <QList>
#include <QWidget>

#include "cloudinit/deliverylimits.h"
#include "cloudinit/finding.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;

// What a guest receives for one VM's document, byte for byte: meta-data, network-config and
// user-data as the metadata server renders them, the serial packet that carries the chosen one,
// and each payload's size on every delivery channel against that channel's limit. Rendering runs
// on a worker thread; while one runs, newer requests wait and only the latest result is shown.
class MetadataPreview : public QWidget
{
    Q_OBJECT
public:
    enum class Payload { MetaData, NetworkConfig, UserData };
    enum SizeColumn { ChannelColumn, PayloadColumn, BytesColumn, LimitColumn, ResultColumn, SizeColumnCount };

    explicit MetadataPreview(QWidget* parent = nullptr);

    void setDocument(const QByteArray& documentText, const QString& vmName);
    // 0: the version the document asks for; 1 or 2 forces that network-config version.
    void setNetworkVersion(int version);
    int networkVersion() const;

    void setCurrentPayload(Payload payload);
    Payload currentPayload() const;

    // The last result shown (empty while the document cannot be read).
    QByteArray payload(Payload payload) const { return m_payloads.at(int(payload)); }
    QByteArray serialPacket() const;
    QList<Finding> findings() const { return m_findings; }
    QString status() const;
    bool isRendering() const { return m_running; }

    QPlainTextEdit* payloadView(Payload payload) const { return m_views.at(int(payload)); }
    QPlainTextEdit* packetView() const { return m_packet; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* sizesTable() const { return m_sizes; }

Q_SIGNALS:
    // A result was shown (stale ones are dropped without this signal).
    void rendered();

private:
    struct Rendering
    {
        bool readable = false;
        QList<Finding> findings;
        std::array<QByteArray, 3> payloads;
        std::array<QByteArray, 3> packets;
        QList<DeliveryLimits::Check> checks;
    };

    static Rendering renderDocument(const QByteArray& text, const QString& vmName, int version);
    void startRendering();
    void showRendering(const Rendering& rendering);
    void showStatus();
    void showPacket();
    void showSizes(const QList<DeliveryLimits::Check>& checks);

    QByteArray m_text;
    QString m_vmName;
    bool m_hasDocument = false;
    bool m_running = false;
    bool m_stale = false; // the inputs changed while a rendering ran
    bool m_haveResult = false;
    bool m_readable = false;
    QList<Finding> m_findings;
    std::array<QByteArray, 3> m_payloads;
    std::array<QByteArray, 3> m_packets;

    QLabel* m_status;
    QComboBox* m_version;
    QTabWidget* m_tabs;
    std::array<QPlainTextEdit*, 3> m_views {};
    QTabWidget* m_packetTabs;
    QPlainTextEdit* m_packet;
    QTableWidget* m_sizes;
};
