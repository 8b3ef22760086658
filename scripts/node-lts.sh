#!/usr/bin/env bash
# Runs tests under another Node major than the machine's, e.g. the current LTS:
#   bash scripts/node-lts.sh 24 [tap arguments, default: the API and CLI tests]
#   bash scripts/node-lts.sh 24 --prepare   (fetch and build only: CI does this beside npm test)
# (`npm run test:node24` is this with 24.)
#
# The machine's Node stays as it is. The other Node comes from the npm registry, the one place
# CI can download from: the `node-linux-<arch>` package ships the binary and the headers that
# better-sqlite3 compiles against (the `node` package only downloads that one at install time).
#
# better-sqlite3 is a native addon built for one Node ABI, so the tests run in a copy of the
# working tree (tracked and untracked files, not ignored ones) whose node_modules links every
# package of ours but holds its own better-sqlite3, built for that Node. The copy and the build
# are kept in NEWSSTAND_LTS_DIR (default: a folder under the temp dir) and reused while the Node
# and better-sqlite3 versions are the same: a first run compiles for about 70 s, later ones not.
# All progress goes to stderr; stdout is tap's alone, so CI can read it as TAP.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

major=${1:?usage: scripts/node-lts.sh MAJOR [tap arguments]}
shift
[[ $major =~ ^[0-9]+$ ]] || { echo "node-lts: MAJOR is a number such as 24, not '$major'" >&2; exit 2; }
# By default the API and the CLI's process-level tests (serve, cluster, signals, ingest): what
# depends on the runtime; the parser and SQL tests ask nothing of it that differs by version, and
# CI's time is bounded (the whole suite passed under 24.22.3 and takes `bash scripts/node-lts.sh 24 test`).
[ $# -gt 0 ] || set -- test/routes test/reads test/cli/cli.test.ts test/cli/workers.test.ts test/cli/shutdown.test.ts \
  test/cli/ops.test.ts test/openapi.test.ts test/config.test.ts

log() { echo "node-lts: $*" >&2; }

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) log "no Node package for $(uname -m) in the registry"; exit 2 ;;
esac
[ -d node_modules/better-sqlite3 ] || { log "run npm install (or npm ci) first"; exit 2; }

base=${NEWSSTAND_LTS_DIR:-${TMPDIR:-/tmp}/newsstand-node-lts}
mkdir -p "$base"

# The newest release of that major, fetched once.
version=$(npm view "node-linux-$arch@$major" version --json | node -e \
  'const v = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log([].concat(v).at(-1))')
node_dir="$base/node-$version"
if [ ! -x "$node_dir/bin/node" ]; then
  log "fetching Node $version from the npm registry"
  # Unpacked beside and renamed into place: a run beside this one never sees half a Node.
  fetch="$node_dir.$$"
  rm -rf "$fetch" && mkdir -p "$fetch"
  (cd "$fetch" && npm pack --silent "node-linux-$arch@$version" >/dev/null && tar -xzf ./*.tgz --strip-components=1 && rm ./*.tgz)
  mv -T "$fetch" "$node_dir" 2>/dev/null || rm -rf "$fetch"
fi
"$node_dir/bin/node" --version >/dev/null

# The copy of the working tree, refreshed each run; ../shared beside it as beside the checkout.
# One copy per checkout and Node major, so two checkouts tested at once never share one.
work="$base/node$major-$(printf %s "$root" | cksum | cut -d ' ' -f 1)"
tree="$work/newsstand"
mkdir -p "$tree"
find "$tree" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} +
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$tree"
[ -e "$root/../shared" ] && ln -sfn "$(cd "$root/../shared" && pwd)" "$work/shared"

# node_modules: links to ours, but for better-sqlite3, rebuilt when its version or Node's changes.
sqlite_version=$(node -p 'require("./node_modules/better-sqlite3/package.json").version')
stamp="$tree/node_modules/better-sqlite3/.built-for"
if [ "$(cat "$stamp" 2>/dev/null)" != "$version $sqlite_version" ]; then
  log "building better-sqlite3 $sqlite_version for Node $version (about 70 s)"
  rm -rf "$tree/node_modules" && mkdir -p "$tree/node_modules"
  cp -a node_modules/better-sqlite3 "$tree/node_modules/"
  rm -rf "$tree/node_modules/better-sqlite3/build"
  # The node-gyp of the machine's npm (the registry's Node package ships no npm); run by that
  # Node and pointed at its headers, it builds for that Node's ABI.
  gyp="$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js"
  [ -f "$gyp" ] || { log "no node-gyp at $gyp (it comes with npm)"; exit 2; }
  (cd "$tree/node_modules/better-sqlite3" &&
    PATH="$node_dir/bin:$PATH" "$node_dir/bin/node" "$gyp" rebuild --release --nodedir="$node_dir" --jobs=max >&2)
  echo "$version $sqlite_version" >"$stamp"
fi
for entry in node_modules/* node_modules/.bin node_modules/@*; do
  name=${entry#node_modules/}
  [ "$name" = better-sqlite3 ] || [ ! -e "$entry" ] || ln -sfn "$root/$entry" "$tree/node_modules/$name"
done

if [ "${1:-}" = --prepare ]; then log "Node $version and its better-sqlite3 are ready in $tree"; exit 0; fi
log "running tap under Node $version: $*"
cd "$tree"
PATH="$node_dir/bin:$PATH" exec "$node_dir/bin/node" node_modules/.bin/tap --disable-coverage "$@"
