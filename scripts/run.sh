#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds vmdesk and starts it with the demo: the bundled vCenter
# simulator with 120 VMs and the metadata server on localhost, no real vCenter needed. Extra
# arguments go to vmdesk (e.g. --help).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/build.sh
if [ $# -eq 0 ]; then
  set -- --demo
fi
exec "build/${VMDESK_PRESET:-dev}/bin/vmdesk" "$@"
