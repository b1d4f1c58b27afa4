#!/usr/bin/env bash
# Browser tests drive Debian's chromium (Playwright cannot download its own browser here).
# Installs it with apt-get when missing. Nothing else in the test command needs a system program:
# PDFs are read in JavaScript (pdf.js via unpdf). If another process holds apt's lock (an unattended
# upgrade, a second CI job), wait for it and retry for up to ~10 minutes instead of failing at once.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && { chromium --version; exit 0; }
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing chromium: install with 'sudo apt-get install -y --no-install-recommends chromium'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt_retry() {
  local attempt
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if apt-get -o DPkg::Lock::Timeout=60 "$@"; then return 0; fi
    echo "apt-get $1 failed (attempt $attempt; apt's lock may be held by another process); retrying in 15 s…" >&2
    sleep 15
  done
  return 1
}
echo "Installing chromium with apt-get…"
apt_retry update -qq
apt_retry install -y -qq --no-install-recommends chromium >/dev/null
chromium --version
