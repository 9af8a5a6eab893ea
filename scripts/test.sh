#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, KDSoap for Qt 6), builds vmdesk and runs every test.
# Idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/build.sh
ctest --preset "${VMDESK_PRESET:-dev}" -j2 "$@"
