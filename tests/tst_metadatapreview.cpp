// SPDX-License-Identifier: GPL-3.0-or-later
// The payload preview offscreen: the bytes shown are the renderer's, the packet the server's, and
// the sizes table flags what a channel cannot carry; renders docs/screenshots/metadata-preview.png.
#include <QAbstractItemModelTester>
#include <QDir>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "cloudinit/documentvalidator.h"
#include "cloudinit/metadatadocument.h"
#include "cloudinit/renderer.h"
#include "metadatapreview.h"
#include "support/testmain.h"
#include "vspc/metadatapacket.h"

using namespace Qt::StringLiterals;

namespace {
// A realistic document: two interfaces with IPv6 and jumbo frames, comments, and user-data.
const QByteArray twoInterfaces = R"(# db-02: PostgreSQL primary, storage network on eth1
metadata:
  instance-id: db-02-2026-03
  local-hostname: db-02
  region: eu-west
  public_keys:
    - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@example.com
network:
  interfaces:
    - name: eth0
      mac_address: "00:50:56:aa:bb:01"
      addresses: [192.0.2.20/24, "2001:db8::20/64"]
      gateway4: 192.0.2.1
      gateway6: "2001:db8::1"
      mtu: 9000
    # storage network, no gateway
    - name: eth1
      addresses: [198.51.100.20/24]
      mtu: 9000
  nameservers: [192.0.2.53, "2001:db8::53"]
  search: [example.com, db.example.com]
userdata: |
  #cloud-config
  package_update: true
  packages: [postgresql, chrony]
  users:
    - name: dba
      groups: [adm, sudo]
      shell: /bin/bash
      sudo: "ALL=(ALL) NOPASSWD:ALL"
  write_files:
    - path: /etc/postgresql/15/main/conf.d/10-tuning.conf
      owner: root:root
      permissions: "0644"
      content: |
        # Sized for 16 GiB of RAM and SSD storage; see the capacity plan in OPS-1234.
        listen_addresses = '192.0.2.20, 198.51.100.20'
        max_connections = 200
        shared_buffers = 4GB
        effective_cache_size = 12GB
        maintenance_work_mem = 1GB
        checkpoint_completion_target = 0.9
        wal_buffers = 16MB
        default_statistics_target = 100
        random_page_cost = 1.1
        effective_io_concurrency = 200
        work_mem = 10485kB
        huge_pages = try
        min_wal_size = 2GB
        max_wal_size = 8GB
        max_worker_processes = 8
        max_parallel_workers_per_gather = 4
        max_parallel_workers = 8
        max_parallel_maintenance_workers = 4
    - path: /etc/postgresql/15/main/conf.d/20-logging.conf
      content: |
        log_min_duration_statement = 500ms
        log_checkpoints = on
        log_connections = on
        log_disconnections = on
        log_lock_waits = on
        log_temp_files = 0
        log_autovacuum_min_duration = 0
        log_line_prefix = '%m [%p] %q%u@%d '
    - path: /etc/postgresql/15/main/pg_hba.conf
      owner: postgres:postgres
      permissions: "0640"
      content: |
        # TYPE  DATABASE        USER            ADDRESS                 METHOD
        local   all             postgres                                peer
        local   all             all                                     peer
        hostssl all             all             192.0.2.0/24            scram-sha-256
        hostssl all             all             2001:db8::/64           scram-sha-256
        hostssl replication     replicator      198.51.100.0/24         scram-sha-256
        host    all             all             127.0.0.1/32            scram-sha-256
        host    all             all             ::1/128                 scram-sha-256
    - path: /etc/chrony/sources.d/internal.sources
      content: |
        server ntp1.example.com iburst
        server ntp2.example.com iburst
  runcmd:
    - [systemctl, enable, --now, postgresql]
    - [systemctl, restart, chrony]
)";

