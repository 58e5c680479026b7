#!/usr/bin/env bash
# The whole test suite, from a fresh machine: prepares the machine, builds, runs every test project on SQLite,
# runs the database-backed projects again on PostgreSQL, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash test/prepare-machine.sh || { echo "0 passed, 1 failed"; exit 1; }
export ZMD_TEST_PG="${ZMD_TEST_PG:-Host=127.0.0.1;Port=5432;Username=zmd;Password=zmd;Database=postgres}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null
if ! dotnet build Zmd.Vocational.sln -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0
failed=0
# run <label> <project> [env...]: runs one test project and adds its counts. A run that ends without a summary (the
# test host hung past --blame-hang-timeout, or crashed) is run once more, and says so; a second miss counts as a failure.
run() {
  local label="$1" project="$2"
  shift 2
  local log line attempt
  log="$(mktemp)"
  for attempt in 1 2; do
    if [ "$attempt" = 1 ]; then echo "== $label: $project"; else echo "== $label: $project (retry)"; fi
    env "$@" dotnet test "$project" --no-build -nologo --blame-hang-timeout 5m --blame-hang-dump-type none >"$log" 2>&1
    # Each failing test with its message and the first lines of its stack, then the project's summary.
    grep -E "^\s+Failed |Error Message|^(Passed!|Failed!)|[Hh]ang" -A 12 "$log" | grep -vE "^\s+at (System|Microsoft|Xunit)\." || true
    line="$(grep -E "^(Passed!|Failed!) +- Failed: +[0-9]+, Passed: +[0-9]+" "$log" | tail -1)"
    [ -n "$line" ] && break
    echo "!! $project ended without a summary (hang or crash); last lines:"
    tail -30 "$log"
    [ "$attempt" = 1 ] && echo "!! running $project once more"
  done
  if [ -z "$line" ]; then
    failed=$((failed + 1))
  else
    passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
    failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")))
  fi
  rm -f "$log"
}

# FaultTests run once here: they cover SQLite and PostgreSQL (ZMD_TEST_PG) themselves, and restart the PostgreSQL server.
for project in test/Zmd.Vocational.UnitTests test/Zmd.Vocational.ArchitectureTests test/Zmd.Vocational.FilingTests test/Zmd.Vocational.IntegrationTests test/Zmd.Vocational.BrowserTests test/Zmd.Vocational.FaultTests; do
  [ -d "$project" ] && run "SQLite" "$project" ZMD_TEST_PROVIDER=Sqlite
done
for project in test/Zmd.Vocational.IntegrationTests test/Zmd.Vocational.BrowserTests; do
  [ -d "$project" ] && run "PostgreSQL" "$project" ZMD_TEST_PROVIDER=PostgreSql
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
