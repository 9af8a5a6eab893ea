#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, KDSoap for Qt 6), builds vmdesk and runs every test.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset=${VMDESK_PRESET:-dev}

KDSOAP_PREFIX=$(scripts/setup-deps.sh | sed -n 's/^KDSOAP_PREFIX=//p' | tail -n 1)
export KDSOAP_PREFIX
cmake --preset "$preset"
cmake --build --preset "$preset"
ctest --preset "$preset" -j2 "$@"
