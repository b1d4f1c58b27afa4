#!/usr/bin/env bash
# Browser tests drive Debian's chromium (Playwright cannot download its own browser here).
# Installs it, and poppler-utils (pdftotext, for checking exported PDFs), when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing ${need[*]}: install with 'sudo apt-get install -y --no-install-recommends ${need[*]}'" >&2
    exit 1
  fi
  echo "Installing ${need[*]} with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
chromium --version
