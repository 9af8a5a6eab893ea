// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCoreApplication>

#include "deploycommand.h"
#include "exportcommand.h"
#include "guestfetchcommand.h"
#include "guestopscommand.h"
#include "inventorycommand.h"
#include "kvpcommand.h"
#include "metadatacommand.h"
#include "servemetadatacommand.h"
#include "vmcommand.h"
#include "vsphere/vimerror.h"

using namespace Qt::StringLiterals;

QList<Command> allCommands()
{
    return {
        { u"inventory"_s, QCoreApplication::translate("vmdeskctl", "List the virtual machines of a vCenter"),
            runInventoryCommand },
        { u"vm"_s, QCoreApplication::translate("vmdeskctl", "Power, snapshot or annotate VMs"), runVmCommand },
        { u"export"_s, QCoreApplication::translate("vmdeskctl", "Export VMs to OVF/OVA (resumable)"),
            runExportCommand },
        { u"deploy"_s,
            QCoreApplication::translate("vmdeskctl", "Deploy VMs from OVA/OVF or clones, with cloud-init data"),
            runDeployCommand },
        { u"serve-metadata"_s, QCoreApplication::translate("vmdeskctl", "Serve cloud-init metadata to VMs (vSPC)"),
            runServeMetadataCommand },
        { u"guest-fetch"_s, QCoreApplication::translate("vmdeskctl", "Fetch metadata over a serial port (in a VM)"),
            runGuestFetchCommand },
        { u"metadata"_s, QCoreApplication::translate("vmdeskctl", "Check, render, patch or create metadata documents"),
            runMetadataCommand },
        { u"guest"_s, QCoreApplication::translate("vmdeskctl", "Files and processes in a VM through VMware Tools"),
            runGuestOpsCommand },
        { u"kvp"_s, QCoreApplication::translate("vmdeskctl", "Read or write Hyper-V KVP pool files (in a guest)"),
            runKvpCommand },
    };
}

int exitCodeFor(const VimError& error)
{
    switch (error.kind()) {
    case VimError::Kind::InvalidLogin:
    case VimError::Kind::NotAuthenticated:
        return ExitAuthentication;
    case VimError::Kind::ConnectionRefused:
    case VimError::Kind::HostNotFound:
    case VimError::Kind::Timeout:
    case VimError::Kind::UntrustedCertificate:
    case VimError::Kind::Network:
    case VimError::Kind::Protocol: // no vSphere SDK at that address, or none that we understand
        return ExitConnection;
    default:
        return ExitFailure;
    }
}
