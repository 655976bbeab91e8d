#!/usr/bin/env bash
# The explorer's browser tests drive headless Chromium (Debian package `chromium`).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The browser tests need Chromium: run 'sudo apt-get install chromium' and retry." >&2
  exit 1
fi
echo "Installing Chromium for the browser tests (Debian package)..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
