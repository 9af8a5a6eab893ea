#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds vmdesk and starts it with the demo: the bundled vCenter
# simulator with 120 VMs, no real vCenter needed. Extra arguments go to vmdesk (e.g. --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
preset=${VMDESK_PRESET:-dev}

KDSOAP_PREFIX=$(scripts/setup-deps.sh | sed -n 's/^KDSOAP_PREFIX=//p' | tail -n 1)
export KDSOAP_PREFIX
cmake --preset "$preset"
cmake --build --preset "$preset"
if [ $# -eq 0 ]; then
  set -- --demo
fi
exec "build/$preset/bin/vmdesk" "$@"
