// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class ExportQueue;
class GuestRegistry;
class SecretStore;
class SimulatorProcess;
class VCenterConnection;
class VmActions;
class VspcServer;

// The services the main window works with; app/ builds them, tests pass real ones or fakes.
// Only `connection` is required.
struct AppServices
{
    VCenterConnection* connection = nullptr;
    SecretStore* secrets = nullptr;
    SimulatorProcess* simulator = nullptr;
    VspcServer* metadataServer = nullptr;
    GuestRegistry* guests = nullptr;
    ExportQueue* exports = nullptr;
    VmActions* vmActions = nullptr;
};
