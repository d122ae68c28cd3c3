#!/usr/bin/env bash
# Debian packages the tests need: Chromium for e2e, fonts for Japanese PDFs, poppler for PDF
# checks, PostgreSQL for the server contract suite. Installs them when run as root (CI, fresh
# machines); otherwise prints the one command to run.
set -euo pipefail

PACKAGES=(chromium fonts-noto-cjk fonts-morisawa-bizud-gothic poppler-utils postgresql)
missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "system-deps: please install: ${missing[*]} (Debian/Ubuntu package names)" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: missing ${missing[*]}. Run: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
