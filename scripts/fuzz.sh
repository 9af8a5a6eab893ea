#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) for the parsers of outside input and runs them,
# one after the other. Each target's corpus grows in build/fuzz/<target>/corpus (seeded from
# tests/fuzz/corpus/<target>), its whole output goes to build/fuzz/<target>.log, crash inputs to
# build/fuzz/<target>/. A summary line is printed when each target ends, also when the script is
# stopped (timeout, Ctrl-C): nothing here reads the fuzzer through a pipe that could die with it.
#
# Usage: scripts/fuzz.sh [--runs N | --time SECONDS] [TARGET...]   no target: all of them
#        scripts/fuzz.sh N                                           the same as --runs N
#        scripts/fuzz.sh --list | --build [TARGET...]
# Default: 2,000,000 executions per target. Exits 1 when a target does not build or its fuzzer
# finds a crash, a leak, a timeout or runs out of memory; 128+signal when stopped.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

all_targets=(vspc retrieveresult metadata batchfile ovf profiles exportqueue yamltextedit documentvalidator guestinfo kvppool wsman)
out=build/fuzz

# Memory. fuzz_vspc's RSS reached 1,039 MB in 10 minutes in the audit; measured again here (2 cores,
# -max_len=4096): 670 MB after 15 s, 1,209 MB after 10 min (1.43M runs) and still growing, with no
# leak (-detect_leaks=1 reported none; the live heap stays under 30 MB). ASan's own statistics
# (print_stats) after 5 min: 423 MB in its StackDepot, 7.8M distinct "stack traces" for 1M runs,
# and ~450 MB resident in the allocator for the 256 MB quarantine with its red zones. The depot
# only grows: ASan records the stack of every free with the frame-pointer unwinder, which walks
# into Debian's Qt (built without frame pointers) and reads data as return addresses, so nearly
# every free stores a new, bogus trace. malloc_context_size=2 keeps only the frames that are
# right (the allocator and its caller): the depot stays at 172 traces (9 MB), RSS levels off at
# ~585 MB and runs get faster (6,000 against 3,300 exec/s). That level is ASan's quarantine: a
# target that only copies its input settles at 560 MB too. A failure is run again with full and
# correct stacks (the slow unwinder) into build/fuzz/<target>.repro.log.
# Then -rss_limit_mb=1536, about 2.5 times the level every target settles at: a real leak of even
# 1 KB a run passes it within minutes (LeakSanitizer reports unreachable memory sooner), a healthy
# target never does. One input may allocate at most 256 MB (-malloc_limit_mb): far more than any
# parser here needs for a 16 KB input, and an allocation bomb is reported with its stack instead
# of taking the machine's memory.
rss_limit_mb=1536
malloc_limit_mb=256
export ASAN_OPTIONS="malloc_context_size=2:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:${UBSAN_OPTIONS:-}"

usage()
{
    sed -n '/^# Usage:/,/^# Default/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit "${1:-2}"
}

