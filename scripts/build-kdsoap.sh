#!/usr/bin/env bash
# Ensures a KDSoap 2.x for Qt 6. A system one (KDSoap-qt6 CMake package) wins; otherwise the
# kdsoap source package of Debian's next release is fetched with apt and built once into
# ${XDG_CACHE_HOME:-~/.cache}/vmdesk/kdsoap-qt6. Last line of output: KDSOAP_PREFIX=<prefix or empty>.
set -euo pipefail

for dir in /usr/lib/*/cmake/KDSoap-qt6 /usr/lib/cmake/KDSoap-qt6 /usr/local/lib/cmake/KDSoap-qt6; do
  if [ -f "$dir/KDSoap-qt6Config.cmake" ]; then
    echo "kdsoap: using the system's KDSoap for Qt 6 ($dir)" >&2
    echo "KDSOAP_PREFIX="
    exit 0
  fi
done

cache=${XDG_CACHE_HOME:-$HOME/.cache}/vmdesk
prefix=$cache/kdsoap-qt6
# The build recipe's own digest: a changed recipe (flags, patch) rebuilds the cached prefix.
recipe=$(sha256sum "${BASH_SOURCE[0]}" | cut -c1-16)
if [ -f "$prefix/lib/cmake/KDSoap-qt6/KDSoap-qt6Config.cmake" ] && [ "$(cat "$prefix/vmdesk-recipe" 2>/dev/null)" = "$recipe" ]; then
  echo "KDSOAP_PREFIX=$prefix"
  exit 0
fi

work=$cache/kdsoap-src
rm -rf "$work"
mkdir -p "$work/lists/partial" "$work/archives/partial"

# A private apt configuration with one deb-src line for the next Debian release. The archive
# URI is read from the machine's own apt sources so that no mirror host is written anywhere.
uri=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  uri=$(awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i !~ /security/) { print $i; exit } }' \
    /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
  uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }' \
    /etc/apt/sources.list)
fi
[ -n "$uri" ] || { echo "kdsoap: cannot find a Debian archive URI in the apt sources" >&2; exit 1; }

echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri trixie main" > "$work/sources.list"
apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=/dev/null
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work" -o Dir::State::status=/dev/null
  -o APT::Sandbox::User=root -o Debug::NoLocking=1)
echo "kdsoap: no KDSoap for Qt 6 on this system; fetching Debian's kdsoap 2.x source" >&2
apt-get -q "${apt_opts[@]}" update >&2

# Only the upstream tarball is needed (and some mirrors serve only that): take its URI and
# SHA256 from apt, download it alone, and verify it.
line=$(apt-get "${apt_opts[@]}" --print-uris source kdsoap 2>/dev/null | grep -E "orig\.tar\.(xz|gz|bz2)'" | head -n 1)
[ -n "$line" ] || { echo "kdsoap: apt knows no kdsoap source package in the next release" >&2; exit 1; }
tar_uri=$(echo "$line" | awk '{ print $1 }' | tr -d "'")
tar_name=$(echo "$line" | awk '{ print $2 }')
tar_hash=$(echo "$line" | awk '{ print $4 }' | sed 's/^SHA256://')
/usr/lib/apt/apt-helper download-file "$tar_uri" "$work/$tar_name" >&2
if [[ "$tar_hash" =~ ^[0-9a-f]{64}$ ]]; then
  echo "$tar_hash  $work/$tar_name" | sha256sum -c - >&2
else
  echo "kdsoap: apt printed no SHA256 for $tar_name; refusing an unverified download" >&2
  exit 1
fi

mkdir -p "$work/src"
tar -xf "$work/$tar_name" -C "$work/src" --strip-components=1
# On Qt 6, KDSoap 2.2 returns -1 for custom xsi:types (every vim25 enum value) where Qt 6 expects
# QMetaType::UnknownType (0), and QVariant prints "invalid type id: -1" once per value: 10,000
# lines for one 10,000-VM inventory. The values themselves stay strings either way.
sed -i '/^static int xmlTypeToMetaType/,/^}/ s/return -1;/return QMetaType::UnknownType;/' \
  "$work/src/src/KDSoapClient/KDSoapMessageReader.cpp"
grep -q 'return QMetaType::UnknownType;' "$work/src/src/KDSoapClient/KDSoapMessageReader.cpp" \
  || { echo "kdsoap: the xsi:type patch no longer applies" >&2; exit 1; }
start=$(date +%s)
cmake -S "$work/src" -B "$work/build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release -DKDSoap_QT6=ON \
  -DKDSoap_TESTS=OFF -DKDSoap_EXAMPLES=OFF -DKDSoap_DOCS=OFF \
  -DCMAKE_INSTALL_PREFIX="$prefix" >&2
cmake --build "$work/build" -j2 >&2
rm -rf "$prefix"
cmake --install "$work/build" >&2
echo "$recipe" > "$prefix/vmdesk-recipe"
echo "kdsoap: built and installed into $prefix in $(( $(date +%s) - start )) s" >&2
rm -rf "$work"
echo "KDSOAP_PREFIX=$prefix"
