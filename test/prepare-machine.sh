#!/usr/bin/env bash
# Installs and starts what the tests need on a fresh Debian machine: PostgreSQL (a local server with a `zmd`
# role), Debian's Chromium for the browser tests and report PDFs, poppler's pdftotext, and CJK fonts so
# screenshots show Chinese. Idempotent.
set -euo pipefail

SUDO=""
AS_POSTGRES=(runuser -u postgres --)
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
  AS_POSTGRES=(sudo -u postgres)
fi

need=()
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
# pg_dump / pg_restore for `zmd backup` / `zmd restore` (the server package pulls them in; a client-only machine may not).
command -v pg_dump >/dev/null 2>&1 && command -v pg_restore >/dev/null 2>&1 || need+=(postgresql-client)
[ -x /usr/bin/chromium ] || need+=(chromium)
# pdftotext: the report-printing tests read the text layer of the PDFs they print.
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
  $SUDO pg_createcluster "$version" main >/dev/null
fi
$SUDO pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
# A superuser for the tests only: each test creates and drops its own database.
"${AS_POSTGRES[@]}" psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='zmd'" | grep -q 1 \
  || "${AS_POSTGRES[@]}" psql -qc "CREATE ROLE zmd LOGIN SUPERUSER PASSWORD 'zmd'"
echo "PostgreSQL $version is running; chromium at /usr/bin/chromium."