runs=2000000
seconds=""
build_only=""
targets=()
while [ $# -gt 0 ]; do
    case $1 in
    --runs) [ $# -ge 2 ] || usage; runs=$2; seconds=""; shift 2 ;;
    --runs=*) runs=${1#*=}; seconds=""; shift ;;
    --time) [ $# -ge 2 ] || usage; seconds=$2; shift 2 ;;
    --time=*) seconds=${1#*=}; shift ;;
    --build) build_only=1; shift ;;
    --list) printf '%s\n' "${all_targets[@]}"; exit 0 ;;
    -h | --help) usage 0 ;;
    -*) usage ;;
    *)
        if [[ $1 =~ ^[0-9]+$ ]] && [ ${#targets[@]} -eq 0 ]; then
            runs=$1 # the old usage: scripts/fuzz.sh RUNS
        else
            targets+=("${1#fuzz_}")
        fi
        shift
        ;;
    esac
done
[[ $runs =~ ^[0-9]+$ ]] || usage
[ -z "$seconds" ] || [[ $seconds =~ ^[0-9]+$ ]] || usage
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
for target in "${targets[@]}"; do
    if [[ " ${all_targets[*]} " != *" $target "* ]]; then
        echo "fuzz: unknown target '$target' (targets: ${all_targets[*]})" >&2
        exit 2
    fi
done

# KDSoap for Qt 6: the system's, or the one scripts/build-kdsoap.sh built into the cache.
kdsoap_prefix=""
for prefix in /usr /usr/local "${XDG_CACHE_HOME:-$HOME/.cache}/vmdesk/kdsoap-qt6"; do
    if [ -d "$prefix/include/KDSoapClient-Qt6" ]; then
        kdsoap_prefix=$prefix
        break
    fi
done

# One set of flags for every object, so that targets share the objects of the sources they share.
# The defines are the project's (vmdesk_options): the code is fuzzed as it is built.
pkgs=(Qt6Core Qt6Network Qt6Concurrent yaml-cpp libfyaml libarchive libcrypto)
# shellcheck disable=SC2207
cxxflags=(-std=c++20 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
    -fno-omit-frame-pointer -fPIC -Wall -Wextra
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER -DQT_NO_FOREACH -DQT_NO_KEYWORDS
    '-DVMDESK_VERSION="fuzz"' '-DVMDESK_APP_ID="org.vmdesk.Vmdesk"'
    -Iservices $(pkg-config --cflags "${pkgs[@]}" 2>/dev/null))
[ -z "$kdsoap_prefix" ] || cxxflags+=(-isystem "$kdsoap_prefix/include/KDSoapClient-Qt6")
moc=$(pkg-config --variable=libexecdir Qt6Core 2>/dev/null)/moc
rcc=$(pkg-config --variable=libexecdir Qt6Core 2>/dev/null)/rcc

# Sets sources (compiled), mocs (headers with Q_OBJECT), resources (files as Qt resources: alias
# and path), libs and max_len for target $1.
define_target()
{
    mocs=()
    resources=()
    libs=($(pkg-config --libs Qt6Core))
    max_len=4096
    case $1 in
    vspc)
        # The telnet codec (at arbitrary split points), options, option 232, line framer, packets.
        sources=(tests/fuzz/fuzz_vspc.cpp services/vspc/telnetcodec.cpp services/vspc/telnetoptions.cpp
            services/vspc/vmwareextension.cpp services/vspc/lineframer.cpp services/vspc/metadatapacket.cpp)
        ;;
    retrieveresult)
        # vCenter's property-collector answers and SOAP faults, parsed while they arrive.
        sources=(tests/fuzz/fuzz_retrieveresult.cpp services/vsphere/retrieveresultparser.cpp)
        max_len=16384
        ;;
    metadata)
        # The admin's <key>.yaml and what the renderer makes of it for the guest.
        sources=(tests/fuzz/fuzz_metadata.cpp services/cloudinit/metadatadocument.cpp services/cloudinit/renderer.cpp
            services/cloudinit/documenttemplate.cpp services/cloudinit/yamltextedit.cpp
            services/cloudinit/yamlsourcemap.cpp services/cloudinit/pyyamljson.cpp)
        libs+=($(pkg-config --libs Qt6Network yaml-cpp libfyaml))
        ;;
    yamltextedit)
        # In-place edits of an admin's YAML (the form's changes), at libfyaml's node extents.
        sources=(tests/fuzz/fuzz_yamltextedit.cpp services/cloudinit/yamltextedit.cpp
            services/cloudinit/yamlsourcemap.cpp services/cloudinit/pyyamljson.cpp)
        libs+=($(pkg-config --libs yaml-cpp libfyaml))
        ;;
    documentvalidator)
        # Every check of a <key>.yaml as the editor runs them while the admin types, user-data
        # against cloud-init's schema included (embedded as the build embeds it).
        sources=(tests/fuzz/fuzz_documentvalidator.cpp services/cloudinit/documentvalidator.cpp
            services/cloudinit/deliverylimits.cpp services/cloudinit/networkvalidator.cpp
            services/cloudinit/metadatadocument.cpp services/cloudinit/renderer.cpp
            services/cloudinit/documenttemplate.cpp services/cloudinit/yamltextedit.cpp
            services/cloudinit/yamlsourcemap.cpp services/cloudinit/pyyamljson.cpp
            services/cloudinit/userdatavalidator.cpp services/cloudinit/schemamessages.cpp)
        local schema
        if ! schema=$(scripts/fetch-cloud-init-schema.sh | tail -n 1) || [ ! -f "$schema" ]; then
            echo "fuzz: cloud-init's schema could not be fetched (scripts/fetch-cloud-init-schema.sh)" >&2
            return 1
        fi
        resources=(cloud-init/schema-cloud-config-v1.json "$schema")
        libs+=($(pkg-config --libs Qt6Network yaml-cpp libfyaml))
        ;;
    batchfile)
        # hypersdk job YAML given to vmdeskctl export --batch.
        sources=(tests/fuzz/fuzz_batchfile.cpp services/export/batchfile.cpp services/export/exportspec.cpp)
        libs+=($(pkg-config --libs yaml-cpp))
        ;;
    ovf)
        # The OVF descriptor vCenter sends (device removal) and the manifest written next to it.
        sources=(tests/fuzz/fuzz_ovf.cpp services/export/ovfpackage.cpp services/core/sha256.cpp)
        libs+=($(pkg-config --libs libarchive libcrypto))
        max_len=16384
        ;;
    profiles)
        # Connection profiles and pinned certificates read back from the settings file (INI).
        sources=(tests/fuzz/fuzz_profiles.cpp services/vsphere/profilestore.cpp
            services/vsphere/connectionparameters.cpp services/core/atomicwrite.cpp services/core/logging.cpp)
        libs+=($(pkg-config --libs Qt6Concurrent))
        ;;
    exportqueue)
        # The export queue's JSON file, through ExportQueue itself (which needs the export code
        # and a VSphereSession to link; none of it runs without a connection).
        sources=(tests/fuzz/fuzz_exportqueue.cpp services/export/exportqueue.cpp services/export/exportjob.cpp
            services/export/exportspec.cpp services/export/diskdownload.cpp services/export/diskwriter.cpp
            services/export/nfclease.cpp services/export/ovfpackage.cpp services/core/atomicwrite.cpp
            services/core/logging.cpp services/core/sha256.cpp services/vsphere/vspheresession.cpp
            services/vsphere/vimclient.cpp services/vsphere/vimerror.cpp services/vsphere/retrieveresultparser.cpp
            services/vsphere/inventoryplacement.cpp services/vsphere/connectionparameters.cpp
            services/vsphere/propertyfeed.cpp services/vsphere/vmproperties.cpp services/vsphere/vmdetailsreader.cpp
            services/vsphere/vimtask.cpp services/vsphere/faultmessage.cpp services/vsphere/inventoryreader.cpp
            services/vsphere/liveupdates.cpp services/provisioning/deployspec.cpp)
        mocs=(export/exportqueue.h export/exportjob.h export/transferjob.h export/diskdownload.h export/diskwriter.h
            export/nfclease.h vsphere/vspheresession.h vsphere/vcenterconnection.h vsphere/vimclient.h
            vsphere/propertyfeed.h vsphere/inventoryreader.h vsphere/liveupdates.h)
        if [ -z "$kdsoap_prefix" ]; then
            echo "fuzz: no KDSoap for Qt 6 found; run scripts/setup-deps.sh first" >&2
            return 1
        fi
        libs+=($(pkg-config --libs Qt6Network Qt6Concurrent libarchive libcrypto)
            -L"$kdsoap_prefix/lib" -lkdsoap-qt6 -Wl,-rpath,"$kdsoap_prefix/lib")
        ;;
    guestinfo)
        # What provisioning reads that other tools left: guestinfo values (decoded and imported as a
        # document), an OVF's networks, the guest's reported addresses. The channel and the address
        # wait are QObjects on a VSphereSession: their pure static functions link with it.
        sources=(tests/fuzz/fuzz_guestinfo.cpp services/cloudinit/guestinfocodec.cpp
            services/cloudinit/deliverylimits.cpp services/cloudinit/metadatadocument.cpp
            services/cloudinit/renderer.cpp services/cloudinit/documenttemplate.cpp
            services/cloudinit/yamltextedit.cpp services/cloudinit/yamlsourcemap.cpp
            services/cloudinit/pyyamljson.cpp services/provisioning/guestinfochannel.cpp
            services/provisioning/guestaddresswait.cpp services/provisioning/ovfsource.cpp
            services/export/ovfpackage.cpp services/core/sha256.cpp services/core/atomicwrite.cpp
            services/core/logging.cpp services/vsphere/vmactions.cpp services/vsphere/vspheresession.cpp
            services/vsphere/vimclient.cpp services/vsphere/vimerror.cpp services/vsphere/retrieveresultparser.cpp
            services/vsphere/inventoryplacement.cpp services/vsphere/connectionparameters.cpp
            services/vsphere/propertyfeed.cpp services/vsphere/vmproperties.cpp services/vsphere/vmdetailsreader.cpp
            services/vsphere/vimtask.cpp services/vsphere/faultmessage.cpp services/vsphere/inventoryreader.cpp
            services/vsphere/liveupdates.cpp)
        mocs=(provisioning/guestinfochannel.h provisioning/guestaddresswait.h vsphere/vmactions.h
            vsphere/vspheresession.h vsphere/vcenterconnection.h vsphere/vimclient.h vsphere/propertyfeed.h
            vsphere/inventoryreader.h vsphere/liveupdates.h)
        if [ -z "$kdsoap_prefix" ]; then
            echo "fuzz: no KDSoap for Qt 6 found; run scripts/setup-deps.sh first" >&2
            return 1
        fi
        libs+=($(pkg-config --libs Qt6Network Qt6Concurrent yaml-cpp libfyaml libarchive libcrypto zlib)
            -L"$kdsoap_prefix/lib" -lkdsoap-qt6 -Wl,-rpath,"$kdsoap_prefix/lib")
        ;;
    kvppool)
        # Hyper-V KVP pool files as the daemon, the host and other guest tools leave them.
        sources=(tests/fuzz/fuzz_kvppool.cpp services/kvp/kvppool.cpp services/kvp/kvprecord.cpp
            services/core/printable.cpp)
        max_len=16384
        ;;
    wsman)
        # What a Hyper-V host's WinRM answers (faults, enumerations, method output) and the CIM-XML
        # instances embedded in it, as KVP items are.
        sources=(tests/fuzz/fuzz_wsman.cpp services/kvp/wsmanresponse.cpp services/kvp/cimxmlinstance.cpp
            services/kvp/wsmanenvelope.cpp)
        max_len=16384
        ;;
    *)
        echo "fuzz: unknown target '$1' (targets: ${all_targets[*]})" >&2
        return 1
        ;;
    esac
}

