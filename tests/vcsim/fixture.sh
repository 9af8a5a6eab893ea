#!/usr/bin/env bash
# CTest fixture: `fixture.sh start DIR BINARY [ARGS...]` starts the simulator in the background and
# writes DIR/url and DIR/pid; `fixture.sh stop DIR` stops it. The simulator keeps its per-VM files on
# a tmpfs when one is writable (much faster than ext4 for many VMs).
set -euo pipefail
action=$1 dir=$2
case "$action" in
start)
  binary=$3; shift 3
  rm -rf "$dir"; mkdir -p "$dir"
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    export TMPDIR=$(mktemp -d /dev/shm/vmdesk-vcsim.XXXXXX)
    echo "$TMPDIR" > "$dir/tmpdir"
  fi
  setsid "$binary" "$@" > "$dir/stdout" 2> "$dir/stderr" < /dev/null &
  echo $! > "$dir/pid"
  for _ in $(seq 1 600); do
    if [ -s "$dir/stdout" ]; then
      head -n 1 "$dir/stdout" > "$dir/url"
      echo "simulator ready at $(cat "$dir/url")"
      exit 0
    fi
    if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
      echo "the simulator exited early:"; cat "$dir/stderr"; exit 1
    fi
    sleep 0.1
  done
  echo "the simulator did not start within 60 s:"; cat "$dir/stderr"; exit 1
  ;;
stop)
  [ -f "$dir/pid" ] || exit 0
  pid=$(cat "$dir/pid")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  [ -f "$dir/tmpdir" ] && rm -rf "$(cat "$dir/tmpdir")"
  rm -f "$dir/pid"
  ;;
*)
  echo "usage: fixture.sh start DIR BINARY [ARGS...] | stop DIR" >&2; exit 2 ;;
esac