// A document whose user-data is a cloud-config of at least `bytes` bytes, writing one long file.
QByteArray withUserDataOf(qsizetype bytes)
{
    QByteArray userData = "#cloud-config\nwrite_files:\n  - path: /etc/motd\n    content: |\n";
    for (int line = 0; userData.size() < bytes; ++line) {
        userData += "      line " + QByteArray::number(line) + " of the message of the day, padded out\n";
    }
    QByteArray text = "metadata:\n  instance-id: big-01\nuserdata: |\n";
    for (const QByteArray& line : userData.split('\n')) {
        text += line.isEmpty() ? QByteArray() : "  " + line + '\n';
    }
    return text;
}

MetadataDocument documentOf(const QByteArray& text)
{
    QString error;
    const std::optional<MetadataDocument> document = MetadataDocument::fromYaml(text, &error);
    if (!document) {
        qFatal("sample does not parse: %s", qPrintable(error));
    }
    return *document;
}

QByteArray shown(const MetadataPreview& preview, MetadataPreview::Payload payload)
{
    return preview.payloadView(payload)->toPlainText().toUtf8();
}

bool settle(MetadataPreview& preview)
{
    return QTest::qWaitFor([&] { return !preview.isRendering(); }, 30000);
}

// Rows whose result says "over", as "channel / payload".
QSet<QString> overLimit(const QTableWidget* table)
{
    QSet<QString> over;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->item(row, MetadataPreview::ResultColumn)->data(Qt::UserRole).toBool()) {
            over.insert(table->item(row, MetadataPreview::ChannelColumn)->text() + u" / "_s
                + table->item(row, MetadataPreview::PayloadColumn)->text());
        }
    }
    return over;
}

int rowOf(const QTableWidget* table, const QString& channel, const QString& payload)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, MetadataPreview::ChannelColumn)->text() == channel
            && table->item(row, MetadataPreview::PayloadColumn)->text() == payload) {
            return row;
        }
    }
    return -1;
}
} // namespace

class TestMetadataPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheRenderersBytes()
    {
        MetadataPreview preview;
        preview.setDocument(twoInterfaces, u"db-02"_s);
        QVERIFY(settle(preview));
        const MetadataDocument document = documentOf(twoInterfaces);
        const QByteArray metaData = Renderer::metaData(document, u"db-02"_s);
        const QByteArray network = Renderer::networkData(document);
        const QByteArray userData = Renderer::userData(document);
        QCOMPARE(shown(preview, MetadataPreview::Payload::MetaData), metaData);
        QCOMPARE(shown(preview, MetadataPreview::Payload::NetworkConfig), network);
        QCOMPARE(shown(preview, MetadataPreview::Payload::UserData), userData);
        QVERIFY(network.contains("198.51.100.20") && network.contains("2001:db8::20"));
        QVERIFY(metaData.contains("db-02-2026-03"));
        // Each tab names its size in bytes.
        const QList<QByteArray> payloads { metaData, network, userData };
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(preview.tabs()->tabText(i).contains(QLocale().toString(payloads.at(i).size())),
                qPrintable(preview.tabs()->tabText(i)));
        }
        QVERIFY(preview.payloadView(MetadataPreview::Payload::MetaData)->isReadOnly());
        QCOMPARE(preview.payloadView(MetadataPreview::Payload::MetaData)->font(),
            QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QVERIFY2(preview.status().contains(u"No errors"_s), qPrintable(preview.status()));
    }

    void switchingTheNetworkVersionChangesNetworkConfig()
    {
        MetadataPreview preview;
        preview.setDocument(twoInterfaces, u"db-02"_s);
        QVERIFY(settle(preview));
        const MetadataDocument document = documentOf(twoInterfaces);
        preview.setNetworkVersion(1);
        QVERIFY(settle(preview));
        const QByteArray v1 = shown(preview, MetadataPreview::Payload::NetworkConfig);
        QCOMPARE(v1, Renderer::networkData(document, 1));
        preview.setNetworkVersion(2);
        QCOMPARE(preview.networkVersion(), 2);
        QVERIFY(settle(preview));
        const QByteArray v2 = shown(preview, MetadataPreview::Payload::NetworkConfig);
        QCOMPARE(v2, Renderer::networkData(document, 2));
        QVERIFY(v1 != v2);
        // The version only concerns network-config, and its packet follows it.
        QCOMPARE(shown(preview, MetadataPreview::Payload::MetaData), Renderer::metaData(document, u"db-02"_s));
        preview.setCurrentPayload(MetadataPreview::Payload::NetworkConfig);
        QCOMPARE(preview.serialPacket(),
            MetadataPacket::response(MetadataPacket::Request::NetworkData, v2, MetadataPacket::LineEnding::Lf));
    }

    void thePacketIsTheServersPacket()
    {
        MetadataPreview preview;
        preview.setDocument(twoInterfaces, u"db-02"_s);
        QVERIFY(settle(preview));
        const MetadataDocument document = documentOf(twoInterfaces);
        const QList<std::tuple<MetadataPreview::Payload, MetadataPacket::Request, QByteArray>> cases {
            { MetadataPreview::Payload::MetaData, MetadataPacket::Request::MetaData,
                Renderer::metaData(document, u"db-02"_s) },
            { MetadataPreview::Payload::NetworkConfig, MetadataPacket::Request::NetworkData,
                Renderer::networkData(document) },
            { MetadataPreview::Payload::UserData, MetadataPacket::Request::UserData, Renderer::userData(document) },
        };
        for (const auto& [payload, request, bytes] : cases) {
            preview.setCurrentPayload(payload);
            const QByteArray expected = MetadataPacket::response(request, bytes, MetadataPacket::LineEnding::Lf);
            QCOMPARE(preview.serialPacket(), expected);
            QCOMPARE(preview.packetView()->toPlainText().toLatin1(), expected);
            // What the guest decodes is the payload shown.
            QCOMPARE(QByteArray::fromBase64(expected.mid(expected.indexOf('#') + 1).trimmed()), bytes);
        }
    }

    void theSizesTableFlagsWhatDoesNotFit_data()
    {
        QTest::addColumn<qsizetype>("userDataBytes");
        QTest::addColumn<QStringList>("over");
        QTest::newRow("3 KB: too big for a KVP value only")
            << qsizetype(3 * 1024) << QStringList { u"Hyper-V KVP / user-data"_s };
        QTest::newRow("70 KB: too big for the serial line and guestinfo")
            << qsizetype(70 * 1024)
            << QStringList { u"Serial port (vSPC) / user-data"_s, u"VMware guestinfo / user-data"_s,
                   u"Hyper-V KVP / user-data"_s };
    }

    void theSizesTableFlagsWhatDoesNotFit()
    {
        QFETCH(qsizetype, userDataBytes);
        QFETCH(QStringList, over);
        const QByteArray text = withUserDataOf(userDataBytes);
        MetadataPreview preview;
        QAbstractItemModelTester tester(
            preview.sizesTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        preview.setDocument(text, u"big-01"_s);
        QVERIFY(settle(preview));
        const QTableWidget* table = preview.sizesTable();
        QCOMPARE(overLimit(table), QSet<QString>(over.cbegin(), over.cend()));

        // Sizes as each channel carries them: raw on KVP, base64 in guestinfo.
        const QByteArray userData = preview.payload(MetadataPreview::Payload::UserData);
        QVERIFY(userData.size() >= userDataBytes && userData.size() < userDataBytes + 200);
        const QLocale locale;
        const int kvp = rowOf(table, u"Hyper-V KVP"_s, u"user-data"_s);
        QVERIFY(kvp >= 0);
        QCOMPARE(table->item(kvp, MetadataPreview::BytesColumn)->text(), locale.toString(userData.size()));
        QCOMPARE(table->item(kvp, MetadataPreview::LimitColumn)->text(), locale.toString(2048));
        QCOMPARE(table->item(kvp, MetadataPreview::ResultColumn)->text(),
            MetadataPreview::tr("over by %1 bytes").arg(locale.toString(userData.size() - 2048)));
        QCOMPARE(table->item(kvp, MetadataPreview::ResultColumn)->foreground().color(), QColor(0xc0, 0x1c, 0x28));
        const int guestinfo = rowOf(table, u"VMware guestinfo"_s, u"user-data"_s);
        QVERIFY(guestinfo >= 0);
        QCOMPARE(
            table->item(guestinfo, MetadataPreview::BytesColumn)->text(), locale.toString(userData.toBase64().size()));
        const int metaData = rowOf(table, u"Serial port (vSPC)"_s, u"meta-data"_s);
        QVERIFY(metaData >= 0);
        QCOMPARE(table->item(metaData, MetadataPreview::ResultColumn)->text(), u"✓"_s);
        // Too big for the serial line is an error in the document, said at the top; still previewed.
        const bool serialOver = over.contains(u"Serial port (vSPC) / user-data"_s);
        QCOMPARE(Findings::hasError(preview.findings()), serialOver);
        QCOMPARE(preview.status().contains(u"on the serial port, more than its limit"_s), serialOver);
        QCOMPARE(shown(preview, MetadataPreview::Payload::UserData), userData);
    }

    void anUnreadableDocumentShowsItsFirstError()
    {
        const QByteArray broken = "metadata:\n  instance-id: [unclosed\nnetwork: {}\n";
        const DocumentValidator::Result expected = DocumentValidator::validate(broken);
        QVERIFY(!expected.document);
        QVERIFY(!expected.findings.isEmpty());
        MetadataPreview preview;
        preview.setDocument(twoInterfaces, u"db-02"_s);
        QVERIFY(settle(preview));
        preview.setDocument(broken, u"db-02"_s);
        QVERIFY(settle(preview));
        QVERIFY2(preview.status().contains(expected.findings.first().message), qPrintable(preview.status()));
        QVERIFY(preview.status().contains(QString::number(expected.findings.first().line)));
        for (const auto payload : { MetadataPreview::Payload::MetaData, MetadataPreview::Payload::NetworkConfig,
                 MetadataPreview::Payload::UserData }) {
            QVERIFY(shown(preview, payload).isEmpty());
            QVERIFY(!preview.payloadView(payload)->isEnabled());
        }
        QVERIFY(preview.serialPacket().isEmpty());
        QCOMPARE(preview.sizesTable()->rowCount(), 0);
    }

    void aDocumentWithErrorsIsStillPreviewed()
    {
        QByteArray invalid = twoInterfaces;
        invalid.replace("gateway4: 192.0.2.1", "gateway4: 203.0.113.1");
        const DocumentValidator::Result expected = DocumentValidator::validate(invalid);
        QVERIFY(expected.document && Findings::hasError(expected.findings));
        MetadataPreview preview;
        preview.setDocument(invalid, u"db-02"_s);
        QVERIFY(settle(preview));
        QVERIFY2(preview.status().contains(u"203.0.113.1"_s), qPrintable(preview.status()));
        QCOMPARE(shown(preview, MetadataPreview::Payload::NetworkConfig), Renderer::networkData(*expected.document));
    }

    void onlyTheLatestResultIsShown()
    {
        MetadataPreview preview;
        QSignalSpy rendered(&preview, &MetadataPreview::rendered);
        const QByteArray big = withUserDataOf(200 * 1024);
        // No event loop between the calls: the first result cannot arrive before the second request.
        preview.setDocument(big, u"big-01"_s);
        QVERIFY(preview.isRendering());
        preview.setDocument(twoInterfaces, u"db-02"_s);
        QVERIFY(settle(preview));
        QTest::qWait(50);
        QCOMPARE(rendered.count(), 1);
        QCOMPARE(shown(preview, MetadataPreview::Payload::UserData), Renderer::userData(documentOf(twoInterfaces)));
    }

    void rendersScreenshot()
    {
        MetadataPreview preview;
        preview.resize(1000, 650);
        preview.setDocument(twoInterfaces, u"db-02"_s);
        preview.setNetworkVersion(2);
        preview.setCurrentPayload(MetadataPreview::Payload::NetworkConfig);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QVERIFY(settle(preview));
        const QDir screenshots(QStringLiteral(VMDESK_SCREENSHOT_DIR));
        QVERIFY(QDir().mkpath(screenshots.path()));
        const QImage picture = preview.grab().toImage();
        QCOMPARE(picture.size(), QSize(1000, 650));
        QVERIFY(picture.save(screenshots.filePath(u"metadata-preview.png"_s)));
    }
};

VMDESK_TEST_MAIN(TestMetadataPreview)
#include "tst_metadatapreview.moc"
