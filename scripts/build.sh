#!/usr/bin/env bash
# Installs what is missing (packages, KDSoap for Qt 6), configures and builds the preset
# ($VMDESK_PRESET, default dev). scripts/run.sh and scripts/test.sh start with this.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset=${VMDESK_PRESET:-dev}

KDSOAP_PREFIX=$(scripts/setup-deps.sh | sed -n 's/^KDSOAP_PREFIX=//p' | tail -n 1)
export KDSOAP_PREFIX
source scripts/ccache-env.sh
cmake --preset "$preset" "${compiler_cache[@]}"
cmake --build --preset "$preset"
