// SPDX-License-Identifier: GPL-3.0-or-later
#include "vmdetailspane.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "core/whendone.h"
#include "inventorymodel.h"
#include "vsphere/vcenterconnection.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

namespace {
QString row(const QString& label, const QString& value)
{
    if (value.isEmpty()) {
        return {};
    }
    return u"<tr><td style='color:gray;padding-right:12px'>"_s + label.toHtmlEscaped() + u"</td><td>"_s
        + value.toHtmlEscaped() + u"</td></tr>"_s;
}

// One device: its label in bold, then its fields.
QString device(const QString& label, const QList<std::pair<QString, QString>>& fields)
{
    QString html = u"<tr><td colspan=2 style='padding-top:6px'><b>"_s + label.toHtmlEscaped() + u"</b></td></tr>"_s;
    for (const auto& [name, value] : fields) {
        html += row(name, value);
    }
    return html;
}

QString dataSize(qint64 bytes)
{
    return InventoryModel::sizeText(bytes);
}
} // namespace

VmDetailsPane::VmDetailsPane(VCenterConnection* connection, QWidget* parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_browser(new QTextBrowser(this))
    , m_reread(new QTimer(this))
{
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("Details of the VM"));
    m_reread->setSingleShot(true);
    m_reread->setInterval(150);
    connect(m_reread, &QTimer::timeout, this, &VmDetailsPane::readDetails);
    if (connection) {
        connect(connection, &VCenterConnection::vmDetailsChanged, this, [this](const ManagedObjectRef& vm) {
            if (!m_vm.ref.isNull() && vm == m_vm.ref) {
                m_reread->start();
            }
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

void VmDetailsPane::clear()
{
    ++m_generation;
    m_reread->stop();
    m_vm = {};
    m_details.reset();
    m_browser->setHtml(u"<p style='color:gray'>"_s + tr("Select a virtual machine to see its details.") + u"</p>"_s);
}

QString VmDetailsPane::text() const
{
    return m_browser->toPlainText();
}

void VmDetailsPane::showVm(const VmSummary& vm)
{
    const bool another = vm.ref != m_vm.ref;
    if (!another && vm == m_vm) {
        return;
    }
    m_vm = vm;
    if (another) {
        m_reread->stop();
        m_details.reset();
        m_detailsError.clear();
        readDetails();
    } else {
        m_reread->start(); // power, addresses, notes: the devices and guest networking may follow
    }
    render();
}

void VmDetailsPane::readDetails()
{
    const quint64 generation = ++m_generation;
    if (!m_connection || m_connection->state() != VCenterConnection::State::Connected || m_vm.ref.isNull()) {
        return;
    }
    // What is shown stays until the new answer replaces it.
    whenDone<VimError>(
        m_connection->vmDetails(m_vm.ref), this,
        [this, generation](const VmDetails& details) {
            if (generation == m_generation) {
                m_details = details;
                m_detailsError.clear();
                render();
            }
        },
        [this, generation](const VimError& error) {
            if (generation == m_generation) {
                m_detailsError = error.message();
                render();
            }
        });
}

void VmDetailsPane::render()
{
    // Re-rendered on every change of the VM: the reader stays where they were.
    const int scrolled = m_browser->verticalScrollBar()->value();
    const auto show = [this, scrolled](const QString& html) {
        m_browser->setHtml(html);
        m_browser->verticalScrollBar()->setValue(scrolled);
    };
    const VmSummary& vm = m_vm;
    QString html = u"<h3>"_s + vm.name.toHtmlEscaped() + u"</h3><table cellspacing=0 cellpadding=1>"_s;
    QStringList attributes;
    for (auto it = vm.attributes.cbegin(); it != vm.attributes.cend(); ++it) {
        attributes.append(it.key() + u": "_s + it.value());
    }
    html += row(tr("Power state"), InventoryModel::powerStateText(vm.powerState))
        + row(tr("Guest OS"), vm.guestFullName) + row(tr("Host"), vm.host) + row(tr("Cluster"), vm.cluster)
        + row(tr("Datacenter"), vm.datacenter) + row(tr("Folder"), vm.folder) + row(tr("IP address"), vm.ipAddress)
        + row(tr("VMware Tools"), InventoryModel::toolsText(vm.toolsStatus))
        + row(tr("CPUs"), vm.cpuCount > 0 ? QString::number(vm.cpuCount) : QString())
        + row(tr("Memory"), dataSize(qint64(vm.memoryMb) << 20))
        + row(tr("Provisioned"), dataSize(vm.provisionedBytes())) + row(tr("Storage used"), dataSize(vm.committedBytes))
        + row(tr("BIOS UUID"), vm.biosUuid) + row(tr("Instance UUID"), vm.instanceUuid) + row(tr("ID"), vm.ref.value)
        + row(tr("Attributes"), attributes.join(u", "_s));
    if (m_details) {
        html += row(tr("Host name (guest)"), m_details->guestHostName) + row(tr("Guest ID"), m_details->guestId)
            + row(tr("Firmware"), m_details->firmware) + row(tr("Hardware version"), m_details->hardwareVersion)
            + row(tr("Booted"), m_details->bootTime);
    }
    html += u"</table>"_s;
    if (!vm.annotation.isEmpty()) {
        html += u"<h4>"_s + tr("Notes") + u"</h4><p style='white-space:pre-wrap'>"_s + vm.annotation.toHtmlEscaped()
            + u"</p>"_s;
    }
    if (!m_details) {
        html += u"<p style='color:gray'>"_s
            + (m_detailsError.isEmpty() ? tr("Reading devices…")
                                        : tr("The devices could not be read: %1").arg(m_detailsError).toHtmlEscaped())
            + u"</p>"_s;
        show(html);
        return;
    }
    const auto section = [](const QString& title, const QString& rows, const QString& none) -> QString {
        return u"<h4>"_s + title.toHtmlEscaped() + u"</h4>"_s
            + (rows.isEmpty() ? u"<p style='color:gray'>"_s + none.toHtmlEscaped() + u"</p>"_s
                              : u"<table cellspacing=0 cellpadding=1>"_s + rows + u"</table>"_s);
    };
    const auto state = [](bool connected) -> QString { return connected ? tr("connected") : tr("disconnected"); };
    QString adapters;
    for (const VmDetails::NetworkAdapter& nic : m_details->networkAdapters) {
        adapters += device(nic.label,
            { { tr("Port group"), nic.network }, { tr("MAC address"), nic.macAddress },
                { tr("IP addresses"), nic.ipAddresses.join(u", "_s) }, { tr("State"), state(nic.connected) } });
    }
    html += section(tr("Network"), adapters, tr("No network adapters"));
    QString ports;
    for (const VmDetails::SerialPort& port : m_details->serialPorts) {
        ports += device(port.label,
            { { tr("Backing"), port.backing }, { tr("Direction"), port.direction },
                { tr("Service URI"), port.serviceUri }, { tr("vSPC"), port.proxyUri },
                { tr("State"), state(port.connected) } });
    }
    html += section(tr("Serial ports"), ports, tr("No serial ports"));
    QString disks;
    for (const VmDetails::Disk& disk : m_details->disks) {
        disks += device(disk.label,
            { { tr("Capacity"), dataSize(disk.capacityBytes) }, { tr("Provisioning"), disk.provisioning },
                { tr("Datastore"), disk.datastore }, { tr("File"), disk.fileName } });
    }
    html += section(tr("Disks"), disks, tr("No disks"));
    QString snapshots;
    for (const VmDetails::Snapshot& snapshot : m_details->snapshots) {
        // The tree as indentation; the snapshot the VM runs from is marked.
        const QDateTime created = QDateTime::fromString(snapshot.created, Qt::ISODateWithMs);
        snapshots += u"<tr><td style='padding-left:%1px'>"_s.arg(snapshot.depth * 16)
            + (snapshot.current ? u"▶ <b>"_s : u"• "_s) + snapshot.name.toHtmlEscaped()
            + (snapshot.current ? u"</b> <span style='color:gray'>("_s + tr("you are here") + u")</span>"_s : QString())
            + u"</td><td style='color:gray;padding-left:12px'>"_s
            + (created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat)
                                 : snapshot.created.toHtmlEscaped())
            + u"</td></tr>"_s;
    }
    html += u"<h4>"_s + tr("Snapshots") + u"</h4>"_s
        + (snapshots.isEmpty() ? u"<p style='color:gray'>"_s + tr("No snapshots") + u"</p>"_s
                               : u"<table cellspacing=0 cellpadding=1>"_s + snapshots + u"</table>"_s);
    QString keys;
    for (const auto& [key, value] : m_details->guestInfo) {
        keys += row(key, value.size() > 120 ? value.left(117) + u"…"_s : value);
    }
    html += section(tr("guestinfo keys"), keys, tr("No guestinfo keys"));
    show(html);
}
