# Sourced by scripts/build.sh and scripts/package.sh: one compiler cache outside the checkout, so a
# fresh clone (CI) rebuilds only what changed since the last build on this machine. Paths are
# made relative to the checkout, so hits do not depend on where it was cloned.
export CCACHE_DIR="${CCACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vmdesk/ccache}"
export CCACHE_BASEDIR="$PWD"
export CCACHE_NOHASHDIR=true
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-4G}"
compiler_cache=()
if command -v ccache >/dev/null; then
  compiler_cache=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
