#!/usr/bin/env bash
# The filing-deadline load (issue 7): province-scale data (800 schools, 2,000,000 students) loaded through the real
# upload pipeline, then 200 concurrent signed-in users (150 school filers re-sending and submitting rosters, 50 bureau
# analysts and approvers on the dashboards and the status board) against the web host on 127.0.0.1, for a bounded
# time, on SQLite and then on PostgreSQL. Prints throughput, p50/p95/p99 and errors per request and per kind, and the
# checks (zero errors, pages p95 < 300 ms). About 10 minutes per provider, most of it loading the data.
#   bash test/load-deadline.sh [sqlite|postgresql|both] [extra options, e.g. --seconds 60 --think 3]
set -euo pipefail
cd "$(dirname "$0")/.."
providers="${1:-both}"
shift || true
[ "$providers" = both ] && providers="sqlite postgresql"

bash test/prepare-machine.sh >/dev/null
export ZMD_TEST_PG="${ZMD_TEST_PG:-Host=127.0.0.1;Port=5432;Username=zmd;Password=zmd;Database=postgres}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release test/Zmd.Vocational.Benchmarks -nologo -clp:ErrorsOnly
for provider in $providers; do
  timeout 45m dotnet run -c Release --no-build --project test/Zmd.Vocational.Benchmarks -- --deadline --provider "$provider" "$@"
done