# True when the object $1 is older than a file its dependency list $2 names, or one is gone.
stale()
{
    [ -f "$1" ] && [ -f "$2" ] || return 0
    local file
    for file in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$2"); do
        if [ ! -e "$file" ] || [ "$file" -nt "$1" ]; then
            return 0
        fi
    done
    return 1
}

compile()
{
    local source=$1 object=$2
    if stale "$object" "${object%.o}.d"; then
        echo "fuzz: compiling $source" >&2
        mkdir -p "$(dirname "$object")"
        clang++ "${cxxflags[@]}" -MMD -MF "${object%.o}.d" -c "$source" -o "$object" || return 1
    fi
}

build_target()
{
    local target=$1 binary=$out/fuzz_$1 objects=() source header generated relink=""
    define_target "$target" || return 1
    for source in "${sources[@]}"; do
        objects+=("$out/obj/${source%.cpp}.o")
        compile "$source" "${objects[-1]}" || return 1
    done
    for header in "${mocs[@]}"; do
        generated=$out/moc/moc_${header//\//_}.cpp
        if [ ! -f "$generated" ] || [ "services/$header" -nt "$generated" ]; then
            mkdir -p "$out/moc"
            "$moc" -Iservices -f"$header" "services/$header" -o "$generated" || return 1
        fi
        objects+=("$out/obj/moc/moc_${header//\//_}.o")
        compile "$generated" "${objects[-1]}" || return 1
    done
    if [ ${#resources[@]} -gt 0 ]; then
        generated=$out/rcc/$target.cpp
        if [ ! -f "$generated" ] || [ "${resources[1]}" -nt "$generated" ]; then
            mkdir -p "$out/rcc"
            printf '<RCC><qresource prefix="/"><file alias="%s">%s</file></qresource></RCC>\n' \
                "${resources[0]}" "$(realpath "${resources[1]}")" >"$out/rcc/$target.qrc"
            "$rcc" --name "fuzz_$target" "$out/rcc/$target.qrc" -o "$generated" || return 1
        fi
        objects+=("$out/obj/rcc/$target.o")
        compile "$generated" "${objects[-1]}" || return 1
    fi
    [ -x "$binary" ] && [ ! "${BASH_SOURCE[0]}" -nt "$binary" ] || relink=1
    for source in "${objects[@]}"; do
        [ -z "$relink" ] && [ "$source" -nt "$binary" ] && relink=1
    done
    if [ -n "$relink" ]; then
        echo "fuzz: linking $binary" >&2
        clang++ -fsanitize=fuzzer,address,undefined "${objects[@]}" "${libs[@]}" -o "$binary" || return 1
    fi
}

# Objects built with other flags are rebuilt.
build_all()
{
    mkdir -p "$out/obj"
    local flags="${cxxflags[*]}"
    if [ "$(cat "$out/obj/flags" 2>/dev/null)" != "$flags" ]; then
        rm -rf "$out/obj" "$out/moc"
        mkdir -p "$out/obj"
        printf '%s' "$flags" >"$out/obj/flags"
    fi
    build_target "$1"
}

# "key: value" from libFuzzer's final statistics, or empty.
final_stat() { sed -n "s/^stat::$1: *//p" "$2" | tail -n 1; }

summarize()
{
    local target=$1 rc=$2 elapsed=$3 log=$out/$1.log corpus=$out/$1/corpus
    local status executions rss cov ft units files outcome kind input
    status=$(grep -E '^#[0-9]+' "$log" | grep 'cov:' | tail -n 1)
    executions=$(final_stat number_of_executed_units "$log")
    [ -n "$executions" ] || executions=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$status")
    rss=$(final_stat peak_rss_mb "$log")
    [ -n "$rss" ] || rss=$(sed -n 's/.*rss: \([0-9]*\)Mb.*/\1/p' <<<"$status")
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$status")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$status")
    units=$(sed -n 's/.*corp: \([^ ]*\).*/\1/p' <<<"$status") # in use, as units/size
    files=$(find "$corpus" -type f | wc -l)
    if [ "$rc" -eq 0 ]; then
        outcome=ok
    elif grep -q 'libFuzzer: run interrupted' "$log"; then
        outcome="interrupted"
    else
        kind=$(grep -m 1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-zA-Z -]+' "$log" |
            sed -e 's/^ERROR: //' -e 's/ on address.*//' -e 's/ *$//')
        [ -n "$kind" ] || kind=$(grep -m 1 -oE 'runtime error: .*' "$log" | cut -c1-100)
        [ -n "$kind" ] || kind="exit status $rc"
        input=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$log" | tail -n 1)
        local repro=""
        if [ -f "$input" ] && [[ $input == */crash-* || $input == */leak-* ]]; then
            repro=$out/$1.repro.log
            ASAN_OPTIONS="fast_unwind_on_malloc=0:malloc_context_size=30" timeout 300 "$out/fuzz_$target" \
                -rss_limit_mb="$rss_limit_mb" -malloc_limit_mb="$malloc_limit_mb" "$input" >"$repro" 2>&1
        fi
        outcome="FAILED ($kind${input:+; input: $input}; see ${repro:-$log})"
    fi
    printf 'fuzz_%s: %s executions in %s s, cov: %s ft: %s, corpus: %s (%s files), peak RSS: %s MB: %s\n' \
        "$target" "${executions:-0}" "$elapsed" "${cov:-?}" "${ft:-?}" "${units:-?}" "$files" "${rss:-?}" "$outcome"
}

fuzzer_pid=""
stopped_by=""
on_signal()
{
    stopped_by=$1
    # Under `timeout` the fuzzer gets the signal too (the whole process group does); when only this
    # script got it, pass it on. libFuzzer prints its final statistics and exits either way.
    [ -z "$fuzzer_pid" ] || kill -TERM "$fuzzer_pid" 2>/dev/null
}
trap 'on_signal TERM' TERM
trap 'on_signal INT' INT

run_target()
{
    local target=$1 dir=$out/$1 log=$out/$1.log start rc args lock
    mkdir -p "$dir/corpus"
    # Two runs of one target would write over each other's log: the second waits.
    exec {lock}>"$dir.lock"
    if ! flock -n "$lock"; then
        echo "fuzz_$target: waiting for another run of it to end" >&2
        flock "$lock" || return 1
    fi
    if [ -d "tests/fuzz/corpus/$target" ]; then
        cp -f "tests/fuzz/corpus/$target"/* "$dir/corpus/"
    fi
    args=(-max_len="$max_len" -timeout=25 -rss_limit_mb="$rss_limit_mb" -malloc_limit_mb="$malloc_limit_mb"
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$dir/")
    [ ! -f "tests/fuzz/$target.dict" ] || args+=(-dict="tests/fuzz/$target.dict")
    if [ -n "$seconds" ]; then
        args+=(-max_total_time="$seconds")
    else
        args+=(-runs="$runs")
    fi
    start=$(date +%s)
    # In the background and waited for, so that a signal runs the trap at once.
    "$out/fuzz_$target" "${args[@]}" "$dir/corpus" >"$log" 2>&1 &
    fuzzer_pid=$!
    while kill -0 "$fuzzer_pid" 2>/dev/null; do
        wait "$fuzzer_pid"
    done
    wait "$fuzzer_pid"
    rc=$?
    fuzzer_pid=""
    summarize "$target" "$rc" $(($(date +%s) - start))
    exec {lock}>&-
    return "$rc"
}

failed=0
done_targets=0
mkdir -p "$out"
for target in "${targets[@]}"; do
    [ -z "$stopped_by" ] || break
    # Concurrent runs (ctest -j) share the object files: one build at a time.
    (
        flock 9
        build_all "$target"
    ) 9>"$out/build.lock"
    if [ $? -ne 0 ]; then
        echo "fuzz_$target: FAILED (does not build)"
        failed=1
        continue
    fi
    define_target "$target"
    [ -n "$build_only" ] && continue
    [ -z "$stopped_by" ] || break
    run_target "$target" || failed=1
    done_targets=$((done_targets + 1))
done
if [ -n "$stopped_by" ]; then
    echo "fuzz: stopped by SIG$stopped_by after $done_targets of ${#targets[@]} targets"
    [ "$stopped_by" = INT ] && exit 130
    exit 143
fi
exit "$failed"
