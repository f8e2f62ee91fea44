#!/usr/bin/env bash
# Installs the real VS Code that the integration tests, `npm start` and the benchmarks run: the VS Code server
# shipped inside the npm package code-server, opened in Debian's headless Chromium. It uses only the npm registry
# and Debian packages, so it works offline from everything else.
#
# usage: scripts/install-vscode-runtime.sh [DIR]
#   DIR (or $CLAIMLENS_RUNTIME_DIR) defaults to .vscode-test/runtime in the repository (git-ignored).
#   Prints CODE_SERVER_DIR=<path> on its last line. Safe to re-run: it returns at once when all is installed.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3 # = VS Code 1.100.3; runs on Node 20. Keep engines.vscode no newer than this.
RIPGREP_VERSION=1.15.11     # the @vscode/ripgrep that code-server 4.100.3 depends on

repo="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
rt="$(realpath -m "${1:-${CLAIMLENS_RUNTIME_DIR:-$repo/.vscode-test/runtime}}")"
server_main="$rt/node_modules/code-server/lib/vscode/out/server-main.js"
installed_version() { node -p "require('$rt/node_modules/code-server/package.json').version" 2>/dev/null || true; }

# Fast path: nothing to do.
if [ -f "$server_main" ] && [ "$(installed_version)" = "$CODE_SERVER_VERSION" ] && command -v chromium >/dev/null; then
  echo "CODE_SERVER_DIR=$rt/node_modules/code-server"
  exit 0
fi

# 1. Debian packages: the headless browser, krb5 headers for code-server's 'kerberos' addon, and rg to seed
#    @vscode/ripgrep's download cache. Only what is missing, and only then does apt-get run.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v rg >/dev/null || missing+=(ripgrep)
# code-server's native addons (kerberos, node-pty, argon2) compile when no prebuilt binary can be fetched
command -v make >/dev/null || missing+=(make)
command -v g++ >/dev/null || missing+=(g++)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-vscode-runtime: missing Debian packages: ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "install-vscode-runtime: apt-get install ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Pre-seed @vscode/ripgrep's cache with Debian's rg; its postinstall would otherwise download from GitHub.
rg_cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$RIPGREP_VERSION"
rg_tarball="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$rg_tarball" ]; then
  mkdir -p "$rg_cache"
  t="$(mktemp -d)"
  cp "$(command -v rg)" "$t/rg"
  tar czf "$rg_tarball" -C "$t" rg
  rm -rf "$t"
fi

# 3. code-server in a folder of its own, outside the project's package.json, so users' installs stay lean.
mkdir -p "$rt"
[ -f "$rt/package.json" ] || echo '{ "name": "claimlens-vscode-runtime", "private": true }' >"$rt/package.json"
export npm_config_yes=true         # node-pty's postinstall runs `npx node-gyp`; some npmrc files say yes=false
export npm_config_unsafe_perm=true # code-server's postinstall refuses to run as root without it
echo "install-vscode-runtime: installing code-server@$CODE_SERVER_VERSION into $rt (about a minute, once)" >&2
(cd "$rt" && npm install --no-audit --no-fund --save-exact --foreground-scripts --loglevel=error \
  "code-server@$CODE_SERVER_VERSION" >&2)

if [ ! -f "$server_main" ]; then
  echo "install-vscode-runtime: code-server installed but $server_main is missing" >&2
  exit 1
fi
echo "CODE_SERVER_DIR=$rt/node_modules/code-server"
