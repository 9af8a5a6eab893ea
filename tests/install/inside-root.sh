#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the Debian root of install-test.sh after the package is installed.
# Usage: inside-root.sh <expected package version>
# pipefail: no `grep -q` at the end of a pipe, its early exit would fail the writer (SIGPIPE).
set -euo pipefail
version=$1
fail() {
  echo "install-test: FAILED: $*" >&2
  exit 1
}
check() { echo "install-test: ok: $*" >&2; }

binaries=(/usr/bin/vmdesk /usr/bin/vmdeskctl /usr/libexec/vmdesk/vmdesk-vcsim /usr/lib/*/vmdesk/libkdsoap-qt6.so.*.*)
for binary in "${binaries[@]}"; do
  [ -f "$binary" ] || fail "$binary is not installed"
  libraries=$(ldd "$binary") || fail "ldd $binary"
  if grep -q "not found" <<<"$libraries"; then
    fail "$binary lacks libraries: $(grep "not found" <<<"$libraries" | tr -s '\t\n' '  ')"
  fi
done
check "ldd finds every library of ${binaries[*]}"
# Plugins are not in ldd's view: the SVG icon engine draws the bundled icons.
compgen -G "/usr/lib/*/qt6/plugins/iconengines/libqsvgicon.so" >/dev/null || fail "the Qt SVG icon engine is not installed"
check "the Qt SVG icon engine came with the package's Depends"
# The private KDSoap, when shipped, is the one the binaries load.
if compgen -G '/usr/lib/*/vmdesk/libkdsoap-qt6.so.2' >/dev/null; then
  ldd /usr/bin/vmdeskctl | grep '/usr/lib/[^/]*/vmdesk/libkdsoap-qt6.so.2' >/dev/null || fail "vmdeskctl does not load the private KDSoap"
  check "vmdeskctl loads the private KDSoap"
fi

[ "$(vmdeskctl --version)" = "vmdeskctl $version" ] || fail "vmdeskctl --version says '$(vmdeskctl --version)', not 'vmdeskctl $version'"
check "vmdeskctl --version: vmdeskctl $version"

# metadata validate on a good and on a broken document: exit codes 0 and 1, the finding located.
sample=$(mktemp -d)
cat >"$sample/good.yaml" <<'YAML'
metadata:
  instance_id: i-good
  hostname: good
userdata: |
  #cloud-config
  packages: [nginx]
YAML
vmdeskctl metadata validate --directory "$sample" >"$sample/out" 2>&1 || fail "validate on a good document: $(cat "$sample/out")"
cat >"$sample/bad.yaml" <<'YAML'
metadata:
  instance_id: i-bad
userdata: |
  #cloud-config
  users:
    - name: admin
      sudo: [one, two]
YAML
status=0
vmdeskctl metadata validate --directory "$sample" >"$sample/out" 2>&1 || status=$?
[ "$status" -eq 1 ] || fail "validate on a broken document exited $status, not 1: $(cat "$sample/out")"
grep -q "bad.yaml:7:[0-9]*: error:" "$sample/out" || fail "validate did not locate the error: $(cat "$sample/out")"
check "vmdeskctl metadata validate: 0 on a good document, 1 with bad.yaml:7 on a broken one"

# The desktop app: offscreen, with the bundled simulator (--demo), until SIGTERM.
log=$(mktemp)
QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='vmdesk.*.info=true' vmdesk --demo >"$log" 2>&1 &
pid=$!
for _ in $(seq 60); do
  grep -q "read [0-9]* virtual machines" "$log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
kill -0 "$pid" 2>/dev/null || fail "vmdesk --demo quit before SIGTERM: $(cat "$log")"
grep -q "the vCenter simulator serves" "$log" || fail "vmdesk --demo started no simulator: $(cat "$log")"
grep -q "read [0-9]* virtual machines" "$log" || fail "vmdesk --demo listed no VMs in 60 s: $(cat "$log")"
kill -TERM "$pid"
status=0
timeout 30 tail --pid="$pid" -f /dev/null || fail "vmdesk did not quit within 30 s of SIGTERM"
wait "$pid" || status=$?
[ "$status" -eq 0 ] || fail "vmdesk exited $status after SIGTERM: $(cat "$log")"
check "vmdesk --demo ran offscreen with the simulator, listed its VMs and quit with 0 on SIGTERM"

zcat /usr/share/man/man1/vmdeskctl.1.gz | grep '^\.SS "vmdeskctl metadata validate"' >/dev/null || fail "vmdeskctl(1) lacks the metadata validate section"
zcat /usr/share/man/man1/vmdesk.1.gz | grep -F '\fB\-\-demo' >/dev/null || fail "vmdesk(1) lacks --demo"
check "man pages"

# Completion as bash does it: the command names, then the chosen command's options (sorted).
complete_line() {
  local program=${1%% *}
  bash -c 'source /usr/share/bash-completion/bash_completion
    source "/usr/share/bash-completion/completions/$2"
    COMP_LINE=$1; COMP_POINT=${#COMP_LINE}; read -r -a COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "_$2"; printf "%s\n" "${COMPREPLY[@]}"' _ "$1" "$program" | sort | paste -sd ' ' -
}
expect_completion() {
  local got
  got=$(complete_line "$1")
  [ "$got" = "$2" ] || fail "completing '$1' gave '$got', not '$2'"
}
expect_completion 'vmdeskctl met' metadata
expect_completion 'vmdeskctl metadata va' validate
expect_completion 'vmdeskctl metadata validate --di' --directory
expect_completion 'vmdeskctl serve-metadata --all' --allow
expect_completion 'vmdeskctl inventory --c' '--columns --csv'
expect_completion 'vmdesk --de' --demo
check "bash completion of commands, metadata subcommands and options (vmdeskctl, vmdesk)"
