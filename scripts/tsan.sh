#!/usr/bin/env bash
# Builds the tsan preset and runs the tests whose code uses worker threads (export writer and
# queue, the streamed property-collector parse, the metadata file driver, the vSPC server, the
# full-disk saves) under ThreadSanitizer, then sorts the reports (scripts/tsan-triage.py): exit 1
# when a race has an access in vmdesk's own code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tests=(tst_exportjob tst_exportqueue tst_retrieveresultparser tst_vspheresession tst_filedriver tst_fulldisk
  tst_vspcserver)
KDSOAP_PREFIX=$(scripts/setup-deps.sh | sed -n 's/^KDSOAP_PREFIX=//p' | tail -n 1)
export KDSOAP_PREFIX
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target "${tests[@]}" vmdesk-vcsim
rm -rf build/tsan/reports
mkdir -p build/tsan/reports
regex=$(IFS='|'; echo "${tests[*]}")
ctest --preset tsan -R "^($regex)\$"
python3 scripts/tsan-triage.py "$PWD" build/tsan/reports/*
