#!/usr/bin/env bash
# Ensures Debian's cloud-config JSON schema (from the cloud-init package apt would install) in
# ${XDG_CACHE_HOME:-~/.cache}/vmdesk/cloud-init-schema/<package version>/. The file is data of
# another project: it is fetched with apt, never committed. The installed copy under
# /usr/lib/python3 is deliberately not used, so that the build does not depend on what the
# machine happens to have installed. Last line of output: the schema file's path.
set -euo pipefail

member=./usr/lib/python3/dist-packages/cloudinit/config/schemas/schema-cloud-config-v1.json
version=$(apt-cache policy cloud-init 2>/dev/null | awk '/Candidate:/ { print $2; exit }')
if [ -z "$version" ] || [ "$version" = "(none)" ]; then
  echo "cloud-init-schema: apt knows no cloud-init package; run apt-get update" >&2
  exit 1
fi
# An epoch's colon is not welcome in a directory name.
cache=${XDG_CACHE_HOME:-$HOME/.cache}/vmdesk/cloud-init-schema/${version//:/_}
schema=$cache/schema-cloud-config-v1.json
if [ -s "$schema" ]; then
  echo "$schema"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "cloud-init-schema: fetching cloud-init $version with apt" >&2
(cd "$work" && apt-get -q -o APT::Sandbox::User=root download "cloud-init=$version" >&2)
deb=$(find "$work" -maxdepth 1 -name 'cloud-init_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "cloud-init-schema: apt-get download left no .deb" >&2; exit 1; }
mkdir -p "$work/root"
dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/root" "$member"
python3 -m json.tool "$work/root/$member" > /dev/null \
  || { echo "cloud-init-schema: the packaged schema is not JSON" >&2; exit 1; }
mkdir -p "$cache"
# Rename within the cache directory so that a concurrent configure never sees half a file.
cp "$work/root/$member" "$cache/.schema.$$"
mv "$cache/.schema.$$" "$schema"
echo "$schema"
