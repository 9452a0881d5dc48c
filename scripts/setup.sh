#!/usr/bin/env bash
# setup.sh: from a fresh clone to a working kiln, in one command.
#
#   sudo scripts/setup.sh [--target TRIPLET]...   (or as root: scripts/setup.sh)
#
# 1. installs the Debian packages that are missing (apt-get; needs root),
#    and for each --target (aarch64-linux-gnu) the cross compiler, the
#    target's libraries (Debian multiarch) and qemu-user-static,
# 2. fetches the pinned tree-sitter sources (npm ci --ignore-scripts) and
#    the npm packages tests/packages compiles (the same, in that folder),
# 3. configures and builds with CMake into build/,
# 4. compiles and runs samples/hello.js with build/bin/kiln,
# 5. builds the runtime for each --target into build/lib/TRIPLET/ (what
#    `kiln build --target TRIPLET` links) and runs hello.js under qemu.
# Every step is skipped when its work is already done, so running it again
# is quick. Under sudo, build/ and the node_modules/ folders are handed back
# to the invoking user afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
say() { printf '==> %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

# Cross targets: the GNU triplet and the Debian architecture of its libraries.
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --target) [ $# -ge 2 ] || die "--target needs a triplet (aarch64-linux-gnu)"
              targets+=("$2"); shift 2 ;;
    --target=*) targets+=("${1#--target=}"); shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (usage: setup.sh [--target TRIPLET]...)" ;;
  esac
done
debian_arch() {
  case "$1" in
    aarch64-linux-gnu) echo arm64 ;;
    *) return 1 ;;
  esac
}
for t in ${targets[@]+"${targets[@]}"}; do
  debian_arch "$t" >/dev/null || die "unsupported target '$t' (supported: aarch64-linux-gnu)"
done

# Under sudo, give the files we create back to the user who ran sudo.
give_back() {
  if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
    for d in build node_modules tests/packages/node_modules; do
      [ -e "$d" ] && chown -R "$SUDO_USER": "$d"
    done
  fi
  return 0
}
trap give_back EXIT

# --- 1. Debian packages ---------------------------------------------------------
installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
missing=()
# tcc: a fast C compiler for the test262 run (thousands of -O0 builds).
# libssl-dev, zlib1g-dev, libbrotli-dev: node's crypto and zlib modules.
# ninja-build, ccache: tests/cmake builds with Ninja as well as Make; tests/link
# builds through ccache ($KILN_CC_LAUNCHER). gdb: tests/debug. node-llhttp: the
# C sources of node's HTTP/1.1 parser (/usr/share/llhttp), built into the runtime
# for every target (plain C, architecture-independent).
for p in build-essential cmake pkg-config libgc-dev libuv1-dev libssl-dev zlib1g-dev \
    libbrotli-dev node-llhttp python3 tcc ninja-build ccache gdb; do
  installed "$p" || missing+=("$p")
done
# node may come from elsewhere (nodesource, nvm): only install Debian's when
# there is no node at all; Debian's npm would pull its own nodejs.
new_arch=()
for t in ${targets[@]+"${targets[@]}"}; do
  a="$(debian_arch "$t")"
  dpkg --print-foreign-architectures | grep -qx "$a" || new_arch+=("$a")
  for p in "gcc-$t" qemu-user-static; do installed "$p" || missing+=("$p"); done
  for p in libc6-dev libgc-dev libuv1-dev libssl-dev zlib1g-dev libbrotli-dev; do
    installed "$p:$a" || missing+=("$p:$a")
  done
done
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
  die "node is installed but npm is not; install npm for that node"
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    die "missing packages: ${missing[*]}; run: sudo scripts/setup.sh"
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  for a in ${new_arch[@]+"${new_arch[@]}"}; do
    dpkg --add-architecture "$a"   # multiarch: the target's -dev packages
  done
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  say "Debian packages present"
fi
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" != 20 ]; then
  say "note: node $(node --version) found; test expectations come from node 20" \
      "(only tests/record.py needs it)"
fi

# --- 2. tree-sitter sources from npm ----------------------------------------------
# npm writes node_modules/.package-lock.json; when it is newer than
# package-lock.json and the sources are there, the install is current.
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] &&
   [ -f node_modules/tree-sitter/vendor/tree-sitter/lib/src/lib.c ] &&
   [ -f node_modules/tree-sitter-javascript/src/parser.c ] &&
   [ -f node_modules/tree-sitter-typescript/typescript/src/parser.c ]; then
  say "node_modules up to date"
else
  say "npm ci (tree-sitter sources, no install scripts)"
  if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ]; then
    # Keep root-owned files out of the user's ~/.npm.
    export npm_config_cache="$ROOT/build/.npm-cache"
  fi
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
# The real npm packages that tests/packages/run.py compiles with kiln.
stamp=tests/packages/node_modules/.package-lock.json
if [ -f "$stamp" ] && [ "$stamp" -nt tests/packages/package-lock.json ]; then
  say "tests/packages/node_modules up to date"
else
  say "npm ci in tests/packages (pure-JS packages for the package tests)"
  if [ "$(id -u)" = 0 ] && [ -n "${SUDO_USER:-}" ]; then
    export npm_config_cache="$ROOT/build/.npm-cache"
  fi
  (cd tests/packages &&
   npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

# --- 3. configure and build ---------------------------------------------------------
if [ ! -f build/CMakeCache.txt ]; then
  say "configuring build/"
  cmake -S . -B build
fi
say "building"
cmake --build build -j "$(nproc)"

# --- 4. hello, world ----------------------------------------------------------------
say "kiln build samples/hello.js -o build/hello && build/hello"
if ! build/bin/kiln build samples/hello.js -o build/hello; then
  die "kiln is built, but it could not compile samples/hello.js"
fi
build/hello

# --- 5. runtimes for cross targets ------------------------------------------------
# The runtime alone (KILN_RUNTIME_ONLY), compiled by the target's gcc against
# the target's libraries; the host's kiln translates the built-in JS modules.
for t in ${targets[@]+"${targets[@]}"}; do
  a="$(debian_arch "$t")"
  dir="build/targets/$t"
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    say "configuring the runtime for $t in $dir"
    PKG_CONFIG_LIBDIR="/usr/lib/$t/pkgconfig:/usr/share/pkgconfig" \
      cmake -S . -B "$dir" -DKILN_RUNTIME_ONLY=ON \
        -DKILN_HOST_KILN="$ROOT/build/bin/kiln" -DKILN_TARGET_LIBDIR="$ROOT/build/lib/$t" \
        -DCMAKE_SYSTEM_NAME=Linux -DCMAKE_SYSTEM_PROCESSOR="${t%%-*}" \
        -DCMAKE_C_COMPILER="$t-gcc" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" >/dev/null   # the host's flags, without -g
  fi
  say "building the runtime for $t"
  cmake --build "$dir" -j "$(nproc)"
  say "kiln build --target $t samples/hello.js && qemu-${t%%-*}-static build/hello-$t"
  build/bin/kiln build --target "$t" samples/hello.js -o "build/hello-$t" ||
    die "the runtime for $t is built, but kiln could not compile samples/hello.js for it"
  "qemu-${t%%-*}-static" "build/hello-$t"
done
say "setup done; run the tests with: scripts/test.sh"
